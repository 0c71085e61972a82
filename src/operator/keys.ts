/**
 * API keys (admin): create (the token is returned once) and revoke, each forgetting the isolate's key cache so
 * the change is seen at once here and within 60 s everywhere. Shared by the API and the dashboard.
 * @module
 */
import type { Env } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { SCOPES } from '../lib/scopes'
import { forgetCachedKeys } from '../middleware/auth'
import { createKey, revokeKey } from '../store/keys'

export async function createApiKey(
  env: Env,
  name: string,
  scopes: readonly string[],
  actor: string,
  now: number
) {
  // In SCOPES order, each once; anything else was refused by the schema.
  const unique = SCOPES.filter((s) => scopes.includes(s))
  const created = await storeCall(() =>
    createKey(env.DB, { name, scopes: unique, createdBy: actor, now: new Date(now).toISOString() })
  )
  forgetCachedKeys()
  return created
}

export async function revokeApiKey(env: Env, id: string, now: number): Promise<void> {
  const found = await storeCall(() => revokeKey(env.DB, id, new Date(now).toISOString()))
  if (!found) throw new ApiError('not_found', 'There is no API key with this id.')
  forgetCachedKeys()
}
