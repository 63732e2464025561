import { describe, expect, it } from 'vitest'
import { invoiceFor, orders } from './mockData'

describe('the mock data', () => {
  it('gives every order an invoice whose net and VAT add up to its total, to the cent', () => {
    for (const order of orders) {
      const invoice = invoiceFor(order)
      expect(invoice.number).toBe(`INV-${order.id.slice(2)}`)
      expect(Math.round((invoice.net + invoice.vat) * 100)).toBe(Math.round(order.total * 100))
      expect(invoice.vat).toBeCloseTo(invoice.net * 0.19, 1)
      expect(invoice.lines).toEqual(order.items)
    }
  })

  it('has orders that are only placed, whose invoice the API refuses with field errors', () => {
    expect(orders.filter((order) => order.state === 'placed').map((order) => order.id)).toContain('A-1001')
    expect(orders.find((order) => order.id === 'A-1002')?.state).not.toBe('placed')
  })
})
