/**
 * Anything the URL parser would strip or reinterpret, so the raw input can never mean something other than
 * what it looks like: C0 controls and DEL anywhere (the parser drops tabs and newlines even inside
 * `java\tscript:` or `/\n/evil.com`), spaces at either end (trimmed by the parser), and backslashes (read as
 * `/` in http URLs, so `/\evil.com` is protocol-relative). Spaces inside a path are simply percent-encoded.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\0-\x1f\x7f\\]|^ | $/

function check(target: unknown, base: URL): string | undefined {
  if (typeof target !== 'string' || target === '' || UNSAFE.test(target) || target.startsWith('//'))
    return undefined
  let url: URL
  try {
    url = new URL(target, base)
  } catch {
    // Unparsable (`http://[::1`, a bad port): rejected like any other unsafe target, so the fallback applies.
    return undefined
  }
  if (url.origin !== base.origin || url.username !== '' || url.password !== '') return undefined
  const path = url.pathname + url.search + url.hash
  // `/.//evil.com` resolves to the path `//evil.com`, which a browser would read as another host.
  return path.startsWith('/') && !/^\/[/\\]/.test(path) ? path : undefined
}

/**
 * A same-origin path (`pathname + search + hash`, re-serialised from the parsed URL, never the raw input)
 * for a `returnTo`-style parameter, or `fallback` when `target` is not one.
 *
 * Rejects other origins (look-alike hosts too), scheme changes, userinfo, protocol-relative and backslash
 * tricks, control characters, surrounding spaces, `javascript:`/`data:`/`vbscript:` URLs, non-strings and anything
 * unparsable. `origin` is `scheme://host[:port]` of an http(s) app; a path in it is ignored. With an origin
 * that is not one, every target is rejected. An unsafe `fallback` is replaced by `'/'`. Never throws.
 */
export function safeReturnTo(target: unknown, origin: string, fallback = '/'): string {
  let base: URL | undefined
  try {
    // Only the origin counts: a relative target resolves against its root, never against a path in `origin`.
    base = new URL('/', origin)
  } catch {
    // An unparsable origin: no target can be checked against it.
  }
  if (base?.protocol !== 'https:' && base?.protocol !== 'http:') {
    // Without an http(s) origin no target is same-origin, but a fallback that is a plain path still is one:
    // it is checked against a stand-in origin so that only its path can come back.
    return check(fallback, new URL('http://localhost')) ?? '/'
  }
  return check(target, base) ?? check(fallback, base) ?? '/'
}
