/**
 * The pre-send check mailers call before each send: one address or a batch of up to 1000.
 * Reads KV (the edge copy); `?consistent=true` asks the address's ledger instead (src/pipeline/check.ts).
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { CheckBatchResponse, Verdict } from '../api/schemas'
import type { AppEnv } from '../env'
import { parseJsonBytes } from '../lib/json'
import { sendScopeFrom } from '../lib/tenancy'
import { requireScope } from '../middleware/auth'
import { limitBody, MIB } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { checkAddress, checkBatch } from '../pipeline/check'

export const check = new Hono<AppEnv>()

check.get('/:address', requireScope('check'), async (c) => {
  const answer = await checkAddress(c.env, c.req.param('address'), c.get('now')(), {
    consistent: c.req.query('consistent') === 'true',
    send: sendScopeFrom({ tenant: c.req.query('tenant'), stream: c.req.query('stream') }),
  })
  return c.json(documented(Verdict, answer))
})

check.post('/', requireScope('check'), limitBody(MIB), requireJson(), async (c) => {
  const body = parseJsonBytes(new Uint8Array(await c.req.arrayBuffer()))
  return c.json(documented(CheckBatchResponse, await checkBatch(c.env, body, c.get('now')())))
})
