import { type ReactNode, useEffect } from 'react'
import type { Locale, Theme } from './withThemeAndLocale'

interface StoryFrameProps {
  theme: Theme
  locale: Locale
  dir: 'ltr' | 'rtl'
  children: ReactNode
}

export function StoryFrame({ theme, locale, dir, children }: StoryFrameProps) {
  // The page's language, direction and colour scheme belong on <html>, where assistive tech, the browser's bidi
  // layout and `prefers-color-scheme` overrides look for them; the wrapper carries them too, for docs pages that
  // show several stories.
  useEffect(() => {
    const root = document.documentElement
    root.lang = locale
    root.dir = dir
    root.dataset.theme = theme
  }, [theme, locale, dir])
  return (
    <div className="sb-frame" data-theme={theme} lang={locale} dir={dir}>
      {children}
    </div>
  )
}
