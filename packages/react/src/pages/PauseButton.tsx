'use client'
import type { RetryCountdown } from '../useRetryCountdown'
import { useStatusKit } from '../useStatusKit'

/** "Pause"/"Resume" for a page that will act by itself when its countdown ends (WCAG 2.2.2). */
export function PauseButton({ countdown }: { countdown: RetryCountdown }) {
  const { messages } = useStatusKit()
  if (countdown.state === 'done') return null
  const paused = countdown.state === 'paused'
  return (
    <button
      type="button"
      className="sk-button sk-button--secondary"
      onClick={paused ? countdown.resume : countdown.pause}
    >
      {paused ? messages.common.resume : messages.common.pause}
    </button>
  )
}
