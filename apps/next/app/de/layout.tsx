import { mergeMessages, StatusKitProvider } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import { RouterLink } from '@statuskit/react/next'
import type { ReactNode } from 'react'

// Merged on the server: the browser receives the finished strings.
const messages = mergeMessages(de, { common: { goHome: 'Zurück zum Shop' } })

export default function GermanLayout({ children }: { children: ReactNode }) {
  return (
    <div lang="de">
      {/* A Server Component: RouterLink, not next/link, which is a server function here. */}
      <StatusKitProvider locale="de-DE" messages={messages} homeHref="/de" linkComponent={RouterLink}>
        {children}
      </StatusKitProvider>
    </div>
  )
}
