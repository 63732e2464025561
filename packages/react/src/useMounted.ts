'use client'
import { useEffect, useState } from 'react'

/** False on the server and the first client render, true after. Live regions fill only then, so they speak. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  return mounted
}
