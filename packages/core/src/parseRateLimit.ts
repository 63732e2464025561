/** The largest delay `setTimeout` honours; every result is clamped to it. */
const MAX_DELAY = 2147483647

// One list member of a Structured Field (RFC 9651), strictly enough to tell a well-formed item from a malformed
// one: optional blanks, a String or Token bare item, then `;key[=bare-item]` parameters, optional blanks.
// Bare items: String "…" | Token | Integer or Decimal | Byte Sequence :…: | Boolean ?0/?1. Anchored at both
// ends with the blanks inside, so matching stays linear on long runs of blanks. Written as a literal so
// bundlers can drop it from apps that never read the header.
const ITEM =
  /^[ \t]*(?:"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*"|[A-Za-z*][\w!#$%&'*+.^`|~:/-]*)((?:; *[a-z*][a-z\d_.*-]*(?:=(?:"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*"|[A-Za-z*][\w!#$%&'*+.^`|~:/-]*|-?\d{1,15}(?:\.\d{1,3})?|:[\w+/=]*:|\?[01]))?)*)[ \t]*$/
// Splits the parameters ITEM has already checked: key, then the value up to the next `;` outside quotes.
const PARAMETER = /; *([^=;]+)(?:=("(?:[^"\\]|\\.)*"|[^;"]*))?/g

/**
 * Reads the `RateLimit` header of draft-ietf-httpapi-ratelimit-headers
 * (`RateLimit: "default";r=0;t=30, "burst";r=5;t=1`) and returns how long to wait, in milliseconds:
 * the largest `t` (seconds until the quota resets, a non-negative integer) among the policies whose
 * remaining quota `r` is 0.
 *
 * Malformed items (bad syntax, `t` missing, negative or fractional, `r` not an integer) are ignored rather
 * than failing the whole header. Results are clamped to 2147483647.
 *
 * @returns milliseconds, or `undefined` when no exhausted policy says when it resets (never throws).
 */
export function parseRateLimit(value: string | null | undefined): number | undefined {
  if (typeof value !== 'string') return undefined
  let seconds = -1
  let start = 0
  let quoted = false
  // Split on top-level commas by hand: a comma inside a quoted policy name does not end the item.
  for (let index = 0; index <= value.length; index++) {
    const char = value[index]
    if (quoted) {
      if (char === '\\') index++
      else if (char === '"') quoted = false
    } else if (char === '"') {
      quoted = true
    } else if (char === ',' || char === undefined) {
      const match = ITEM.exec(value.slice(start, index))
      start = index + 1
      if (!match) continue
      let remaining: string | undefined
      let reset: string | undefined
      // Later parameters with the same key win, as in RFC 9651.
      for (const [, key, item] of (match[1] ?? '').matchAll(PARAMETER)) {
        if (key === 'r') remaining = item
        else if (key === 't') reset = item
      }
      if (remaining && /^-?0+$/.test(remaining) && reset && /^\d+$/.test(reset)) {
        seconds = Math.max(seconds, Number.parseInt(reset, 10))
      }
    }
  }
  return seconds < 0 ? undefined : Math.min(seconds * 1000, MAX_DELAY)
}
