/**
 * Bearer-key authorization for the API. Every route declares the scope it needs.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import type { Env } from '../config'
import { secretsEqual } from '../lib/crypto'
import { ApiError } from '../lib/errors'

export type Scope = 'check' | 'read' | 'write' | 'admin'

/**
 * Requires `Authorization: Bearer <key>` with `scope`. The `ADMIN_TOKEN` secret holds every scope.
 * Unknown or missing key → 401 `unauthorized`; a known key without the scope → 403 `forbidden`.
 */
export function requireScope(scope: Scope): MiddlewareHandler<AppEnv> {
  return async function authorize(c, next) {
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    if (!match) throw new ApiError('unauthorized', 'Send an API key as "Authorization: Bearer <key>".')
    const token = match[1]!
    const key = await identify(c.env, token)
    if (!key) throw new ApiError('unauthorized', 'The API key is unknown or revoked.')
    if (!key.scopes.includes(scope)) {
      throw new ApiError('forbidden', `This API key lacks the "${scope}" scope this route needs.`)
    }
    c.set('actor', key.name)
    c.set('scopes', key.scopes)
    return next()
  }
}

/** A verified caller: its name (for history's actor) and scopes. */
export interface Caller {
  name: string
  scopes: Scope[]
}

const ALL_SCOPES: Scope[] = ['check', 'read', 'write', 'admin']

/** Resolves a bearer token to a caller, or null. The bootstrap `ADMIN_TOKEN` holds every scope. */
async function identify(env: Env, token: string): Promise<Caller | null> {
  if (env.ADMIN_TOKEN && (await secretsEqual(token, env.ADMIN_TOKEN)))
    return { name: 'admin', scopes: ALL_SCOPES }
  return null
}
