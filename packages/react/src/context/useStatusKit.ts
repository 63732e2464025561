'use client'
import { useContext } from 'react'
import { type StatusKitConfig, StatusKitContext } from './StatusKitContext'

/** The nearest `<StatusKitProvider>`'s settings; English and no login without one. */
export function useStatusKit(): StatusKitConfig {
  return useContext(StatusKitContext)
}
