'use client'
import { type Messages, StatusKitProvider } from '@statuskit/react'
import { QueryClientProvider } from '@tanstack/react-query'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { getQueryClient } from '../lib/getQueryClient'

export function Providers({ messages, children }: { messages: Messages; children: ReactNode }) {
  // Not in state: without a Suspense boundary above, React would drop a client made during a render that suspends.
  const queryClient = getQueryClient()
  return (
    <QueryClientProvider client={queryClient}>
      {/* next/link as it is: links keep the basePath and navigate without a reload. */}
      <StatusKitProvider locale="en-GB" messages={messages} homeHref="/" linkComponent={Link}>
        {children}
      </StatusKitProvider>
    </QueryClientProvider>
  )
}
