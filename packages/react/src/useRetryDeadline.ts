'use client'
import { retryPolicy, type StatusError } from '@statuskit/core'
import { useState } from 'react'

/**
 * The moment a page may retry `error`: the server's `retryAt`, else (with `usePolicy`) the retry policy's
 * delay from now. Fixed once per error, so re-renders never move it.
 */
export function useRetryDeadline(error: StatusError, usePolicy: boolean): number | undefined {
  const [fixed, setFixed] = useState(() => ({ error, at: deadlineFor(error, usePolicy) }))
  if (fixed.error !== error) {
    const next = { error, at: deadlineFor(error, usePolicy) }
    setFixed(next)
    return next.at
  }
  return fixed.at
}

function deadlineFor(error: StatusError, usePolicy: boolean): number | undefined {
  if (typeof error.retryAt === 'number') return error.retryAt
  return usePolicy ? Date.now() + retryPolicy().retryDelay(1, error) : undefined
}
