'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * 504: an apology in the kit's own words, "Try again" and the reference line.
 */
export function GatewayTimeoutPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'serverError')} />
}
