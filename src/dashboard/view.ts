/**
 * Small helpers every page shares: who is viewing, the notice a redirect asked for, links to an address.
 * @module
 */

import type { Context } from 'hono'
import type { SuppressionScope } from '../lib/tenancy'
import type { DashboardEnv } from './guard'
import type { Notice, Viewer } from './layout'

export function viewerOf(c: Context<DashboardEnv>): Viewer {
  return { actor: c.get('actorName'), scopes: c.get('scopes'), csrf: c.get('csrf') }
}

/** Fixed sentences a redirect after a change may show (`?done=…&n=…`): no caller text is ever echoed. */
const DONE: Record<string, (n: number) => string> = {
  lifted: () => 'The suppression was lifted.',
  suppressed: () => 'The address is suppressed.',
  'lifted-selected': (n) => `Lifted ${n} suppression${n === 1 ? '' : 's'}.`,
  revoked: () => 'The key was revoked.',
  replayed: (n) => `Replayed: ${n} event${n === 1 ? '' : 's'} applied.`,
  'endpoint-enabled': () => 'The endpoint is enabled.',
  'endpoint-disabled': () => 'The endpoint is disabled: nothing is sent to it.',
  retried: (n) => (n === 1 ? 'Retried: the delivery was delivered.' : 'Retried: the delivery failed again.'),
}

export function noticeOf(c: Context<DashboardEnv>): Notice | null {
  const sentence = DONE[c.req.query('done') ?? '']
  if (!sentence) return null
  const n = Number.parseInt(c.req.query('n') ?? '0', 10)
  return { kind: 'ok', text: sentence(Number.isFinite(n) && n >= 0 ? n : 0) }
}

export function addressPath(address: string): string {
  return `/dashboard/addresses/${encodeURIComponent(address)}`
}

/** A query string of the non-empty values (for links that keep the current filter). */
export function queryOf(values: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** An ISO time as "2026-12-04 21:23:07" (UTC), or a dash. */
export function when(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 19).replace('T', ' ') : '—'
}

/** A scope in words: `every tenant`, `acme (every stream)`, `acme / news`. */
export function scopeLabel(scope: SuppressionScope): string {
  if (scope.tenant === null) return 'every tenant'
  return scope.stream === null ? `${scope.tenant} (every stream)` : `${scope.tenant} / ${scope.stream}`
}
