// The app's stylesheet first: it declares the cascade layer order (see app.css).
import './app.css'
import '@statuskit/react/styles.css'
import { isStatusError } from '@statuskit/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The mock API must be answering before the first request. It is loaded on its own, as MSW suggests, so a real
// deployment would simply leave this out. The app comes after it: creating the router runs the first page's
// loaders at once.
void import('./mocks/startMockApi').then(async ({ startMockApi }) => {
  await startMockApi()
  const { App } = await import('./App')
  createRoot(root, {
    // React logs every error a boundary catches. A StatusError is an expected answer from the API that the kit
    // already shows to the user; anything else is a bug worth seeing in the console.
    onCaughtError(error, info) {
      if (!isStatusError(error)) console.error(error, info.componentStack)
    },
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
