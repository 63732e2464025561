import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@statuskit/source'] },
  ssr: { resolve: { conditions: ['@statuskit/source'] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    typecheck: { include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
})
