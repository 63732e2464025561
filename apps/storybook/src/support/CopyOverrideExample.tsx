import type { StatusError } from '@statuskit/core'
import { en, type Messages, mergeMessages, ServiceUnavailablePage, StatusKitProvider } from '@statuskit/react'
import { ar } from '@statuskit/react/locales/ar'
import { de } from '@statuskit/react/locales/de'
import { es } from '@statuskit/react/locales/es'
import { fr } from '@statuskit/react/locales/fr'
import { ja } from '@statuskit/react/locales/ja'
import { ptBR } from '@statuskit/react/locales/pt-BR'

const LOCALES = {
  'en-GB': en,
  'de-DE': de,
  'fr-FR': fr,
  'es-ES': es,
  'pt-BR': ptBR,
  'ja-JP': ja,
  'ar-EG': ar,
} as const satisfies Record<string, Messages>

export interface CopyOverrideExampleProps {
  /** The provider's `locale`: the language of every string not overridden, and the clock's format. */
  locale: keyof typeof LOCALES
  /** `messages.serviceUnavailable.title`; empty keeps the language's own. */
  heading: string
  /** `messages.serviceUnavailable.when`, with `{when}` where the time goes; empty keeps the language's own. */
  when: string
  /** `messages.common.tryAgain`; empty keeps the language's own. */
  tryAgain: string
  error: StatusError
}

/**
 * `<StatusKitProvider locale messages>` with a few strings of a locale replaced: `mergeMessages(fr, { … })` keeps
 * every other string of that locale. The fields are plain text, as an app's own copy would be.
 */
export function CopyOverrideExample({ locale, heading, when, tryAgain, error }: CopyOverrideExampleProps) {
  const messages = mergeMessages(LOCALES[locale], {
    serviceUnavailable: { title: heading || undefined, when: when || undefined },
    common: { tryAgain: tryAgain || undefined },
  })
  return (
    <div lang={locale} dir={locale === 'ar-EG' ? 'rtl' : 'ltr'}>
      <StatusKitProvider locale={locale} messages={messages}>
        <ServiceUnavailablePage error={error} reset={() => {}} />
      </StatusKitProvider>
    </div>
  )
}
