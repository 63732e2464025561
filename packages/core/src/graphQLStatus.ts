import { isHttpStatus } from './isHttpStatus'
import { readProperty } from './readProperty'
import { statusRegistry } from './statusRegistry'

/**
 * The well-known `extensions.code` values that do not name a status by its registry key (`FORBIDDEN`,
 * `NOT_FOUND`, `TOO_MANY_REQUESTS`, `INTERNAL_SERVER_ERROR`… do). A null-prototype object: `'__proto__'` and
 * `'toString'` are no code.
 */
const CODES: Readonly<Record<string, number | undefined>> = {
  __proto__: null,
  UNAUTHENTICATED: 401,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  RATE_LIMITED: 429,
} as unknown as Record<string, number>

/**
 * The HTTP status the first recognised GraphQL error names, looking in `graphQLErrors` (Apollo Client 3),
 * `errors` (Apollo Client 4's CombinedGraphQLErrors, a raw GraphQL response) and `protocolErrors`, then at the
 * value itself as a single GraphQL error. An error names a status by `extensions.http.status`, or by its
 * `extensions.code`: `UNAUTHENTICATED` 401, `BAD_USER_INPUT` and `GRAPHQL_VALIDATION_FAILED` 400,
 * `RATE_LIMITED` 429, or the registry key of an error status (`FORBIDDEN` 403, `NOT_FOUND` 404,
 * `TOO_MANY_REQUESTS` 429, `INTERNAL_SERVER_ERROR` 500…). Looks at the first 50 errors of a list. Never throws.
 */
export function graphQLStatus(value: unknown): number | undefined {
  for (const list of [
    readProperty(value, 'graphQLErrors'),
    readProperty(value, 'errors'),
    readProperty(value, 'protocolErrors'),
    [value],
  ]) {
    try {
      for (const error of Array.isArray(list) ? list.slice(0, 50) : []) {
        const extensions = readProperty(error, 'extensions')
        const code = readProperty(extensions, 'code')
        const status = [
          readProperty(readProperty(extensions, 'http'), 'status'),
          CODES[code as string],
          statusRegistry().find((definition) => definition.key === code && definition.code >= 400)?.code,
        ].find(isHttpStatus)
        if (status) return status
      }
    } catch {
      // A list that cannot be read (a revoked proxy, a code whose toString throws) names no status.
    }
  }
  return undefined
}
