import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StatusLayout } from './StatusLayout'

describe('StatusLayout', () => {
  describe('given a full page', () => {
    it('should have one h1 that takes focus, and no alert role', () => {
      render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'unknown' })}
          title="Title"
          description="Body"
        />,
      )
      expect(screen.getAllByRole('heading')).toHaveLength(1)
      expect(screen.getByRole('heading', { level: 1, name: 'Title' })).toHaveFocus()
      expect(screen.queryByRole('alert')).toBeNull()
      expect(screen.getByRole('region', { name: 'Title' })).toHaveAttribute('data-status', 'unknown')
    })
  })

  describe('given a nested page', () => {
    it.each([2, 3, 4, 5, 6] as const)('should use an h%i, be an alert and not take focus', (level) => {
      render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'timeout' })}
          title="Title"
          headingLevel={level}
        />,
      )
      const heading = screen.getByRole('heading', { level, name: 'Title' })
      expect(heading).not.toHaveFocus()
      expect(heading).not.toHaveAttribute('tabindex')
      expect(screen.getByRole('alert')).toHaveAttribute('data-status', 'timeout')
    })
  })

  describe('given a state', () => {
    it('should expose it as data-state', () => {
      render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'network' })}
          title="Title"
          state="offline"
        />,
      )
      expect(screen.getByRole('region')).toHaveAttribute('data-state', 'offline')
    })
  })

  describe('given server text', () => {
    const problem = parseProblemDetails({ title: 'Quota exceeded', detail: 'You used 100 of 100 exports.' })

    it('should show it for a 4xx when asked', () => {
      render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 429, problem })}
          title="Title"
          serverText
        />,
      )
      expect(screen.getByText('Quota exceeded')).toBeInTheDocument()
      expect(screen.getByText('You used 100 of 100 exports.')).toBeInTheDocument()
    })

    it('should never show it for a 5xx, even when asked', () => {
      const { container } = render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 500, problem })}
          title="Title"
          serverText
        />,
      )
      expect(container.textContent).not.toContain('Quota')
      expect(container.textContent).not.toContain('exports')
    })

    it('should not show it unless asked', () => {
      const { container } = render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 405, problem })}
          title="Title"
        />,
      )
      expect(container.textContent).not.toContain('Quota')
    })
  })

  describe('given a reference', () => {
    it('should show the code and the reference on one small line', () => {
      render(
        <StatusLayout
          section="generic"
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 502, requestId: 'abc-123' })}
          title="Title"
        />,
      )
      expect(screen.getByText('Error code 502 · Reference abc-123')).toHaveClass('sk-reference')
    })

    it('should leave out a reference that looks like a URL', () => {
      const error = new StatusError({ kind: 'network', requestId: 'https://internal.example.com/trace/1' })
      const { container } = render(
        <StatusLayout section="generic" reset={() => {}} error={error} title="Title" />,
      )
      expect(container.textContent).not.toContain('example.com')
      expect(container.querySelector('.sk-reference')).toBeNull()
    })
  })
})
