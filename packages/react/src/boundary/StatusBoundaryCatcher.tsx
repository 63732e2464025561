'use client'
import { isControlFlowThrow, type StatusError, toStatusError } from '@statuskit/core'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { ErrorReporter } from '../context/ErrorReporterContext'
import type { FallbackProps, ResetOptions } from '../context/FallbackProps'
import { type StatusBoundaryApi, StatusBoundaryContext } from '../context/StatusBoundaryContext'
import type { FallbackComponent } from '../context/StatusFallbacks'
import type { StatusKitConfig } from '../context/StatusKitContext'
import type { ResetDetails } from './ResetDetails'
import { resolveFallback } from './resolveFallback'
import type { StatusBoundaryProps } from './StatusBoundaryProps'

/** Automatic resets honoured in a row before the boundary waits for the user. */
const MAX_AUTOMATIC_RESETS = 3
/**
 * An error caught this long after the last automatic reset means that reset worked for a while: the next
 * automatic reset starts a new count instead of continuing the old one.
 */
const AUTOMATIC_RESET_WINDOW_MS = 60_000

export interface StatusBoundaryCatcherProps extends StatusBoundaryProps {
  kit: StatusKitConfig
  /** The provider's telemetry. */
  reportError: ErrorReporter
  /** TanStack Query's error-reset boundary `reset()`: failed queries below fetch again on remount. */
  resetQueries: () => void
  /** The built-in page for an error no fallback covers. */
  builtInFallback: (error: StatusError) => FallbackComponent
}

type State =
  | { didCatch: false; raw: null; error: null }
  | { didCatch: true; raw: unknown; error: StatusError }

const initialState: State = { didCatch: false, raw: null, error: null }

function keysChanged(prev: readonly unknown[] = [], next: readonly unknown[] = []): boolean {
  return prev.length !== next.length || prev.some((value, index) => !Object.is(value, next[index]))
}

/** Mounts a `fallback` render function as a component of its own, so that it may use hooks. */
function RenderFallback({
  render,
  ...props
}: FallbackProps & { render: (props: FallbackProps) => ReactNode }) {
  return render(props)
}

function objectKey(raw: unknown, error: StatusError): object {
  return (typeof raw === 'object' && raw !== null) || typeof raw === 'function' ? raw : error
}

/** The error boundary class behind `<StatusBoundary>` (classes are still the only way to catch render errors). */
export class StatusBoundaryCatcher extends Component<StatusBoundaryCatcherProps, State> {
  override state: State = initialState

  private automaticResets = 0
  private lastAutomaticResetAt = Number.NEGATIVE_INFINITY
  /** Errors already passed to onError: React may hand the same one over again (StrictMode, a retried render). */
  private readonly reported = new WeakSet<object>()

  private readonly api: StatusBoundaryApi = { reset: () => this.reset() }
  /**
   * The error whose fallback is on screen (set at commit), so that an error raised later by the fallback itself
   * (an event handler's `showError`, a failing effect) is told apart from the one it shows.
   */
  private shown: { raw: unknown } | undefined

  static getDerivedStateFromError(raw: unknown): State {
    return { didCatch: true, raw, error: toStatusError(raw) }
  }

  /** Whether this boundary shows the error; otherwise render re-throws it to the boundary above. */
  private handles(raw: unknown, error: StatusError): boolean {
    if (isControlFlowThrow(raw)) return false
    const { catches } = this.props
    if (catches === undefined) return true
    if (typeof catches === 'function') return catches(error)
    return error.status !== undefined && catches.includes(error.status)
  }

  override componentDidCatch(raw: unknown, info: ErrorInfo): void {
    const { error } = this.state
    // componentDidCatch only runs when the fallback committed, so the error is one this boundary handles.
    const caught = error ?? toStatusError(raw)
    if (this.automaticResets > 0 && Date.now() - this.lastAutomaticResetAt > AUTOMATIC_RESET_WINDOW_MS) {
      this.automaticResets = 0
    }
    const key = objectKey(raw, caught)
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.props.onError?.(caught, info)
    this.props.reportError(raw, caught, { source: 'boundary', componentStack: info.componentStack })
  }

  override componentDidMount(): void {
    this.shown = this.state.didCatch ? { raw: this.state.raw } : undefined
  }

  override componentDidUpdate(prevProps: StatusBoundaryCatcherProps, prevState: State): void {
    this.shown = this.state.didCatch ? { raw: this.state.raw } : undefined
    // Only while a fallback was already showing: keys that change in the same render as the error (often the
    // very value that caused it) must not reset it straight away.
    if (this.state.didCatch && prevState.didCatch && keysChanged(prevProps.resetKeys, this.props.resetKeys)) {
      this.automaticResets = 0
      this.clear({ reason: 'keys', prev: prevProps.resetKeys, next: this.props.resetKeys })
    }
  }

  /** The `reset` every fallback receives. */
  private readonly reset = (options?: ResetOptions): void => {
    if (!this.state.didCatch) return
    if (options?.automatic) {
      // A page that retries by itself must never loop: after three automatic resets in a row that failed
      // again, only the user can reset.
      if (this.automaticResets >= MAX_AUTOMATIC_RESETS) return
      this.automaticResets += 1
      this.lastAutomaticResetAt = Date.now()
      this.clear({ reason: 'automatic' })
      return
    }
    this.automaticResets = 0
    this.clear({ reason: 'imperative-api' })
  }

  private clear(details: ResetDetails): void {
    // The children render next: what they throw is theirs, even if it never commits in between.
    this.shown = undefined
    this.props.resetQueries()
    this.props.onReset?.(details)
    this.setState(initialState)
  }

  private renderFallback(error: StatusError): ReactNode {
    const { fallback, fallbacks, headingLevel, kit, builtInFallback } = this.props
    const props: FallbackProps = { error, reset: this.reset, headingLevel }
    if (typeof fallback === 'function') return <RenderFallback render={fallback} {...props} />
    if (fallback !== undefined) return fallback
    const Fallback = resolveFallback(error, fallbacks, kit.fallbacks) ?? builtInFallback(error)
    return <Fallback {...props} />
  }

  override render(): ReactNode {
    const { didCatch, raw, error } = this.state
    if (!didCatch) {
      return (
        <StatusBoundaryContext.Provider value={this.api}>
          {this.props.children}
        </StatusBoundaryContext.Provider>
      )
    }
    // Thrown during render, so the next boundary up catches it, exactly as if this boundary were not here. An
    // error raised by the fallback while it was on screen goes up too: this boundary could only show it in the
    // same fallback again.
    const fromFallback = this.shown !== undefined && this.shown.raw !== raw
    if (fromFallback || !this.handles(raw, error)) throw raw
    // React remounts a boundary's subtree whenever it captures an error, so each new error gets a fresh
    // fallback (a new countdown, focus moved again).
    return (
      <StatusBoundaryContext.Provider value={{ reset: this.reset, error }}>
        {this.renderFallback(error)}
      </StatusBoundaryContext.Provider>
    )
  }
}
