'use client'
import type { PageProps } from './PageProps'
import { ServerProblem } from './ServerProblem'

/** 500 (and any 5xx without a page of its own): an apology in the kit's own words, "Try again" and the reference line. */
export function InternalServerErrorPage(props: PageProps) {
  return <ServerProblem {...props} />
}
