// Checks that the API reference is complete: every name exported from a public entry point has TSDoc on its
// declaration and a `### name` entry in docs/API.md, and docs/API.md documents nothing that is not exported.
//
//   node scripts/check-api-docs.mjs
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entries = [
  'packages/core/src/index.ts',
  'packages/core/src/descriptions/index.ts',
  'packages/react/src/index.ts',
  'packages/react/src/locales/de.ts',
]

/** Every `export { a, b as c } from './file'` and `export type { … }` of a barrel, and direct declarations. */
function exportsOf(entry) {
  const file = join(root, entry)
  const source = readFileSync(file, 'utf8')
  const found = []
  for (const match of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    for (const part of match[1].split(',')) {
      const names = part.trim().replace(/^type\s+/, '')
      if (!names) continue
      const [local, exported = local] = names.split(/\s+as\s+/)
      found.push({ name: exported.trim(), local: local.trim(), from: resolve(dirname(file), match[2]) })
    }
  }
  for (const match of source.matchAll(
    /^export\s+(?:declare\s+)?(?:const|function|class|interface|type)\s+(\w+)/gm,
  )) {
    found.push({ name: match[1], local: match[1], from: file })
  }
  return found
}

function resolve(directory, specifier) {
  for (const ending of ['.ts', '.tsx', '/index.ts']) {
    const candidate = join(directory, specifier + ending)
    if (existsSync(candidate)) return candidate
  }
  return join(directory, specifier)
}

/** True when the declaration of `name` in `file` is directly preceded by a `/** … *\/` block. */
function hasTsDoc(file, name) {
  if (!existsSync(file)) return false
  const source = readFileSync(file, 'utf8')
  const declaration = new RegExp(
    `\\*/\\s*(?:@\\w+\\s*)*export\\s+(?:declare\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:const|function|class|interface|type)\\s+${name}\\b`,
  )
  return declaration.test(source)
}

const docs = readFileSync(join(root, 'docs/API.md'), 'utf8')
const documented = new Set([...docs.matchAll(/^###\s+`([^`]+)`/gm)].map((match) => match[1]))
const problems = []
const exported = new Set()
for (const entry of entries) {
  for (const { name, local, from } of exportsOf(entry)) {
    exported.add(name)
    if (!documented.has(name))
      problems.push(`${entry}: \`${name}\` has no "### \`${name}\`" entry in docs/API.md`)
    if (!hasTsDoc(from, local)) problems.push(`${entry}: \`${name}\` has no TSDoc comment on its declaration`)
  }
}
for (const name of documented) {
  if (!exported.has(name)) problems.push(`docs/API.md documents \`${name}\`, which no public entry exports`)
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  console.error(`api docs: ${problems.length} problem(s).`)
  process.exit(1)
}
console.log(`api docs: ${exported.size} public exports, each with TSDoc and an entry in docs/API.md.`)
