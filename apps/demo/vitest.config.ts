import { defineConfig } from 'vitest/config'

// The demo's fast checks, in Node: the mock API's state and data. The browser tests are Playwright's
// (playwright.config.ts, `pnpm test:e2e`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
