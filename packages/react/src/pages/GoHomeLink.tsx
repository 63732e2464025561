'use client'
import { useStatusKit } from '../useStatusKit'

/** "Go to the home page": a plain link to the site root, which works with any router. */
export function GoHomeLink({ primary = false }: { primary?: boolean }) {
  const { messages } = useStatusKit()
  return (
    <a className={primary ? 'sk-button sk-button--primary' : 'sk-link'} href="/">
      {messages.common.goHome}
    </a>
  )
}
