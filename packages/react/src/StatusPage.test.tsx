import { StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { de } from './locales/de'
import { StatusKitProvider } from './StatusKitProvider'
import { StatusPage } from './StatusPage'

function status(container: HTMLElement): string | null | undefined {
  return container.querySelector('.sk-page')?.getAttribute('data-status')
}

describe('StatusPage', () => {
  describe('given a code with a page of its own', () => {
    it.each([
      [400, "We couldn't process that request"],
      [401, 'Sign in to continue'],
      [403, "You don't have access to this"],
      [404, 'Page not found'],
      [405, 'Sorry, there is a problem with the service'],
      [429, 'Too many requests'],
      [500, 'Sorry, there is a problem with the service'],
      [502, 'Sorry, there is a problem with the service'],
      [503, 'Sorry, the service is unavailable'],
      [504, 'Sorry, there is a problem with the service'],
    ])('should render the %i page', (code, heading) => {
      const { container } = render(<StatusPage code={code} />)
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
      expect(status(container)).toBe(String(code))
      expect(screen.getByText(`Error code ${code}`)).toBeInTheDocument()
    })
  })

  describe('given a code without a page of its own', () => {
    it('should render its class’s page', () => {
      const { container } = render(<StatusPage code={418} />)
      expect(screen.getByRole('heading', { name: "We couldn't process that request" })).toBeInTheDocument()
      expect(status(container)).toBe('418')
      render(<StatusPage code={507} />)
      expect(
        screen.getAllByRole('heading', { name: 'Sorry, there is a problem with the service' }),
      ).toHaveLength(1)
    })
  })

  describe('given a nonsense code', () => {
    it.each([0, 42, 600, 404.5, Number.NaN, -404])('should render the generic page for %s', (code) => {
      const { container } = render(<StatusPage code={code} />)
      expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
      expect(status(container)).toBe('unknown')
    })
  })

  describe('given only an error', () => {
    it('should normalize it and render its page', () => {
      render(<StatusPage error={{ status: 404 }} />)
      expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    })

    it('should render the offline page for a failed fetch', () => {
      render(<StatusPage error={new TypeError('Failed to fetch')} />)
      expect(screen.getByRole('heading', { name: "You're not connected" })).toBeInTheDocument()
    })

    it('should keep the error’s reference', () => {
      render(
        <StatusPage
          code={500}
          error={new StatusError({ kind: 'http', status: 500, requestId: 'abc-123' })}
        />,
      )
      expect(screen.getByText('Error code 500 · Reference abc-123')).toBeInTheDocument()
    })
  })

  describe('given nothing at all', () => {
    it('should render the generic page', () => {
      render(<StatusPage />)
      expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
    })
  })

  describe('given overrides and a heading level', () => {
    it('should use them', () => {
      render(
        <StatusPage
          code={404}
          headingLevel={3}
          title="No such order"
          description="It may have been deleted."
          actions={<a href="/orders">All orders</a>}
        />,
      )
      expect(screen.getByRole('heading', { level: 3, name: 'No such order' })).toBeInTheDocument()
      expect(screen.getByText('It may have been deleted.')).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'All orders' })).toBeInTheDocument()
    })
  })

  describe('given a reset function', () => {
    it('should call it from "Try again"', async () => {
      const reset = vi.fn()
      render(<StatusPage code={500} reset={reset} />)
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a provider with the German messages', () => {
    it.each([
      [400, 'Wir konnten diese Anfrage nicht verarbeiten', 'Zurück'],
      [401, 'Melden Sie sich an, um fortzufahren', 'Anmelden'],
      [403, 'Sie haben keinen Zugriff darauf', 'Zur Startseite'],
      [404, 'Seite nicht gefunden', 'Zur Startseite'],
      [500, 'Es tut uns leid, es gibt ein Problem mit dem Dienst', 'Erneut versuchen'],
      [503, 'Es tut uns leid, der Dienst ist nicht verfügbar', 'Erneut versuchen'],
    ])('should render the %i page in German', (code, heading, action) => {
      render(
        <StatusKitProvider locale="de-DE" messages={de}>
          <StatusPage code={code} />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
      expect(screen.getAllByText(action).length).toBeGreaterThan(0)
      expect(screen.getByText(`Fehlercode ${code}`)).toBeInTheDocument()
      expect(document.body.textContent).not.toMatch(/Try again|Sign in|Go back|Error code/)
    })
  })

  describe('given a provider that overrides one string', () => {
    it('should change that string and keep the rest', () => {
      render(
        <StatusKitProvider messages={{ notFound: { title: 'We lost that page' } }}>
          <StatusPage code={404} />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('heading', { name: 'We lost that page' })).toBeInTheDocument()
      expect(screen.getByText('If you typed the address, check it is correct.')).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeInTheDocument()
    })
  })
})
