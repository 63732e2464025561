'use client'
import { STATUS, toStatusError } from '@statuskit/core'
import type { Query, QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'

/** `active`, or `expired` from the first 401 until the user signs in again. */
export type SessionState = 'active' | 'expired'

/** What `useSessionExpiry` returns: whether the session expired, and how to renew it after sign-in. */
export interface SessionExpiry {
  readonly state: SessionState
  /** After sign-in: the queries that failed with 401 fetch again (mutations are not replayed) and state is active. */
  readonly renew: () => void
}

function isUnauthorized(error: unknown): boolean {
  return toStatusError(error).status === STATUS.UNAUTHORIZED
}

/**
 * Watches `client` for 401s: any query or mutation that fails with 401 expires the session (many at once
 * expire it once). While mounted, a 401 never goes to an error boundary, whatever the client's `throwOnError`
 * default says, so the page under the sign-in dialog stays mounted; a query's own `throwOnError` still wins.
 */
export function useSessionExpiry(client: QueryClient): SessionExpiry {
  const [state, setState] = useState<SessionState>('active')
  const failed = useRef(new Set<Query>())

  useEffect(() => {
    const unsubscribeQueries = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !isUnauthorized(event.action.error))
        return
      failed.current.add(event.query)
      setState('expired')
    })
    const unsubscribeMutations = client.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !isUnauthorized(event.action.error))
        return
      setState('expired')
    })
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
    }
  }, [client])

  useEffect(() => {
    const defaults = client.getDefaultOptions()
    const original = defaults.queries?.throwOnError
    const guarded: typeof original = (error, query) =>
      !isUnauthorized(error) &&
      (typeof original === 'function' ? original(error, query) : (original ?? false))
    client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, throwOnError: guarded } })
    return () => {
      const current = client.getDefaultOptions()
      if (current.queries?.throwOnError !== guarded) return
      client.setDefaultOptions({ ...current, queries: { ...current.queries, throwOnError: original } })
    }
  }, [client])

  const renew = useCallback(() => {
    const queries = failed.current
    failed.current = new Set()
    setState('active')
    // Only what failed with 401; a mutation is never replayed by itself (the user submits again).
    void client.refetchQueries({ predicate: (query) => queries.has(query) })
  }, [client])

  return { state, renew }
}
