// Keeps the README's code true: a code block right after `<!-- from path/to/file -->` must be that file, whole,
// or, with `<!-- from path/to/file#name -->`, the lines between `// #region name` and `// #endregion name` in it.
// The files are examples and tests that CI runs, so a recipe that drifts from working code fails the build.
//
//   node scripts/check-readme-code.mjs
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const problems = []
let checked = 0

/** The lines of `source` between `// #region name` and `// #endregion name`, without their indentation. */
function region(source, name, file) {
  const lines = source.split('\n')
  const start = lines.findIndex((line) => line.trim() === `// #region ${name}`)
  const end = lines.findIndex((line, index) => index > start && line.trim() === `// #endregion ${name}`)
  if (start === -1 || end === -1) {
    problems.push(`${file} has no region "${name}"`)
    return ''
  }
  const body = lines.slice(start + 1, end)
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length))
  return body.map((line) => line.slice(indent)).join('\n')
}

for (const match of readme.matchAll(/<!-- from ([^\s#]+)(?:#([\w-]+))? -->\s*\n```\w*\n([\s\S]*?)```/g)) {
  const [, file, name, code] = match
  const path = join(root, file)
  if (!existsSync(path)) {
    problems.push(`README.md quotes ${file}, which does not exist`)
    continue
  }
  const source = readFileSync(path, 'utf8')
  const expected = name ? region(source, name, file) : source
  if (code.trim() !== expected.trim()) {
    problems.push(
      `README.md's code from ${file}${name ? `#${name}` : ''} differs from the file: copy it again`,
    )
  }
  checked += 1
}

if (problems.length > 0) {
  console.error(`readme code: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log(`readme code: ${checked} code blocks match the files they quote`)
