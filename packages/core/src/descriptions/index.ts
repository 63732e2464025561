export type { StatusDescription } from './describeStatus'
export { describeStatus } from './describeStatus'
