/** No automatic wait of a busy server grows beyond a minute. */
const LONGEST_FLOOR_MS = 30_000

/**
 * How long to wait before automatic attempt number `attempt` (1 for the first) at a request that a busy server
 * refused (429, 503) without saying for how long: "equal jitter" between `baseMs * 2 ** (attempt - 1)` and twice
 * that, so the waits grow, two attempts are never closer than `baseMs`, and many clients do not come back at the
 * same moment. At most one minute. An attempt that is not an integer of at least 1 counts as 1; a `baseMs` that
 * is not a positive finite number is 1000.
 *
 * @param baseMs the shortest wait, before the first attempt. @default 1000
 * @param random a source of numbers in [0, 1). @default Math.random
 */
export function busyRetryDelay(attempt: number, baseMs = 1000, random: () => number = Math.random): number {
  const exponent = Number.isInteger(attempt) && attempt > 1 ? Math.min(attempt - 1, 16) : 0
  const base = Number.isFinite(baseMs) && baseMs > 0 ? baseMs : 1000
  const floor = Math.min(base * 2 ** exponent, LONGEST_FLOOR_MS)
  const share = random()
  return floor + (share > 0 && share < 1 ? share : 0) * floor
}
