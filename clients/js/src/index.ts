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
  EntryScope,
  Explanation,
  ReportedEvent,
  ReportedResult,
  ReportReceipt,
  RicochetOptions,
  SendScope,
  SuppressionRecord,
  SuppressOptions,
  Verdict,
} from './types.js'
export { type UnsubscribeHeaders, type UnsubscribeHeadersOptions, unsubscribeHeaders } from './unsubscribe.js'
