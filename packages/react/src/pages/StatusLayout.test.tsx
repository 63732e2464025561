import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import type { StatusPageVariant } from './StatusPageVariant'
import { usePageModel } from './usePageModel'

/** A page of `variant` for the error, through the model every built-in page uses. */
function Layout({ variant = 'generic', ...props }: PageProps & { variant?: StatusPageVariant }) {
  return <StatusLayout {...props} model={usePageModel(props, variant)} />
}

describe('StatusLayout', () => {
  describe('given a full page', () => {
    it('should have one h1 that takes focus, and no alert role', () => {
      render(
        <Layout
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
    it.each([2, 3, 4, 5, 6] as const)(
      'should use an h%i, announce its heading as an alert and not take focus',
      (level) => {
        render(
          <Layout
            reset={() => {}}
            error={new StatusError({ kind: 'timeout' })}
            title="Title"
            headingLevel={level}
          />,
        )
        const heading = screen.getByRole('heading', { level, name: 'Title' })
        expect(heading).not.toHaveFocus()
        expect(heading).not.toHaveAttribute('tabindex')
        expect(screen.getByRole('alert')).toContainElement(heading)
        expect(screen.getByRole('region')).toHaveAttribute('data-status', 'timeout')
      },
    )
  })

  describe('given a state', () => {
    it('should expose the variant and the state for styling', () => {
      render(<Layout reset={() => {}} error={new StatusError({ kind: 'network' })} title="Title" />)
      expect(screen.getByRole('region')).toHaveAttribute('data-variant', 'generic')
    })
  })

  describe('given server text', () => {
    const problem = parseProblemDetails({ title: 'Quota exceeded', detail: 'You used 100 of 100 exports.' })

    it("should show it for a 4xx on a page about the user's situation", () => {
      render(
        <Layout
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 429, problem })}
          title="Title"
          variant="rateLimited"
        />,
      )
      expect(screen.getByText('Quota exceeded')).toBeInTheDocument()
      expect(screen.getByText('You used 100 of 100 exports.')).toBeInTheDocument()
    })

    it('should never show it for a 5xx, even on such a page', () => {
      const { container } = render(
        <Layout
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 500, problem })}
          title="Title"
          variant="notFound"
        />,
      )
      expect(container.textContent).not.toContain('Quota')
      expect(container.textContent).not.toContain('exports')
    })

    it('should not show it on the server-error page of a 405', () => {
      const { container } = render(
        <Layout
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 405, problem })}
          title="Title"
          variant="serverError"
        />,
      )
      expect(container.textContent).not.toContain('Quota')
    })
  })

  describe('given a reference', () => {
    it('should show the code and the reference on one small line', () => {
      render(
        <Layout
          reset={() => {}}
          error={new StatusError({ kind: 'http', status: 502, requestId: 'abc-123' })}
          title="Title"
        />,
      )
      expect(screen.getByText('Error code 502 · Reference abc-123')).toHaveClass('sk-reference')
    })

    it('should leave out a reference that looks like a URL', () => {
      const error = new StatusError({ kind: 'network', requestId: 'https://internal.example.com/trace/1' })
      const { container } = render(<Layout reset={() => {}} error={error} title="Title" />)
      expect(container.textContent).not.toContain('example.com')
      expect(container.querySelector('.sk-reference')).toBeNull()
    })
  })
})
