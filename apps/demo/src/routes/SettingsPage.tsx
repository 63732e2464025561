import { problemFieldErrors, toStatusError } from '@statuskit/core'
import { ErrorSummary, StatusNotice, setHookFormErrors } from '@statuskit/react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FieldError, useForm } from 'react-hook-form'
import { saveSettings, settingsQuery } from '../api/queries'
import { Loading } from '../components/Loading'
import { useAppText } from '../i18n/useAppText'
import type { Settings } from '../mocks/mockData'

export function SettingsPage() {
  const text = useAppText()
  const { data } = useQuery(settingsQuery())
  return (
    <>
      <h1>{text.settingsTitle}</h1>
      {data ? <SettingsForm initial={data} /> : <Loading />}
    </>
  )
}

/** The id of a setting's input, for its label and the error summary's links. */
const fieldId = (field: string) => `settings-${field}`

/** Every message react-hook-form holds for a field: the server may send several (`setHookFormErrors` keeps them in `types`). */
function messagesOf(error: FieldError | undefined): string[] {
  if (!error) return []
  const all = Object.values(error.types ?? {}).filter((value): value is string => typeof value === 'string')
  return all.length > 0 ? all : error.message ? [error.message] : []
}

/**
 * The settings, in react-hook-form. The server validates: its 422 (problem details with field errors) goes to the
 * fields with `setHookFormErrors`, and `<ErrorSummary>` above the form takes focus and links to each field. Any other
 * failure is a `<StatusNotice>` under the actions. What the user typed stays in the form either way: a failed save
 * never resets it, the sign-in dialog opens over the page without unmounting it, and a save made offline fails at
 * once instead of being sent later by itself (the kit's mutation defaults).
 */
function SettingsForm({ initial }: { initial: Settings }) {
  const text = useAppText()
  const queryClient = useQueryClient()
  const form = useForm<Settings>({ defaultValues: initial })
  const { errors } = form.formState
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery().queryKey, saved)
      form.reset(saved)
    },
    onError: (error) => setHookFormErrors(error, form.setError),
  })
  // A refusal with field errors is told beside the fields and in the summary; anything else by the notice.
  const refusedFields = save.error != null && problemFieldErrors(toStatusError(save.error).problem).length > 0
  const submit = form.handleSubmit((values) => {
    if (save.isPending) return
    form.clearErrors()
    save.mutate(values)
  })

  const field = (name: keyof Settings, label: string, hint?: string) => {
    const id = fieldId(name)
    const messages = messagesOf(errors[name])
    const describedBy = [hint && `${id}-hint`, messages.length > 0 && `${id}-error`].filter(Boolean).join(' ')
    const props = {
      id,
      ...form.register(name),
      'aria-invalid': messages.length > 0 || undefined,
      'aria-describedby': describedBy || undefined,
    }
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {messages.length > 0 && (
          <p id={`${id}-error`} className="field-error">
            {messages.join(' ')}
          </p>
        )}
        {name === 'signature' ? (
          <textarea rows={3} {...props} />
        ) : (
          <input type={name === 'email' ? 'email' : 'text'} {...props} />
        )}
      </div>
    )
  }

  return (
    <form className="card settings-form" onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} fieldId={fieldId} />
      {field('displayName', text.displayName, text.displayNameHint)}
      {field('email', text.email)}
      {field('signature', text.signature)}
      <div className="form-actions">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page, and the sign-in
            dialog could not give it back here when it closes. */}
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? text.saving : text.save}
        </button>
        <p role="status" className="form-status">
          {save.isSuccess ? text.saved : ''}
        </p>
      </div>
      {/* Under the actions, so nothing moves under the pointer when it appears. */}
      <StatusNotice
        error={refusedFields ? undefined : save.error}
        onRetry={() => void submit()}
        onDismiss={() => save.reset()}
      />
    </form>
  )
}
