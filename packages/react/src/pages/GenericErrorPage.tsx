'use client'
import { useStatusKit } from '../useStatusKit'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { TryAgainButton } from './TryAgainButton'

/**
 * Anything else: "Something went wrong" and "Try again". It never shows `error.message` or anything the error
 * carries besides the reference line: the cause is unknown and could hold internals.
 */
export function GenericErrorPage({ error, reset, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.generic
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
