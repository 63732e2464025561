'use client'
import type { PageProps } from './PageProps'
import { ServerProblem } from './ServerProblem'

/** 405: the server-error words (the action is not available, which is ours to fix), "Try again" and the reference line. */
export function MethodNotAllowedPage(props: PageProps) {
  return <ServerProblem {...props} />
}
