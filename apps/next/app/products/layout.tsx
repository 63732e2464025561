import { StatusRouteBoundary } from '@statuskit/react/next'
import Link from 'next/link'
import type { ReactNode } from 'react'

export default function ProductsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Products">
        <Link href="/products/1">Oak shelf</Link> <Link href="/products/2">Linen lamp</Link>{' '}
        <Link href="/products/missing">A missing product</Link>{' '}
        <Link href="/products/retired">A retired product</Link>{' '}
        <Link href="/products/oak-shelf">An old address</Link>
      </nav>
      {/* What the products throw lands here, and leaves when the user goes to another product. */}
      <StatusRouteBoundary>{children}</StatusRouteBoundary>
    </>
  )
}
