// Render cost benchmark: `pnpm --filter @statuskit/react bench` (or `node bench/renderCost.mjs [rounds]`).
// Bundles renderCost.page.tsx with the production build of React, runs it in Debian's Chromium and prints the
// median mount and update times of each variant and our ratio to react-error-boundary (goal: <= 1.05).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const rounds = Number(process.argv[2] ?? 60)
const warmup = 10

const bundle = await build({
  entryPoints: [join(here, 'renderCost.page.tsx')],
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  conditions: ['@statuskit/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
})

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const page = await browser.newPage()
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>render cost</title></head><body></body></html>',
  )
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
  await page.evaluate((n) => window.runRenderCost(n), warmup)
  const samples = await page.evaluate((n) => window.runRenderCost(n), rounds)

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = sorted.length >> 1
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  const table = Object.entries(samples).map(([variant, { mount, update }]) => ({
    variant,
    'mount ms (median)': Number(median(mount).toFixed(3)),
    'update ms (median)': Number(median(update).toFixed(3)),
  }))
  console.log(
    `1,000 components, ${rounds} interleaved rounds after ${warmup} warm-up rounds, React production build`,
  )
  console.table(table)
  const ratio = (key) => median(samples.statuskit[key]) / median(samples['react-error-boundary'][key])
  console.log(
    `statuskit / react-error-boundary: mount ${ratio('mount').toFixed(3)}, update ${ratio('update').toFixed(3)} (goal <= 1.05)`,
  )
} finally {
  await browser.close()
}
