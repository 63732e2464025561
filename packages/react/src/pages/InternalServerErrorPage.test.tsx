import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentType } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { BadGatewayPage } from './BadGatewayPage'
import { GatewayTimeoutPage } from './GatewayTimeoutPage'
import { InternalServerErrorPage } from './InternalServerErrorPage'
import { MethodNotAllowedPage } from './MethodNotAllowedPage'
import type { PageProps } from './PageProps'

const pages: [number, ComponentType<PageProps>][] = [
  [405, MethodNotAllowedPage],
  [500, InternalServerErrorPage],
  [502, BadGatewayPage],
  [504, GatewayTimeoutPage],
]

const leaky = parseProblemDetails({
  title: 'NullPointerException in OrderService',
  detail: 'SELECT * FROM orders WHERE id = 42 failed on db-3.internal',
  stack: 'Error: boom\n    at handler (/srv/app/orders.js:12:7)',
  instance: 'https://internal.example.com/errors/abc',
  debugUrl: 'https://grafana.internal.example.com/d/xyz',
})

describe.each(pages)('the %i page', (status, Page) => {
  describe('given the plain error', () => {
    it('should apologise in the kit’s own words and offer "Try again"', async () => {
      const reset = vi.fn()
      const { container } = render(<Page error={new StatusError({ kind: 'http', status })} reset={reset} />)
      expect(
        screen.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
      ).toHaveFocus()
      expect(screen.getByText(en.serverError.description)).toBeInTheDocument()
      // Words that agree with the action offered: never "Try again later" above a "Try again" button.
      expect(container.textContent).not.toMatch(/try again later/i)
      expect(container.querySelector('.sk-page')).toHaveAttribute('data-status', String(status))
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledWith()
      expect(screen.getByText(`Error code ${status}`)).toHaveClass('sk-reference')
    })
  })

  describe('given a problem with server title, detail, stack and URLs', () => {
    it('should show none of it, only the reference', () => {
      const error = new StatusError({ kind: 'http', status, problem: leaky, requestId: 'req-7f3a9' })
      const { container } = render(<Page error={error} reset={vi.fn()} />)
      const text = container.textContent ?? ''
      for (const secret of [
        'NullPointer',
        'SELECT',
        'db-3',
        'orders.js',
        'boom',
        'http',
        'internal',
        error.message,
      ]) {
        expect(text).not.toContain(secret)
      }
      expect(screen.getByText(`Error code ${status} · Reference req-7f3a9`)).toBeInTheDocument()
    })
  })
})
