import { StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import { createElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusPage } from '../../pages/StatusPage'
import { StatusKitProvider } from '../../provider/StatusKitProvider'
import { en } from '../en'
import { formatDuration } from '../formatDuration'
import { formatMessage } from '../formatMessage'
import { formatWhen } from '../formatWhen'
import type { Messages } from '../Messages'
import { ar } from './ar'
import { de } from './de'
import { es } from './es'
import { fr } from './fr'
import { ja } from './ja'
import { ptBR } from './pt-BR'

const locales: Readonly<Record<string, Messages>> = { de, fr, es, 'pt-BR': ptBR, ja, ar }

/**
 * Strings that may read exactly like English, by locale. Only pure templates belong here (checked below): the
 * Japanese clock time needs no word around it, "14:32" alone, as in English.
 */
const sameAsEnglish: Readonly<Record<string, readonly string[]>> = { ja: ['common.today'] }

/** Every string of a `Messages`, as `section.key` paths. */
function strings(messages: Messages): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [section, values] of Object.entries(messages)) {
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      found.set(`${section}.${key}`, value)
    }
  }
  return found
}

const english = strings(en)
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
/** The words of a string: what is left without its placeholders, punctuation and spaces. */
const words = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '')

describe.each(Object.entries(locales))('given the %s strings', (name, messages) => {
  const translated = strings(messages)
  const exceptions = sameAsEnglish[name] ?? []

  it('should have every key of English and no other, each a non-empty string', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [path, value] of translated) {
      expect(typeof value, path).toBe('string')
      expect((value as string).trim(), path).not.toBe('')
    }
  })

  it('should translate every string with words, except the listed templates', () => {
    for (const [path, value] of translated) {
      if (exceptions.includes(path)) continue
      if (words(english.get(path) as string) === '') continue
      expect(value, path).not.toBe(english.get(path))
    }
    for (const path of exceptions) {
      expect(words(english.get(path) as string), `${path} is listed but has words`).toBe('')
      expect(translated.get(path), `${path} is listed but differs from English`).toBe(english.get(path))
    }
  })

  it('should keep exactly the placeholders of English', () => {
    for (const [path, value] of translated) {
      expect(placeholders(value as string), path).toEqual(placeholders(english.get(path) as string))
    }
  })

  it('should have no leading or trailing spaces', () => {
    for (const [path, value] of translated) expect(value, path).toBe((value as string).trim())
  })
})

describe('typography', () => {
  const all = (messages: Messages) => [...strings(messages).values()] as string[]

  it('should put a no-break space before French colons and inside guillemets, a narrow one before ? ! ;', () => {
    const text = all(fr).join('\n')
    expect(text).toContain('«\u00a0')
    expect(text).toContain('\u00a0:')
    expect(text).not.toMatch(/[^\u00a0]:|[^\u202f][?!;]|«[^\u00a0]|[^\u00a0]»/)
  })

  it('should use typographic apostrophes and quotes, never straight ones', () => {
    for (const [name, messages] of Object.entries(locales)) {
      for (const text of all(messages)) expect(text, name).not.toMatch(/["']/)
    }
  })

  it('should open a Spanish question or exclamation as well as close it', () => {
    for (const text of all(es)) {
      expect(text.split('¿').length, text).toBe(text.split('?').length)
      expect(text.split('¡').length, text).toBe(text.split('!').length)
    }
  })

  it('should write Japanese with full-width punctuation and no spaces between words', () => {
    for (const text of all(ja)) expect(text, text).not.toMatch(/[ .,!?:;()]/)
    expect(ja.common.statusCode).toBe('エラーコード：{code}')
  })

  it('should write Arabic with Arabic commas, question marks and semicolons', () => {
    for (const text of all(ar)) expect(text, text).not.toMatch(/[,?;]/)
    expect(ar.serverError.title).toContain('،')
  })
})

// Wednesday 25 November 2026, 14:00 local time. The results below are what Node 20's Intl (ICU 78) gives.
const NOW = new Date(2026, 10, 25, 14, 0, 0).getTime()
const at = (day: number, hour: number, minute: number) => new Date(2026, 10, day, hour, minute).getTime()
const today = at(25, 14, 32)
const thursday = at(26, 9, 0)
const nextWeek = at(25 + 7, 9, 0)

describe('times and waits, as each language says them', () => {
  it('should say them in French, with « à » before the time', () => {
    expect(formatWhen(today, NOW, 'fr-FR', fr.common)).toBe('à 14:32')
    expect(formatWhen(thursday, NOW, 'fr-FR', fr.common)).toBe('jeudi à 09:00')
    expect(formatWhen(nextWeek, NOW, 'fr-FR', fr.common)).toBe('mercredi 2 décembre à 09:00')
    expect(formatMessage(fr.rateLimited.when, { when: formatWhen(thursday, NOW, 'fr-FR', fr.common) })).toBe(
      'Vous pourrez réessayer jeudi à 09:00.',
    )
    // ICU puts a no-break space before "secondes" and a plain one before "minutes".
    expect(formatDuration(245_000, 'fr-FR')).toBe('4 minutes 5\u00a0secondes')
    expect(formatMessage(fr.common.timeLeft, { duration: formatDuration(60_000, 'fr-FR') })).toBe(
      'Il reste 1 minute',
    )
  })

  it('should say them in Spanish, with the article before the weekday and the hour', () => {
    expect(formatWhen(today, NOW, 'es-ES', es.common)).toBe('a las 14:32')
    expect(formatWhen(thursday, NOW, 'es-ES', es.common)).toBe('el jueves a las 9:00')
    expect(formatWhen(nextWeek, NOW, 'es-ES', es.common)).toBe('el miércoles, 2 de diciembre a las 9:00')
    expect(
      formatMessage(es.serviceUnavailable.when, { when: formatWhen(today, NOW, 'es-ES', es.common) }),
    ).toBe('Podrá volver a usar el servicio a las 14:32.')
    expect(formatDuration(2 * 3_600_000, 'es-ES')).toBe('2 horas')
    // "Tiempo restante:" agrees with one minute as with many ("Queda 1 minuto" / "Quedan 2 minutos" would not).
    expect(formatMessage(es.common.timeLeft, { duration: formatDuration(60_000, 'es-ES') })).toBe(
      'Tiempo restante: 1 minuto',
    )
  })

  it('should say them in Brazilian Portuguese, with « às » before the time', () => {
    expect(formatWhen(today, NOW, 'pt-BR', ptBR.common)).toBe('às 14:32')
    expect(formatWhen(thursday, NOW, 'pt-BR', ptBR.common)).toBe('quinta-feira às 09:00')
    expect(formatWhen(nextWeek, NOW, 'pt-BR', ptBR.common)).toBe('quarta-feira, 2 de dezembro às 09:00')
    expect(formatDuration(86_400_000, 'pt-BR')).toBe('1 dia')
    expect(formatDuration(27 * 3_600_000, 'pt-BR')).toBe('1 dia 3 horas')
  })

  it('should say them in Japanese, the day before the time', () => {
    expect(formatWhen(today, NOW, 'ja-JP', ja.common)).toBe('14:32')
    expect(formatWhen(thursday, NOW, 'ja-JP', ja.common)).toBe('木曜日の9:00')
    expect(formatWhen(nextWeek, NOW, 'ja-JP', ja.common)).toBe('12月2日水曜日の9:00')
    expect(formatMessage(ja.rateLimited.when, { when: formatWhen(thursday, NOW, 'ja-JP', ja.common) })).toBe(
      '木曜日の9:00からもう一度お試しいただけます。',
    )
    expect(formatDuration(245_000, 'ja-JP')).toBe('4 分 5 秒')
    expect(formatMessage(ja.rateLimited.soon, { duration: formatDuration(120_000, 'ja-JP') })).toBe(
      '2 分後にもう一度お試しいただけます。',
    )
  })

  it('should say them in Arabic, with Arabic-Indic digits for ar-EG and Latin digits for ar', () => {
    expect(formatWhen(today, NOW, 'ar-EG', ar.common)).toBe('في الساعة ٢:٣٢ م')
    expect(formatWhen(thursday, NOW, 'ar-EG', ar.common)).toBe('يوم الخميس في الساعة ٩:٠٠ ص')
    expect(formatWhen(nextWeek, NOW, 'ar-EG', ar.common)).toBe('يوم الأربعاء، ٢ ديسمبر في الساعة ٩:٠٠ ص')
    expect(formatWhen(today, NOW, 'ar', ar.common)).toBe('في الساعة 2:32 م')
    expect(formatDuration(245_000, 'ar-EG')).toBe('٤ دقائق ٥ ثوان')
    // Intl gives the dual in the nominative ("دقيقتان"): the templates put it where the nominative is right.
    expect(formatMessage(ar.rateLimited.soon, { duration: formatDuration(120_000, 'ar-EG') })).toBe(
      'يمكنك إعادة المحاولة بعد مدة قدرها دقيقتان.',
    )
    expect(formatMessage(ar.common.timeLeft, { duration: formatDuration(2 * 3_600_000, 'ar-EG') })).toBe(
      'الوقت المتبقي: ساعتان',
    )
  })
})

describe('given a 503 page in Arabic', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const unavailable = (retryAfterMs: number) =>
    new StatusError({ kind: 'http', status: 503, retryAfterMs, now: NOW })

  function renderPage(locale: string, retryAfterMs: number) {
    return render(
      createElement(
        StatusKitProvider,
        { locale, messages: ar },
        createElement(StatusPage, { code: 503, error: unavailable(retryAfterMs) }),
      ),
    )
  }

  it('should give the Arabic heading and the time back in Arabic-Indic digits for ar-EG', () => {
    const { container } = renderPage('ar-EG', 90 * 60_000)
    expect(screen.getByRole('heading', { level: 1, name: 'نعتذر، الخدمة غير متاحة' })).toHaveFocus()
    expect(container.querySelector('.sk-when')).toHaveTextContent(
      /^يمكنك استخدام الخدمة مجددًا في الساعة ٣:٣٠ م\.$/,
    )
    expect(screen.getByRole('button', { name: 'إعادة المحاولة' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('رمز الخطأ 503')).toBeInTheDocument()
  })

  it('should give Latin digits for ar, and count down in Arabic within five minutes', () => {
    const { container } = renderPage('ar', 120_000)
    expect(container.querySelector('.sk-when')).toHaveTextContent(
      /^يمكنك استخدام الخدمة مجددًا في الساعة 2:02 م\. الوقت المتبقي: دقيقتان$/,
    )
    expect(screen.getByRole('timer')).toHaveTextContent('الوقت المتبقي: دقيقتان')
    expect(screen.getByRole('button', { name: 'إعادة المحاولة' })).toHaveAccessibleDescription(
      'يمكنك استخدام الخدمة مجددًا في الساعة 2:02 م. الوقت المتبقي: دقيقتان',
    )
  })
})
