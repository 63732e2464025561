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
  const url = new URL(target, base)
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
 * unparsable. `origin` is `scheme://host[:port]` of an http(s) app; a path in it is ignored. An unsafe
 * `fallback` is replaced by `'/'`. Never throws.
 */
export function safeReturnTo(target: unknown, origin: string, fallback = '/'): string {
  try {
    // Only the origin counts: a relative target resolves against its root, never against a path in `origin`.
    const base = new URL('/', origin)
    if (base.protocol !== 'https:' && base.protocol !== 'http:') return '/'
    return check(target, base) ?? check(fallback, base) ?? '/'
  } catch {
    return '/'
  }
}
