'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * 403: "You don't have access to this", how to ask for access, and a way home or back. No "Try again": the same
 * credentials would be refused again (RFC 9110).
 */
export function ForbiddenPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'forbidden')} />
}
