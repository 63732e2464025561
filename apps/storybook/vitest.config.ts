import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'

// Every story runs as a test in Debian's Chromium: the story renders, its play function runs, then axe checks
// the result (`parameters.a11y.test: 'error'` fails the test on any violation).
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // Before the addon's own setup loads the preview: StrictMode, as under `storybook dev`.
    setupFiles: ['./.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
        // The clock-dependent stories show times ("You can try again at 14:32"): pin the zone and language.
        contextOptions: { timezoneId: 'UTC', locale: 'en-GB' },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
