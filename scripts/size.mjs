// Size budgets: bundles the BUILT packages the way an app would (esbuild, minified, NODE_ENV=production, React,
// React DOM, TanStack Query and the frameworks external), gzips each bundle at level 9 and prints one table with
// our figures beside the libraries a user would otherwise combine. A row with a `base` measures what its bundle
// adds to that base bundle: what a framework entry costs an app that already uses the main entry.
//
// `budget` is the goal. Where a bundle does not meet its goal yet, `limit` is the enforced ceiling (a little above
// today's figure) so that it can only shrink; the table says OVER against the goal either way. Exits 1 when a
// bundle passes its limit (or its budget, where it has no limit) or contains code it must not.
//
//   pnpm size            (builds the packages first)
//   node scripts/size.mjs --json
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const core = join(root, 'packages/core')
const react = join(root, 'packages/react')
const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'next',
  'next/*',
  'react-router',
  '@tanstack/react-router',
]

for (const file of [join(core, 'dist/index.js'), join(react, 'dist/index.js')]) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run \`pnpm build\` first.`)
    process.exit(1)
  }
}

/**
 * Strings that must never reach an app bundle that does not ask for them: the status descriptions, and the
 * sentences of every locale but English (each locale entry of the React package's exports, built).
 */
async function forbiddenStrings() {
  const { describeStatus } = await import(pathToFileURL(join(core, 'dist/descriptions.js')).href)
  const descriptions = [429, 500, 404].map((code) => describeStatus(code).description.slice(0, 40))
  const { exports } = JSON.parse(readFileSync(join(react, 'package.json'), 'utf8'))
  const locales = []
  for (const [key, target] of Object.entries(exports)) {
    if (!key.startsWith('./locales/')) continue
    const file = join(react, target.import.default)
    if (!existsSync(file)) {
      console.error(`size: ${file} is missing; run \`pnpm build\` first.`)
      process.exit(1)
    }
    const collect = (value) => {
      // Only real sentences: a template such as '{time}' is the same in every language.
      if (typeof value === 'string' && value.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 10) {
        locales.push(value)
      } else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item)
    }
    collect(Object.values(await import(pathToFileURL(file).href)))
  }
  if (locales.length === 0) {
    console.error('size: found no locale strings to look for; the check would prove nothing.')
    process.exit(1)
  }
  // The development-only technical details (message, kind, cause chain): their markup's class marks them.
  return { descriptions, locales, development: ['sk-details'] }
}

async function measure({ contents, resolveDir }) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  return { code, gzip: gzipSync(code, { level: 9 }).length }
}

/**
 * The bundle's text with esbuild's escapes undone: it writes every non-ASCII character as `\xE9`, `\u9023` or
 * `\u{1F600}` (its default ASCII charset), so "Réessayer" or any Japanese or Arabic sentence would never match.
 */
const readable = (code) =>
  code.replace(/\\x([\da-fA-F]{2})|\\u\{([\da-fA-F]+)\}|\\u([\da-fA-F]{4})/g, (_, byte, point, unit) =>
    point
      ? String.fromCodePoint(Number.parseInt(point, 16))
      : String.fromCharCode(Number.parseInt(byte ?? unit, 16)),
  )

const rows = [
  {
    name: '@statuskit/core toStatusError + parseRetryAfter',
    contents: "export { toStatusError, parseRetryAfter } from './dist/index.js'",
    resolveDir: core,
    budget: 3800,
    // Over the goal by what the contract adds: the data layers (RTK Query, Apollo 3 and 4, GraphQL codes), the
    // bounded copy of problem documents and the trusted-instance registry.
    limit: 4250,
    clean: ['descriptions'],
  },
  {
    name: '@statuskit/core getStatus',
    contents: "export { getStatus } from './dist/index.js'",
    resolveDir: core,
    budget: 900,
    // The table that names each code beside its reason (no comma can renumber the codes after it) costs 53 bytes
    // more than the positional one it replaced.
    limit: 950,
    clean: ['descriptions'],
  },
  {
    name: '@statuskit/core/descriptions describeStatus',
    contents: "export { describeStatus } from './dist/descriptions.js'",
    resolveDir: core,
  },
  {
    name: '@statuskit/react StatusBoundary + every default page (en)',
    contents: "export { StatusBoundary } from './dist/index.js'",
    resolveDir: react,
    budget: 9700,
    // Over the goal: the core row above is inside it, and so are the pages' new behaviour (paced automatic retries,
    // focus after recovery, one reset scope per boundary, the headless model) and their words.
    limit: 12400,
    clean: ['descriptions', 'locales', 'development'],
  },
  {
    name: '@statuskit/react useStatusBoundary',
    contents: "export { useStatusBoundary } from './dist/index.js'",
    resolveDir: react,
    budget: 600,
    clean: ['descriptions', 'locales', 'development'],
  },
  {
    name: '@statuskit/react NotFoundPage',
    contents: "export { NotFoundPage } from './dist/index.js'",
    resolveDir: react,
    budget: 2200,
    // Over the goal: every page reads the whole English copy through the provider's default.
    limit: 3500,
    clean: ['descriptions', 'locales', 'development'],
  },
  {
    name: '@statuskit/react/next, beyond the whole main entry',
    contents: "export * from './dist/index.js'; export * from './dist/next.js'",
    base: "export * from './dist/index.js'",
    resolveDir: react,
    budget: 1000,
    clean: ['descriptions', 'locales'],
  },
  {
    name: '@statuskit/react/react-router, beyond the whole main entry',
    contents: "export * from './dist/index.js'; export * from './dist/react-router.js'",
    base: "export * from './dist/index.js'",
    resolveDir: react,
    budget: 1000,
    clean: ['descriptions', 'locales'],
  },
  {
    name: '@statuskit/react/tanstack-router, beyond the whole main entry',
    contents: "export * from './dist/index.js'; export * from './dist/tanstack-router.js'",
    base: "export * from './dist/index.js'",
    resolveDir: react,
    budget: 1000,
    clean: ['descriptions', 'locales'],
  },
  {
    name: 'anchor: react-error-boundary ErrorBoundary',
    contents: "export { ErrorBoundary } from 'react-error-boundary'",
    resolveDir: react,
    anchor: 'reb',
  },
  {
    name: 'anchor: http-status-codes StatusCodes + getReasonPhrase',
    contents: "export { StatusCodes, getReasonPhrase } from 'http-status-codes'",
    resolveDir: react,
    anchor: 'hsc',
  },
  {
    name: 'anchor: @sentry/react ErrorBoundary',
    contents: "export { ErrorBoundary } from '@sentry/react'",
    resolveDir: react,
    anchor: 'sentry',
  },
]

const forbidden = await forbiddenStrings()
const results = []
let failed = false
for (const row of rows) {
  const measured = await measure(row)
  const { code } = measured
  const gzip = measured.gzip - (row.base ? (await measure({ ...row, contents: row.base })).gzip : 0)
  const text = readable(code)
  const leaks = (row.clean ?? []).flatMap((kind) => {
    // A misspelt kind must fail loudly, never check nothing.
    if (!Object.hasOwn(forbidden, kind)) throw new Error(`size: ${row.name}: unknown kind ${kind} in clean`)
    return forbidden[kind].filter((string) => text.includes(string))
  })
  const overBudget = row.budget !== undefined && gzip > row.budget
  const overLimit = gzip > (row.limit ?? row.budget ?? Number.POSITIVE_INFINITY)
  if (overLimit || leaks.length > 0) failed = true
  results.push({ ...row, gzip, leaks, overBudget, overLimit })
}
const anchor = (key) => results.find((row) => row.anchor === key)?.gzip ?? 0
results.push({
  name: 'anchor: react-error-boundary + http-status-codes (no pages)',
  gzip: anchor('reb') + anchor('hsc'),
  leaks: [],
})

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results.map(({ name, gzip, budget, limit }) => ({ name, gzip, budget, limit }))))
} else {
  const width = Math.max(...results.map((row) => row.name.length))
  console.log(`${'bundle (esbuild, minified, gzip -9)'.padEnd(width)}  ${'bytes'.padStart(7)}  budget`)
  for (const row of results) {
    const limit =
      row.limit === undefined
        ? ''
        : ` (enforced limit ${row.limit.toLocaleString('en')}${row.overLimit ? ' EXCEEDED' : ''})`
    const status =
      row.budget === undefined
        ? ''
        : `${row.budget.toLocaleString('en')} ${row.overBudget ? 'OVER' : 'ok'}${limit}`
    console.log(`${row.name.padEnd(width)}  ${row.gzip.toLocaleString('en').padStart(7)}  ${status}`)
    for (const leak of row.leaks) console.log(`  must not contain: ${JSON.stringify(leak)}`)
  }
}
if (failed) {
  console.error('size: a bundle passed its limit or contains code it must not.')
  process.exit(1)
}
