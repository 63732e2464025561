/** The largest delay `setTimeout` honours (2 ** 31 - 1 ms); longer ones fire at once. */
export const MAX_DELAY_MS = 2147483647
