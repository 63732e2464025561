import type { Endpoint } from './Endpoint'

export type RetryAfterChoice =
  | { kind: 'none' }
  | { kind: 'seconds'; seconds: number }
  | { kind: 'date'; inSeconds: number }

export interface ForcedResponse {
  id: number
  endpoint: Endpoint | 'any'
  status: number
  retryAfter: RetryAfterChoice
  /** How many more responses it replaces; 'always' until cleared. */
  remaining: number | 'always'
}

export interface RequestRecord {
  id: number
  endpoint: Endpoint
  method: string
  path: string
  /** 0 for a network failure. */
  status: number
  /** The Retry-After header of the answer, if it had one. */
  retryAfter?: string
  /** Epoch milliseconds when the mock received the request. */
  at: number
  why: 'ok' | 'forced' | 'offline' | 'maintenance' | 'rate-limited' | 'signed-out' | 'not-found' | 'invalid'
}

export interface MockSnapshot {
  forced: readonly ForcedResponse[]
  offline: boolean
  /**
   * Epoch ms the maintenance window ends, or undefined when the API is up. Its 503s announce the whole second it
   * ends in (an HTTP-date has no fractions), so the service is back up to a second after the time they give.
   */
  maintenanceUntil: number | undefined
  signedIn: boolean
  requests: readonly RequestRecord[]
}

type Listener = () => void

// Not `offline`: a reload reconnects, like a real browser that is back online.
type Persisted = Pick<MockSnapshot, 'forced' | 'maintenanceUntil' | 'signedIn'>

// The switches survive a reload (per tab), so a developer can force a failure and then load a page with it.
const STORAGE_KEY = 'statuskit-demo-mock'

function loadPersisted(): Partial<Persisted> {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Partial<Persisted>) : {}
  } catch {
    return {}
  }
}

/**
 * The mock server's state. It lives in the page (MSW's browser handlers run there), so the developer panel
 * and the end-to-end tests (through `window.__statuskitDemo`) can steer it and read what it saw.
 */
class MockState {
  private snapshot: MockSnapshot = {
    forced: [],
    maintenanceUntil: undefined,
    signedIn: true,
    requests: [],
    ...loadPersisted(),
    offline: false,
  }
  private listeners = new Set<Listener>()
  private nextId = Math.max(0, ...this.snapshot.forced.map((entry) => entry.id)) + 1

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): MockSnapshot => this.snapshot

  private update(patch: Partial<MockSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch }
    if (!('requests' in patch && Object.keys(patch).length === 1)) {
      const { forced, maintenanceUntil, signedIn } = this.snapshot
      try {
        globalThis.sessionStorage?.setItem(
          STORAGE_KEY,
          JSON.stringify({ forced, maintenanceUntil, signedIn }),
        )
      } catch {
        // Storage full or blocked: the switches last until the page reloads.
      }
    }
    for (const listener of this.listeners) listener()
  }

  force(entry: Omit<ForcedResponse, 'id'>): void {
    this.update({ forced: [...this.snapshot.forced, { ...entry, id: this.nextId++ }] })
  }

  clearForced(): void {
    this.update({ forced: [] })
  }

  /** Takes the first forced response that applies to `endpoint`, counting it down. */
  takeForced(endpoint: Endpoint): ForcedResponse | undefined {
    const match = this.snapshot.forced.find(
      (entry) => entry.endpoint === endpoint || entry.endpoint === 'any',
    )
    if (!match) return undefined
    const forced =
      match.remaining === 'always' || match.remaining > 1
        ? this.snapshot.forced.map((entry) =>
            entry === match && entry.remaining !== 'always'
              ? { ...entry, remaining: entry.remaining - 1 }
              : entry,
          )
        : this.snapshot.forced.filter((entry) => entry !== match)
    this.update({ forced })
    return match
  }

  setOffline(offline: boolean): void {
    this.update({ offline })
  }

  setMaintenance(until: number | undefined): void {
    this.update({ maintenanceUntil: until })
  }

  setSignedIn(signedIn: boolean): void {
    this.update({ signedIn })
  }

  record(entry: Omit<RequestRecord, 'id'>): void {
    this.update({ requests: [...this.snapshot.requests, { ...entry, id: this.nextId++ }] })
  }

  clearRequests(): void {
    this.update({ requests: [] })
  }
}

export const mockState = new MockState()
