/**
 * Replaying a dead letter (a large-delivery queue message that failed every retry) once its cause is fixed; the
 * ledgers' dedupe makes a replay safe even when part of the message had been applied. Shared by the API and the
 * dashboard.
 * @module
 */
import type { Env } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { log } from '../lib/log'
import { applyEvents } from '../pipeline/apply'
import { countApplied } from '../pipeline/deliver'
import { deleteDeadLetter, readDeadLetter } from '../store/dead-letters'

/** Applies the stored message's events, then removes it; `not_found` for an unknown id. */
export async function replayDeadLetter(env: Env, id: string, requestId: string) {
  if (id.length > 200) throw new ApiError('invalid_request', 'That is not a dead-letter id.')
  const message = await storeCall(() => readDeadLetter(env.DB, id), 'Dead letters could not be read.')
  if (!message) throw new ApiError('not_found', 'No dead letter with that id.')
  // A store failure here surfaces as 503 and the row stays for the next try.
  const applied = await applyEvents(env, message.events, message.receivedAt)
  await storeCall(() => deleteDeadLetter(env.DB, id), 'The replayed dead letter could not be removed.')
  const counts = countApplied(applied)
  log('info', 'ingest.dead_letter_replayed', {
    dead_letter_id: id,
    provider: message.provider,
    events: applied.length,
    duplicates: counts.duplicates,
    request_id: requestId,
  })
  return { id, ...counts }
}
