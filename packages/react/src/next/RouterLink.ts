'use client'
// With the extension, as for `next/navigation.js`: plain Node resolves only the file; Next's bundlers map it to
// the App Router's link as they map `next/link`.
import Link from 'next/link.js'
import type { LinkComponent } from '../context/LinkComponent'

/**
 * `next/link` for the provider's `linkComponent`, usable from a Server Component. `next/link` itself fits the
 * prop and works as it is in a Client Component (a `providers.tsx`); in a Server Component (a `layout.tsx`),
 * though, Next gives you a server wrapper function, which cannot be passed to a Client Component. This is the
 * same link as a client module, which can. Either way links keep the `basePath` and navigate without a reload.
 *
 * ```tsx
 * <StatusKitProvider homeHref="/" linkComponent={RouterLink}>
 * ```
 */
export const RouterLink: LinkComponent = Link
