// Run by check-use-client.mjs as a React Server Component would run the kit: under `--conditions=react-server`,
// with every 'use client' module replaced by client references (rscClientReferences.mjs). Imports every entry of
// the package and calls every plain export; any throw fails the check. A plain export without a call below fails
// too, so a new server-safe export cannot skip this check.
import { readFileSync } from 'node:fs'
import { StatusError, toStatusError } from '@statuskit/core'

const CLIENT_REFERENCE = Symbol.for('react.client.reference')
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const entries = Object.keys(pkg.exports)
  .filter((key) => !/\.(css|json)$/.test(key))
  .map((key) => `${pkg.name}${key.slice(1)}`)

const notFound = toStatusError({ status: 404 })
/** How a Server Component would call each plain function export; the result is checked by `expect`. */
const calls = {
  // Every name here must be exported as a plain function by some entry, and stay one.
  statusQueryDefaults: (fn) => {
    const defaults = fn({ maxSilentWaitMs: 1000 })
    return (
      typeof defaults.queries?.retry === 'function' && typeof defaults.queries?.throwOnError === 'function'
    )
  },
  mergeMessages: (fn, kit) => fn(kit.en, { common: { tryAgain: 'Retry' } }).common.tryAgain === 'Retry',
  pageForError: (fn) => fn(notFound)?.$$typeof === CLIENT_REFERENCE,
  variantForError: (fn) => fn(notFound) === 'notFound',
  noticeModel: (fn, kit) =>
    fn(notFound, { context: 'mutation', messages: kit.en, locale: 'en', now: 0, online: true }).retryable ===
    false,
  formatDuration: (fn) => fn(90_000, 'en') === '1 minute 30 seconds',
  formatClockTime: (fn) => typeof fn(0, 'en-GB') === 'string',
  formatWhen: (fn, kit) => typeof fn(60_000, 0, 'en-GB', kit.en.common) === 'string',
  setHookFormErrors: (fn) => Array.isArray(fn(notFound, () => {})),
  toConformErrors: (fn) => fn(notFound).formErrors.length === 0,
  // Next's: its own not-found signal from its Server Component build, and a status it cannot signal in a digest.
  // React Router's: data() with the status, as a loader or action of framework mode throws it on the server.
  throwStatus: (fn) => {
    const thrown = (source) => {
      try {
        fn(source)
      } catch (error) {
        return error
      }
    }
    const missing = thrown(notFound)
    if (missing?.type === 'DataWithResponseInit') {
      return missing.init?.status === 404 && thrown(429)?.init?.status === 429
    }
    const maintenance = new StatusError({ kind: 'http', status: 503, retryAfterMs: 60_000, now: 0 })
    return (
      missing?.digest === 'NEXT_HTTP_ERROR_FALLBACK;404' &&
      thrown(maintenance)?.digest === `STATUSKIT;1;503;${(60_000).toString(36)};`
    )
  },
  // TanStack Router's notFoundComponent, rendered by a Server Component: the 404 page as a client reference.
  StatusNotFoundPage: (fn) => {
    const element = fn({ isNotFound: true })
    return element?.type?.$$typeof === CLIENT_REFERENCE && element.props.code === 404
  },
}

const failures = []
const called = []
for (const specifier of entries) {
  const kit = await import(specifier)
  for (const [name, value] of Object.entries(kit)) {
    if (value?.$$typeof === CLIENT_REFERENCE) {
      if (Object.hasOwn(calls, name))
        failures.push(`${specifier}: ${name} must run on the server, but it is a client module`)
      continue
    }
    if (typeof value === 'function') {
      const call = calls[name]
      if (!call) {
        failures.push(`${specifier}: ${name} is a plain function without a call in callServerExports.mjs`)
        continue
      }
      try {
        if (call(value, kit) !== true) failures.push(`${specifier}: ${name}() gave an unexpected result`)
        else called.push(`${name}()`)
      } catch (error) {
        failures.push(`${specifier}: ${name}() threw ${error?.stack ?? error}`)
      }
    } else if (value !== null && typeof value === 'object') {
      // Data (messages of a locale): a Server Component passes it on as props, so it must serialise.
      try {
        JSON.stringify(value)
        called.push(name)
      } catch (error) {
        failures.push(`${specifier}: ${name} does not serialise: ${error}`)
      }
    }
  }
}
for (const name of Object.keys(calls)) {
  if (!called.includes(`${name}()`) && !failures.some((failure) => failure.includes(` ${name} `)))
    failures.push(`${name} is no longer exported by any entry`)
}
if (failures.length > 0) {
  console.error(failures.join('\n'))
  process.exit(1)
}
console.log(called.join(' '))
