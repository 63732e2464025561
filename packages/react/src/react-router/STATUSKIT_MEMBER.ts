/**
 * The member of a route error's body where `throwStatus` keeps what React Router would otherwise drop:
 * `retryAfterMs`, the server's wait as the time left when it was thrown, and `requestId`, the response's
 * reference for support. The rest of the body is the problem details document itself, so code that reads
 * `error.data` as one still works.
 */
export const STATUSKIT_MEMBER = 'statuskit'
