import { type Messages, StatusKitProvider, type StatusKitProviderProps } from '@statuskit/react'
import { ar } from '@statuskit/react/locales/ar'
import { de } from '@statuskit/react/locales/de'
import { es } from '@statuskit/react/locales/es'
import { fr } from '@statuskit/react/locales/fr'
import { ja } from '@statuskit/react/locales/ja'
import { ptBR } from '@statuskit/react/locales/pt-BR'
import type { Decorator } from '@storybook/react-vite'
import { HOME_HREF } from '../src/support/exampleAppLinks'
import { StoryFrame } from './StoryFrame'

export type Theme = 'light' | 'dark'
export type Locale = keyof typeof locales

/**
 * Each toolbar language: the provider's BCP 47 locale, which sets the clock and the digits, and its strings
 * (English is the kit's default). Arabic is `ar-EG`, Egypt being the most populous Arabic-speaking country: the
 * Arabic-Indic digits and 12-hour clock most readers in the Middle East expect ("٤:٣٠ م"), where plain `ar` gives
 * Latin digits.
 */
const locales = {
  en: { tag: 'en-GB', messages: undefined },
  de: { tag: 'de-DE', messages: de },
  fr: { tag: 'fr-FR', messages: fr },
  es: { tag: 'es-ES', messages: es },
  'pt-BR': { tag: 'pt-BR', messages: ptBR },
  ja: { tag: 'ja-JP', messages: ja },
  ar: { tag: 'ar-EG', messages: ar },
} as const satisfies Record<string, { tag: string; messages: Messages | undefined }>

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(locales, value)

/**
 * Applies the toolbar's theme and locale globals (a story pins them with `globals`) and wraps the story in
 * `StatusKitProvider`, whose "Go to the home page" leads to the example app's home story. A story passes further
 * provider props (`login`, `fallbacks`, …) as `parameters.statusKit`.
 */
export const withThemeAndLocale: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const locale: Locale = isLocale(context.globals.locale) ? context.globals.locale : 'en'
  const providerProps = (context.parameters.statusKit ?? {}) as Omit<StatusKitProviderProps, 'children'>
  return (
    <StoryFrame theme={theme} locale={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <StatusKitProvider
        locale={locales[locale].tag}
        homeHref={HOME_HREF}
        {...providerProps}
        messages={locales[locale].messages ?? providerProps.messages}
      >
        <Story />
      </StatusKitProvider>
    </StoryFrame>
  )
}
