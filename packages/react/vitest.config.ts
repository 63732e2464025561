import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@statuskit/source'] },
  ssr: { resolve: { conditions: ['@statuskit/source'] } },
  test: {
    // CI runs every package's suite side by side on two cores: fake-clock tests that walk through minutes of
    // requests take seconds of real time there.
    testTimeout: 20_000,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    typecheck: { include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
})
