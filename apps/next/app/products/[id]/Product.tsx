'use client'
import { useQuery } from '@tanstack/react-query'
import { notFound, redirect } from 'next/navigation'
import { getJson } from '../../../lib/getJson'

interface ProductData {
  name: string
  price: number
  /** The shop no longer sells it. */
  retired?: boolean
  /** It moved to another address. */
  movedTo?: string
}

export function Product({ id }: { id: string }) {
  // A failure (404, 429, 500...) goes to the layout's StatusRouteBoundary (statusQueryDefaults' throwOnError).
  const { data } = useQuery({
    queryKey: ['product', id],
    queryFn: () => getJson<ProductData>(`products/${id}`),
  })
  if (!data) return <p>Loading…</p>
  // Next's own control flow, thrown here in the browser under the layout's boundary, still reaches Next.
  if (data.retired) notFound()
  if (data.movedTo) redirect(`/products/${data.movedTo}`)
  return (
    <article>
      <h1>{data.name}</h1>
      <p>{data.price} €</p>
    </article>
  )
}
