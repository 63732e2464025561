// A Node module hook that does what an RSC bundler does for the Server Component graph:
// - a module that starts with 'use client' (and react-server-dom-webpack's node-loader does the same) is never
//   evaluated on the server; it gets one client reference per export instead;
// - `next/navigation` is Next's Server Component build of it, as Next's bundlers alias it there
//   (`next/dist/api/navigation.react-server`): the client build creates React contexts, which React's
//   react-server build does not have.
// Used by check-use-client.mjs to import the entries under `--conditions=react-server` as a Server Component
// would.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const NEXT_NAVIGATION = /^next\/navigation(\.js)?$/

export async function resolve(specifier, context, nextResolve) {
  if (!NEXT_NAVIGATION.test(specifier) || !context.parentURL) return nextResolve(specifier, context)
  const require = createRequire(context.parentURL)
  const file = require.resolve('next/dist/client/components/navigation.react-server.js')
  return { url: pathToFileURL(file).href, format: 'commonjs', shortCircuit: true }
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (result.format !== 'module' || result.source == null) return result
  const source = String(result.source)
  const body = source.replace(/^#!.*\n/, '').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
  if (!/^(['"])use client\1/.test(body)) return result
  // Export statements only: a line that starts with `export {`, never an example in a doc comment.
  const names = [...source.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) =>
    match[1]
      .split(',')
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      )
      .filter(Boolean),
  )
  const references = names.map(
    (name) =>
      `export const ${name} = Object.defineProperties(function () { throw new Error('client reference') }, { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: ${JSON.stringify(`${url}#${name}`)} } })`,
  )
  return { format: 'module', shortCircuit: true, source: references.join('\n') }
}
