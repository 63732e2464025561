/**
 * How the user signs in again when a request answers 401.
 * - `href`: the login page. The kit links to it with the current path, search and hash in `returnTo` (or
 *   `returnToParam`), validated as a same-origin path.
 * - `onLogin`: sign in without leaving the page (a popup, a dialog of your own, a token refresh). The kit awaits it,
 *   then fetches again what failed with 401.
 */
export type LoginOptions =
  | { href: string; returnToParam?: string; onLogin?: never }
  | { onLogin: () => Promise<void>; href?: never; returnToParam?: never }
