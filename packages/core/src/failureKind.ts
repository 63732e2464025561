/**
 * The words that say a request failed without an answer, by kind, matched whole (Chrome may append the host in
 * parentheses, which is ignored):
 * - error names, whoever threw them: DOMException, ky, AbortSignal.timeout();
 * - axios codes, the Node system errors that axios and node-fetch pass through as `code`, and RTK Query's
 *   `status` strings;
 * - the messages browsers and runtimes give the TypeError that `fetch` rejects with when no response arrives,
 *   or when the connection drops while the body streams: Chrome ("Failed to fetch", "network error"), Node's
 *   undici ("fetch failed", "terminated"), Safari (five, one of them a timeout), Firefox, and React Native
 *   ("Network request failed", and "Network request timed out" for its timeout).
 */
const WORDS = {
  abort: ['AbortError', 'ERR_CANCELED'],
  timeout: [
    'TimeoutError',
    'ECONNABORTED',
    'ETIMEDOUT',
    'TIMEOUT_ERROR',
    'Network request timed out',
    'The request timed out.',
  ],
  network: [
    'NetworkError',
    'ERR_NETWORK',
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'FETCH_ERROR',
    'Failed to fetch',
    'network error',
    'fetch failed',
    'terminated',
    'Load failed',
    'The network connection was lost.',
    'The Internet connection appears to be offline.',
    'A server with the specified hostname could not be found.',
    'Could not connect to the server.',
    'NetworkError when attempting to fetch resource.',
    'Network request failed',
  ],
} as const

/** The kind of failure an error's name, code or message names, or undefined when it names none. */
export function failureKind(words: string): keyof typeof WORDS | undefined {
  const phrase = words.replace(/ \(.*\)$/, '')
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).find((kind) =>
    (WORDS[kind] as readonly string[]).includes(phrase),
  )
}
