import { SessionGuard, StatusKitProvider } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import { RouterLink } from '@statuskit/react/react-router'
import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { signIn } from './api/queries'
import type { Locale } from './i18n/appText'
import { LocaleContext } from './i18n/LocaleContext'
import { queryClient } from './queryClient'
import { router } from './router'
import { telemetry } from './telemetry'

const LOCALE_KEY = 'statuskit-demo-locale'
const login = { onLogin: signIn }

function storedLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'de' ? 'de' : 'en'
  } catch {
    return 'en'
  }
}

export function App() {
  const [locale, setLocale] = useState<Locale>(storedLocale)
  const localeState = useMemo(() => ({ locale, setLocale }), [locale])

  useEffect(() => {
    document.documentElement.lang = locale
    try {
      localStorage.setItem(LOCALE_KEY, locale)
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }, [locale])

  return (
    <LocaleContext value={localeState}>
      <QueryClientProvider client={queryClient}>
        <StatusKitProvider
          locale={locale}
          messages={locale === 'de' ? de : undefined}
          login={login}
          homeHref="/"
          // The kit's links ("Go to the home page") navigate with the router instead of reloading the app.
          linkComponent={RouterLink}
          onError={telemetry.report}
        >
          {/* A 401 from any query or mutation opens one sign-in dialog over the page, which stays mounted. */}
          <SessionGuard>
            <RouterProvider router={router} />
          </SessionGuard>
        </StatusKitProvider>
      </QueryClientProvider>
    </LocaleContext>
  )
}
