/**
 * Every string the kit renders, grouped by page. Every section has a `title` (the heading) and a `description`
 * (the body). Templates hold `{name}` placeholders that the kit fills in (a time, a duration, a code); keep the
 * placeholders when you translate or override a string. Times and numbers are formatted with `Intl` for the
 * provider's `locale`, never inside these strings.
 */
export interface Messages {
  /** Action labels and small parts shared by every page. */
  common: {
    tryAgain: string
    goBack: string
    goHome: string
    pause: string
    resume: string
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
    /** Shown while a countdown is paused. */
    paused: string
    /** Announced when a page tries again by itself. */
    retrying: string
  }
  /** 400 and other client errors without a page of their own. */
  badRequest: {
    title: string
    description: string
    /** Heading of the list of field errors. */
    summaryTitle: string
  }
  /** 401: the user has to sign in again. */
  unauthorized: {
    title: string
    description: string
    signIn: string
    /** The sign-in button while signing in is under way. */
    signingIn: string
    signInFailed: string
  }
  /** 403. */
  forbidden: { title: string; description: string }
  /** 404 and 410. */
  notFound: { title: string; description: string }
  /** 429: the countdown to the moment the user can try again. */
  rateLimited: {
    title: string
    description: string
    /** Shown, and announced once at the start. `{when}`: a clock time, with its day when it is not today. */
    when: string
    /** Announced once, ten seconds before the end of a long wait. `{duration}`: the time left. */
    soon: string
  }
  /** 500, 502, 504, 405 and any other server error. */
  serverError: { title: string; description: string }
  /** 503: maintenance or overload. */
  serviceUnavailable: {
    title: string
    /** When the server did not say when the service will be back. */
    description: string
    /** Shown, and announced once at the start. `{when}`: a clock time, with its day when it is not today. */
    when: string
    /** Announced once, ten seconds before the end of a long wait. `{duration}`: the time left. */
    soon: string
  }
  /** The request never reached the server (kind `network`). */
  offline: {
    title: string
    description: string
    /** While the browser reports no connection. */
    waiting: string
  }
  /** The request ran out of time (kind `timeout`, 408). */
  timeout: { title: string; description: string }
  /** Anything else. */
  generic: { title: string; description: string }
}

/** Per-section partial overrides of `Messages`: change any string, keep the rest. */
export type MessagesOverrides = { [Section in keyof Messages]?: Partial<Messages[Section]> }
