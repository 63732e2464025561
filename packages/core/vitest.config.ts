import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@statuskit/source'] },
  ssr: { resolve: { conditions: ['@statuskit/source'] } },
  test: {
    // CI runs every package's suite side by side on two cores: fake-clock tests that walk through minutes of
    // requests take seconds of real time there.
    testTimeout: 20_000,
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
})
