import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', 'locales/de': 'src/locales/de.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // No shared chunks: each entry is one file, so the directive below covers every client module, and the
  // locale (plain data, safe anywhere, a Server Component may import it) stays free of it.
  splitting: false,
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@statuskit/core'],
  async onSuccess() {
    // One bundled file per format holds every component and hook: it must declare itself a client module so
    // React Server Components bundlers never evaluate it on the server. esbuild drops the per-file directives of
    // the sources when bundling, so the directive is written back here, and only into the main entry.
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      writeFileSync(file, `'use client';\n${readFileSync(file, 'utf8')}`)
    }
    // `@statuskit/react/styles.css` ships as written: plain CSS, nothing to compile.
    copyFileSync('src/styles.css', 'dist/styles.css')
  },
})
