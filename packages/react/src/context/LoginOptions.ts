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
  | { href: string; returnToParam?: string; onLogin?: never }
  | { onLogin: () => Promise<void>; href?: never; returnToParam?: never }
) & { refresh?: (() => Promise<boolean>) | undefined }
