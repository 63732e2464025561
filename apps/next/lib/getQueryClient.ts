import { statusQueryDefaults } from '@statuskit/react'
import { isServer, QueryClient } from '@tanstack/react-query'

function makeQueryClient() {
  const defaults = statusQueryDefaults()
  return new QueryClient({
    defaultOptions: {
      ...defaults,
      // Data a Server Component prefetched stays fresh for a minute: the browser does not fetch it again at once.
      queries: { ...defaults.queries, staleTime: 60_000 },
    },
  })
}

let browserQueryClient: QueryClient | undefined

/** A new client for every request on the server (never share one user's data with another); one in the browser. */
export function getQueryClient() {
  if (isServer) return makeQueryClient()
  browserQueryClient ??= makeQueryClient()
  return browserQueryClient
}
