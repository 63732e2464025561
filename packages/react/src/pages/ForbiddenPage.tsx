'use client'
import { useStatusKit } from '../useStatusKit'
import { GoBackButton } from './GoBackButton'
import { GoHomeLink } from './GoHomeLink'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * 403: "You don't have access to this", how to ask for access, and a way back. No "Try again": the same
 * credentials would be refused again (RFC 9110).
 */
export function ForbiddenPage({ error, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.forbidden
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      title={title ?? m.title}
      description={description ?? m.description}
      actions={
        actions ?? (
          <>
            <GoHomeLink primary />
            <GoBackButton />
          </>
        )
      }
      serverText
    />
  )
}
