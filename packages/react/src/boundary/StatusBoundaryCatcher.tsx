'use client'
import { isControlFlowThrow, type StatusError, toStatusError } from '@statuskit/core'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { AutomaticResets } from '../context/AutomaticResets'
import type { ErrorReporter } from '../context/ErrorReporterContext'
import type { FallbackProps, ResetOptions } from '../context/FallbackProps'
import { type StatusBoundaryApi, StatusBoundaryContext } from '../context/StatusBoundaryContext'
import type { FallbackComponent } from '../context/StatusFallbacks'
import type { StatusKitConfig } from '../context/StatusKitContext'
import { type FallbackPlace, focusRecoveredContent } from './focusRecoveredContent'
import type { ResetDetails } from './ResetDetails'
import { resolveFallback } from './resolveFallback'
import type { StatusBoundaryProps } from './StatusBoundaryProps'

export type StatusBoundaryCatcherProps = StatusBoundaryProps & {
  kit: StatusKitConfig
  /** The provider's telemetry. */
  reportError: ErrorReporter
  /** This boundary's TanStack Query error-reset scope: failed queries below fetch again on remount. */
  resetQueries: () => void
  /** The built-in page, for an error no fallback covers. */
  builtInFallback: FallbackComponent
  /** The `<StatusBoundary>` above this one, which errors sent from this boundary's fallback go to. */
  parent: StatusBoundaryApi | null
}

/** An error caught this soon after the user's "Try again" is the same problem coming back. */
const RETRIED_WITHIN_MS = 60_000

type State = { didCatch: false; raw: null } | { didCatch: true; raw: unknown }

const initialState: State = { didCatch: false, raw: null }

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

  private readonly automatic = new AutomaticResets()
  /** When the user last reset (epoch ms): a page shown for an error that came back soon after says so. */
  private userResetAt: number | undefined
  /** Errors already passed to onError: React may hand the same one over again (StrictMode, a retried render). */
  private readonly reported = new WeakSet<object>()
  /** An error sent with `showError`, which React's error handling never saw: reported at commit. */
  private sent: unknown
  /** The built-in page's root element while it is shown, and where it sat, for focus after a recovery. */
  private fallbackElement: HTMLElement | null = null
  private refocus: FallbackPlace | undefined
  private stopFocusWatch: () => void = () => {}

  private readonly api: StatusBoundaryApi = {
    reset: (options) => this.reset(options),
    showError: (raw) => this.showError(raw),
  }
  /**
   * The error whose fallback is on screen (set at commit), so that an error raised later by the fallback itself
   * (a failing effect) is told apart from the one it shows.
   */
  private shown: { raw: unknown } | undefined

  static getDerivedStateFromError(raw: unknown): Partial<State> {
    return { didCatch: true, raw }
  }

  /** The caught value, normalized with the provider's `normalize` (static `getDerivedStateFromError` cannot see it). */
  private normalized: { raw: unknown; error: StatusError } | undefined
  private errorOf(raw: unknown): StatusError {
    if (this.normalized?.raw !== raw || !this.normalized) {
      this.normalized = { raw, error: toStatusError(raw, { normalize: this.props.kit.normalize }) }
    }
    return this.normalized.error
  }

  /** Whether this boundary shows the error; otherwise render re-throws it to the boundary above. */
  private handles(raw: unknown, error: StatusError): boolean {
    if (isControlFlowThrow(raw)) return false
    const { catches } = this.props
    if (catches === undefined) return true
    if (typeof catches === 'function') return catches(error)
    return error.status !== undefined && catches.includes(error.status)
  }

  /** Telemetry and `onError`, once per distinct error this boundary shows. */
  private report(raw: unknown, error: StatusError, componentStack: string | null | undefined): void {
    this.automatic.caught()
    const key = objectKey(raw, error)
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.props.onError?.(error, { componentStack: componentStack ?? '' } as ErrorInfo)
    this.props.reportError(raw, error, { source: 'boundary', componentStack })
  }

  override componentDidCatch(raw: unknown, info: ErrorInfo): void {
    // componentDidCatch only runs when the fallback committed, so the error is one this boundary handles.
    this.report(raw, this.errorOf(raw), info.componentStack)
  }

  override componentDidMount(): void {
    this.shown = this.state.didCatch ? { raw: this.state.raw } : undefined
  }

  override componentDidUpdate(prevProps: StatusBoundaryCatcherProps, prevState: State): void {
    const { didCatch, raw } = this.state
    this.shown = didCatch ? { raw } : undefined
    if (didCatch && this.sent === raw) {
      this.sent = undefined
      this.report(raw, this.errorOf(raw), null)
    }
    if (!didCatch && this.refocus) {
      this.stopFocusWatch()
      this.stopFocusWatch = focusRecoveredContent(this.refocus)
      this.refocus = undefined
    }
    // Only while a fallback was already showing: keys that change in the same render as the error (often the
    // very value that caused it) must not reset it straight away.
    if (didCatch && prevState.didCatch && keysChanged(prevProps.resetKeys, this.props.resetKeys)) {
      this.automatic.clear()
      this.userResetAt = undefined
      this.clear({ reason: 'keys', prev: prevProps.resetKeys, next: this.props.resetKeys })
    }
  }

  override componentWillUnmount(): void {
    this.stopFocusWatch()
  }

  /**
   * `useStatusBoundary().showError`: shown here directly, so no other error boundary between the caller and this
   * one can catch it. Render still re-throws what this boundary does not handle, to the boundary above.
   */
  private readonly showError = (raw: unknown): void => {
    this.sent = raw
    this.shown = undefined
    this.setState({ didCatch: true, raw })
  }

  /** The `reset` every fallback receives. */
  private readonly reset = (options?: ResetOptions): void => {
    if (!this.state.didCatch) return
    if (options?.automatic) {
      // A page that retries by itself must never loop: after three automatic resets in a row that failed
      // again, only the user can reset.
      if (!this.automatic.take()) return
      this.userResetAt = undefined
      this.clear({ reason: 'automatic' })
      return
    }
    this.automatic.clear()
    this.userResetAt = Date.now()
    this.clear({ reason: 'imperative-api' })
  }

  private clear(details: ResetDetails): void {
    // The children render next: what they throw is theirs, even if it never commits in between.
    this.shown = undefined
    // Where the fallback sits now is where the recovered content will be: focus goes there if it was in the fallback.
    const element = this.fallbackElement
    const active = element?.ownerDocument.activeElement
    this.refocus =
      element?.parentElement && (element.contains(active ?? null) || active === element.ownerDocument.body)
        ? { parent: element.parentElement, before: element.previousSibling, after: element.nextSibling }
        : undefined
    this.props.resetQueries()
    this.props.onReset?.(details)
    this.setState(initialState)
  }

  private readonly fallbackRef = (element: HTMLElement | null): void => {
    this.fallbackElement = element
  }

  private renderFallback(error: StatusError): ReactNode {
    const { fallback, fallbacks, headingLevel, kit, builtInFallback } = this.props
    const props: FallbackProps = { error, reset: this.reset, headingLevel }
    if (typeof fallback === 'function') return <RenderFallback render={fallback} {...props} />
    if (fallback !== undefined) return fallback
    const Fallback = resolveFallback(error, fallbacks, kit.fallbacks) ?? builtInFallback
    return <Fallback {...props} />
  }

  override render(): ReactNode {
    const { didCatch, raw } = this.state
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
    const error = this.errorOf(raw)
    if (fromFallback || !this.handles(raw, error)) throw raw
    const { parent } = this.props
    const fallbackApi: StatusBoundaryApi = {
      reset: this.reset,
      // From the fallback, errors go to the next <StatusBoundary> up; without one, up the tree like any error.
      showError:
        parent?.showError ??
        ((next) => {
          this.shown = { raw }
          this.setState({ didCatch: true, raw: next })
        }),
      error,
      automaticResets: { done: this.automatic.done, left: this.automatic.left },
      // "Still not working": only for an error that came back within a minute of the user's "Try again".
      retriedAt:
        this.userResetAt !== undefined && Date.now() - this.userResetAt < RETRIED_WITHIN_MS
          ? this.userResetAt
          : undefined,
      fallbackRef: this.fallbackRef,
    }
    // React remounts a boundary's subtree whenever it captures an error, so each new error gets a fresh
    // fallback (a new countdown, focus moved again).
    return (
      <StatusBoundaryContext.Provider value={fallbackApi}>
        {this.renderFallback(error)}
      </StatusBoundaryContext.Provider>
    )
  }
}
