/**
 * Every code in the IANA HTTP Status Code Registry with its current reason phrase (RFC 9110's wording where it
 * defines the code), written as one string because that is a fraction of the size of 61 arrays in a bundle.
 * One line per class, 1xx to 5xx, reasons separated by `,`. A reason's code is its class plus its position,
 * so an empty entry stands for an unregistered code: 209–225, 306 and 418 (both "(Unused)" in the registry),
 * 419–420, 427, 430, 432–450 and 509. 510 is "(OBSOLETED)" by RFC 2774's move to historic status but stays
 * registered, so it stays here.
 *
 * Everything else in the registry (keys, categories, `retryable`, `STATUS`, lookups and their types) is
 * derived from this one string, so a code is added or renamed in exactly one place.
 */
export const STATUS_TABLE = `Continue,Switching Protocols,Processing,Early Hints
OK,Created,Accepted,Non-Authoritative Information,No Content,Reset Content,Partial Content,Multi-Status,Already Reported,,,,,,,,,,,,,,,,,,IM Used
Multiple Choices,Moved Permanently,Found,See Other,Not Modified,Use Proxy,,Temporary Redirect,Permanent Redirect
Bad Request,Unauthorized,Payment Required,Forbidden,Not Found,Method Not Allowed,Not Acceptable,Proxy Authentication Required,Request Timeout,Conflict,Gone,Length Required,Precondition Failed,Content Too Large,URI Too Long,Unsupported Media Type,Range Not Satisfiable,Expectation Failed,,,,Misdirected Request,Unprocessable Content,Locked,Failed Dependency,Too Early,Upgrade Required,,Precondition Required,Too Many Requests,,Request Header Fields Too Large,,,,,,,,,,,,,,,,,,,,Unavailable For Legal Reasons
Internal Server Error,Not Implemented,Bad Gateway,Service Unavailable,Gateway Timeout,HTTP Version Not Supported,Variant Also Negotiates,Insufficient Storage,Loop Detected,,Not Extended,Network Authentication Required`

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9

/** `Class` 4 and `Index` 4 give the literal type 404. */
type CodeOf<
  Class extends number,
  Index extends number,
> = `${Class}${Index extends Digit ? '0' : ''}${Index}` extends `${infer Code extends number}` ? Code : never

/** The `[code, reason]` pairs of one class's comma-separated reasons; `Index` counts the entries read so far. */
type ClassEntries<
  Reasons extends string,
  Class extends number,
  Index extends unknown[] = [],
  Done extends unknown[] = [],
> = Reasons extends `${infer Reason},${infer Rest}`
  ? ClassEntries<
      Rest,
      Class,
      [...Index, unknown],
      Reason extends '' ? Done : [...Done, [CodeOf<Class, Index['length']>, Reason]]
    >
  : Reasons extends ''
    ? Done
    : [...Done, [CodeOf<Class, Index['length']>, Reasons]]

/** The type-level twin of the runtime decoding in `statusDefinitions`. */
type TableEntries<
  Table extends string,
  Class extends unknown[] = [unknown],
  Done extends unknown[] = [],
> = Table extends `${infer Reasons}\n${infer Rest}`
  ? TableEntries<Rest, [...Class, unknown], [...Done, ...ClassEntries<Reasons, Class['length']>]>
  : [...Done, ...ClassEntries<Table, Class['length']>]

/** Every `[code, reason]` pair of the table as literal types: `[[100, 'Continue'], …, [511, '…']]`. */
export type StatusTable = TableEntries<typeof STATUS_TABLE>
