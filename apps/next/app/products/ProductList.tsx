'use client'
import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { getJson } from '../../lib/getJson'

export function ProductList() {
  const { data } = useQuery({
    queryKey: ['products'],
    queryFn: () => getJson<{ id: string; name: string }[]>('products'),
  })
  return (
    <>
      <h1>Products</h1>
      {data ? (
        <ul>
          {data.map((product) => (
            <li key={product.id}>
              <Link href={`/products/${product.id}`}>{product.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Loading…</p>
      )}
    </>
  )
}
