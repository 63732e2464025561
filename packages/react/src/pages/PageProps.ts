import type { ReactNode } from 'react'
import type { FallbackProps } from '../context/FallbackProps'

/** Props of every built-in page: what a boundary passes, plus overrides of its words and actions. */
export interface PageProps extends FallbackProps {
  /** Replaces the heading. */
  title?: ReactNode
  /** Replaces the body text (a string becomes a paragraph). */
  description?: ReactNode
  /** Replaces the buttons and links. Keep at least one way forward. */
  actions?: ReactNode
}
