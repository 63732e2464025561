'use client'
import { problemFieldErrors } from '@statuskit/core'
import type { PageProps } from './PageProps'
import type { StatusPageModel } from './StatusPageModel'
import { usePageModel } from './usePageModel'

/**
 * 400 and the other client errors without a page of their own, as a page: the shared model plus the field errors
 * of the problem details, as human messages (a page never shows their machine keys).
 */
export function useBadRequestModel(props: PageProps): StatusPageModel {
  return { ...usePageModel(props, 'badRequest'), fieldErrors: problemFieldErrors(props.error.problem) }
}
