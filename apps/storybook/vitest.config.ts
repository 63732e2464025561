import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defaultClientConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import type { BrowserCommand } from 'vitest/node'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'

const storybookConfigDir = fileURLToPath(new URL('./.storybook', import.meta.url))

// Debian's Chromium, headless, in UTC and British English: the stories' clock-dependent times ("You can try
// again at 14:32") and every screenshot are the same in every run. A new object per project: Vitest names each
// project's browser instance in place.
const browser = (viewport?: { width: number; height: number }) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: chromiumLaunchOptions,
    contextOptions: { timezoneId: 'UTC', locale: 'en-GB', ...(viewport ? { viewport } : {}) },
  }),
  instances: [{ browser: 'chromium' as const }],
})

// A play function that clicked leaves the pointer where it clicked; a later page with a button under that point
// would be drawn hovered. The pointer goes to the window's far corner, outside the test frame (no viewport a test
// sets is as wide as the window).
const movePointerAway: BrowserCommand<[]> = async ({ page }) => {
  await page.mouse.move(1599, 1799)
}

export default defineConfig({
  test: {
    projects: [
      {
        // Every story runs as a test: the story renders (in StrictMode), its play function runs, then axe checks
        // the result (`parameters.a11y.test: 'error'` fails the test on any violation).
        plugins: [storybookTest({ configDir: storybookConfigDir })],
        test: {
          name: 'storybook',
          // Before the addon's own setup loads the preview: StrictMode, as under `storybook dev`.
          setupFiles: ['./.storybook/vitest.setup.ts'],
          browser: browser(),
        },
      },
      {
        // The stories again, composed (`composeStories`) and rendered by tests of their own: screenshots of every
        // page against the committed baselines in `screenshots/`, the layout at 320 CSS px, and axe in every
        // language. The same sources and preview as the Storybook.
        resolve: {
          conditions: ['@statuskit/source', ...defaultClientConditions],
          dedupe: ['react', 'react-dom'],
          alias: {
            '@statuskit/react/styles.css': fileURLToPath(
              new URL('../../packages/react/src/styles.css', import.meta.url),
            ),
          },
        },
        // Everything the tests import, optimized up front: a dependency found mid-run makes Vite reload the tests, and
        // a React loaded both optimized and not is two Reacts.
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            '@tanstack/react-query',
            'msw',
            'msw/browser',
            'msw-storybook-addon/csf3',
            '@storybook/react-vite',
            'axe-core',
          ],
        },
        test: {
          name: 'visual',
          include: ['src/visual/**/*.test.tsx'],
          setupFiles: ['./src/visual/setup.ts'],
          browser: {
            commands: { movePointerAway },
            // Playwright's own window is larger than any viewport a test sets (pages up to 1800 px tall); otherwise
            // the test frame is scaled down to fit and the screenshots come out smaller than the viewport.
            ...browser({ width: 1600, height: 1800 }),
            expect: {
              toMatchScreenshot: {
                // One baseline per name: they are only comparable on this kind of machine (Debian's Chromium,
                // DejaVu fonts), which `scripts/bootstrap.sh` sets up.
                resolveScreenshotPath: ({ arg, browserName, ext, root }) =>
                  `${root}/screenshots/${arg}-${browserName}${ext}`,
                resolveDiffPath: ({ arg, browserName, ext, root }) =>
                  `${root}/.screenshot-diffs/${arg}-${browserName}${ext}`,
              },
            },
          },
        },
      },
    ],
  },
})
