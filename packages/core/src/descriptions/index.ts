export { describeStatus } from './describeStatus'

export type { StatusDescription } from './describeStatus'
