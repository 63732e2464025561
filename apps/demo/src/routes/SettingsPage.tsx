import { problemFieldErrors, toStatusError } from '@statuskit/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
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

/**
 * The form keeps what the user typed in its own state. When the session ends, the kit's sign-in dialog opens
 * over this page without unmounting it, so nothing typed is lost.
 */
function SettingsForm({ initial }: { initial: Settings }) {
  const text = useAppText()
  const queryClient = useQueryClient()
  const [values, setValues] = useState(initial)
  const ids = {
    name: 'settings-name',
    email: 'settings-email',
    signature: 'settings-signature',
    emailError: 'settings-email-error',
  }
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => queryClient.setQueryData(settingsQuery().queryKey, saved),
  })
  const errors = save.isError ? problemFieldErrors(toStatusError(save.error).problem) : []
  const emailError = errors.find((entry) => entry.field === 'email')
  const failure = save.isError && errors.length === 0 ? toStatusError(save.error) : undefined

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!save.isPending) save.mutate(values)
  }

  const set = (field: keyof Settings) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }))
  }

  return (
    <form className="card settings-form" onSubmit={onSubmit} noValidate>
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>{text.problemSummary}</h2>
          <ul>
            {errors.map((entry) => (
              <li key={`${entry.field}:${entry.message}`}>
                <a href={`#${entry.field === 'email' ? ids.email : ids.name}`}>{entry.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p className="notice" role="alert">
          {failure.status === 401 ? text.notSavedSignIn : text.notSaved}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.name}>{text.displayName}</label>
        <input id={ids.name} name="displayName" value={values.displayName} onChange={set('displayName')} />
      </div>
      <div className="field">
        <label htmlFor={ids.email}>{text.email}</label>
        {emailError && (
          <p id={ids.emailError} className="field-error">
            {emailError.message}
          </p>
        )}
        <input
          id={ids.email}
          name="email"
          type="email"
          value={values.email}
          onChange={set('email')}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? ids.emailError : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.signature}>{text.signature}</label>
        <textarea
          id={ids.signature}
          name="signature"
          rows={3}
          value={values.signature}
          onChange={set('signature')}
        />
      </div>
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
    </form>
  )
}
