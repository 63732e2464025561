import { useAppText } from '../i18n/useAppText'
import { useQueryOnline } from './useQueryOnline'

/** A quiet notice while offline: what is on screen stays usable but may be out of date. */
export function OfflineBanner() {
  const online = useQueryOnline()
  const text = useAppText()
  return (
    // The live region stays in the page (empty while online), so screen readers announce the notice when it appears.
    <div role="status" className={online ? undefined : 'offline-banner'}>
      {online ? null : text.offlineBanner}
    </div>
  )
}
