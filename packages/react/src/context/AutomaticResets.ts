/** Automatic resets honoured in a row before a fallback waits for the user. */
const MAX_IN_A_ROW = 3
/**
 * An error caught this long after the last automatic reset means that reset worked for a while: the next
 * automatic reset starts a new series instead of continuing the old one.
 */
const SERIES_WINDOW_MS = 60_000

/**
 * The budget of automatic resets (a countdown reaching zero, the connection coming back) of one boundary or one
 * router error page: three in a row that fail again, then only the user can reset, so a page never loops. Plain
 * state, shared by `<StatusBoundary>` and the framework entries' error pages.
 */
export class AutomaticResets {
  #done = 0
  #lastAt = Number.NEGATIVE_INFINITY

  /** Automatic resets honoured in the current series: 0 before the first. */
  get done(): number {
    return this.#done
  }

  /** Automatic resets that will still be honoured in a row. */
  get left(): number {
    return MAX_IN_A_ROW - this.#done
  }

  /** A new error was caught: if the last automatic reset held for a while, a new series starts. */
  caught(now: number = Date.now()): void {
    if (this.#done > 0 && now - this.#lastAt > SERIES_WINDOW_MS) this.#done = 0
  }

  /** Counts an automatic reset; `false` when the series is used up and the reset must not run. */
  take(now: number = Date.now()): boolean {
    if (this.#done >= MAX_IN_A_ROW) return false
    this.#done += 1
    this.#lastAt = now
    return true
  }

  /** A user's reset: the next automatic one starts a new series. */
  clear(): void {
    this.#done = 0
  }
}
