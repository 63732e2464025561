import '@statuskit/react/styles.css'
import './app.css'
import { en } from '@statuskit/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { Providers } from './providers'

export const metadata: Metadata = { title: 'Shop' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers messages={en}>
          <header>
            <nav aria-label="Shop">
              <Link href="/">Shop</Link> <Link href="/orders/7">Order 7</Link>{' '}
              <Link href="/products">Products</Link> <Link href="/de">Deutsch</Link>
            </nav>
          </header>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  )
}
