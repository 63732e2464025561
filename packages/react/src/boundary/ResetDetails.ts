/**
 * Why a boundary reset, as `onReset` receives it.
 * - `imperative-api`: a user's action (a fallback's "Try again", `useStatusBoundary().reset()`).
 * - `automatic`: a fallback reset by itself (a countdown reached zero, the connection came back).
 * - `keys`: one of `resetKeys` changed while the boundary showed a fallback.
 */
export type ResetDetails =
  | { reason: 'imperative-api' }
  | { reason: 'automatic' }
  | { reason: 'keys'; prev: readonly unknown[] | undefined; next: readonly unknown[] | undefined }
