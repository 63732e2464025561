import { formatClockTime, StatusNotice, useSessionStatus } from '@statuskit/react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { orderQuery, saveOrderNote } from '../api/queries'
import { useAppText } from '../i18n/useAppText'
import { useAutosave } from './useAutosave'

/**
 * A note for the packers, saved as it is typed. When the session ends while someone types, the save that gets the
 * 401 opens the kit's sign-in dialog, which waits until the typing stops; meanwhile every keystroke stays in the
 * field and nothing more is sent. After signing in, the autosave resumes and saves the note as it is then: the
 * app knows a note can be saved again safely, and its latest text is what should be kept (replaying the failed
 * request would send older text).
 */
export function OrderNote({ orderId, initial }: { orderId: string; initial: string }) {
  const text = useAppText()
  const queryClient = useQueryClient()
  const id = useId()
  const [note, setNote] = useState(initial)
  const [saved, setSaved] = useState<{ note: string; at: number | undefined }>({
    note: initial,
    at: undefined,
  })
  const save = useMutation({
    mutationFn: (value: string) => saveOrderNote(orderId, value),
    onSuccess: (_answer, value) => {
      setSaved({ note: value, at: Date.now() })
      queryClient.setQueryData(orderQuery(orderId).queryKey, (order) => order && { ...order, note: value })
    },
  })
  const session = useSessionStatus()
  useAutosave(note, {
    save: save.mutate,
    saving: save.isPending,
    saved: saved.note,
    enabled: session.state === 'active',
  })
  const status = save.isPending
    ? text.noteSaving
    : saved.at !== undefined && saved.note === note
      ? text.noteSavedAt(formatClockTime(saved.at, text.locale))
      : ''
  return (
    <div className="field note">
      <label htmlFor={id}>{text.noteLabel}</label>
      <p id={`${id}-hint`} className="field-hint">
        {text.noteHint}
      </p>
      <textarea
        id={id}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p role="status" className="form-status">
        {status}
      </p>
      {/* Below the field and its status line, so the text being typed never moves. */}
      <StatusNotice error={save.error} onRetry={() => save.mutate(note)} />
    </div>
  )
}
