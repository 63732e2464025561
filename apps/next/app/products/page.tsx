import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { connection } from 'next/server'
import { getQueryClient } from '../../lib/getQueryClient'
import { readUpstream } from '../../lib/upstream'
import { ProductList } from './ProductList'

export default async function ProductsPage() {
  await connection()
  const queryClient = getQueryClient()
  // Fetched here, on the server; the browser gets the data with the page and does not ask again.
  await queryClient.prefetchQuery({ queryKey: ['products'], queryFn: () => readUpstream('products') })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ProductList />
    </HydrationBoundary>
  )
}
