'use client'
import { useStatusKit } from '../useStatusKit'

/** "Go back": the browser's history, read only on click. */
export function GoBackButton({ primary = false }: { primary?: boolean }) {
  const { messages } = useStatusKit()
  return (
    <button
      type="button"
      className={primary ? 'sk-button sk-button--primary' : 'sk-button sk-button--secondary'}
      onClick={() => window.history.back()}
    >
      {messages.common.goBack}
    </button>
  )
}
