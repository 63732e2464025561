import type { ProblemFieldError, StatusError } from '@statuskit/core'
import type { HeadingLevel } from '../context/FallbackProps'
import type { StatusPageVariant } from './StatusPageVariant'

/** One action of a page, most useful first. A link has `href`; a button has `onSelect`. */
export interface StatusPageAction {
  readonly id: 'retry' | 'back' | 'home' | 'signIn' | 'stopAutomatic' | 'resumeAutomatic' | 'dismiss'
  readonly label: string
  /** The first action is the primary one; every other is secondary. */
  readonly priority: 'primary' | 'secondary'
  /** A link: render an anchor (or the provider's `linkComponent`). */
  readonly href?: string | undefined
  /** A button: what a click does. */
  readonly onSelect?: (() => void) | undefined
  /**
   * Inactive: keep it focusable (`aria-disabled`, not `disabled`) and say why with `disabledReason`, which the
   * page already shows as text (the time to come back).
   */
  readonly disabled?: boolean | undefined
  readonly disabledReason?: string | undefined
  /** Working on it: the label already says so ("Trying again…", "Signing in…"). */
  readonly busy?: boolean | undefined
}

/** The countdown of a 429 or 503 page. */
export interface StatusPageTiming {
  /** "You can try again at 14:32." / "You can use it again from 14:30 on Tuesday." (the server's time). */
  readonly when: string | undefined
  /** "2 minutes 5 seconds left", only within five minutes of the time and until it is reached. */
  readonly timeLeft: string | undefined
  /** Whether the page will try again by itself. */
  readonly automatic: boolean
  /** "We will try again by ourselves then.", while it will. */
  readonly note: string | undefined
  /** Milliseconds until the page may try again; 0 once it may. */
  readonly remainingMs: number
}

/**
 * Everything a built-in page shows and does, for an app that renders its own markup (`useStatusPage`). Strings are
 * the provider's messages, filled in; server text appears only as `serverMessage` and `fieldErrors`, only for 4xx,
 * and must be rendered as text.
 */
export interface StatusPageModel {
  readonly variant: StatusPageVariant
  readonly error: StatusError
  /** `h1` for a full page (its heading takes focus on mount), 2–6 when nested. */
  readonly headingLevel: HeadingLevel
  readonly title: string
  /** The body; `undefined` where the timing line says it all. */
  readonly description: string | undefined
  /** The server's own `title` and `detail`, for 4xx only, when they add something. */
  readonly serverMessage:
    | { readonly title?: string | undefined; readonly detail?: string | undefined }
    | undefined
  /** Field errors of a 400's problem details, as human messages with the field they belong to. */
  readonly fieldErrors: readonly ProblemFieldError[]
  /** For 429 and 503 pages. */
  readonly timing: StatusPageTiming | undefined
  readonly actions: readonly StatusPageAction[]
  /**
   * The line under the actions: a state ("Signing in…", "We stopped trying by ourselves…", "Still not working.
   * We tried again at 14:33."). Its space is always there, so nothing moves when it appears.
   */
  readonly statusMessage: string | undefined
  /** What a polite live region says; it changes rarely (at the start, near the end, when an action opens). */
  readonly announcement: string | undefined
  /** "Error code 503 · Reference req_8f2c", for support; never a URL. */
  readonly reference: string | undefined
  /** A state for styling: `counting`, `paused`, `done`, `pending`, `failed`, `offline`... */
  readonly state: string | undefined
}
