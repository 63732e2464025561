import { StatusError, toStatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { de } from '../i18n/locales/de'
import * as publicEntry from '../index'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusPage } from './StatusPage'

function status(container: HTMLElement): string | null | undefined {
  return container.querySelector('.sk-page')?.getAttribute('data-status')
}

describe('StatusPage', () => {
  describe('given a code with a page of its own', () => {
    it.each([
      [400, "We couldn't open this"],
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
      expect(screen.getByRole('heading', { name: "We couldn't open this" })).toBeInTheDocument()
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
      expect(screen.getByRole('heading', { name: en.unreachable.title })).toBeInTheDocument()
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
      [400, 'Wir konnten das nicht öffnen', 'Zur Startseite'],
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
      expect(screen.getByText(en.notFound.description)).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeInTheDocument()
    })
  })
})

describe('StatusPage, as the public entry exports it', () => {
  const Page = publicEntry.StatusPage
  // Reason phrases are jargon to users: no page may say them.
  const jargon =
    /Forbidden|Unauthorized|Bad Request|Internal Server Error|Bad Gateway|Gateway Timeout|Service Unavailable|Method Not Allowed|Not Found|Too Many Requests/

  describe('given every status of the seed list', () => {
    it.each([
      [400, 'Go to the home page'],
      [401, 'Sign in'],
      [403, 'Go to the home page'],
      [404, 'Go to the home page'],
      [405, 'Try again'],
      [429, 'Try again'],
      [500, 'Try again'],
      [502, 'Try again'],
      [503, 'Try again'],
      [504, 'Try again'],
    ])(
      'should show the %i page with one focused h1, a verb as its first action and no jargon',
      (code, action) => {
        const { container } = render(<Page code={code} />)
        const headings = screen.getAllByRole('heading')
        expect(headings).toHaveLength(1)
        expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
        const first = container.querySelector('.sk-actions')?.firstElementChild
        expect(first).toHaveTextContent(action)
        expect(container.textContent).not.toMatch(jargon)
        expect(container.textContent).not.toMatch(/\bOK\b|oops/i)
      },
    )
  })

  describe('given an unregistered code', () => {
    it('should show the client-error page for 499 and the server-error page for 599', () => {
      render(
        <>
          <Page code={499} />
          <Page code={599} />
        </>,
      )
      expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual([
        "We couldn't open this",
        'Sorry, there is a problem with the service',
      ])
    })
  })

  describe('given a value that is no status at all', () => {
    it.each([
      ['1000', 1000],
      ['-1', -1],
      ['the string "404"', '404' as never],
      ['Infinity', Number.POSITIVE_INFINITY],
    ])('should show the generic page for %s', (_name, code) => {
      render(<Page code={code} />)
      expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    })
  })

  describe('given server text that holds markup', () => {
    const payload = '<img src=x onerror=alert(1)>'
    it.each([400, 403, 404, 499])('should show a %i detail as text and create no element from it', (code) => {
      const { container } = render(
        <Page code={code} error={{ status: code, data: { title: 'Refused', detail: payload } }} />,
      )
      expect(screen.getByText(payload)).toBeInTheDocument()
      expect(container.querySelector('img')).toBeNull()
    })

    it.each([500, 502, 503, 504, 599])('should show none of a %i body', (code) => {
      const { container } = render(
        <Page
          code={code}
          error={{
            status: code,
            data: {
              title: 'DB down',
              detail: `${payload} at https://db.internal:5432`,
              stack: 'at q (x.js:1)',
            },
          }}
        />,
      )
      expect(container.textContent).not.toMatch(/DB down|img|db\.internal|https?:|x\.js/)
      expect(container.querySelector('img')).toBeNull()
    })
  })

  describe('given an error whose message, cause and stack hold internals', () => {
    it('should show none of them on the generic page', () => {
      const error = new Error('SELECT * FROM users at https://db.internal/q')
      const { container } = render(<Page error={error} />)
      expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
      expect(container.textContent).not.toMatch(/SELECT|db\.internal|https?:|at /)
    })
  })

  describe('given a reference for support', () => {
    it.each([
      ['a request-id header', { status: 500, headers: { 'x-request-id': 'req-1' } }, 'req-1'],
      ['a traceId member', { status: 502, data: { title: 'Bad', traceId: 'trace-2' } }, 'trace-2'],
      ['a requestId member', { status: 504, data: { type: 'about:blank', requestId: 'rid-3' } }, 'rid-3'],
      ['a relative instance', { status: 500, data: { instance: '/errors/4' } }, '/errors/4'],
    ])('should show %s as the reference', (_name, error, reference) => {
      render(<Page error={error} />)
      expect(screen.getByText(`Error code ${error.status} · Reference ${reference}`)).toBeInTheDocument()
    })

    it('should not show an instance that is an absolute URL', () => {
      const { container } = render(
        <Page error={{ status: 500, data: { instance: 'https://api.example.com/errors/5?token=x' } }} />,
      )
      expect(container.querySelector('.sk-reference')).toHaveTextContent(/^Error code 500$/)
    })
  })
})

describe('the per-status pages, each exported on its own', () => {
  const noop = () => {}
  it.each([
    ['BadRequestPage', publicEntry.BadRequestPage, 400, "We couldn't open this"],
    ['UnauthorizedPage', publicEntry.UnauthorizedPage, 401, 'Sign in to continue'],
    ['ForbiddenPage', publicEntry.ForbiddenPage, 403, "You don't have access to this"],
    ['NotFoundPage', publicEntry.NotFoundPage, 404, 'Page not found'],
    [
      'MethodNotAllowedPage',
      publicEntry.MethodNotAllowedPage,
      405,
      'Sorry, there is a problem with the service',
    ],
    ['RateLimitedPage', publicEntry.RateLimitedPage, 429, 'Too many requests'],
    [
      'InternalServerErrorPage',
      publicEntry.InternalServerErrorPage,
      500,
      'Sorry, there is a problem with the service',
    ],
    ['BadGatewayPage', publicEntry.BadGatewayPage, 502, 'Sorry, there is a problem with the service'],
    ['ServiceUnavailablePage', publicEntry.ServiceUnavailablePage, 503, 'Sorry, the service is unavailable'],
    ['GatewayTimeoutPage', publicEntry.GatewayTimeoutPage, 504, 'Sorry, there is a problem with the service'],
    ['OfflinePage', publicEntry.OfflinePage, new TypeError('Failed to fetch'), en.unreachable.title],
    [
      'TimeoutPage',
      publicEntry.TimeoutPage,
      new DOMException('slow', 'TimeoutError'),
      'The connection timed out',
    ],
    ['GenericErrorPage', publicEntry.GenericErrorPage, new Error('boom'), 'Something went wrong'],
  ] as const)('should render %s for its error', (_name, PerStatus, thrown, heading) => {
    const error = toStatusError(typeof thrown === 'number' ? { status: thrown } : thrown)
    render(<PerStatus error={error} reset={noop} />)
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
  })
})
