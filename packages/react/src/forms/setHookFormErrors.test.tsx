import { parseProblemDetails, StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from '../inline/ErrorSummary'
import { setHookFormErrors } from './setHookFormErrors'

interface Order {
  name: string
  items: { name: string }[]
}

const refused = new StatusError({
  kind: 'http',
  status: 422,
  problem: parseProblemDetails({
    errors: [
      { detail: 'Enter your name', pointer: '#/name' },
      { detail: 'Enter the item’s name', pointer: '#/items/0/name' },
      { detail: 'Use letters only', pointer: '#/items/0/name' },
      { detail: 'The order is closed' },
    ],
  }),
})

/** A react-hook-form form whose submission the server refuses with `refused`. */
function OrderForm() {
  const { register, handleSubmit, setError, formState } = useForm<Order>({
    defaultValues: { name: '', items: [{ name: '' }] },
  })
  const { errors } = formState
  return (
    <form
      noValidate
      onSubmit={handleSubmit(() => {
        setHookFormErrors(refused, setError)
      })}
    >
      <ErrorSummary error={formState.submitCount > 0 && Object.keys(errors).length ? refused : undefined} />
      <label htmlFor="name">Name</label>
      <input id="name" {...register('name')} />
      <p>{errors.name?.message}</p>
      <label htmlFor="items.0.name">Item</label>
      <input id="items.0.name" {...register('items.0.name')} />
      <p>{errors.items?.[0]?.name?.message}</p>
      <p>{Object.values(errors.items?.[0]?.name?.types ?? {}).join(' | ')}</p>
      <p>{errors.root?.server?.message}</p>
      <button type="submit">Save</button>
    </form>
  )
}

describe('setHookFormErrors with react-hook-form', () => {
  describe('given a 422 with field errors, one field with two messages, and a message without a field', () => {
    it('should put each message beside its field, the rest in root.server, and the summary first with focus', async () => {
      const user = userEvent.setup()
      render(<OrderForm />)
      // Submitted from the keyboard: Enter in a field.
      await user.type(screen.getByLabelText('Name'), 'Ada{Enter}')
      // Beside each field (and again, as a link, in the summary).
      expect(screen.getByLabelText('Name').nextElementSibling).toHaveTextContent('Enter your name')
      expect(screen.getByLabelText('Item').nextElementSibling).toHaveTextContent('Enter the item’s name')
      expect(screen.getByText('Enter the item’s name | Use letters only')).toBeInTheDocument()
      expect(screen.getAllByText('The order is closed')).toHaveLength(2)
      // What was typed is kept.
      expect(screen.getByLabelText('Name')).toHaveValue('Ada')
      const summary = screen.getByRole('alert')
      expect(summary).toHaveFocus()
      await user.click(screen.getByRole('link', { name: 'Enter the item’s name' }))
      expect(screen.getByLabelText('Item')).toHaveFocus()
    })

    it('should return the names it set', () => {
      const names: string[] = []
      act(() => {
        expect(setHookFormErrors(refused, (name) => names.push(name))).toEqual([
          'name',
          'items.0.name',
          'root.server',
        ])
      })
      expect(names).toEqual(['name', 'items.0.name', 'root.server'])
    })
  })
})
