'use client'
import { STATUS, type StatusNormalizer, toStatusError } from '@statuskit/core'
import type { Mutation, Query, QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SessionInfo } from '../context/SessionContext'
import { sessionClaims } from '../query/sessionClaims'

/** `active`; `renewing` while a silent refresh runs; `expired` until the user signs in again. */
export type SessionState = SessionInfo['state']

/** Options of `useSessionExpiry`. */
export interface SessionExpiryOptions {
  /**
   * Renews the session silently and resolves `true` when it did (`login.refresh`). Called once for a burst of 401s;
   * on `true` what failed is fetched again and the state goes back to `active` without a dialog.
   */
  refresh?: (() => Promise<boolean>) | undefined
  /** The app's own error shapes (the provider's `normalize`), so a 401 it knows is seen as one. */
  normalize?: StatusNormalizer | undefined
}

/** What `useSessionExpiry` returns: the session's state and how to renew it after the user signed in. */
export interface SessionExpiry extends SessionInfo {
  /**
   * After sign-in: the queries that failed with 401 fetch again, mutations that said so (`meta:
   * { resubmitAfterSignIn: true }`) run again with their input, and the state is `active`. Other mutations are
   * never replayed by themselves: their forms still hold the input and say it is not saved yet.
   */
  readonly renew: () => void
}

/**
 * Watches `client` for 401s. Any query or mutation that fails with 401 expires the session (a burst expires it
 * once), and the error is claimed for the guard: `statusQueryDefaults` then keeps it out of error boundaries, so
 * the page under the sign-in dialog stays mounted. With `refresh`, the session is first renewed silently.
 */
export function useSessionExpiry(client: QueryClient, options: SessionExpiryOptions = {}): SessionExpiry {
  const [state, setState] = useState<SessionState>('active')
  const [renewedAt, setRenewedAt] = useState<number | undefined>(undefined)
  const failedQueries = useRef(new Set<Query>())
  const failedMutations = useRef(new Set<Mutation<unknown, unknown, unknown, unknown>>())
  const refresh = useRef(options.refresh)
  refresh.current = options.refresh
  const normalize = useRef(options.normalize)
  normalize.current = options.normalize
  const current = useRef<SessionState>('active')

  const renew = useCallback(() => {
    const queries = failedQueries.current
    const mutations = failedMutations.current
    failedQueries.current = new Set()
    failedMutations.current = new Set()
    current.current = 'active'
    setState('active')
    setRenewedAt(Date.now())
    // Only what failed with 401.
    void client.refetchQueries({ predicate: (query) => queries.has(query) })
    for (const mutation of mutations) {
      if (mutation.options.meta?.resubmitAfterSignIn === true && mutation.state.variables !== undefined) {
        void mutation.execute(mutation.state.variables).catch(() => {})
      }
    }
  }, [client])

  useEffect(() => {
    const expire = (): void => {
      if (current.current !== 'active') return
      const silently = refresh.current
      if (!silently) {
        current.current = 'expired'
        setState('expired')
        return
      }
      current.current = 'renewing'
      setState('renewing')
      new Promise<boolean>((resolve) => resolve(silently())).then(
        (renewed) => {
          if (renewed === true) renew()
          else {
            current.current = 'expired'
            setState('expired')
          }
        },
        () => {
          current.current = 'expired'
          setState('expired')
        },
      )
    }
    const claim = (error: unknown): boolean => {
      if (toStatusError(error, { normalize: normalize.current }).status !== STATUS.UNAUTHORIZED) return false
      if (typeof error === 'object' && error !== null) sessionClaims.add(error)
      return true
    }
    const unsubscribeQueries = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !claim(event.action.error)) return
      failedQueries.current.add(event.query)
      expire()
    })
    const unsubscribeMutations = client.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !claim(event.action.error)) return
      failedMutations.current.add(event.mutation)
      expire()
    })
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
    }
  }, [client, renew])

  return { state, renewedAt, renew }
}
