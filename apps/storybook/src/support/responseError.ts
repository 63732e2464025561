import {
  type CreateStatusResponseInit,
  createStatusResponse,
  fromResponse,
  type StatusError,
} from '@statuskit/core'
import { FIXED_NOW } from './FIXED_NOW'

/**
 * The StatusError a query function throws for this response (`throw await fromResponse(response)`), built
 * through the real pipeline: `createStatusResponse` writes the problem+json body and headers, `fromResponse`
 * reads them. Normalized at FIXED_NOW, so `retryAt` and the times a page shows are the same in every run.
 */
export function responseError(code: number, init?: CreateStatusResponseInit): Promise<StatusError> {
  return fromResponse(createStatusResponse(code, init), { now: FIXED_NOW })
}
