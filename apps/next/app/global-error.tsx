'use client'
import '@statuskit/react/styles.css'
import { StatusKitProvider } from '@statuskit/react'
import { StatusErrorPage, type StatusErrorPageProps } from '@statuskit/react/next'
import Link from 'next/link'

// Replaces the root layout when the layout itself fails: its own document, provider and stylesheet.
export default function GlobalError(props: StatusErrorPageProps) {
  return (
    <StatusKitProvider locale="en-GB" homeHref="/" linkComponent={Link}>
      <StatusErrorPage {...props} global />
    </StatusKitProvider>
  )
}
