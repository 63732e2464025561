/**
 * The pages of the Introduction's gallery and of the contact sheet (`scripts/contact-sheet.mjs`): one story per
 * page, in the order a reader meets them, each with the words its card shows.
 */
export const GALLERY = [
  { id: 'pages-400-bad-request--bad-link', label: '400 · a bad link' },
  { id: 'pages-400-bad-request--field-errors', label: '400 · fields the server refused' },
  { id: 'pages-401-unauthorized--sign-in-link', label: '401 · signed out' },
  { id: 'pages-403-forbidden--with-extension-members', label: '403 · no access' },
  { id: 'pages-404-not-found--page-not-found', label: '404 · not found' },
  { id: 'pages-429-too-many-requests--retry-after-seconds', label: '429 · too many requests' },
  { id: 'pages-429-too-many-requests--automatic-retry-stopped', label: '429 · automatic retry stopped' },
  {
    id: 'pages-500-internal-server-error--server-text-hidden',
    label: '500, 502, 504, 405 · a server problem',
  },
  { id: 'pages-503-service-unavailable--maintenance', label: '503 · maintenance, back at a known time' },
  { id: 'pages-offline--cannot-reach-server', label: 'Network · the service cannot be reached' },
  { id: 'pages-offline--waiting-for-connection', label: 'Offline · waiting for the connection' },
  { id: 'pages-timeout--timed-out', label: 'Timeout' },
  { id: 'pages-unknown-error--unknown-error', label: 'Unknown error · a bug' },
  { id: 'pages-400-bad-request--arabic', label: 'Arabic, right to left' },
  { id: 'components-statusboundary--nested-boundary', label: 'Nested: one widget fails' },
  { id: 'components-sign-in-dialog--with-login-page', label: 'Sign-in dialog over the page' },
  { id: 'components-statusnotice--rate-limited', label: 'StatusNotice · a refused save' },
  { id: 'components-errorsummary--with-a-form', label: 'ErrorSummary · a refused form' },
]
