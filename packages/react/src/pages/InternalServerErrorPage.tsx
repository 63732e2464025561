'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * 500 (and any 5xx without a page of its own): an apology in the kit's own words, "Try again" and the
 * reference line. Never the server's title, detail, URLs or stacks.
 */
export function InternalServerErrorPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'serverError')} />
}
