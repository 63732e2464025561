/** An opaque reference safe to show and copy: 1–128 printable ASCII characters, no spaces. */
export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]{1,128}$/.test(value)
}
