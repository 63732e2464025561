import { queryOptions } from '@tanstack/react-query'
import type { Invoice, Order, Settings, Stats } from '../mocks/mockData'
import { apiFetch } from './apiFetch'

export type OrderSummary = Omit<Order, 'items' | 'note'>

export const ordersQuery = () =>
  queryOptions({
    queryKey: ['orders'],
    queryFn: ({ signal }) => apiFetch<OrderSummary[]>('/api/orders', { signal }),
  })

export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', id],
    queryFn: ({ signal }) => apiFetch<Order>(`/api/orders/${encodeURIComponent(id)}`, { signal }),
  })

export function archiveOrder(id: string): Promise<Order> {
  return apiFetch<Order>(`/api/orders/${encodeURIComponent(id)}/archive`, { method: 'POST' })
}

export function saveOrderNote(id: string, note: string): Promise<{ note: string }> {
  return apiFetch<{ note: string }>(`/api/orders/${encodeURIComponent(id)}/note`, {
    method: 'PUT',
    body: JSON.stringify({ note }),
  })
}

export function fetchInvoice(orderId: string, signal: AbortSignal): Promise<Invoice> {
  return apiFetch<Invoice>(`/api/orders/${encodeURIComponent(orderId)}/invoice`, { signal })
}

export const statsQuery = () =>
  queryOptions({
    queryKey: ['stats'],
    queryFn: ({ signal }) => apiFetch<Stats>('/api/stats', { signal }),
  })

export const searchQuery = (query: string) =>
  queryOptions({
    queryKey: ['search', query],
    queryFn: ({ signal }) =>
      apiFetch<{ query: string; results: OrderSummary[] }>(`/api/search?q=${encodeURIComponent(query)}`, {
        signal,
      }),
    enabled: query.trim() !== '',
  })

export const settingsQuery = () =>
  queryOptions({
    queryKey: ['settings'],
    queryFn: ({ signal }) => apiFetch<Settings>('/api/settings', { signal }),
  })

export function saveSettings(settings: Settings): Promise<Settings> {
  return apiFetch<Settings>('/api/settings', { method: 'PUT', body: JSON.stringify(settings) })
}

/** The demo's sign-in: the mock accepts anyone, which is all the session dialog needs. */
export async function signIn(): Promise<void> {
  await apiFetch<{ user: string }>('/api/session', { method: 'POST', body: JSON.stringify({ user: 'demo' }) })
}
