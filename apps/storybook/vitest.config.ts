import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

// Every story runs as a test in Debian's Chromium: the story renders, its play function runs, then axe checks
// the result (`parameters.a11y.test: 'error'` fails the test on any violation).
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
        // The clock-dependent stories show times ("You can try again at 14:32"): pin the zone and language.
        contextOptions: { timezoneId: 'UTC', locale: 'en-GB' },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
