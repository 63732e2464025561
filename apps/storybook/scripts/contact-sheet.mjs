#!/usr/bin/env node
// From the screenshot baselines (screenshots/, written by the visual tests): one contact sheet of every page in
// light and dark, at 1280 and 360 px (docs/contact-sheet.png at the repository's root), and one picture per page
// for the Introduction's gallery (src/docs/gallery/<story id>.png: the desktop in light beside the phone in dark).
// Lays the PNGs out in HTML and photographs it with Debian's Chromium; no image library needed.
//   node scripts/contact-sheet.mjs        (after `pnpm test` has written or checked the baselines)
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'
import { GALLERY } from '../src/docs/gallery/GALLERY.mjs'

const app = fileURLToPath(new URL('..', import.meta.url))
const shots = join(app, 'screenshots')
const galleryDir = join(app, 'src/docs/gallery')
const sheet = fileURLToPath(new URL('../../../docs/contact-sheet.png', import.meta.url))

/** The baseline of a story at a width and theme, as the screenshot test names it (vitest collapses `--`). */
function shot(id, width, theme) {
  const file = join(shots, id.replace(/-{2,}/g, '-'), `${width}-${theme}-chromium.png`)
  if (!existsSync(file)) {
    console.error(`contact-sheet: ${file} is missing; run the visual tests first (pnpm test).`)
    process.exit(1)
  }
  return `data:image/png;base64,${readFileSync(file).toString('base64')}`
}

const htmlText = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

const style = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 "DejaVu Sans", sans-serif; color: #16191d; background: #e9ecf1; }
  img { display: block; border-radius: 6px; box-shadow: 0 0 0 1px rgb(0 0 0 / 0.12), 0 4px 14px rgb(0 0 0 / 0.12); }
  .sheet { padding: 32px; }
  .sheet h1 { margin: 0 0 4px; font-size: 26px; }
  .sheet p { margin: 0 0 24px; color: #4a5361; }
  .row { display: grid; grid-template-columns: 180px 384px 384px 108px 108px; gap: 16px; align-items: start;
         padding: 16px 0; border-top: 1px solid #c9ced6; }
  .row h2 { margin: 0; font-size: 15px; }
  .row small { display: block; margin-top: 4px; color: #4a5361; font-size: 12px; word-break: break-all; }
  .head { font-weight: 700; color: #4a5361; border-top: 0; padding-bottom: 0; }
  .card { display: flex; gap: 20px; align-items: flex-start; padding: 20px; width: max-content; background: #e9ecf1; }
  /* The first screen of each (a page taller than the window is cut at the window's height), so cards align. */
  .desktop { width: 512px; height: 320px; object-fit: cover; object-position: top; }
  .phone { width: 144px; height: 296px; object-fit: cover; object-position: top; }
`

const rows = GALLERY.map(
  ({ id, label }) => `
  <div class="row">
    <div><h2>${htmlText(label)}</h2><small>${htmlText(id)}</small></div>
    <img src="${shot(id, 1280, 'light')}" width="384">
    <img src="${shot(id, 1280, 'dark')}" width="384">
    <img src="${shot(id, 360, 'light')}" width="108">
    <img src="${shot(id, 360, 'dark')}" width="108">
  </div>`,
).join('')

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: 800 }, deviceScaleFactor: 1 })
  await page.setContent(`<style>${style}</style>
    <main class="sheet">
      <h1>statuskit: every page, light and dark, at 1280 and 360 px</h1>
      <p>From the screenshot baselines in apps/storybook/screenshots (Debian Chromium, DejaVu fonts, UTC, clock at 14:30).</p>
      <div class="row head"><div>Page</div><div>1280 px, light</div><div>1280 px, dark</div><div>360, light</div><div>360, dark</div></div>
      ${rows}
    </main>`)
  await page.screenshot({ path: sheet, fullPage: true })
  console.log(sheet)

  mkdirSync(galleryDir, { recursive: true })
  for (const { id } of GALLERY) {
    await page.setContent(`<style>${style}</style>
      <div class="card"><img class="desktop" src="${shot(id, 1280, 'light')}"><img class="phone" src="${shot(id, 360, 'dark')}"></div>`)
    const file = join(galleryDir, `${id}.png`)
    await page.locator('.card').screenshot({ path: file })
    console.log(file)
  }
} finally {
  await browser.close()
}
