/**
 * API keys (scope `admin`): create (the token is shown once), list, revoke. The work is in src/operator/keys.ts.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { KeyCreateBody, KeyCreated, KeyList, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { createApiKey, revokeApiKey } from '../operator/keys'
import { listKeys } from '../store/keys'

export const keys = new Hono<AppEnv>()

keys.use('*', requireScope('admin'))

keys.post('/', limitBody(16 * 1024), requireJson(), async (c) => {
  const { name, scopes } = validate(KeyCreateBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const { key, token } = await createApiKey(c.env, name, scopes, c.get('actor'), c.get('now')())
  return c.json(documented(KeyCreated, { ...key, token }), 201)
})

keys.get('/', async (c) => c.json(documented(KeyList, { items: await storeCall(() => listKeys(c.env.DB)) })))

keys.delete('/:id', async (c) => {
  await revokeApiKey(c.env, c.req.param('id'), c.get('now')())
  return c.body(null, 204)
})
