import type { Decorator } from '@storybook/react-vite'
import { StoryFrame } from './StoryFrame'

export type Theme = 'light' | 'dark'
export type Locale = 'en' | 'de'

/** Applies the toolbar's theme and locale globals (a story can pin them with `globals`). */
export const withThemeAndLocale: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const locale: Locale = context.globals.locale === 'de' ? 'de' : 'en'
  return (
    <StoryFrame theme={theme} locale={locale}>
      <Story />
    </StoryFrame>
  )
}
