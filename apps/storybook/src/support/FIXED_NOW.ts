/**
 * The instant the clock-dependent stories are pinned to (Tuesday 10 March 2026, 14:30:00 UTC), so the times and
 * countdowns they show are the same in every run and every screenshot.
 */
export const FIXED_NOW = Date.UTC(2026, 2, 10, 14, 30, 0)
