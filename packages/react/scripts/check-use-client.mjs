// Verifies the BUILT packages for React Server Components:
// 1. every built @statuskit/react file that uses hooks, context or classes starts with the 'use client' directive
//    (so RSC bundlers treat it as a client module and never evaluate it on the server), and no entry file does (the
//    entries re-export plain functions that a Server Component calls);
// 2. locales and every @statuskit/core file carry no directive and no React;
// 3. under `node --conditions=react-server`, with 'use client' modules replaced by client references as an RSC
//    bundler does (scripts/rscClientReferences.mjs), every entry imports and every plain export can be called
//    (scripts/callServerExports.mjs): statusQueryDefaults, mergeMessages, pageForError, the locales, the
//    framework entries' throwStatus and StatusNotFoundPage, ...;
// 4. every entry imports in plain Node, ESM and CommonJS (no window, no document at import time).
//
//   node scripts/check-use-client.mjs   (after `pnpm build` of both packages)
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const react = join(dirname(fileURLToPath(import.meta.url)), '..')
const core = join(react, '../core')
const pkg = JSON.parse(readFileSync(join(react, 'package.json'), 'utf8'))
const failures = []

function builtFiles(dir) {
  if (!existsSync(dir)) {
    failures.push(`${relative(react, dir)} is missing: run \`pnpm build\` first`)
    return []
  }
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.(c|m)?js$/.test(file))
    .map((file) => join(dir, file))
}

/** The first statement, skipping a hashbang and comments: a directive must come before any code. */
function startsWithUseClient(source) {
  const body = source.replace(/^#!.*\n/, '').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
  return /^(['"])use client\1/.test(body)
}

const importsReact = (source) => /(from\s*|require\()\s*["']react(\/jsx-runtime)?["']/.test(source)
const usesClientApis = (source) =>
  /\b(use(State|Effect|LayoutEffect|Context|Ref|Reducer|SyncExternalStore|Transition|Id|Memo|Callback)|createContext|Component|PureComponent|useQueryErrorResetBoundary|useQueryClient)\b/.test(
    source,
  )

const entries = Object.entries(pkg.exports).filter(([key]) => !/\.(css|json)$/.test(key))
const entryFiles = new Set(
  entries
    .flatMap(([, target]) => [target.import.default, target.require.default])
    .map((file) => join(react, file)),
)

for (const file of builtFiles(join(react, 'dist'))) {
  const source = readFileSync(file, 'utf8')
  const name = relative(react, file)
  if (name.startsWith(join('dist', 'locales'))) {
    if (importsReact(source)) failures.push(`${name} must not import React (a locale is plain data)`)
  }
  if (entryFiles.has(file)) {
    if (startsWithUseClient(source))
      failures.push(
        `${name} is an entry and must not carry 'use client': its plain exports run on the server`,
      )
  } else if (importsReact(source) && usesClientApis(source) && !startsWithUseClient(source)) {
    failures.push(`${name} uses hooks, context or classes but does not start with 'use client'`)
  }
}

for (const file of builtFiles(join(core, 'dist'))) {
  const source = readFileSync(file, 'utf8')
  const name = relative(react, file)
  if (/(['"])use client\1/.test(source))
    failures.push(`${name} must not carry 'use client' (core is server-safe)`)
  if (importsReact(source)) failures.push(`${name} must not import React`)
}

function run(args, label) {
  try {
    return execFileSync(process.execPath, args, { cwd: react, stdio: 'pipe' }).toString().trim()
  } catch (error) {
    const stderr = String(error.stderr ?? '')
      .trim()
      .split('\n')
      .slice(0, 12)
      .join('\n')
    failures.push(`${label} threw:\n${stderr}`)
    return ''
  }
}

let called = ''
if (failures.length === 0) {
  called = run(
    [
      '--conditions=react-server',
      // As RSC bundlers resolve: React Router's react-server build is ESM under `module`; its CommonJS fallback
      // requires a 'use client' file that only a bundler (or the hook below, for ESM) replaces.
      '--conditions=module',
      '--import',
      join(react, 'scripts/rscClientReferences.register.mjs'),
      join(react, 'scripts/callServerExports.mjs'),
    ],
    'calling the plain exports as a Server Component (react-server)',
  )
  const specifiers = [
    '@statuskit/core',
    '@statuskit/core/descriptions',
    ...entries.map(([key]) => `${pkg.name}${key.slice(1)}`),
  ]
  for (const specifier of specifiers) {
    run(
      ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`],
      `import ${specifier} in plain Node`,
    )
    run(
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module'; createRequire(${JSON.stringify(join(react, 'package.json'))})(${JSON.stringify(specifier)})`,
      ],
      `require ${specifier} in plain Node`,
    )
  }
}

if (failures.length > 0) {
  console.error(`check-use-client: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log(
  `check-use-client: client chunks start with 'use client', entries do not; called under react-server: ${called}`,
)
