import { useAppText } from '../i18n/useAppText'

export function Loading() {
  const text = useAppText()
  return (
    <p className="loading" role="status">
      {text.loading}
    </p>
  )
}
