/**
 * `ricochet-client`: the pre-send suppression check and bounce reports for Ricochet, with no dependencies.
 * @module
 */
export { Ricochet } from './client.js'
export { RicochetError } from './errors.js'
export { parseRetryAfter } from './http.js'
export type {
  Action,
  CheckError,
  CheckResult,
  Explanation,
  ReportedEvent,
  ReportedResult,
  ReportReceipt,
  RicochetOptions,
  SuppressionRecord,
  SuppressOptions,
  Verdict,
} from './types.js'
