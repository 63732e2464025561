export interface Order {
  id: string
  customer: string
  placedAt: string
  total: number
  state: 'placed' | 'packed' | 'shipped' | 'delivered'
  /** Archived orders stay readable but leave the daily work. */
  archived: boolean
  /** A note for the packers, saved as it is typed. */
  note: string
  items: readonly { sku: string; name: string; quantity: number; price: number }[]
}

export interface Invoice {
  number: string
  orderId: string
  customer: string
  issuedAt: string
  lines: Order['items']
  net: number
  vat: number
  total: number
}

export interface Settings {
  displayName: string
  email: string
  signature: string
}

export interface Stats {
  openOrders: number
  revenueToday: number
  averageDispatchHours: number
}

const customers = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Edsger Dijkstra',
  'Barbara Liskov',
]
const products = [
  { sku: 'MUG-01', name: 'Enamel mug', price: 12 },
  { sku: 'TEE-02', name: 'Organic T-shirt', price: 24 },
  { sku: 'BAG-03', name: 'Canvas tote bag', price: 18 },
  { sku: 'CAP-04', name: 'Wool cap', price: 21 },
  { sku: 'NB-05', name: 'Dot-grid notebook', price: 9 },
]
const states: Order['state'][] = ['placed', 'packed', 'shipped', 'delivered']

export const orders: readonly Order[] = Array.from({ length: 12 }, (_, index) => {
  const items = [0, 1]
    .map((offset) => products[(index + offset * 2) % products.length])
    .filter((product) => product !== undefined)
    .map((product, position) => ({ ...product, quantity: ((index + position) % 3) + 1 }))
  return {
    id: `A-${1001 + index}`,
    customer: customers[index % customers.length] ?? 'Customer',
    placedAt: new Date(Date.UTC(2026, 10, 1 + index, 9 + (index % 8), 15)).toISOString(),
    total: items.reduce((sum, item) => sum + item.price * item.quantity, 0),
    state: states[index % states.length] ?? 'placed',
    archived: false,
    note: '',
    items,
  }
})

export const initialSettings: Settings = {
  displayName: 'Demo Shop',
  email: 'orders@example.com',
  signature: 'Thanks for your order!',
}

/** German VAT on everything the demo shop sells. */
const VAT_RATE = 0.19

/** The invoice of an order that has been packed: totals are gross, as the shop's prices are. */
export function invoiceFor(order: Order): Invoice {
  const net = Math.round((order.total / (1 + VAT_RATE)) * 100) / 100
  return {
    number: `INV-${order.id.slice(2)}`,
    orderId: order.id,
    customer: order.customer,
    issuedAt: order.placedAt,
    lines: order.items,
    net,
    vat: Math.round((order.total - net) * 100) / 100,
    total: order.total,
  }
}
