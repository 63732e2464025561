'use client'
import { type StatusError, toStatusError } from '@statuskit/core'
import {
  type Mutation,
  notifyManager,
  type Query,
  type QueryClient,
  useQueryClient,
} from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'
import { useSessionStatus } from '../context/useSessionStatus'
import { useStatusKit } from '../context/useStatusKit'
import { sessionClaims } from '../query/sessionClaims'
import { useOnline } from '../query/useOnline'
import { noticeModel } from './noticeModel'

/** One failure to show inline right now, with its words and actions: render it, or hand it to a toast library. */
export interface InlineFailure {
  /** Stable while the failure lasts: a toast id, a React key. */
  readonly key: string
  /** A failed save, or a failed background refresh of a query whose data is still on screen. */
  readonly source: 'mutation' | 'refetch'
  readonly error: StatusError
  /** The notice's line, in the provider's language (what `<StatusNotice>` shows). */
  readonly message: string
  /** "Try again" (refetch the query; send the mutation again with its input), when trying again can help. */
  readonly retry: (() => void) | undefined
  /** The label of `retry` in the provider's language ("Try again"). */
  readonly retryLabel: string
  /** For 429 and 503: the server's time (epoch ms) before which trying again will not help. */
  readonly retryAt: number | undefined
  /** Hides it from this list (the query's or mutation's state is left as it is). */
  readonly dismiss: () => void
  readonly queryKey?: readonly unknown[] | undefined
  readonly mutationKey?: readonly unknown[] | undefined
}

/** Options of `useInlineFailures`. */
export interface UseInlineFailuresOptions {
  /** The QueryClient to watch. @default the one of the nearest `QueryClientProvider` */
  queryClient?: QueryClient | undefined
}

const keyOf = new WeakMap<object, string>()
let next = 0
function keyFor(item: object, prefix: string): string {
  let key = keyOf.get(item)
  if (!key) {
    next += 1
    key = `${prefix}${next}`
    keyOf.set(item, key)
  }
  return key
}

/**
 * The failures of the current QueryClient that belong inline, not on a page: mutations that failed, and
 * background refetches that failed while their query still shows data (failures of queries without data go to
 * a `<StatusBoundary>`, and 401s that a `<SessionGuard>` took on to its dialog). Each comes with the words of
 * `<StatusNotice>` and its actions, so an app renders them as notices or hands them to the toast library it uses:
 *
 * ```tsx
 * const failures = useInlineFailures()
 * useEffect(() => {
 *   for (const failure of failures) {
 *     toast.error(failure.message, {
 *       id: failure.key,
 *       action: failure.retry && { label: failure.retryLabel, onClick: failure.retry },
 *       onDismiss: failure.dismiss,
 *     })
 *   }
 * }, [failures])
 * ```
 */
export function useInlineFailures(options: UseInlineFailuresOptions = {}): readonly InlineFailure[] {
  const client = useQueryClient(options.queryClient)
  const { messages, locale, normalize } = useStatusKit()
  const { renewedAt } = useSessionStatus()
  const online = useOnline()
  const dismissed = useRef(new WeakSet<object>())
  const [version, bump] = useVersion(client)

  return useMemo(() => {
    void version
    const now = Date.now()
    const failures: InlineFailure[] = []
    const dismiss = (item: object) => () => {
      dismissed.current.add(item)
      bump()
    }
    const shown = (item: object, error: unknown): boolean =>
      !dismissed.current.has(item) &&
      !(typeof error === 'object' && error !== null && sessionClaims.has(error))
    for (const mutation of client.getMutationCache().getAll() as Mutation<
      unknown,
      unknown,
      unknown,
      unknown
    >[]) {
      const { state } = mutation
      if (state.status !== 'error' || !shown(mutation, state.error)) continue
      const error = toStatusError(state.error, { normalize })
      const model = noticeModel(error, {
        context: 'mutation',
        messages,
        locale,
        now,
        online,
        renewedAt,
        failedAt: state.submittedAt,
      })
      failures.push({
        key: keyFor(mutation, 'm'),
        source: 'mutation',
        error,
        message: model.message,
        retry: model.retryable
          ? () => void mutation.execute(state.variables as never).catch(() => {})
          : undefined,
        retryLabel: messages.common.tryAgain,
        retryAt: model.retryAt,
        dismiss: dismiss(mutation),
        mutationKey: mutation.options.mutationKey,
      })
    }
    for (const query of client.getQueryCache().getAll() as Query[]) {
      const { state } = query
      if (
        state.status !== 'error' ||
        state.data === undefined ||
        !query.isActive() ||
        !shown(query, state.error)
      ) {
        continue
      }
      const error = toStatusError(state.error, { normalize })
      const model = noticeModel(error, {
        context: 'refetch',
        messages,
        locale,
        now,
        online,
        updatedAt: state.dataUpdatedAt,
      })
      failures.push({
        key: keyFor(query, 'q'),
        source: 'refetch',
        error,
        message: model.message,
        retry: () => void client.refetchQueries({ queryKey: query.queryKey, exact: true }),
        retryLabel: messages.common.tryAgain,
        retryAt: model.retryAt,
        dismiss: dismiss(query),
        queryKey: query.queryKey,
      })
    }
    return failures
  }, [client, messages, locale, normalize, online, renewedAt, version, bump])
}

/** A number that changes whenever the client's queries or mutations change, and a way to change it by hand. */
function useVersion(client: QueryClient): [number, () => void] {
  const version = useRef(0)
  const listeners = useRef(new Set<() => void>())
  const subscribe = useCallback(
    (onChange: () => void) => {
      listeners.current.add(onChange)
      // Deferred as TanStack Query's own hooks do: a query built while a component renders reports it at once,
      // and a store change in the middle of another component's render is an error in React.
      const changed = notifyManager.batchCalls(() => {
        version.current += 1
        onChange()
      })
      // Observers report new options and results on every render of a component whose useQuery or useMutation
      // takes inline options; rendering again on those would render forever. What this hook lists changes only
      // with a query's or mutation's state and with observers coming and going (whether a query is active).
      const onEvent = (event: { type: string }) => {
        if (event.type !== 'observerOptionsUpdated' && event.type !== 'observerResultsUpdated') changed()
      }
      const unsubscribeQueries = client.getQueryCache().subscribe(onEvent)
      const unsubscribeMutations = client.getMutationCache().subscribe(onEvent)
      return () => {
        listeners.current.delete(onChange)
        unsubscribeQueries()
        unsubscribeMutations()
      }
    },
    [client],
  )
  const bump = useCallback(() => {
    version.current += 1
    for (const listener of listeners.current) listener()
  }, [])
  return [
    useSyncExternalStore(
      subscribe,
      () => version.current,
      () => 0,
    ),
    bump,
  ]
}
