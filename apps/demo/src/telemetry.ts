import type { StatusError } from '@statuskit/core'
import type { ErrorReportInfo } from '@statuskit/react'

interface TelemetryEntry {
  id: number
  at: number
  /** What a tracker would group by: the status, else the kind ("500", "network"). */
  what: string
  source: ErrorReportInfo['source']
  requestId: string | undefined
}

type Listener = () => void

/**
 * Stands in for an error tracker (Sentry, Datadog…): the provider's `onError` sends it each unexpected failure
 * once, and the developer panel lists them.
 */
class Telemetry {
  private entries: readonly TelemetryEntry[] = []
  private listeners = new Set<Listener>()
  private nextId = 1

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): readonly TelemetryEntry[] => this.entries

  report = (error: StatusError, info: ErrorReportInfo): void => {
    const entry: TelemetryEntry = {
      id: this.nextId++,
      at: Date.now(),
      what: error.status === undefined ? error.kind : String(error.status),
      source: info.source,
      requestId: error.requestId,
    }
    this.entries = [...this.entries, entry]
    for (const listener of this.listeners) listener()
  }
}

export const telemetry = new Telemetry()
