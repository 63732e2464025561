import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'

// The tests whose subject depends on how the runtime schedules work (stream reads, timers, microtasks) run a
// second time in Debian's Chromium; the rest of the suite runs in Node only (vitest.config.ts).
export default defineConfig({
  test: {
    name: 'core (chromium)',
    include: ['src/fromResponse.streams.test.ts', 'src/__tests__/fromResponse.property.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
