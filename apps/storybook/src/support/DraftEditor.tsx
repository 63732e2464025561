import { fromResponse } from '@statuskit/core'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'

const AUTOSAVE_DELAY_MS = 400

async function saveDraft(text: string): Promise<{ saved: true }> {
  const response = await fetch('/api/drafts', { method: 'POST', body: JSON.stringify({ text }) })
  if (!response.ok) throw await fromResponse(response)
  return { saved: true }
}

/**
 * A form the user types into, saved as a draft shortly after each pause in typing (a real `useMutation` to
 * `POST /api/drafts`). The typed text lives only in this component's state: if the page were replaced by an
 * error page, it would be gone.
 */
export function DraftEditor() {
  const id = useId()
  const [text, setText] = useState('')
  const { mutate, status, reset } = useMutation({ mutationFn: saveDraft })

  useEffect(() => {
    if (text === '') return
    const timer = setTimeout(() => mutate(text), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, mutate])

  return (
    <form className="demo-card demo-form" onSubmit={(event) => event.preventDefault()}>
      <h2>New support request</h2>
      <label htmlFor={id}>Describe the problem</label>
      <textarea
        id={id}
        value={text}
        onChange={(event) => {
          reset()
          setText(event.target.value)
        }}
      />
      <p role="status">{status === 'success' ? 'Draft saved.' : status === 'pending' ? 'Saving…' : ''}</p>
    </form>
  )
}
