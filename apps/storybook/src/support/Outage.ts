/**
 * A mock API's outage during one story: its handlers fail while it lasts. It ends when the user asks to try again
 * (`end`, wired to the boundary's `onReset`) or at a set time, never after "the first request": under StrictMode
 * (`storybook dev`, and the story tests) a page mounts twice and its query may fetch twice, and every request of
 * the outage must see the same failure, or the error page would never show.
 */
export class Outage {
  #endsAt = Number.NEGATIVE_INFINITY

  /** Starts an outage that lasts until `end()`, or for `ms` milliseconds. */
  begin(ms = Number.POSITIVE_INFINITY): void {
    this.#endsAt = Date.now() + ms
  }

  /** Ends it: the next request succeeds. An arrow function, so it can be passed as a callback. */
  end = (): void => {
    this.#endsAt = Number.NEGATIVE_INFINITY
  }

  get down(): boolean {
    return Date.now() < this.#endsAt
  }

  /** Whole seconds until a timed outage ends (a server's Retry-After), at least 1. */
  get secondsLeft(): number {
    return Math.max(1, Math.ceil((this.#endsAt - Date.now()) / 1000))
  }
}
