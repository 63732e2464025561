import { FIXED_NOW } from './FIXED_NOW'

/**
 * A story `beforeEach` that pins `Date.now()` to FIXED_NOW while the story is shown, so a countdown rendered
 * from a `retryAt` computed at FIXED_NOW stands still at the same value in every run. Restored afterwards.
 */
export function freezeClock(): () => void {
  const realNow = Date.now
  Date.now = () => FIXED_NOW
  return () => {
    Date.now = realNow
  }
}
