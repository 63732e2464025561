import { StatusPage } from '@statuskit/react'

export default function NotFound() {
  return <StatusPage code={404} />
}
