/**
 * The error of a send in which Ricochet removed every recipient: never a success for mail that was not sent.
 * @module
 */
import type { RicochetSendReport } from './types.js'

export class RicochetSuppressedError extends Error {
  readonly code = 'RICOCHET_SUPPRESSED'
  /** What was removed and why, as `info.ricochet` would have said. */
  readonly ricochet: RicochetSendReport

  constructor(ricochet: RicochetSendReport) {
    const count = ricochet.dropped.length + ricochet.deferred.length
    super(`Not sent: Ricochet suppressed every recipient (${count} dropped or deferred).`)
    this.name = 'RicochetSuppressedError'
    this.ricochet = ricochet
  }
}
