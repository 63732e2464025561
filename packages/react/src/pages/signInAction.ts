import type { SignIn } from '../context/useSignIn'
import type { Messages } from '../i18n/Messages'
import type { StatusPageAction } from './StatusPageModel'

/**
 * The "Sign in" action of the 401 page and the sign-in dialog: a link to the login page with the return path, or a
 * button that runs `login.onLogin` and stays focusable while it runs.
 */
export function signInAction(signIn: SignIn, messages: Messages['unauthorized']): StatusPageAction {
  return {
    id: 'signIn',
    label: messages.signIn,
    priority: 'primary',
    href: signIn.href,
    onSelect: signIn.href === undefined ? signIn.signIn : undefined,
    busy: signIn.state === 'pending',
  }
}
