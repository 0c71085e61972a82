/**
 * Dead letters: large-delivery queue messages that failed every retry (src/pipeline/ingest.ts), kept whole in D1. An
 * operator lists them and replays one once the cause is fixed; the ledgers' dedupe makes a replay safe even when
 * part of the message had been applied.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { DeadLetterList, DeadLetterQuery, DeadLetterReplay, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { log } from '../lib/log'
import { requireScope } from '../middleware/auth'
import { applyEvents } from '../pipeline/apply'
import { deleteDeadLetter, listDeadLetters, readDeadLetter } from '../store/dead-letters'

export const deadLetters = new Hono<AppEnv>()

deadLetters.get('/', requireScope('read'), async (c) => {
  const { limit } = validate(DeadLetterQuery, c.req.query())
  const items = await storeCall(() => listDeadLetters(c.env.DB, limit), 'Dead letters could not be read.')
  return c.json(documented(DeadLetterList, { items }))
})

deadLetters.post('/:id/replay', requireScope('write'), async (c) => {
  const id = c.req.param('id')
  if (id.length > 200) throw new ApiError('invalid_request', 'That is not a dead-letter id.')
  const message = await storeCall(() => readDeadLetter(c.env.DB, id), 'Dead letters could not be read.')
  if (!message) throw new ApiError('not_found', 'No dead letter with that id.')
  // A store failure here surfaces as 503 and the row stays for the next try.
  const applied = await applyEvents(c.env, message.events, message.receivedAt)
  await storeCall(() => deleteDeadLetter(c.env.DB, id), 'The replayed dead letter could not be removed.')
  const duplicates = applied.filter((a) => a.duplicate).length
  log('info', 'ingest.dead_letter_replayed', {
    dead_letter_id: id,
    provider: message.provider,
    events: applied.length,
    duplicates,
    request_id: c.get('requestId'),
  })
  return c.json(documented(DeadLetterReplay, { id, applied: applied.length - duplicates, duplicates }))
})
