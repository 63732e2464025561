'use client'
import { useStatusKit } from '../useStatusKit'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { TryAgainButton } from './TryAgainButton'

/**
 * The shared body of the server-error pages (405, 500, 502, 504 and any other 5xx): an apology in the kit's own
 * words, "Try again" and the reference line. Never the server's title, detail, URLs or stacks.
 */
export function ServerProblem({ error, reset, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.serverError
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      title={title ?? m.title}
      description={description ?? m.description}
      actions={actions ?? <TryAgainButton reset={reset} />}
    />
  )
}
