'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/** 404 (and 410): "Page not found", how to check the address, the server's explanation as text, and a link home. */
export function NotFoundPage(props: PageProps) {
  return <StatusLayout {...props} section="notFound" defaultActions={['home']} serverText />
}
