import type { StatusQueryDefaultsOptions } from '@statuskit/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { createStoryQueryClient } from './createStoryQueryClient'

interface QueryProviderProps {
  /** Options of `statusQueryDefaults`; without them, no automatic retries. */
  options?: StatusQueryDefaultsOptions
  children: ReactNode
}

/** Gives the story below it its own QueryClient, made once per mount. */
export function QueryProvider({ options, children }: QueryProviderProps) {
  const [client] = useState(() => createStoryQueryClient(options))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
