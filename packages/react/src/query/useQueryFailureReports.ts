'use client'
import { type StatusNormalizer, toStatusError } from '@statuskit/core'
import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ErrorReporter } from '../context/ErrorReporterContext'

/**
 * Sends every failed query and mutation of `client` to the provider's telemetry (`onError`, filtered by its
 * `report` setting and deduplicated by thrown value, so an error a boundary also shows is reported once).
 * Reports failures that never reach a boundary: background refetches, inline errors, mutations.
 */
export function useQueryFailureReports(
  client: QueryClient | undefined,
  reportError: ErrorReporter,
  normalize?: StatusNormalizer,
): void {
  useEffect(() => {
    if (!client) return
    const unsubscribeQueries = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return
      const raw = event.action.error
      reportError(raw, toStatusError(raw, { normalize }), { source: 'query', queryKey: event.query.queryKey })
    })
    const unsubscribeMutations = client.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return
      const raw = event.action.error
      reportError(raw, toStatusError(raw, { normalize }), {
        source: 'mutation',
        mutationKey: event.mutation.options.mutationKey,
      })
    })
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
    }
  }, [client, reportError, normalize])
}
