import { useContext } from 'react'
import { type AppText, appText } from './appText'
import { LocaleContext } from './LocaleContext'

export function useAppText(): AppText & { locale: keyof typeof appText } {
  const { locale } = useContext(LocaleContext)
  return { ...appText[locale], locale }
}
