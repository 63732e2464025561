import type { StatusErrorInit } from './StatusError'

/**
 * Teaches `toStatusError` (and `retryPolicy`, and the React package's provider and query defaults) a shape the
 * kit does not know: it returns how to build the StatusError for `value`, or undefined to leave `value` to the
 * built-in recognition. It runs first, on any value that is not already a StatusError. The error built from
 * its answer keeps `value` as its `cause` unless the answer gives one, and is normalized at the time
 * `toStatusError` was given unless the answer gives `now`. A normalizer that throws, or answers with something
 * that builds no StatusError (a bad kind or status), is passed over as if it had answered undefined.
 */
export type StatusNormalizer = (value: unknown) => StatusErrorInit | undefined
