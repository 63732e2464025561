import { OfflineNotice } from '@statuskit/react'
import { StatusRouteBoundary } from '@statuskit/react/react-router'
import { Link, NavLink, Outlet } from 'react-router'
import { DevPanel } from '../components/DevPanel'
import { LocaleSwitch } from '../components/LocaleSwitch'
import { useAppText } from '../i18n/useAppText'

/**
 * The app's frame. The root boundary wraps the routed content only, so the header, the language switch and the
 * developer panel keep working whatever page the kit shows; moving to another address (path or search) resets
 * it. It shows what the pages throw while they render (failed queries); what their loaders throw goes to the
 * routes' `errorElement`.
 */
export function Layout() {
  const text = useAppText()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {text.brand}
        </Link>
        <nav aria-label={text.mainNav}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {text.navOrders}
              </NavLink>
            </li>
            <li>
              <NavLink to="/search">{text.navSearch}</NavLink>
            </li>
            <li>
              <NavLink to="/settings">{text.navSettings}</NavLink>
            </li>
          </ul>
        </nav>
        <LocaleSwitch />
      </header>
      <div className="app-body">
        <main id="main" tabIndex={-1}>
          {/* While the browser is offline, TanStack Query pauses the queries instead of failing them: the kit's
              notice says so above every page, whether it shows data or is still loading, and goes away when the
              paused queries continue. One notice for the app, so it is announced once. */}
          <OfflineNotice />
          <StatusRouteBoundary>
            <Outlet />
          </StatusRouteBoundary>
        </main>
        <DevPanel />
      </div>
    </div>
  )
}
