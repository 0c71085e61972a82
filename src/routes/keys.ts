/**
 * API keys (scope `admin`): create (the token is shown once), list, revoke.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { KeyCreateBody, KeyCreated, KeyList, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { SCOPES } from '../lib/scopes'
import { forgetCachedKeys, requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { createKey, listKeys, revokeKey } from '../store/keys'

export const keys = new Hono<AppEnv>()

keys.use('*', requireScope('admin'))

keys.post('/', limitBody(16 * 1024), requireJson(), async (c) => {
  const { name, scopes } = validate(KeyCreateBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const unique = SCOPES.filter((s) => scopes.includes(s))
  const { key, token } = await storeCall(() =>
    createKey(c.env.DB, {
      name,
      scopes: unique,
      createdBy: c.get('actor'),
      now: new Date(c.get('now')()).toISOString(),
    })
  )
  forgetCachedKeys()
  return c.json(documented(KeyCreated, { ...key, token }), 201)
})

keys.get('/', async (c) => c.json(documented(KeyList, { items: await storeCall(() => listKeys(c.env.DB)) })))

keys.delete('/:id', async (c) => {
  const found = await storeCall(() =>
    revokeKey(c.env.DB, c.req.param('id'), new Date(c.get('now')()).toISOString())
  )
  if (!found) throw new ApiError('not_found', 'There is no API key with this id.')
  forgetCachedKeys()
  return c.body(null, 204)
})
