import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { api, call } from '../helpers'

/** Every authenticated route and the scope it needs. A new route must be added here, or the walk fails. */
const ROUTES: Record<string, 'check' | 'read' | 'write' | 'admin'> = {
  'GET /v1/check/:address': 'check',
  'POST /v1/check': 'check',
  'POST /v1/keys': 'admin',
  'GET /v1/keys': 'admin',
  'DELETE /v1/keys/:id': 'admin',
  'GET /v1/suppressions': 'read',
  'GET /v1/suppressions/export': 'read',
  'POST /v1/suppressions/import': 'write',
  'POST /v1/suppressions/restore': 'write',
  'GET /v1/suppressions/:address': 'read',
  'PUT /v1/suppressions/:address': 'write',
  'DELETE /v1/suppressions/:address': 'write',
  'GET /v1/addresses/:address/events': 'read',
  'GET /v1/stats': 'read',
  'POST /v1/inbound': 'write',
  'GET /v1/dead-letters': 'read',
  'POST /v1/dead-letters/:id/replay': 'write',
  'POST /v1/events': 'write',
  // Notifications
  'POST /v1/endpoints': 'admin',
  'GET /v1/endpoints': 'admin',
  'GET /v1/endpoints/:id': 'admin',
  'PATCH /v1/endpoints/:id': 'admin',
  'DELETE /v1/endpoints/:id': 'admin',
  'POST /v1/endpoints/:id/rotate-secret': 'admin',
  'GET /v1/endpoints/:id/deliveries': 'admin',
  'POST /v1/endpoints/:id/deliveries/:delivery/retry': 'admin',
  'GET /v1/changes': 'read',
  // Allowlist
  'GET /v1/allowlist': 'read',
  'GET /v1/allowlist/:entry': 'read',
  'PUT /v1/allowlist/:entry': 'write',
  'DELETE /v1/allowlist/:entry': 'write',
  'POST /v1/addresses/:address/erase': 'admin',
  'POST /v1/unsubscribe-links': 'write',
  'GET /v1/tenants': 'admin',
  'GET /v1/tenants/:tenant': 'admin',
  'PUT /v1/tenants/:tenant': 'admin',
  'DELETE /v1/tenants/:tenant': 'admin',
}
/** Open by design: liveness and webhooks (whose signature is the credential). */
const OPEN = (route: string) =>
  ['GET /healthz', 'GET /openapi.json', 'GET /docs'].includes(route) ||
  // One-click unsubscribe: the signed token in the path is the credential (RFC 8058 allows no other).
  route.split(' ')[1]!.startsWith('/u/') ||
  /^(GET|POST) \/webhooks\/[a-z]+$/.test(route) ||
  // The dashboard's pages take a session cookie, not a key: test/dashboard/ walks their scopes.
  route.split(' ')[1]!.startsWith('/dashboard')

function concrete(path: string): string {
  return path
    .replace(':address', 'someone%40example.com')
    .replace(':entry', 'someone%40example.com')
    .replace(':tenant', 'acme')
    .replace(':id', 'key_0000')
    .replace(':provider', 'nylas')
    .replace(':delivery', 'dlv_0000')
}

async function keyWith(scopes: string[]): Promise<string> {
  const res = await api('/v1/keys', {
    method: 'POST',
    body: JSON.stringify({ name: `walk-${scopes.join('-')}`, scopes }),
  })
  return ((await res.json()) as { token: string }).token
}

describe('every route declares its scope', () => {
  const routes = newApp()
    .routes.filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path.replace(/\/$/, '') || '/'}`)
  const unique = [...new Set(routes)]

  it('knows every route of the app', () => {
    for (const route of unique) expect(route in ROUTES || OPEN(route), route).toBe(true)
  })

  it('answers 401 without a key and 403 with a key lacking the scope, on every authenticated route', async () => {
    const scopes = ['check', 'read', 'write', 'admin'] as const
    const tokens = Object.fromEntries(
      await Promise.all(scopes.map(async (s) => [s, await keyWith([s])] as const))
    )
    for (const route of unique.filter((r) => r in ROUTES)) {
      const [method, path] = route.split(' ') as [string, string]
      const init = (authorization?: string): RequestInit => ({
        method,
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
      })
      const anonymous = await call(concrete(path), init())
      expect(anonymous.status, `${route} without a key`).toBe(401)
      for (const scope of scopes.filter((s) => s !== ROUTES[route])) {
        const res = await call(concrete(path), init(`Bearer ${tokens[scope]}`))
        expect(res.status, `${route} with a ${scope} key`).toBe(403)
      }
      const allowed = await call(concrete(path), init(`Bearer ${tokens[ROUTES[route]!]}`))
      expect([401, 403], `${route} with its own scope`).not.toContain(allowed.status)
    }
  })
})
