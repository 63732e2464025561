/**
 * How a `digest` written by `throwStatus` begins: the kit's name and the version of the format, so that a later
 * format is never misread and Next's own digests (`NEXT_REDIRECT;…`, `NEXT_HTTP_ERROR_FALLBACK;…`, plain hashes)
 * never match.
 */
export const STATUS_DIGEST_PREFIX = 'STATUSKIT;1;'
