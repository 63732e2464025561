/**
 * The message of every kind but `http` ("404 Not Found"), and so the list of those kinds: fixed words, so no
 * server text, URL or token can reach `message`. A null-prototype object: `'toString'` is no kind.
 */
export const STATUS_ERROR_MESSAGES: Readonly<Record<string, string | undefined>> = {
  __proto__: null,
  network: 'Network error',
  timeout: 'Request timed out',
  abort: 'Request aborted',
  unknown: 'Unknown error',
} as unknown as Record<string, string>
