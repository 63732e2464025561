import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { createStoryQueryClient } from './createStoryQueryClient'

/** Gives the story below it its own QueryClient, made once per mount. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createStoryQueryClient)
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
