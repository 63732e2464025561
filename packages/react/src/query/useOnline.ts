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
    const update = (event?: Event): void => {
      const online = event ? event.type === 'online' : navigator.onLine !== false
      setState(online ? 'online' : 'offline')
      if (event && online) onOnline.current?.()
    }
    update()
    addEventListener('online', update)
    addEventListener('offline', update)
    return () => {
      removeEventListener('online', update)
      removeEventListener('offline', update)
    }
  }, [])
  return state
}
