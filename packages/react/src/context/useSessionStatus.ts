'use client'
import { useContext } from 'react'
import { SessionContext, type SessionInfo } from './SessionContext'

const ACTIVE: SessionInfo = { state: 'active', renewedAt: undefined }

/**
 * The session as the nearest `<SessionGuard>` sees it: `active`, `renewing` (a silent refresh runs) or `expired`
 * (the sign-in dialog is up), and when it was last renewed after a 401. A form whose save failed with 401 compares
 * `renewedAt` with the failure to say "You're signed in again; your changes are not saved yet". Outside a guard the
 * session is always `active`.
 */
export function useSessionStatus(): SessionInfo {
  return useContext(SessionContext) ?? ACTIVE
}
