import { StatusPage } from '@statuskit/react'
import { Loading } from './Loading'

// What a paused query is waiting for: the network. The kit's page for it is the offline page.
const offline = new TypeError('Failed to fetch')

/**
 * What a page shows before its data arrives. While the browser is offline, TanStack Query pauses the fetch
 * instead of failing it, so nothing reaches a boundary: the kit's offline page says so here, and the data
 * replaces it by itself when the connection returns and the paused fetch continues.
 */
export function Pending({ paused, retry }: { paused: boolean; retry: () => void }) {
  if (!paused) return <Loading />
  // The page also resets by itself on the `online` event; the paused fetch continues then anyway, so only the
  // user's own "Try again" asks for another fetch.
  return (
    <StatusPage
      error={offline}
      headingLevel={2}
      reset={(options) => {
        if (options?.automatic !== true) retry()
      }}
    />
  )
}
