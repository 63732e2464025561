/**
 * Every code in the IANA HTTP Status Code Registry with its current reason phrase (RFC 9110's wording where it
 * defines the code), ascending, as `<code><reason>` entries separated by commas; a `*` after the reason marks
 * a code for which a later identical request may succeed (`retryable`, what `isRetryableStatus` answers).
 * Unregistered codes are simply absent: 209–225, 306 and 418 (both "(Unused)" in the registry), 419–420, 427,
 * 430, 432–450 and 509. 510 is "(OBSOLETED)" by RFC 2774's move to historic status but stays registered, so it
 * stays here. Reasons hold only letters, spaces and hyphens, never digits.
 *
 * Everything else in the registry (keys, categories, `retryable`, `STATUS`, lookups and their types) is
 * derived from this one string, so a code is added, renamed or marked in exactly one place.
 */
// Each entry names its own code, so a stray or missing comma cannot renumber the codes after it: it makes an
// entry without a code (a `never` in `StatusTable`, which the type tests catch) or a reason with digits in it.
// One string rather than 61 `[code, reason]` pairs: measured with esbuild and gzip -9, the `getStatus` bundle is
// 936 bytes with this string and 971 with pairs (the positional string it replaces, whose empty entries held
// the places of unregistered codes, was 883). The backslashes continue the string on the next line; they are
// not part of it.
export const STATUS_TABLE = `\
100Continue,101Switching Protocols,102Processing,103Early Hints,\
200OK,201Created,202Accepted,203Non-Authoritative Information,204No Content,205Reset Content,\
206Partial Content,207Multi-Status,208Already Reported,226IM Used,\
300Multiple Choices,301Moved Permanently,302Found,303See Other,304Not Modified,305Use Proxy,\
307Temporary Redirect,308Permanent Redirect,\
400Bad Request,401Unauthorized,402Payment Required,403Forbidden,404Not Found,405Method Not Allowed,\
406Not Acceptable,407Proxy Authentication Required,408Request Timeout*,409Conflict,410Gone,\
411Length Required,412Precondition Failed,413Content Too Large,414URI Too Long,415Unsupported Media Type,\
416Range Not Satisfiable,417Expectation Failed,421Misdirected Request,422Unprocessable Content,423Locked,\
424Failed Dependency,425Too Early*,426Upgrade Required,428Precondition Required,429Too Many Requests*,\
431Request Header Fields Too Large,451Unavailable For Legal Reasons,\
500Internal Server Error*,501Not Implemented,502Bad Gateway*,503Service Unavailable*,504Gateway Timeout*,\
505HTTP Version Not Supported,506Variant Also Negotiates,507Insufficient Storage,508Loop Detected,\
510Not Extended,511Network Authentication Required`

/**
 * `'404Not Found'` gives `[404, 'Not Found']` and `'503Service Unavailable*'` gives
 * `[503, 'Service Unavailable']`; an entry without a three-digit code gives `never`.
 */
type EntryOf<Entry extends string> = Entry extends `${infer A}${infer B}${infer C}${infer Reason}`
  ? `${A}${B}${C}` extends `${infer Code extends number}`
    ? [Code, Reason extends `${infer Retryable}*` ? Retryable : Reason]
    : never
  : never

/** The type-level twin of the runtime decoding in `statusRegistry`: one `[code, reason]` pair per entry. */
type TableEntries<
  Table extends string,
  Done extends unknown[] = [],
> = Table extends `${infer Entry},${infer Rest}`
  ? TableEntries<Rest, [...Done, EntryOf<Entry>]>
  : [...Done, EntryOf<Table>]

/** Every `[code, reason]` pair of the table as literal types: `[[100, 'Continue'], …, [511, '…']]`. */
export type StatusTable = TableEntries<typeof STATUS_TABLE>
