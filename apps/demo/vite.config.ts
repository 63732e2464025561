import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are read from their TypeScript sources, so the demo needs no package build.
    conditions: ['@statuskit/source', ...defaultClientConditions],
    alias: [
      {
        // The published entry points at dist/styles.css; the source condition has no CSS entry of its own.
        find: /^@statuskit\/react\/styles\.css$/,
        replacement: fileURLToPath(new URL('../../packages/react/src/styles.css', import.meta.url)),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
})
