import { Product } from './Product'

// Prerendered at build time: the layout's StatusRouteBoundary keeps these pages static.
export function generateStaticParams() {
  return [{ id: '1' }, { id: '2' }]
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return <Product id={id} />
}
