import { onlineManager } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { de } from '../i18n/locales/de'
import { OfflineNotice, StatusKitProvider } from '../index'

afterEach(() => {
  act(() => onlineManager.setOnline(true))
})

describe('given an OfflineNotice', () => {
  it('should say nothing while TanStack Query is online', () => {
    render(<OfflineNotice />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('should say so while offline, and clear itself when the connection is back', () => {
    render(<OfflineNotice />)
    act(() => onlineManager.setOnline(false))
    expect(screen.getByRole('status')).toHaveTextContent(
      "You're not connected. We will try again as soon as you are back online.",
    )
    act(() => onlineManager.setOnline(true))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it("should speak the provider's language", () => {
    act(() => onlineManager.setOnline(false))
    render(
      <StatusKitProvider locale="de-DE" messages={de}>
        <OfflineNotice />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent(de.offline.title)
  })

  it('should render as online on the server', () => {
    expect(renderToString(<OfflineNotice />)).toBe(
      '<p class="sk-offline-notice" role="status" data-state="online"></p>',
    )
  })
})
