import { composeStories } from '@storybook/react-vite'
import axe from 'axe-core'
import { act, type ReactElement, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, test } from 'vitest'

/**
 * Every page story in every language the kit ships, Arabic right to left, checked with axe-core (the engine of
 * the Storybook's accessibility checks). The stories render as the Storybook renders them (loaders, `beforeEach`,
 * decorators, StrictMode), with the toolbar's language set; their play functions, which assert English words, do
 * not run here. Stories that pin a language or a theme are the same pages again and are left out.
 */
const modules = import.meta.glob<Parameters<typeof composeStories>[0]>('../stories/pages/*.stories.tsx', {
  eager: true,
})

const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'ar'] as const

/** What the test uses of a composed story: a component to render, with its id and its loaders. */
type Composed = (() => ReactElement) & { id: string; load: () => Promise<void> }

function storiesIn(locale: string): [string, Composed][] {
  return Object.keys(modules)
    .sort()
    .flatMap((path) => {
      const module = modules[path] as Parameters<typeof composeStories>[0] &
        Record<string, { globals?: Record<string, unknown> }>
      const composed = composeStories(module, { initialGlobals: { locale, theme: 'light' } })
      return Object.entries(composed)
        .filter(([name]) => module[name]?.globals === undefined)
        .map(
          ([, story]) =>
            [(story as unknown as Composed).id, story as unknown as Composed] as [string, Composed],
        )
    })
    .filter(([id]) => id !== 'pages-gallery--every-page')
}

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
})

describe.each(LOCALES)('in %s', (locale) => {
  test.each(storiesIn(locale))('%s has no axe violations', async (_, Story) => {
    await Story.load()
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    await act(async () =>
      root?.render(
        <StrictMode>
          <Story />
        </StrictMode>,
      ),
    )
    expect(document.documentElement.lang).toBe(locale)
    expect(document.documentElement.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr')
    expect(host.querySelector('.sk-page')?.getAttribute('data-variant')).toBeTruthy()
    const { violations } = await axe.run(host, { resultTypes: ['violations'] })
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
})
