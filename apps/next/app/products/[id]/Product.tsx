'use client'
import { useQuery } from '@tanstack/react-query'
import { notFound, redirect } from 'next/navigation'
import { getJson } from '../../../lib/getJson'

export function Product({ id }: { id: string }) {
  // Next's own control flow, thrown in the browser under the layout's boundary, still reaches Next.
  if (id === 'retired') notFound()
  if (id === 'oak-shelf') redirect('/products/1')
  // A failure (404, 429, 500...) goes to the layout's StatusRouteBoundary (statusQueryDefaults' throwOnError).
  const { data } = useQuery({
    queryKey: ['product', id],
    queryFn: () => getJson<{ name: string; price: number }>(`products/${id}`),
  })
  if (!data) return <p>Loading…</p>
  return (
    <article>
      <h1>{data.name}</h1>
      <p>{data.price} €</p>
    </article>
  )
}
