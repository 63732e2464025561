// A Node module hook that does what an RSC bundler (and react-server-dom-webpack's node-loader) does with a module
// that starts with 'use client': the server never evaluates it, it gets one client reference per export instead.
// Used by check-use-client.mjs to import the client entry under `--conditions=react-server` as a Server Component
// would.
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (result.format !== 'module' || result.source == null) return result
  const source = String(result.source)
  const body = source.replace(/^#!.*\n/, '').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
  if (!/^(['"])use client\1/.test(body)) return result
  const names = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((match) =>
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
