import Link from 'next/link'

export default function Home() {
  return (
    <>
      <h1>Shop</h1>
      <ul>
        <li>
          <Link href="/orders/7">Order 7</Link>: a Server Component that ends with <code>throwStatus</code>{' '}
          when the API fails
        </li>
        <li>
          <Link href="/products">Products</Link>: TanStack Query, prefetched on the server; each product is
          fetched in the browser
        </li>
      </ul>
    </>
  )
}
