import type { ReactNode } from 'react'
import './demo.css'

/** The frame of the demo app: a header that stays when a part of the page fails, and the content. */
export function DemoApp({ children }: { children: ReactNode }) {
  return (
    <div className="demo-app">
      <header>
        <p>
          <strong>Orbit</strong> · Orders
        </p>
      </header>
      <main>{children}</main>
    </div>
  )
}
