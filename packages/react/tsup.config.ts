import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@statuskit/core']

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  external,
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    // Spares dist/locales, which the second build writes at the same time.
    clean: ['!locales/**'],
    // One bundled file per format that holds every component and hook: it must declare itself a client module
    // so React Server Components bundlers never evaluate it on the server. esbuild drops the per-file directives
    // of the sources when bundling, hence the banner (and no rollup tree-shaking pass, which would drop it too).
    banner: { js: "'use client'" },
    async onSuccess() {
      // `@statuskit/react/styles.css` ships as written: plain CSS, nothing to compile.
      if (!existsSync('src/styles.css'))
        throw new Error('src/styles.css is missing: the styles.css export needs it')
      mkdirSync('dist', { recursive: true })
      copyFileSync('src/styles.css', 'dist/styles.css')
    },
  },
  {
    ...shared,
    // Plain data, safe anywhere (a Server Component may import it): no directive, no React.
    entry: { 'locales/de': 'src/locales/de.ts' },
    clean: ['locales/**'],
  },
])
