import Link from 'next/link'

export default function GermanHome() {
  return (
    <>
      <h1>Shop</h1>
      <p>
        <Link href="/de/orders/7">Bestellung 7</Link>
      </p>
    </>
  )
}
