'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * 404 (and 410): "Page not found", how to check the address, the server's explanation as text, and a
 * link home (through the provider's `homeHref` and `linkComponent`) or back.
 */
export function NotFoundPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'notFound')} />
}
