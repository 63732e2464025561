/**
 * Every string the kit renders, grouped by page. Every page section has a `title` (the heading), a `description`
 * (the body) and a `reason`: what happened in one short sentence, which a nested fallback gives under the shared
 * heading `common.partTitle` and an inline notice before what it means for the user's work. Templates hold `{name}` placeholders that the kit fills in (a time, a duration, a code); keep
 * the placeholders when you translate or override a string. Times and numbers are formatted with `Intl` for the
 * provider's `locale`, never inside these strings.
 */
export interface Messages {
  /** Action labels and small parts shared by every page. */
  common: {
    tryAgain: string
    /** "Try again" while it works (a router revalidating, a sign-in in progress). */
    tryingAgain: string
    goBack: string
    goHome: string
    /** Stops a page from trying again by itself at the time it shows (WCAG 2.2.1). */
    stopAutomatic: string
    /** Lets a page try again by itself again. */
    resumeAutomatic: string
    /** Below the actions after the user stopped the automatic retry. */
    automaticStopped: string
    /** Below the actions once the page has tried again by itself as often as it will. */
    automaticGaveUp: string
    /** Below the actions when "Try again" ran and the same problem came back. `{time}`: when it ran. */
    retryFailed: string
    /** Announced when a page tries again by itself. */
    retrying: string
    /** Announced when "Try again" becomes possible and the page will not try by itself. */
    canRetry: string
    /** The heading of a nested fallback (a widget, a panel), whatever went wrong. */
    partTitle: string
    /** The small secondary line for support. `{code}`: the HTTP status code. */
    statusCode: string
    /** `{reference}`: the opaque request reference the server gave. */
    reference: string
    /** A moment later today. `{time}`: the clock time. */
    today: string
    /** A moment on another day. `{time}`: the clock time; `{day}`: the weekday, or the date a week or more ahead. */
    onDay: string
    /** Visible countdown of the 429 and 503 pages. `{duration}`: the time left. */
    timeLeft: string
    /** The collapsed section with the error's details, in development builds only. */
    technicalDetails: string
  }
  /** 400 and other client errors without a page of their own, shown as a page: a bad link, a failed query. */
  badRequest: {
    title: string
    description: string
    reason: string
    /** Heading of the list of field errors. */
    summaryTitle: string
  }
  /** 401: the user has to sign in again. */
  unauthorized: {
    title: string
    description: string
    reason: string
    signIn: string
    /** Below the action while signing in is under way. */
    signingIn: string
    signInFailed: string
    /** The sign-in dialog's body: why, and that what the user typed is kept. */
    dialogDescription: string
  }
  /** 403. */
  forbidden: { title: string; description: string; reason: string }
  /** 404 and 410. */
  notFound: { title: string; description: string; reason: string }
  /** 429: when the user can try again. */
  rateLimited: {
    title: string
    description: string
    reason: string
    /** When the server did not say how long to wait. */
    wait: string
    /** Shown, and announced once at the start. `{when}`: a clock time, with its day when it is not today. */
    when: string
    /** Announced once at the start and ten seconds before the end of a long wait. `{duration}`: the time left. */
    soon: string
    /** The page will try again by itself at the time shown. */
    automatic: string
    /** The page will try again by itself, at a time of its own (the server gave none). */
    automaticSoon: string
  }
  /** 500, 502, 504, 405 and any other server error. */
  serverError: { title: string; description: string; reason: string }
  /** 503: maintenance or overload. */
  serviceUnavailable: {
    title: string
    /** When the server did not say when the service will be back. */
    description: string
    reason: string
    /** Shown, and announced once at the start. `{when}`: a clock time, with its day when it is not today. */
    when: string
    /** Announced once at the start and ten seconds before the end of a long wait. `{duration}`: the time left. */
    soon: string
    /** The page will check again by itself at the time shown. */
    automatic: string
  }
  /** The request never reached the server and the browser says it is offline (kind `network`). */
  offline: {
    title: string
    description: string
    reason: string
    /** While the browser reports no connection. */
    waiting: string
  }
  /** The request never reached the server, but the browser says it is online (kind `network`). */
  unreachable: { title: string; description: string; reason: string }
  /** The request ran out of time (kind `timeout`, 408). */
  timeout: { title: string; description: string; reason: string }
  /** Anything else. */
  generic: { title: string; description: string; reason: string }
  /** Inline notices (`StatusNotice`, `useInlineFailures`): one line after the reason, plus an action. */
  notice: {
    /** A save that failed before the server took it. */
    notSaved: string
    /** An action without input that failed (Archive, Delete): nothing changed. */
    notDone: string
    /** A save whose answer never came (a timeout, an unknown failure): the kit cannot know whether it was saved. */
    maybeNotSaved: string
    /** A save that failed with 401 while the user is still signed out. */
    signInToSave: string
    /** A save that failed with 401, after the user signed in again. */
    saveAgain: string
    /** A background refresh that failed while the data stays on screen. `{time}`: when the data was fetched. */
    notRefreshed: string
    /** Removes a notice from the page. */
    dismiss: string
  }
}

/** Per-section partial overrides of `Messages`: change any string, keep the rest. */
export type MessagesOverrides = { [Section in keyof Messages]?: Partial<Messages[Section]> }
