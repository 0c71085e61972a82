/**
 * Dead letters: large-delivery queue messages that failed every retry (src/pipeline/ingest.ts), kept whole in D1.
 * An operator lists them and replays one once the cause is fixed (src/operator/dead-letters.ts).
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { DeadLetterList, DeadLetterQuery, DeadLetterReplay, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { storeCall } from '../lib/errors'
import { requireScope } from '../middleware/auth'
import { replayDeadLetter } from '../operator/dead-letters'
import { listDeadLetters } from '../store/dead-letters'

export const deadLetters = new Hono<AppEnv>()

deadLetters.get('/', requireScope('read'), async (c) => {
  const { limit } = validate(DeadLetterQuery, c.req.query())
  const items = await storeCall(() => listDeadLetters(c.env.DB, limit), 'Dead letters could not be read.')
  return c.json(documented(DeadLetterList, { items }))
})

deadLetters.post('/:id/replay', requireScope('write'), async (c) => {
  const result = await replayDeadLetter(c.env, c.req.param('id'), c.get('requestId'))
  return c.json(documented(DeadLetterReplay, result))
})
