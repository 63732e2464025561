'use client'
import { useStatusKit } from '../useStatusKit'
import { GoHomeLink } from './GoHomeLink'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/** 404: "Page not found", how to check the address, and a link home. */
export function NotFoundPage({ error, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.notFound
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      title={title ?? m.title}
      description={
        description ?? (
          <>
            <p className="sk-description">{m.description}</p>
            <p className="sk-description">{m.pastedAddress}</p>
          </>
        )
      }
      actions={actions ?? <GoHomeLink primary />}
      serverText
    />
  )
}
