import type { ComponentType, ReactNode } from 'react'

/** What the kit passes to the link component for every link it renders. */
export interface LinkComponentProps {
  /** The target: a path of the app (`homeHref`) or the login page (`login.href`, with its return path). */
  href: string
  className?: string | undefined
  children?: ReactNode
}

/**
 * A component that renders a link with the app's router, so the kit's links keep the base path and navigate
 * without a full reload: `next/link` as it is, or a small adapter such as
 * `({ href, ...props }) => <Link to={href} {...props} />` for React Router (the framework entries export one).
 */
export type LinkComponent = ComponentType<LinkComponentProps>
