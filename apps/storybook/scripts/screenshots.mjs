#!/usr/bin/env node
// Screenshots of stories from the built Storybook (run `pnpm build` first), in light and dark, with Debian's
// Chromium through playwright-core. Usage: node scripts/screenshots.mjs [outDir] [storyId ...]
// Defaults: /tmp/shots and the 401, 429 and 503 pages. Times are pinned (UTC, the stories' frozen clock).
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url))
const [outDir = '/tmp/shots', ...ids] = process.argv.slice(2)
const storyIds =
  ids.length > 0
    ? ids
    : [
        'pages-401-unauthorized--sign-in-link',
        'pages-429-too-many-requests--retry-after-seconds',
        'pages-503-service-unavailable--maintenance',
      ]
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

if (!existsSync(join(root, 'iframe.html'))) {
  console.error('storybook-static/ is missing: run `pnpm build` first.')
  process.exit(1)
}

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address()

const browser = await chromium.launch(chromiumLaunchOptions)
mkdirSync(outDir, { recursive: true })
let failed = false
try {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 640 },
    timezoneId: 'UTC',
    locale: 'en-GB',
  })
  for (const id of storyIds) {
    for (const theme of ['light', 'dark']) {
      const page = await context.newPage()
      page.on('pageerror', (error) => {
        failed = true
        console.error(`${id} (${theme}): ${error.message}`)
      })
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`)
      await page.locator('.sk-page').first().waitFor()
      await page.evaluate(() => document.fonts.ready)
      const file = join(outDir, `${id}--${theme}.png`)
      await page.screenshot({ path: file, fullPage: true })
      console.log(file)
      await page.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}
process.exit(failed ? 1 : 0)
