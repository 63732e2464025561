// Verifies the BUILT packages for React Server Components:
// 1. every built @statuskit/react module that uses hooks, context or classes starts with the 'use client' directive
//    (so RSC bundlers treat it as a client module and never evaluate it on the server);
// 2. modules that must stay server-safe (the locales, every @statuskit/core file) carry no directive and no React;
// 3. the server-safe entries import under `node --conditions=react-server` without throwing, and every entry imports
//    in plain Node (no window, no document at import time).
//
// The client entry is never evaluated under `react-server`: React's server build has no createContext, Component or
// useState, and neither @tanstack/react-query nor any other client library can be evaluated there. RSC bundlers see
// 'use client' and replace the module with client references; under `react-server` this check imports the client
// entry the same way (scripts/rscClientReferences.mjs) and asserts that Server Components get a reference for
// StatusPage, StatusBoundary and StatusKitProvider.
//
//   node scripts/check-use-client.mjs   (after `pnpm build` of both packages)
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const react = join(dirname(fileURLToPath(import.meta.url)), '..')
const core = join(react, '../core')
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

for (const file of builtFiles(join(react, 'dist'))) {
  const source = readFileSync(file, 'utf8')
  const name = relative(react, file)
  const isLocale = name.startsWith(join('dist', 'locales'))
  if (isLocale) {
    if (/(['"])use client\1/.test(source))
      failures.push(`${name} must not carry 'use client' (a locale is plain data)`)
    if (importsReact(source)) failures.push(`${name} must not import React`)
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

function importIn(conditions, specifier, kind) {
  const code =
    kind === 'require'
      ? `require(${JSON.stringify(specifier)})`
      : `await import(${JSON.stringify(specifier)})`
  const args = [...conditions.map((condition) => `--conditions=${condition}`), '--input-type=module', '-e']
  const script =
    kind === 'require'
      ? `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(join(react, 'package.json'))}); ${code}`
      : code
  try {
    execFileSync(process.execPath, [...args, script], { cwd: react, stdio: 'pipe' })
  } catch (error) {
    const label = conditions.length > 0 ? `--conditions=${conditions.join(',')}` : 'plain Node'
    const stderr = String(error.stderr ?? '')
      .trim()
      .split('\n')
      .slice(0, 6)
      .join('\n')
    failures.push(`${kind} ${specifier} under ${label} threw:\n${stderr}`)
  }
}

if (failures.length === 0) {
  const serverSafe = ['@statuskit/core', '@statuskit/core/descriptions', '@statuskit/react/locales/de']
  for (const specifier of serverSafe) {
    for (const kind of ['import', 'require']) importIn(['react-server'], specifier, kind)
  }
  const hooks = join(react, 'scripts/rscClientReferences.mjs')
  const asServerComponent = [
    '--conditions=react-server',
    '--input-type=module',
    '-e',
    `import { register } from 'node:module'; register(${JSON.stringify(`file://${hooks}`)});
     const kit = await import('@statuskit/react');
     for (const name of ['StatusPage', 'StatusBoundary', 'StatusKitProvider', 'NotFoundPage']) {
       if (kit[name]?.$$typeof !== Symbol.for('react.client.reference')) throw new Error(name + ' is not a client reference')
     }`,
  ]
  try {
    execFileSync(process.execPath, asServerComponent, { cwd: react, stdio: 'pipe' })
  } catch (error) {
    failures.push(
      `@statuskit/react as a Server Component imports it (react-server) threw:\n${String(error.stderr).trim()}`,
    )
  }
  for (const specifier of [...serverSafe, '@statuskit/react']) {
    for (const kind of ['import', 'require']) importIn([], specifier, kind)
  }
}

if (failures.length > 0) {
  console.error(`check-use-client: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log(
  "check-use-client: client modules start with 'use client'; server-safe entries import under react-server",
)
