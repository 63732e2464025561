'use client'
import { useEffect, useRef, useState } from 'react'

/** What the browser says about the connection; `unknown` until mounted (and on the server). */
export type ConnectionState = 'unknown' | 'online' | 'offline'

export interface UseOnlineOptions {
  /** Called on each `online` event of the window. The latest function is used. */
  onOnline?: (() => void) | undefined
}

/**
 * The browser's connection state (`navigator.onLine`), kept current with the window's `online`/`offline`
 * events. Read in an effect, never during render, so server and first client render agree.
 */
export function useOnline(options: UseOnlineOptions = {}): ConnectionState {
  const [state, setState] = useState<ConnectionState>('unknown')
  const onOnline = useRef(options.onOnline)
  useEffect(() => {
    onOnline.current = options.onOnline
  })
  useEffect(() => {
    setState(navigator.onLine === false ? 'offline' : 'online')
    const handleOnline = (): void => {
      setState('online')
      onOnline.current?.()
    }
    const handleOffline = (): void => setState('offline')
    window.addEventListener('online', handleOnline)
    window.addEventListener('offline', handleOffline)
    return () => {
      window.removeEventListener('online', handleOnline)
      window.removeEventListener('offline', handleOffline)
    }
  }, [])
  return state
}
