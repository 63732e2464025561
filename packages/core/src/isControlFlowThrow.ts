/**
 * Digest prefixes of the errors Next.js throws to steer rendering (`redirect()`, `permanentRedirect()`,
 * `notFound()`, `forbidden()`, `unauthorized()`, the static-to-dynamic bail-outs). They are instructions for the
 * framework, not failures: an error boundary that rendered them would break the navigation they ask for.
 */
const NEXT_DIGEST_PREFIXES = [
  'NEXT_REDIRECT',
  'NEXT_HTTP_ERROR_FALLBACK',
  'NEXT_NOT_FOUND',
  'BAILOUT_TO_CLIENT_SIDE_RENDERING',
  'DYNAMIC_SERVER_USAGE',
] as const

function hasControlFlowDigest(value: object): boolean {
  const digest: unknown = (value as { digest?: unknown }).digest
  return typeof digest === 'string' && NEXT_DIGEST_PREFIXES.some((prefix) => digest.startsWith(prefix))
}

/** A thrown `Response` (React Router, TanStack Router, Remix loaders) that redirects: 3xx with a Location. */
function isRedirectResponse(value: object): boolean {
  const { status, headers } = value as { status?: unknown; headers?: unknown }
  if (typeof status !== 'number' || status < 300 || status > 399) return false
  if (typeof headers !== 'object' || headers === null) return false
  const get: unknown = (headers as { get?: unknown }).get
  if (typeof get !== 'function') return false
  const location: unknown = get.call(headers, 'Location')
  return typeof location === 'string' && location.length > 0
}

/**
 * Whether a thrown value is a router's control flow (a redirect or a not-found signal) rather than an error.
 * Error boundaries re-throw these so the framework can act on them. Recognised by shape, never by `instanceof`,
 * and never throws: a value whose getters throw is simply not control flow.
 */
export function isControlFlowThrow(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  try {
    return hasControlFlowDigest(value) || isRedirectResponse(value)
  } catch {
    return false
  }
}
