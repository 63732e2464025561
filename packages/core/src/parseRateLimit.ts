import { MAX_DELAY_MS } from './MAX_DELAY_MS'

// The list members of a Structured Field (RFC 9651): runs of anything but commas, where a quoted string may
// hold commas and escaped quotes. An unclosed quote runs to the end, so its item is malformed rather than cut.
const ITEMS = /(?:"(?:[^"\\]|\\.)*"?|[^,"])+/g
// One list member, strictly enough to tell a well-formed item from a malformed one: optional blanks, a String
// or Token bare item, then `;key[=bare-item]` parameters (captured), optional blanks. Bare items: String
// "…" | Token | Integer or Decimal | Byte Sequence :…: | Boolean ?0/?1. Anchored at both ends with the
// blanks inside, so matching stays linear on long runs of blanks.
const ITEM =
  /^[ \t]*(?:"(?:[ !#-[\]-~]|\\["\\])*"|[A-Za-z*][\w!#-'*+.^`|~:/-]*)((?:; *[a-z*][a-z\d_.*-]*(?:=(?:"(?:[ !#-[\]-~]|\\["\\])*"|[A-Za-z*][\w!#-'*+.^`|~:/-]*|-?\d{1,15}(?:\.\d{1,3})?|:[\w+/=]*:|\?[01]))?)*)[ \t]*$/
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
  let seconds = -1
  for (const [item] of typeof value === 'string' ? value.matchAll(ITEMS) : []) {
    let r = ''
    let t = ''
    // Later parameters with the same key win, as in RFC 9651. A malformed item has no parameters to read.
    for (const [, key, parameter = ''] of ITEM.exec(item)?.[1]?.matchAll(PARAMETER) ?? []) {
      if (key === 'r') r = parameter
      if (key === 't') t = parameter
    }
    if (/^-?0+$/.test(r) && /^\d+$/.test(t)) seconds = Math.max(seconds, +t)
  }
  return seconds < 0 ? undefined : Math.min(seconds * 1000, MAX_DELAY_MS)
}
