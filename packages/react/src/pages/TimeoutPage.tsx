'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * The request ran out of time (kind `timeout`, or 408): "The connection timed out" and "Try again".
 */
export function TimeoutPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'timeout')} />
}
