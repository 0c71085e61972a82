/**
 * Bearer-key authorization for the API. Every route declares the scope it needs.
 * Verified keys are cached in the isolate for up to 60 s, so `/v1/check` pays no D1 round trip per request;
 * a revocation therefore takes effect everywhere within 60 s (at once in the isolate that revoked it).
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Env } from '../env'
import { secretsEqual, sha256Hex } from '../lib/crypto'
import { ApiError, StoreUnavailableError } from '../lib/errors'
import { SCOPES, type Scope } from '../lib/scopes'
import { MINUTE_MS } from '../lib/time'
import { findActiveKey, touchKey } from '../store/keys'

/** A verified caller: its name (history's actor), key id and scopes. */
export interface Caller {
  name: string
  keyId: string | null
  scopes: readonly Scope[]
}

const KEY_TTL_MS = MINUTE_MS
const MISS_TTL_MS = 10_000
const CACHE_MAX = 1_000
const cache = new Map<string, { caller: Caller | null; until: number }>()

/**
 * Requires `Authorization: Bearer <key>` with `scope`. Missing, unknown or revoked key → 401 `unauthorized`;
 * a known key without the scope → 403 `forbidden`. The `ADMIN_TOKEN` secret holds every scope.
 */
export function requireScope(scope: Scope): MiddlewareHandler<AppEnv> {
  return async function authorize(c, next) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
    if (!match) throw new ApiError('unauthorized', 'Send an API key as "Authorization: Bearer <key>".')
    const caller = await identify(c.env, match[1]!, (p) => runInBackground(c, p))
    if (!caller) throw new ApiError('unauthorized', 'The API key is unknown or revoked.')
    if (!caller.scopes.includes(scope)) {
      throw new ApiError('forbidden', `This API key lacks the "${scope}" scope this route needs.`)
    }
    c.set('actor', actorOf(caller))
    c.set('scopes', [...caller.scopes])
    return next()
  }
}

/**
 * How history records a caller: a key by its id (names are free text, so a name could pose as another key);
 * history shows the name beside it. The admin token is `admin`.
 */
export function actorOf(caller: Caller): string {
  return caller.keyId ? `key:${caller.keyId}` : caller.name
}

/** Forgets cached verdicts, so a revocation or creation is seen at once in this isolate. */
export function forgetCachedKeys(): void {
  cache.clear()
}

/** The caller a bearer token stands for, or null when it is unknown or revoked. */
export async function identify(
  env: Env,
  token: string,
  background: (p: Promise<unknown>) => void
): Promise<Caller | null> {
  if (env.ADMIN_TOKEN && (await secretsEqual(token, env.ADMIN_TOKEN))) return ADMIN
  if (!token.startsWith('rk_') || token.length > 200) return null
  // Lookup by hash: timing can reveal at most something about a hash, never the token.
  return identifyKeyHash(env, await sha256Hex(token), background)
}

/**
 * The caller whose token has SHA-256 `tokenHash` (what a dashboard session holds instead of the token), through
 * the same 60 s cache as bearer keys, so a revocation ends sessions as soon as it ends API access.
 */
export async function identifyTokenHash(
  env: Env,
  tokenHash: string,
  background: (p: Promise<unknown>) => void
): Promise<Caller | null> {
  if (env.ADMIN_TOKEN && (await secretsEqual(tokenHash, await sha256Hex(env.ADMIN_TOKEN)))) return ADMIN
  return identifyKeyHash(env, tokenHash, background)
}

const ADMIN: Caller = { name: 'admin', keyId: null, scopes: SCOPES }

async function identifyKeyHash(
  env: Env,
  hash: string,
  background: (p: Promise<unknown>) => void
): Promise<Caller | null> {
  const now = Date.now()
  const hit = cache.get(hash)
  if (hit && hit.until > now) return hit.caller

  let key: Awaited<ReturnType<typeof findActiveKey>>
  try {
    key = await findActiveKey(env.DB, hash)
  } catch (err) {
    throw new StoreUnavailableError('API keys could not be read.', { cause: err })
  }
  const caller = key ? { name: key.name, keyId: key.id, scopes: key.scopes } : null
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(hash, { caller, until: now + (caller ? KEY_TTL_MS : MISS_TTL_MS) })
  if (key) background(touchKey(env.DB, key.id, new Date(now).toISOString()).catch(() => undefined))
  return caller
}

/** `waitUntil` when the request has an execution context (it has in the Worker; not in bare `app.request`). */
export function runInBackground(c: { executionCtx: ExecutionContext }, promise: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(promise)
  } catch {
    // No execution context: the promise still runs, it just does not extend the request's lifetime.
  }
}
