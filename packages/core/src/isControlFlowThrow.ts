import { readProperty } from './readProperty'

/**
 * Digest prefixes of the errors Next.js throws to steer rendering (`redirect()`, `permanentRedirect()`,
 * `notFound()`, `forbidden()`, `unauthorized()`, the static-to-dynamic bail-outs). They are instructions for the
 * framework, not failures: an error boundary that rendered them would break the navigation they ask for.
 */
const NEXT_DIGEST =
  /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND|BAILOUT_TO_CLIENT_SIDE_RENDERING|DYNAMIC_SERVER_USAGE)/

/**
 * Whether a thrown value is a router's control flow (a redirect or a not-found signal) rather than an error:
 * Next.js's `redirect()`, `notFound()`, `forbidden()` and `unauthorized()` (by their digests), TanStack Router's
 * `notFound()` and `redirect()`, and any thrown redirect `Response` (React Router, Remix, TanStack Router: a
 * 3xx with a `Location` header). Error boundaries re-throw these so the framework can act on them.
 * Recognised by shape, never by `instanceof`, and never throws: a value whose getters throw is simply not
 * control flow.
 */
export function isControlFlowThrow(value: unknown): boolean {
  const digest = readProperty(value, 'digest')
  if (typeof digest === 'string' && NEXT_DIGEST.test(digest)) return true
  // TanStack Router's notFound(), and redirect() before it returned a Response, mark themselves.
  if (readProperty(value, 'isNotFound') === true || readProperty(value, 'isRedirect') === true) return true
  const status = readProperty(value, 'status')
  if (typeof status !== 'number' || status < 300 || status > 399) return false
  // TanStack Router's redirect({ to }) is a 3xx Response without a Location: its target is in `options`.
  const options = readProperty(value, 'options')
  if (typeof options === 'object' && options !== null) return true
  try {
    // Reading from a headers object without a `get` function throws and answers false.
    const location = (readProperty(value, 'headers') as { get(name: string): unknown }).get('Location')
    return typeof location === 'string' && location !== ''
  } catch {
    return false
  }
}
