import { StatusKitProvider, type StatusKitProviderProps } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Decorator } from '@storybook/react-vite'
import { StoryFrame } from './StoryFrame'

export type Theme = 'light' | 'dark'
export type Locale = 'en' | 'de'

const providerLocale = { en: 'en-GB', de: 'de-DE' } as const satisfies Record<Locale, string>

/**
 * Applies the toolbar's theme and locale globals (a story pins them with `globals`) and wraps the story in
 * `StatusKitProvider`. A story passes further provider props (`login`, `fallbacks`, …) as `parameters.statusKit`.
 */
export const withThemeAndLocale: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const locale: Locale = context.globals.locale === 'de' ? 'de' : 'en'
  const providerProps = (context.parameters.statusKit ?? {}) as Omit<StatusKitProviderProps, 'children'>
  return (
    <StoryFrame theme={theme} locale={locale}>
      <StatusKitProvider
        locale={providerLocale[locale]}
        {...providerProps}
        messages={locale === 'de' ? de : providerProps.messages}
      >
        <Story />
      </StatusKitProvider>
    </StoryFrame>
  )
}
