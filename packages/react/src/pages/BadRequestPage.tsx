'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useBadRequestModel } from './useBadRequestModel'

/**
 * 400 (and other client errors without a page of their own), as a page (a bad link, a failed query): "We
 * couldn't open this", the server's field errors as human messages (never their machine keys), and a way home or
 * back. Never form advice: in a form, show the errors beside the fields with `ErrorSummary`. Server text is
 * rendered as text only.
 */
export function BadRequestPage(props: PageProps) {
  return <StatusLayout {...props} model={useBadRequestModel(props)} />
}
