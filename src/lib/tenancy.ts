/**
 * Tenants and streams: where a suppression applies (issue 16). A tenant is an isolation boundary (a SaaS's
 * customer, a Nylas grant, an SES tenant, a Postmark server); a stream is the mail's purpose (`transactional`,
 * `marketing`, or a named topic). An entry applies to every tenant (`tenant: null`, "global"), to a whole tenant
 * (`stream: null`), or to one stream of one tenant.
 * @module
 */

import { ApiError } from './errors'

export const DEFAULT_TENANT = 'default'
export const DEFAULT_STREAM = 'transactional'

/** Where one suppression entry applies. */
export interface SuppressionScope {
  /** null: every tenant (a global entry; its stream is null too). */
  tenant: string | null
  /** null: every stream of the tenant. */
  stream: string | null
}

/** The scope a check or a send is made in: always one tenant and one stream. */
export interface SendScope {
  tenant: string
  stream: string
}

export const GLOBAL_SCOPE: SuppressionScope = { tenant: null, stream: null }
export const DEFAULT_SEND_SCOPE: SendScope = { tenant: DEFAULT_TENANT, stream: DEFAULT_STREAM }

/** Tenant and stream names: 1–100 of letters, digits and `. _ : -`, starting with a letter or digit. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

export function isScopeName(value: unknown): value is string {
  return typeof value === 'string' && NAME.test(value)
}

/** A tenant or stream name from a request, or a 400 `invalid_scope` naming the field; undefined stays undefined. */
export function requireScopeName(value: unknown, field: 'tenant' | 'stream'): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (isScopeName(value)) return value
  throw new ApiError(
    'invalid_scope',
    `"${field}" must be 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit.`
  )
}

/** The scope a check is made in, from optional request fields (default tenant, transactional stream). */
export function sendScopeFrom(input: { tenant?: unknown; stream?: unknown }): SendScope {
  return {
    tenant: requireScopeName(input.tenant, 'tenant') ?? DEFAULT_TENANT,
    stream: requireScopeName(input.stream, 'stream') ?? DEFAULT_STREAM,
  }
}

/**
 * The scope an operator's entry applies to, from optional request fields: a tenant (default `default`) and
 * optionally one stream; `global: true` for every tenant.
 */
export function entryScopeFrom(input: {
  tenant?: unknown
  stream?: unknown
  global?: unknown
}): SuppressionScope {
  if (input.global === true || input.global === 'true') {
    if (input.tenant || input.stream)
      throw new ApiError('invalid_scope', 'A global entry applies to every tenant and stream: omit them.')
    return GLOBAL_SCOPE
  }
  return {
    tenant: requireScopeName(input.tenant, 'tenant') ?? DEFAULT_TENANT,
    stream: requireScopeName(input.stream, 'stream') ?? null,
  }
}

/** A stable key for a scope (KV value, D1 columns, the ledger's slots): `*`, `tenant/*` or `tenant/stream`. */
export function scopeKey(scope: SuppressionScope): string {
  if (scope.tenant === null) return '*'
  return `${scope.tenant}/${scope.stream ?? '*'}`
}

/** The inverse of {@link scopeKey}. */
export function parseScopeKey(key: string): SuppressionScope {
  if (key === '*') return GLOBAL_SCOPE
  const slash = key.indexOf('/')
  const tenant = key.slice(0, slash)
  const stream = key.slice(slash + 1)
  return { tenant, stream: stream === '*' ? null : stream }
}

/** Does an entry of scope `entry` apply to mail sent in `send`? */
export function covers(entry: SuppressionScope, send: SendScope): boolean {
  if (entry.tenant === null) return true
  if (entry.tenant !== send.tenant) return false
  return entry.stream === null || entry.stream === send.stream
}

/** The public JSON form: `"global"`, or `{tenant, stream}` (stream null for the whole tenant). */
export type ScopeJson = 'global' | { tenant: string; stream: string | null }

export function scopeJson(scope: SuppressionScope): ScopeJson {
  return scope.tenant === null ? 'global' : { tenant: scope.tenant, stream: scope.stream }
}
