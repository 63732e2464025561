export interface Order {
  id: number
  item: string
  total: string
}

export const ORDERS: readonly Order[] = [
  { id: 1001, item: 'Walnut desk', total: '€420.00' },
  { id: 1002, item: 'Reading lamp', total: '€64.50' },
  { id: 1003, item: 'Wool rug', total: '€189.00' },
]
