'use client'
import type { ResetOptions } from '../FallbackProps'
import { useStatusKit } from '../useStatusKit'

/** The "Try again" action: a real button that resets the boundary as the user's own (not automatic) reset. */
export function TryAgainButton({
  reset,
  disabled = false,
}: {
  reset: (options?: ResetOptions) => void
  disabled?: boolean
}) {
  const { messages } = useStatusKit()
  return (
    <button
      type="button"
      className="sk-button sk-button--primary"
      disabled={disabled}
      onClick={() => reset()}
    >
      {messages.common.tryAgain}
    </button>
  )
}
