/**
 * The pre-send check mailers call before each send: one address or a batch of up to 1000.
 * Reads KV (the edge copy); `?consistent=true` asks the address's ledger instead.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { CheckBatchBody, CheckBatchResponse, Verdict, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ledgerFor } from '../ledger/stub'
import { normalizeAddress } from '../lib/address'
import { ApiError, storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody, MIB } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { verdict } from '../policy'
import { readRecord, readRecords } from '../store/kv'

export const check = new Hono<AppEnv>()

check.get('/:address', requireScope('check'), async (c) => {
  const normalized = normalizeAddress(c.req.param('address'))
  if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${normalized.why}.`)
  const address = normalized.address
  if (c.req.query('consistent') === 'true') {
    const answer = await storeCall(() => ledgerFor(c.env, address).check(address, c.get('now')()))
    return c.json(documented(Verdict, answer))
  }
  const record = await storeCall(() => readRecord(c.env.SUPPRESSIONS, address))
  return c.json(documented(Verdict, verdict(address, record, c.get('now')())))
})

check.post('/', requireScope('check'), limitBody(MIB), requireJson(), async (c) => {
  const body = validate(CheckBatchBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const inputs = body.addresses
  const normalized = inputs.map((input) => normalizeAddress(input))
  const unique = [...new Set(normalized.flatMap((n) => (n.ok ? [n.address] : [])))]
  const records = await storeCall(() => readRecords(c.env.SUPPRESSIONS, unique))
  const now = c.get('now')()
  const results = normalized.map((n, i) =>
    n.ok
      ? verdict(n.address, records.get(n.address) ?? null, now)
      : {
          address: typeof inputs[i] === 'string' ? (inputs[i] as string).slice(0, 320) : null,
          error: { code: 'invalid_address' as const, message: `Not a valid e-mail address: ${n.why}.` },
        }
  )
  return c.json(documented(CheckBatchResponse, { results }))
})
