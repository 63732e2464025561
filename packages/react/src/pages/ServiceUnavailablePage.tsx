'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useCountdownModel } from './useCountdownModel'

/**
 * 503: "Sorry, the service is unavailable" and when it is back ("You can use it again from 14:30 on Tuesday", for
 * the provider's locale) whenever the server said; a countdown when that is within five minutes; the page checks
 * again by itself a moment after that time, unless the user stops it. Without a time, it says we do not know yet.
 */
export function ServiceUnavailablePage(props: PageProps) {
  return <StatusLayout {...props} model={useCountdownModel(props, 'serviceUnavailable')} />
}
