import { useRetryCountdown } from '@statuskit/react'
import { useState } from 'react'

interface CompactCountdownProps {
  /** Seconds until the action is allowed again, from when the component mounts. */
  seconds: number
  /** Called once at zero. */
  onDone?: () => void
}

/**
 * An app's own small countdown, built on `useRetryCountdown` (one deadline-based timer, pausable, cleared on
 * unmount): the hook owns the time, the component only renders it.
 */
export function CompactCountdown({ seconds, onDone }: CompactCountdownProps) {
  const [retryAt] = useState(() => Date.now() + seconds * 1000)
  const countdown = useRetryCountdown(retryAt, { onDone })
  return (
    <div className="demo-card">
      <p>
        {countdown.state === 'done' ? (
          'You can send the code again.'
        ) : (
          <>
            Send the code again in <span role="timer">{countdown.seconds} s</span>
            {countdown.state === 'paused' ? ' (paused)' : ''}
          </>
        )}
      </p>
      <button type="button" onClick={countdown.state === 'paused' ? countdown.resume : countdown.pause}>
        {countdown.state === 'paused' ? 'Resume' : 'Pause'}
      </button>{' '}
      <button type="button" disabled={countdown.state !== 'done'}>
        Send the code again
      </button>
    </div>
  )
}
