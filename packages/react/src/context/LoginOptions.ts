/**
 * How the user signs in again when a request answers 401.
 * - `href`: the login page. The kit links to it with the current path, search and hash in `returnTo` (or
 *   `returnToParam`), validated as a same-origin path.
 * - `onLogin`: sign in without leaving the page (a popup, a dialog of your own). The kit awaits it, then fetches
 *   again what failed with 401.
 * - `refresh` (with either): renews the session silently (a refresh token) and resolves `true` when it did.
 *   `<SessionGuard>` calls it once for a burst of 401s, before any dialog, and shows the dialog only when it
 *   resolves `false` or rejects.
 */
export type LoginOptions = (
  | {
      /** The login page; the kit adds the return path. */
      href: string
      /** The name of the return path's query parameter. @default 'returnTo' */
      returnToParam?: string
      onLogin?: never
    }
  | {
      /** Signs the user in without leaving the page; the kit awaits it, then fetches again what failed. */
      onLogin: () => Promise<void>
      href?: never
      returnToParam?: never
    }
) & {
  /** Renews the session silently; resolves `true` when it did, so no dialog is needed. */
  refresh?: (() => Promise<boolean>) | undefined
}
