'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useStatusPage } from './useStatusPage'

/**
 * The kit's page for any error, as `<StatusBoundary>` and `<StatusPage>` show it: the page of `variantForError`,
 * from one model and one layout, so that a boundary's bundle holds one page rather than twelve components.
 */
export function BuiltInPage(props: PageProps) {
  return <StatusLayout {...props} model={useStatusPage(props)} />
}
