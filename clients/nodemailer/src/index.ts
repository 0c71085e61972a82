/**
 * `ricochet-nodemailer`: Ricochet's pre-send check and refusal reports around any Nodemailer transporter.
 * @module
 */
export { RicochetSuppressedError } from './errors.js'
export type {
  CheckResultLike,
  Deferred,
  Dropped,
  ReportedEventLike,
  RicochetLike,
  RicochetSendReport,
  ScopeLike,
  WithRicochetOptions,
} from './types.js'
export { withRicochet } from './with-ricochet.js'
