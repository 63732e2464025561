import { createContext } from 'react'
import type { Locale } from './appText'

export interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} })
