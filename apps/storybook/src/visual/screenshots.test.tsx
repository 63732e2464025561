import { describe, expect, test } from 'vitest'
import { commands, page } from 'vitest/browser'
import { renderStory, storiesOf, type TestStory } from './stories'

/**
 * What the screenshots cover: every state of every page, the sign-in dialog, the inline notices, the error summary,
 * a nested fallback in an app's layout, and a themed page. Stories that pin the theme (the "Dark" ones) are left
 * out: every story is taken in both themes here.
 */
const stories: TestStory[] = [
  ...storiesOf(import.meta.glob('../stories/pages/*.stories.tsx', { eager: true })).filter(
    (story) => story.id !== 'pages-gallery--every-page',
  ),
  ...storiesOf(
    import.meta.glob(
      [
        '../stories/SignInDialog.stories.tsx',
        '../stories/StatusNotice.stories.tsx',
        '../stories/ErrorSummary.stories.tsx',
        '../stories/guides/Theming.stories.tsx',
      ],
      { eager: true },
    ),
  ),
  ...storiesOf(import.meta.glob('../stories/StatusBoundary.stories.tsx', { eager: true })).filter(
    (story) => story.id === 'components-statusboundary--nested-boundary',
  ),
].filter((story) => story.pinned.theme === undefined)

/** A desktop window and a small phone. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
] as const

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Moves the pointer outside the test frame (`vitest.config.ts`). */
    movePointerAway: () => Promise<void>
  }
}

describe.each(VIEWPORTS)('at $width px', ({ width, height }) => {
  describe.each(['light', 'dark'])('%s', (theme) => {
    test.each(stories.map((story) => [story.id, story] as const))('%s', async (id, story) => {
      await page.viewport(width, height)
      const frame = await renderStory(story, { theme })
      // A play function may leave a button it clicked focused; the picture is of the page, not of that ring.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
      // Nor of a hover that the pointer, left where a play function clicked, puts on whatever is under it now.
      await commands.movePointerAway()
      await document.fonts.ready
      // A page taller than the window: the window grows to fit it, so the whole page is drawn as the browser draws
      // what is on screen (beyond the window, Chromium leaves the backgrounds unpainted).
      const fullHeight = Math.ceil(frame.getBoundingClientRect().height)
      if (fullHeight > height) await page.viewport(width, fullHeight)
      // screenshots/<story id>/<width>-<theme>-chromium.png
      await expect.element(page.elementLocator(frame)).toMatchScreenshot(`${id}/${width}-${theme}`)
    })
  })
})
