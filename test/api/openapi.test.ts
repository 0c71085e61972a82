import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { api, call } from '../helpers'

const appRoutes = () =>
  [
    ...new Set(
      newApp()
        // The dashboard's HTML pages are not API operations.
        .routes.filter((r) => r.method !== 'ALL' && !r.path.startsWith('/dashboard'))
        .map(
          (r) =>
            `${r.method.toLowerCase()} ${(r.path.replace(/\/$/, '') || '/').replace(/:([a-z]+)/g, '{$1}')}`
        )
    ),
  ].sort()

describe('OpenAPI document', () => {
  it('documents exactly the routes the app serves', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }
    expect(doc.openapi).toBe('3.1.0')
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`))
      .sort()
    expect(documented).toEqual(appRoutes())
  })

  it('describes request bodies from the schemas that validate them', async () => {
    const doc = (await (await call('/openapi.json')).json()) as any
    const keyBody = doc.paths['/v1/keys'].post.requestBody.content['application/json'].schema
    expect(keyBody.required).toEqual(['name', 'scopes'])
    expect(keyBody.properties.scopes.items.enum).toEqual(['check', 'read', 'write', 'admin'])
    // …and the route refuses what the schema refuses, with the same field name.
    const res = await api('/v1/keys', {
      method: 'POST',
      body: JSON.stringify({ name: 'x', scopes: ['root'] }),
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.message).toMatch(/^"scopes.0"/)
    const events = doc.paths['/v1/events'].post.requestBody.content['application/json'].schema
    // Each entry is described (the route validates entries one by one, so its own schema is looser).
    expect(JSON.stringify(events)).toContain('"reply_code"')
    const standard = doc.paths['/webhooks/standard'].post.requestBody.content['application/json'].schema
    expect(JSON.stringify(standard)).toContain('"occurred_at"')
    expect(doc.paths['/v1/check/{address}'].get['x-scope']).toBe('check')
    expect(doc.paths['/v1/suppressions'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'reason',
      'disposition',
      'source',
      'q',
      'since',
      'until',
      'tenant',
      'stream',
      'limit',
      'cursor',
    ])
  })

  it('serves a readable page without external resources', async () => {
    const res = await call('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('/openapi.json')
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/)
  })
})
