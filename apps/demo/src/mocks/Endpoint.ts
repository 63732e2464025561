/** The mock API's endpoints, as the developer panel names them. */
export const ENDPOINTS = {
  orders: 'GET /api/orders',
  order: 'GET /api/orders/:id',
  invoice: 'GET /api/orders/:id/invoice',
  archiveOrder: 'POST /api/orders/:id/archive',
  saveNote: 'PUT /api/orders/:id/note',
  stats: 'GET /api/stats',
  search: 'GET /api/search',
  settings: 'GET /api/settings',
  saveSettings: 'PUT /api/settings',
  session: 'POST /api/session',
} as const

export type Endpoint = keyof typeof ENDPOINTS
