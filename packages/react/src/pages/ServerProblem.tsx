'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * The shared body of the server-error pages (405, 500, 502, 504 and any other 5xx): an apology in the kit's own
 * words, "Try again" and the reference line. Never the server's title, detail, URLs or stacks.
 */
export function ServerProblem(props: PageProps) {
  return <StatusLayout {...props} section="serverError" defaultActions={['retry']} />
}
