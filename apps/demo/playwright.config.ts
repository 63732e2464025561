import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'

// End-to-end tests: Debian's Chromium against the built demo. The web server builds the app into a folder of its
// own (so a `build` task running at the same time never swaps dist/ under it) and serves it with `vite preview` on
// a fixed port; Playwright starts it before the tests and stops it after them. A port already in use fails the
// run instead of testing whatever answers there.
const port = Number(process.env.DEMO_E2E_PORT ?? 4317)
const outDir = 'node_modules/.cache/demo-e2e'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  // One test at a time: the machine is small and the tests measure time.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './e2e/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `pnpm run msw:init && vite build --outDir ${outDir} --emptyOutDir --logLevel warn && vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    // React's production build: its development build's StrictMode double effects would double the requests.
    env: { NODE_ENV: 'production' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
