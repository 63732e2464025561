'use client'
import { useStatusKit } from '../context/useStatusKit'
import type { StatusPageAction } from './StatusPageModel'

/**
 * The actions of a page or the sign-in dialog, most useful first: links through the provider's `linkComponent`,
 * buttons that stay focusable while inactive or busy (`aria-disabled`, with `describedBy` saying why).
 */
export function StatusActions({
  actions,
  describedBy,
}: {
  actions: readonly StatusPageAction[]
  describedBy?: string | undefined
}) {
  const { linkComponent: Link = 'a' } = useStatusKit()
  return (
    <div className="sk-actions">
      {actions.map((action) => {
        const className = `sk-button sk-button--${action.priority}`
        if (action.href !== undefined) {
          return (
            <Link key={action.id} className={className} href={action.href}>
              {action.label}
            </Link>
          )
        }
        const inactive = action.disabled || action.busy
        return (
          <button
            key={action.id}
            type="button"
            className={className}
            data-action={action.id}
            aria-disabled={inactive || undefined}
            aria-busy={action.busy || undefined}
            aria-describedby={action.disabled ? describedBy : undefined}
            onClick={inactive ? undefined : action.onSelect}
          >
            {action.label}
          </button>
        )
      })}
    </div>
  )
}
