/** An integer from 100 to 599: the only statuses a StatusError carries (strings, 0, 404.5 and 600 are not). */
export function isHttpStatus(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599
}
