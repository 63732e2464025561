'use client'
import type { PageProps } from './PageProps'
import { ServerProblem } from './ServerProblem'

/** 504: an apology in the kit's own words, "Try again" and the reference line. */
export function GatewayTimeoutPage(props: PageProps) {
  return <ServerProblem {...props} />
}
