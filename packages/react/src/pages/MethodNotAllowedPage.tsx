'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * 405: the app sent a request the server does not take, so it is our fault: the server-error page's words.
 */
export function MethodNotAllowedPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'serverError')} />
}
