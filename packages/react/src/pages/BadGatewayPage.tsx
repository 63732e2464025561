'use client'
import type { PageProps } from './PageProps'
import { ServerProblem } from './ServerProblem'

/** 502: an apology in the kit's own words, "Try again" and the reference line. */
export function BadGatewayPage(props: PageProps) {
  return <ServerProblem {...props} />
}
