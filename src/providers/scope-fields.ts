/**
 * Where a provider's own payload says the mail came from (issue 16 §2; docs/scopes.md "Where a scope comes
 * from"). A documented convention for the providers whose payloads carry free labels: a tag or category
 * `ricochet-tenant:<name>` / `ricochet-stream:<name>` (lists: SendGrid categories, Mailgun tags), or the keys
 * `ricochet-tenant` / `ricochet-stream` (maps: SES message tags, Mailgun user-variables, Resend tags). Postmark
 * names its message stream; SendGrid's unsubscribe group is a topic. Names that are not valid scope names are
 * ignored (the URL's default or the default scope applies).
 * @module
 */
import type { BounceEvent } from '../events'
import { isObject } from '../lib/json'
import { isScopeName } from '../lib/tenancy'

export const TENANT_LABEL = 'ricochet-tenant'
export const STREAM_LABEL = 'ricochet-stream'

export interface ScopeFields {
  tenant?: string
  stream?: string
}

function valid(value: unknown): string | undefined {
  return isScopeName(value) ? value : undefined
}

/** From a list of labels (`["ricochet-tenant:acme", "ricochet-stream:news"]`; a single string counts as one). */
export function scopeFromLabels(labels: unknown): ScopeFields {
  const list = Array.isArray(labels) ? labels : typeof labels === 'string' ? [labels] : []
  const out: ScopeFields = {}
  for (const label of list) {
    if (typeof label !== 'string') continue
    const [name, ...rest] = label.split(':')
    const value = valid(rest.join(':').trim())
    if (name?.trim() === TENANT_LABEL && value) out.tenant ??= value
    if (name?.trim() === STREAM_LABEL && value) out.stream ??= value
  }
  return out
}

/**
 * From a map (`{"ricochet-tenant": "acme"}`, SES's `{"ricochet-tenant": ["acme"]}`) or a list of
 * `{name, value}` pairs (Resend's other documented form).
 */
export function scopeFromMap(map: unknown): ScopeFields {
  const get = (key: string): unknown => {
    if (Array.isArray(map)) return map.find((p) => isObject(p) && p.name === key)?.value
    if (!isObject(map)) return undefined
    const value = map[key]
    return Array.isArray(value) ? value[0] : value
  }
  const tenant = valid(get(TENANT_LABEL))
  const stream = valid(get(STREAM_LABEL))
  return { ...(tenant ? { tenant } : {}), ...(stream ? { stream } : {}) }
}

/** Postmark's `MessageStream`: its default transactional stream is `outbound`, its default broadcasts `broadcast`. */
export function postmarkStream(messageStream: unknown): ScopeFields {
  if (messageStream === 'outbound') return { stream: 'transactional' }
  if (messageStream === 'broadcast') return { stream: 'marketing' }
  const stream = valid(messageStream)
  return stream ? { stream } : {}
}

/** The first fields that say something win, field by field. */
export function firstScope(...candidates: ScopeFields[]): ScopeFields {
  const out: ScopeFields = {}
  for (const c of candidates) {
    out.tenant ??= c.tenant
    out.stream ??= c.stream
  }
  return out
}

/** The events with `scope` where they do not say otherwise. */
export function withScope<R extends { events: BounceEvent[] }>(result: R, scope: ScopeFields): R {
  if (!scope.tenant && !scope.stream) return result
  return {
    ...result,
    events: result.events.map((e) => ({
      ...e,
      tenant: e.tenant ?? scope.tenant ?? null,
      stream: e.stream ?? scope.stream ?? null,
    })),
  }
}
