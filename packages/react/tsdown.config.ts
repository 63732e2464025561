import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { defineConfig } from 'tsdown'

// Entry points: the main entry, each locale, each framework entry. Everything else is shared code that the
// build groups into chunks.
const entry = {
  index: 'src/index.ts',
  'locales/de': 'src/i18n/locales/de.ts',
  next: 'src/next/index.ts',
  'locales/fr': 'src/i18n/locales/fr.ts',
  'locales/es': 'src/i18n/locales/es.ts',
  'locales/pt-BR': 'src/i18n/locales/pt-BR.ts',
  'locales/ja': 'src/i18n/locales/ja.ts',
  'locales/ar': 'src/i18n/locales/ar.ts',
  'react-router': 'src/react-router/index.ts',
  'tanstack-router': 'src/tanstack-router/index.ts',
}

const source = new URL('./src/', import.meta.url).pathname
const entryFiles = new Set(Object.values(entry).map((file) => new URL(`./${file}`, import.meta.url).pathname))
const clientModules = new Map<string, boolean>()

/** Whether a source module starts with the 'use client' directive (hooks, context or classes inside). */
function isClientModule(id: string): boolean {
  let known = clientModules.get(id)
  if (known === undefined) {
    known = /\.tsx?$/.test(id) && existsSync(id) && /^\s*(['"])use client\1/.test(readFileSync(id, 'utf8'))
    clientModules.set(id, known)
  }
  return known
}

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }
const levels = new Map<string, number>()

/**
 * How many times the imports below a module switch between client and plain modules. A module only imports
 * modules of a lower or equal level, and a module of the other kind only from a strictly lower level, so chunks
 * made per kind and level import each other without cycles (a plain `pageForError` between the client pages it
 * returns and the client boundary that calls it sits in a chunk of its own).
 */
function levelOf(id: string, graph: ModuleGraph, seen = new Set<string>()): number {
  const known = levels.get(id)
  if (known !== undefined) return known
  if (seen.has(id)) return 0
  seen.add(id)
  let level = 0
  for (const dependency of graph.getModuleInfo(id)?.importedIds ?? []) {
    if (!dependency.startsWith(source)) continue
    const switches = isClientModule(dependency) === isClientModule(id) ? 0 : 1
    level = Math.max(level, levelOf(dependency, graph, seen) + switches)
  }
  levels.set(id, level)
  return level
}

/**
 * The chunk a shared module goes to. Client modules and plain modules never share a chunk, so a chunk carries
 * 'use client' exactly when its modules do, and React Server Components can call every plain export. Framework
 * folders get chunks of their own, so the main entry never imports a framework.
 */
function chunkOf(id: string, graph: ModuleGraph): string | null {
  if (!id.startsWith(source) || id.endsWith('.d.ts') || entryFiles.has(id)) return null
  const [top] = relative(source, id).split(sep)
  const family = top && ['next', 'react-router', 'tanstack-router'].includes(top) ? `${top}-` : ''
  return `${family}${isClientModule(id) ? 'client' : 'shared'}-${levelOf(id, graph)}`
}

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  fixedExtension: false,
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: [
    /^react($|\/)/,
    /^react-dom($|\/)/,
    /^@tanstack\//,
    /^@statuskit\/core($|\/)/,
    /^next($|\/)/,
    /^react-router($|\/)/,
  ],
  // Entries keep exactly the exports they declare; chunks only hold what the groups below put there.
  inputOptions: { preserveEntrySignatures: 'allow-extension' },
  outputOptions: (options, format) => ({
    ...options,
    chunkFileNames: `chunks/[name].${format === 'cjs' ? 'cjs' : 'js'}`,
    codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: chunkOf }] },
  }),
  plugins: [
    {
      name: 'statuskit:use-client',
      // The bundler drops module-level directives; a chunk of client modules gets the directive back. A chunk
      // that mixed client and plain modules would be wrong either way, so it fails the build.
      renderChunk(code, chunk) {
        if (!/\.c?js$/.test(chunk.fileName)) return null
        const own = chunk.moduleIds.filter((id) => id.startsWith(source))
        const client = own.filter(isClientModule)
        if (client.length === 0) return null
        if (client.length !== own.length) {
          this.error(
            `${chunk.fileName} mixes client modules with plain ones: ${own.filter((id) => !isClientModule(id)).join(', ')}`,
          )
        }
        return `'use client';\n${code}`
      },
    },
  ],
  hooks: {
    'build:done'() {
      // `@statuskit/react/styles.css` ships as written: plain CSS, nothing to compile.
      copyFileSync('src/styles.css', 'dist/styles.css')
    },
  },
})
