'use client'
import { useStatusKit } from '../useStatusKit'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { TryAgainButton } from './TryAgainButton'

/** The request ran out of time (kind `timeout`, or 408): "The connection timed out" and "Try again". */
export function TimeoutPage({ error, reset, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.timeout
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
