import { StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactNode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { StatusBoundary } from './StatusBoundary'
import { useStatusBoundary } from './useStatusBoundary'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

interface Control {
  fail: boolean
}

function Flaky({ control }: { control: Control }): ReactNode {
  if (control.fail) throw new StatusError({ kind: 'http', status: 500 })
  return <p>content</p>
}

function Save() {
  const { showError } = useStatusBoundary()
  return (
    <button type="button" onClick={() => showError({ status: 409 })}>
      Save
    </button>
  )
}

function Load() {
  const { showError } = useStatusBoundary()
  const [state, setState] = useState('idle')
  return (
    <button
      type="button"
      onClick={() => {
        setState('loading')
        Promise.reject(new TypeError('Failed to fetch')).catch(showError)
      }}
    >
      Load {state}
    </button>
  )
}

function RetryButton() {
  const { reset } = useStatusBoundary()
  return (
    <button type="button" onClick={reset}>
      Try again
    </button>
  )
}

function ThrowFromFallback() {
  const { showError } = useStatusBoundary()
  return (
    <button type="button" onClick={() => showError({ status: 503 })}>
      Break the fallback
    </button>
  )
}

function Orphan() {
  useStatusBoundary()
  return null
}

describe('useStatusBoundary', () => {
  describe('given a component inside a boundary', () => {
    it('shows an error raised in an event handler in the nearest boundary', async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={({ error }) => <p>shown {error.status}</p>}>
          <Save />
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'Save' }))
      expect(screen.getByText('shown 409')).toBeInTheDocument()
    })

    it('shows an error from a rejected promise', async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={({ error }) => <p>shown {error.kind}</p>}>
          <Load />
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: /Load/ }))
      expect(await screen.findByText('shown network')).toBeInTheDocument()
    })

    it('resets the boundary from a fallback given as an element', async () => {
      const user = userEvent.setup()
      const control: Control = { fail: true }
      render(
        <StatusBoundary fallback={<RetryButton />}>
          <Flaky control={control} />
        </StatusBoundary>,
        quiet,
      )
      control.fail = false
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(screen.getByText('content')).toBeInTheDocument()
    })

    it('throws a clear error when used outside a boundary', () => {
      expect(() => render(<Orphan />)).toThrow(/outside a <StatusBoundary>/)
    })
  })

  describe('given a fallback that uses it', () => {
    it('should send what the fallback shows to the next boundary up', async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={({ error }) => <p>outer shows {error.status}</p>}>
          <StatusBoundary fallback={<ThrowFromFallback />}>
            <Flaky control={{ fail: true }} />
          </StatusBoundary>
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'Break the fallback' }))
      expect(screen.getByText('outer shows 503')).toBeInTheDocument()
    })
  })
})
