/**
 * Digest prefixes of the errors Next.js throws to steer rendering (`redirect()`, `permanentRedirect()`,
 * `notFound()`, `forbidden()`, `unauthorized()`, the static-to-dynamic bail-outs). They are instructions for the
 * framework, not failures: an error boundary that rendered them would break the navigation they ask for.
 */
const NEXT_DIGEST =
  /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND|BAILOUT_TO_CLIENT_SIDE_RENDERING|DYNAMIC_SERVER_USAGE)/

/**
 * Whether a thrown value is a router's control flow (a redirect or a not-found signal) rather than an error.
 * Error boundaries re-throw these so the framework can act on them. Recognised by shape, never by `instanceof`,
 * and never throws: a value whose getters throw is simply not control flow.
 */
export function isControlFlowThrow(value: unknown): boolean {
  try {
    const digest = (value as { digest?: unknown }).digest
    if (typeof digest === 'string' && NEXT_DIGEST.test(digest)) return true
    // A thrown `Response` (React Router, TanStack Router, Remix loaders) that redirects: 3xx with a Location.
    // Reading from null, or calling a `get` that is not a function, throws and answers false.
    const { status, headers } = value as { status?: unknown; headers: { get(name: string): unknown } }
    if (typeof status !== 'number' || status < 300 || status > 399) return false
    const location = headers.get('Location')
    return typeof location === 'string' && location !== ''
  } catch {
    return false
  }
}
