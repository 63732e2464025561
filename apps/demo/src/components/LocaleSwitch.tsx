import { useContext, useId } from 'react'
import type { Locale } from '../i18n/appText'
import { LocaleContext } from '../i18n/LocaleContext'
import { useAppText } from '../i18n/useAppText'

export function LocaleSwitch() {
  const { locale, setLocale } = useContext(LocaleContext)
  const text = useAppText()
  const id = useId()
  return (
    <div className="locale-switch">
      <label htmlFor={id}>{text.language}</label>
      <select id={id} value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        <option value="en" lang="en">
          English
        </option>
        <option value="de" lang="de">
          Deutsch
        </option>
      </select>
    </div>
  )
}
