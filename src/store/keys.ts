/**
 * API keys in D1: created with a random token that is returned once and stored only as a SHA-256 hash.
 * @module
 */
import { sha256Hex, toHex } from '../lib/crypto'
import type { Scope } from '../lib/scopes'

/** A key as listed: never the token. */
export interface ApiKey {
  id: string
  name: string
  scopes: Scope[]
  prefix: string
  created_at: string
  created_by: string | null
  last_used_at: string | null
  revoked_at: string | null
}

interface KeyRow extends Omit<ApiKey, 'scopes'> {
  scopes: string
}

const toKey = (row: KeyRow): ApiKey => ({ ...row, scopes: JSON.parse(row.scopes) as Scope[] })

/** `rk_` + 32 random bytes, base64url. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return `rk_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`
}

export async function createKey(
  db: D1Database,
  input: { name: string; scopes: Scope[]; createdBy: string; now: string }
): Promise<{ key: ApiKey; token: string }> {
  const token = newToken()
  const key: ApiKey = {
    id: `key_${toHex(crypto.getRandomValues(new Uint8Array(8)))}`,
    name: input.name,
    scopes: input.scopes,
    prefix: token.slice(0, 9),
    created_at: input.now,
    created_by: input.createdBy,
    last_used_at: null,
    revoked_at: null,
  }
  await db
    .prepare(
      `INSERT INTO api_keys (id, name, scopes, token_hash, prefix, created_at, created_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`
    )
    .bind(
      key.id,
      key.name,
      JSON.stringify(key.scopes),
      await sha256Hex(token),
      key.prefix,
      key.created_at,
      key.created_by
    )
    .run()
  return { key, token }
}

/** The active (not revoked) key whose token hashes to `tokenHash`, or null. */
export async function findActiveKey(db: D1Database, tokenHash: string): Promise<ApiKey | null> {
  const row = await db
    .prepare(
      `SELECT id, name, scopes, prefix, created_at, created_by, last_used_at, revoked_at
       FROM api_keys WHERE token_hash = ?1 AND revoked_at IS NULL`
    )
    .bind(tokenHash)
    .first<KeyRow>()
  return row ? toKey(row) : null
}

/** Every key, newest first (bounded: keys are few, but never an unbounded query). */
export async function listKeys(db: D1Database, limit = 1000): Promise<ApiKey[]> {
  const { results } = await db
    .prepare(
      `SELECT id, name, scopes, prefix, created_at, created_by, last_used_at, revoked_at
       FROM api_keys ORDER BY created_at DESC, id LIMIT ?1`
    )
    .bind(limit)
    .all<KeyRow>()
  return results.map(toKey)
}

/** Revokes a key; false when there is no such key. Revoking twice keeps the first time. */
export async function revokeKey(db: D1Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1')
    .bind(id, now)
    .run()
  return result.meta.changes > 0
}

export async function touchKey(db: D1Database, id: string, now: string): Promise<void> {
  await db.prepare('UPDATE api_keys SET last_used_at = ?2 WHERE id = ?1').bind(id, now).run()
}
