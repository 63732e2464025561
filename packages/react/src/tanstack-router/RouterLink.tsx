'use client'
import { Link, type LinkProps, useRouter } from '@tanstack/react-router'
import type { LinkComponentProps } from '../context/LinkComponent'

/**
 * The provider's `linkComponent` for TanStack Router: the kit's links ("Go to the home page", the login link)
 * become `<Link href>`, so they navigate without reloading the document, search and hash included (an absolute
 * URL to another site stays a plain link). Outside a router (a provider above `<RouterProvider>`, whose sign-in
 * dialog renders there) it renders a plain `<a>`.
 */
export function RouterLink({ href, ...props }: LinkComponentProps) {
  if (!useRouter({ warn: false })) return <a href={href} {...props} />
  // The router reads path, search and hash from `href`; it tells an outside link by the scheme of `to`.
  const target = /^[a-z][a-z\d+.-]*:/i.test(href) ? { to: href } : { href }
  return <Link {...(target as LinkProps)} {...props} />
}
