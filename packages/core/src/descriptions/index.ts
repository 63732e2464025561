/**
 * What each status means and when to expect it, for developers: kept out of app bundles.
 *
 * @packageDocumentation
 * @module @statuskit/core/descriptions
 */
export type { StatusDescription } from './describeStatus'
export { describeStatus } from './describeStatus'
