import { parse, type SubmissionResult } from '@conform-to/dom'
import { useForm } from '@conform-to/react'
import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { toConformErrors } from './toConformErrors'

const refused = new StatusError({
  kind: 'http',
  status: 422,
  problem: parseProblemDetails({
    errors: [{ detail: 'Enter a name', pointer: '#/items/0/name' }, { detail: 'The order is closed' }],
  }),
})

/** A Conform form showing the result its server action replied with. */
function ItemsForm({ lastResult }: { lastResult: SubmissionResult<string[]> }) {
  const [form, fields] = useForm<{ items: { name: string }[] }>({ lastResult })
  const [first] = fields.items.getFieldList()
  const item = first?.getFieldset()
  return (
    <form id={form.id}>
      <p>form: {form.errors?.join(', ')}</p>
      <p>item name: {item?.name.errors?.join(', ')}</p>
    </form>
  )
}

describe('toConformErrors with Conform', () => {
  it("should reach Conform's fields through submission.reply(), with the form's errors apart", () => {
    const formData = new FormData()
    formData.set('items[0].name', '')
    const submission = parse<{ items: { name: string }[] }, string[]>(formData, {
      resolve: () => ({ value: { items: [{ name: '' }] } }),
    })
    const lastResult = submission.reply(toConformErrors(refused))
    render(<ItemsForm lastResult={lastResult} />)
    expect(screen.getByText('item name: Enter a name')).toBeInTheDocument()
    expect(screen.getByText('form: The order is closed')).toBeInTheDocument()
  })
})
