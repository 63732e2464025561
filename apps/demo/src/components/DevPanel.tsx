import { type FormEvent, useId, useState, useSyncExternalStore } from 'react'
import { ENDPOINTS, type Endpoint } from '../mocks/Endpoint'
import { mockState, type RetryAfterChoice } from '../mocks/mockState'
import { telemetry } from '../telemetry'

const STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504] as const
/**
 * How long maintenance lasts. The API announces its end as an HTTP-date, which has whole seconds (the second in
 * which it ends), so the service comes back up to a second after the time it gives; the short choice makes that
 * moment 0.8 s, so a client that asks again exactly at the given time gets another 503.
 */
const MAINTENANCE = {
  short: {
    label: '5 seconds (back 0.8 s after the time it gives)',
    until: () => wholeSecond(Date.now()) + 5800,
  },
  '2m': { label: '2 minutes', until: () => Date.now() + 2 * 60_000 },
  '15m': { label: '15 minutes', until: () => Date.now() + 15 * 60_000 },
  '90m': { label: '90 minutes', until: () => Date.now() + 90 * 60_000 },
} as const
type MaintenanceChoice = keyof typeof MAINTENANCE

function wholeSecond(epochMs: number): number {
  return Math.floor(epochMs / 1000) * 1000
}

function useMock() {
  return useSyncExternalStore(mockState.subscribe, mockState.getSnapshot, mockState.getSnapshot)
}

function clock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour12: false })
}

/**
 * Steers the mock API: force the next response(s) of an endpoint to a status, switch maintenance on, or make
 * every request fail as if the network were gone. It sits outside the app's boundaries, so it keeps working
 * whatever page the kit shows. Developer tool: English only.
 */
export function DevPanel() {
  const mock = useMock()
  const reported = useSyncExternalStore(telemetry.subscribe, telemetry.getSnapshot, telemetry.getSnapshot)
  const id = useId()
  const [endpoint, setEndpoint] = useState<Endpoint | 'any'>('any')
  const [status, setStatus] = useState<number>(500)
  const [retryKind, setRetryKind] = useState<RetryAfterChoice['kind']>('none')
  const [retrySeconds, setRetrySeconds] = useState(3)
  const [times, setTimes] = useState<'1' | '3' | 'always'>('1')
  const [maintenance, setMaintenance] = useState<MaintenanceChoice>('15m')

  function onForce(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const seconds = Math.max(0, Math.round(retrySeconds))
    const retryAfter: RetryAfterChoice =
      retryKind === 'seconds'
        ? { kind: 'seconds', seconds }
        : retryKind === 'date'
          ? { kind: 'date', inSeconds: seconds }
          : { kind: 'none' }
    mockState.force({
      endpoint,
      status,
      retryAfter,
      remaining: times === 'always' ? 'always' : Number(times),
    })
  }

  const counts = new Map<string, number>()
  for (const request of mock.requests) counts.set(request.endpoint, (counts.get(request.endpoint) ?? 0) + 1)
  const recent = mock.requests.slice(-6).reverse()

  return (
    <aside className="dev-panel" aria-labelledby={`${id}-title`} lang="en">
      <h2 id={`${id}-title`}>Developer panel</h2>

      <form onSubmit={onForce} aria-labelledby={`${id}-force`}>
        <h3 id={`${id}-force`}>Force a response</h3>
        <div className="dev-grid">
          <label htmlFor={`${id}-endpoint`}>Endpoint</label>
          <select
            id={`${id}-endpoint`}
            value={endpoint}
            onChange={(event) => setEndpoint(event.target.value as Endpoint | 'any')}
          >
            <option value="any">Any endpoint</option>
            {Object.entries(ENDPOINTS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(Number(event.target.value))}
          >
            {STATUSES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-retry`}>Retry-After</label>
          <select
            id={`${id}-retry`}
            value={retryKind}
            onChange={(event) => setRetryKind(event.target.value as RetryAfterChoice['kind'])}
          >
            <option value="none">None</option>
            <option value="seconds">Seconds</option>
            <option value="date">HTTP date</option>
          </select>
          <label htmlFor={`${id}-seconds`}>Wait (seconds)</label>
          <input
            id={`${id}-seconds`}
            type="number"
            min={0}
            max={86400}
            value={retrySeconds}
            disabled={retryKind === 'none'}
            onChange={(event) => setRetrySeconds(Number(event.target.value))}
          />
          <label htmlFor={`${id}-times`}>For</label>
          <select
            id={`${id}-times`}
            value={times}
            onChange={(event) => setTimes(event.target.value as '1' | '3' | 'always')}
          >
            <option value="1">The next response</option>
            <option value="3">The next 3 responses</option>
            <option value="always">Every response until cleared</option>
          </select>
        </div>
        <div className="dev-actions">
          <button type="submit" className="button small">
            Force
          </button>
          <button
            type="button"
            className="button small secondary"
            onClick={() => mockState.clearForced()}
            disabled={mock.forced.length === 0}
          >
            Clear forced
          </button>
        </div>
        <ul className="dev-forced" aria-label="Forced responses">
          {mock.forced.map((entry) => (
            <li key={entry.id}>
              {entry.endpoint === 'any' ? 'Any endpoint' : ENDPOINTS[entry.endpoint]} → {entry.status}
              {entry.retryAfter.kind === 'seconds' && `, Retry-After: ${entry.retryAfter.seconds}`}
              {entry.retryAfter.kind === 'date' && `, Retry-After: date in ${entry.retryAfter.inSeconds} s`} (
              {entry.remaining === 'always' ? 'until cleared' : `${entry.remaining} left`})
            </li>
          ))}
        </ul>
      </form>

      <h3>Switches</h3>
      <div className="dev-switch">
        <input
          id={`${id}-maintenance`}
          type="checkbox"
          checked={mock.maintenanceUntil !== undefined}
          onChange={(event) =>
            mockState.setMaintenance(event.target.checked ? MAINTENANCE[maintenance].until() : undefined)
          }
        />
        <label htmlFor={`${id}-maintenance`}>
          Maintenance (503 with an HTTP-date Retry-After)
          {mock.maintenanceUntil !== undefined && `, until ${clock(mock.maintenanceUntil)}`}
        </label>
      </div>
      <div className="dev-grid">
        <label htmlFor={`${id}-minutes`}>Maintenance length</label>
        <select
          id={`${id}-minutes`}
          value={maintenance}
          onChange={(event) => setMaintenance(event.target.value as MaintenanceChoice)}
        >
          {Object.entries(MAINTENANCE).map(([key, choice]) => (
            <option key={key} value={key}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="dev-switch">
        <input
          id={`${id}-offline`}
          type="checkbox"
          checked={mock.offline}
          onChange={(event) => {
            mockState.setOffline(event.target.checked)
            // Tell the app as the browser would: TanStack Query pauses its queries and the kit's offline page
            // waits for `online`. (navigator.onLine itself cannot be changed from a page.)
            window.dispatchEvent(new Event(event.target.checked ? 'offline' : 'online'))
          }}
        />
        <label htmlFor={`${id}-offline`}>Take the app offline (every request fails)</label>
      </div>
      <p className="dev-session">
        Session: <strong>{mock.signedIn ? 'signed in' : 'signed out'}</strong>{' '}
        <button
          type="button"
          className="button small secondary"
          onClick={() => mockState.setSignedIn(false)}
          disabled={!mock.signedIn}
        >
          End session
        </button>
      </p>

      <h3>Requests</h3>
      <p className="dev-counts" data-testid="request-counts">
        {mock.requests.length === 0
          ? 'None yet.'
          : [...counts].map(([name, count]) => `${name}: ${count}`).join(' · ')}
      </p>
      <ol className="dev-log" aria-label="Latest requests, newest first">
        {recent.map((request) => (
          <li key={request.id}>
            <time dateTime={new Date(request.at).toISOString()}>{clock(request.at)}</time> {request.method}{' '}
            {request.path} → {request.status === 0 ? 'network error' : request.status}
          </li>
        ))}
      </ol>

      <h3>Reported errors</h3>
      <p className="dev-counts" data-testid="reported-errors">
        {reported.length === 0
          ? 'None yet (the provider reports 5xx, network, timeout and unknown failures).'
          : `${reported.length} in all; latest: ` +
            reported
              .slice(-4)
              .map(
                (entry) =>
                  `${entry.what} from a ${entry.source}${entry.requestId ? ` (${entry.requestId})` : ''}`,
              )
              .join(' · ')}
      </p>
    </aside>
  )
}
