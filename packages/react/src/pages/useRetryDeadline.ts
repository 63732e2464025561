'use client'
import { retryPolicy, type StatusError } from '@statuskit/core'
import { useState } from 'react'

/**
 * The moment a page may retry `error`: the server's `retryAt`, else (with `usePolicy`) the default retry
 * policy's delay after a first failure, from now (full jitter, up to two seconds). Fixed once per error, so
 * re-renders never move it.
 */
export function useRetryDeadline(error: StatusError, usePolicy: boolean): number | undefined {
  const [fixed, setFixed] = useState(() => [error, deadlineFor(error, usePolicy)] as const)
  if (fixed[0] === error) return fixed[1]
  const next = [error, deadlineFor(error, usePolicy)] as const
  setFixed(next)
  return next[1]
}

function deadlineFor(error: StatusError, usePolicy: boolean): number | undefined {
  return error.retryAt ?? (usePolicy ? Date.now() + retryPolicy().retryDelay(1, error) : undefined)
}
