'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { usePageModel } from './usePageModel'

/**
 * Anything else: "Something went wrong" and "Try again". It never shows `error.message` or anything the error
 * carries besides the reference line: the cause is unknown and could hold internals.
 */
export function GenericErrorPage(props: PageProps) {
  return <StatusLayout {...props} model={usePageModel(props, 'generic')} />
}
