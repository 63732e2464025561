import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'
import { buildIsFresh } from './e2e/buildIsFresh'

const port = Number(process.env.E2E_PORT ?? 3197)
const start = `next start -H 127.0.0.1 -p ${port}`
const fresh = buildIsFresh()
console.log(`[e2e] ${fresh ? 'production build is up to date: next start' : 'next build, then next start'}`)

// End-to-end tests: Debian's Chromium against the production build (`next build`, `next start`) on 127.0.0.1.
// One worker: the tests share the fake backend's state and measure requests and time on a small machine.
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  timeout: 45_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  },
  webServer: {
    command: fresh ? start : `next build && ${start}`,
    url: `http://127.0.0.1:${port}/shop/api/control`,
    timeout: 180_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    stdout: 'pipe',
  },
})
