import { type ReactNode, useEffect } from 'react'
import type { Locale, Theme } from './withThemeAndLocale'

interface StoryFrameProps {
  theme: Theme
  locale: Locale
  children: ReactNode
}

export function StoryFrame({ theme, locale, children }: StoryFrameProps) {
  // The page's language and colour scheme belong on <html>, where assistive tech and `prefers-color-scheme`
  // overrides look for them; the wrapper carries data-theme too, for docs pages that show several stories.
  useEffect(() => {
    const root = document.documentElement
    root.lang = locale
    root.dataset.theme = theme
  }, [theme, locale])
  return (
    <div className="sb-frame" data-theme={theme} lang={locale}>
      {children}
    </div>
  )
}
