'use client'
import { Link, useInRouterContext } from 'react-router'
import type { LinkComponentProps } from '../context/LinkComponent'

/**
 * The provider's `linkComponent` for React Router: the kit's links ("Go to the home page", the login link)
 * become `<Link to={href}>`, so they navigate without reloading the document and keep the router's basename
 * (give `homeHref` and `login.href` without it). Outside a router (a provider above `<RouterProvider>`, whose
 * sign-in dialog renders there) it renders a plain `<a>`.
 */
export function RouterLink({ href, ...props }: LinkComponentProps) {
  return useInRouterContext() ? <Link to={href} {...props} /> : <a href={href} {...props} />
}
