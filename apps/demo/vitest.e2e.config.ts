import { defineConfig } from 'vitest/config'

// End-to-end tests: a real Chromium (Debian's, via playwright-core) against the built app served on 127.0.0.1.
// globalSetup builds the app when its sources are newer than dist/, serves it on a free port and stops the
// server when the run ends. Files run one after another: the machine is small and the tests measure time.
export default defineConfig({
  // The tests read the kit's own words (en, de) from its sources, so a copy change does not break them.
  resolve: { conditions: ['@statuskit/source'] },
  ssr: { resolve: { conditions: ['@statuskit/source'] } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 120_000,
  },
})
