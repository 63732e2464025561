import { setupWorker } from 'msw/browser'
import { telemetry } from '../telemetry'
import { handlers } from './handlers'
import { mockState } from './mockState'

declare global {
  interface Window {
    /** The mock API's state, for the developer panel's power users and the end-to-end tests. */
    __statuskitDemo?: typeof mockState
    /** What the provider's `onError` reported. */
    __statuskitTelemetry?: typeof telemetry
  }
}

/** Starts the service worker that answers `/api/*` in the browser. Everything else goes to the network. */
export async function startMockApi(): Promise<void> {
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  window.__statuskitDemo = mockState
  window.__statuskitTelemetry = telemetry
}
