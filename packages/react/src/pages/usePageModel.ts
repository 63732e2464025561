'use client'
import { statusCategory } from '@statuskit/core'
import { useContext } from 'react'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import { formatClockTime } from '../i18n/formatClockTime'
import { formatMessage } from '../i18n/formatMessage'
import type { Messages } from '../i18n/Messages'
import type { PageProps } from './PageProps'
import type { StatusPageAction, StatusPageModel } from './StatusPageModel'
import type { StatusPageVariant } from './StatusPageVariant'

/** Variants whose only way forward is to go elsewhere: a full page offers home and back, never "Try again". */
const NAVIGATE: readonly StatusPageVariant[] = ['badRequest', 'forbidden', 'notFound']

/** Pages that may quote the server: the client errors whose body explains the user's situation. */
const QUOTE_SERVER: readonly StatusPageVariant[] = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'notFound',
  'rateLimited',
]

/**
 * The server's words, for 4xx only and only on pages about the user's situation: a 5xx body can leak internals
 * (stacks, hosts, SQL), and a 405 or 408 is the app's or the network's problem, told in the kit's own words.
 */
function serverMessageOf(props: PageProps, variant: StatusPageVariant): StatusPageModel['serverMessage'] {
  const { error } = props
  if (!QUOTE_SERVER.includes(variant) || statusCategory(error.status ?? 0) !== 'client-error')
    return undefined
  const problem = error.problem
  const detail = typeof problem?.detail === 'string' && problem.detail.trim() ? problem.detail : undefined
  let title = typeof problem?.title === 'string' ? problem.title.trim() : ''
  // A title that only repeats the reason phrase ("Not Found") is jargon the page already avoids.
  if (title.toLowerCase() === error.definition?.reason.toLowerCase() || title === detail) title = ''
  return title || detail ? { title: title || undefined, detail } : undefined
}

/**
 * The part every page shares: its words (the provider's messages for `variant`, or another `section` of them;
 * the compact ones of a nested fallback), the server's words for 4xx, the reference line, and the page's own
 * actions: home and back where the way forward is elsewhere, "Try again" everywhere else. Pages with more (a
 * countdown, sign-in, the connection) build on it.
 */
export function usePageModel(
  props: PageProps,
  variant: StatusPageVariant,
  section: Exclude<keyof Messages, 'common' | 'notice'> = variant,
): StatusPageModel {
  const { error, reset } = props
  const { messages, homeHref, locale } = useStatusKit()
  const boundary = useContext(StatusBoundaryContext)
  const m = messages[section]
  const c = messages.common
  const headingLevel = props.headingLevel ?? 1
  const nested = headingLevel > 1

  const retry: StatusPageAction = {
    id: 'retry',
    label: boundary?.retrying ? c.tryingAgain : c.tryAgain,
    priority: 'primary',
    onSelect: () => reset(),
    busy: boundary?.retrying,
  }
  const actions: StatusPageAction[] =
    NAVIGATE.includes(variant) && !nested
      ? [
          { id: 'home', label: c.goHome, priority: 'primary', href: homeHref },
          { id: 'back', label: c.goBack, priority: 'secondary', onSelect: () => history.back() },
        ]
      : [retry]

  const { status, requestId } = error
  const reference = [
    status && formatMessage(c.statusCode, { code: status }),
    // The reference is opaque: anything that looks like a URL is not shown, whatever produced it.
    requestId && !requestId.includes('://') && formatMessage(c.reference, { reference: requestId }),
  ]
    .filter(Boolean)
    .join(' · ')
  const retriedAt = boundary?.error === error ? boundary.retriedAt : undefined

  return {
    variant,
    error,
    headingLevel,
    title: nested ? c.partTitle : m.title,
    description: nested ? m.reason : m.description,
    serverMessage: serverMessageOf(props, variant),
    fieldErrors: [],
    timing: undefined,
    actions,
    statusMessage:
      retriedAt === undefined
        ? undefined
        : formatMessage(c.retryFailed, { time: formatClockTime(retriedAt, locale) }),
    announcement: undefined,
    reference: reference || undefined,
    state: undefined,
  }
}
