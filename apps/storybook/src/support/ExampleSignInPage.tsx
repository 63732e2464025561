import { safeReturnTo } from '@statuskit/core'
import { useId, useState } from 'react'
import { DemoApp } from './DemoApp'
import { HOME_HREF } from './exampleAppLinks'

/** The page to go back to: the `returnTo` the kit added to the login link, checked like any return path. */
function returnTarget(): string {
  const home = new URL(HOME_HREF, location.href)
  const fallback = `${home.pathname}${home.search}`
  return safeReturnTo(new URLSearchParams(location.search).get('returnTo'), location.origin, fallback)
}

/**
 * A stand-in for an app's login page, where `login: { href }` leads: it shows where the user will return to (the
 * `returnTo` path the kit added) and goes back there on "Sign in". Nothing is checked; it is a demo.
 */
export function ExampleSignInPage() {
  const emailId = useId()
  const passwordId = useId()
  const [target] = useState(returnTarget)
  return (
    <DemoApp>
      <form
        className="demo-card demo-form demo-sign-in"
        onSubmit={(event) => {
          event.preventDefault()
          location.assign(target)
        }}
      >
        <h1>Sign in to Orbit</h1>
        <p>
          After signing in you return to <code className="demo-code">{target}</code>.
        </p>
        <label htmlFor={emailId}>Email address</label>
        <input id={emailId} type="email" autoComplete="email" defaultValue="sam@example.com" />
        <label htmlFor={passwordId}>Password</label>
        <input id={passwordId} type="password" autoComplete="current-password" defaultValue="demo password" />
        <button type="submit" className="demo-button">
          Sign in
        </button>
      </form>
    </DemoApp>
  )
}
