import type { FallbackProps } from '@statuskit/react'
import './demo.css'
import { HOME_HREF } from './exampleAppLinks'

/** An app's own fallback for a 404 of one order: its words, its links, the kit's error and reset. */
export function OrderMissing({ error }: FallbackProps) {
  return (
    <section className="demo-card" aria-labelledby="order-missing-heading">
      <h1 id="order-missing-heading">We can't find that order</h1>
      <p>It may have been cancelled, or the link is from another account. (Error code {error.status})</p>
      <p>
        <a className="demo-link" href={HOME_HREF}>
          See all your orders
        </a>
      </p>
    </section>
  )
}
