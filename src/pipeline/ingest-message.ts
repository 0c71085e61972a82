/**
 * The body of one `INGEST` queue message (src/pipeline/ingest.ts), a type of its own so `Env` can name it.
 * @module
 */
import type { BounceEvent } from '../events'

/** One queue message: events of whole addresses (one address never spans two messages, so order holds). */
export interface IngestMessage {
  provider: string
  receivedAt: string
  requestId: string
  events: BounceEvent[]
}
