import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/lib/crypto'
import { api, call } from '../helpers'

async function createKey(name: string, scopes: string[]) {
  const res = await api('/v1/keys', { method: 'POST', body: JSON.stringify({ name, scopes }) })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; token: string; scopes: string[]; prefix: string }
}

describe('API keys', () => {
  it('creates a key whose token is shown once and stored only as a hash', async () => {
    const key = await createKey('mailer', ['check'])
    expect(key.token).toMatch(/^rk_[A-Za-z0-9_-]{43}$/)
    expect(key).toMatchObject({ name: 'mailer', scopes: ['check'], prefix: key.token.slice(0, 9) })
    const row = await env.DB.prepare('SELECT * FROM api_keys WHERE id = ?')
      .bind(key.id)
      .first<Record<string, string>>()
    expect(row!.token_hash).toBe(await sha256Hex(key.token))
    expect(JSON.stringify(row)).not.toContain(key.token)
    const list = (await (await api('/v1/keys')).json()) as { items: Record<string, unknown>[] }
    const listed = list.items.find((k) => k.id === key.id)
    expect(listed).toMatchObject({ name: 'mailer', scopes: ['check'], revoked_at: null })
    expect(listed).not.toHaveProperty('token')
    expect(JSON.stringify(list)).not.toContain(key.token)
  })

  it('refuses to name a key "admin" in any case or spacing: the name is the admin token\'s', async () => {
    for (const name of ['admin', ' Admin ', 'ADMIN']) {
      const res = await api('/v1/keys', { method: 'POST', body: JSON.stringify({ name, scopes: ['read'] }) })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
    }
    await createKey('admin-helper', ['read'])
  })

  it('lets a check-only key check, and refuses it elsewhere with 403', async () => {
    const key = await createKey('check-only', ['check'])
    const auth = { authorization: `Bearer ${key.token}` }
    expect((await call('/v1/check/a@example.com', { headers: auth })).status).toBe(200)
    const res = await call('/v1/keys', { headers: auth })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } })
  })

  it('refuses a revoked key at once in this isolate (other isolates within 60 s)', async () => {
    const key = await createKey('short-lived', ['check'])
    const auth = { authorization: `Bearer ${key.token}` }
    expect((await call('/v1/check/a@example.com', { headers: auth })).status).toBe(200)
    expect((await api(`/v1/keys/${key.id}`, { method: 'DELETE' })).status).toBe(204)
    const res = await call('/v1/check/a@example.com', { headers: auth })
    expect(res.status).toBe(401)
    const list = (await (await api('/v1/keys')).json()) as { items: Record<string, unknown>[] }
    expect(list.items.find((k) => k.id === key.id)?.revoked_at).toEqual(expect.any(String))
  })

  it('answers 404 when revoking an unknown key', async () => {
    const res = await api('/v1/keys/key_nope', { method: 'DELETE' })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('validates name and scopes', async () => {
    for (const body of [
      {},
      { name: '', scopes: ['check'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['root'] },
      { name: 'x'.repeat(101), scopes: ['check'] },
      { name: 'x', scopes: 'check' },
    ]) {
      const res = await api('/v1/keys', { method: 'POST', body: JSON.stringify(body) })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
    }
  })

  it('refuses a token that only looks like a key', async () => {
    const res = await call('/v1/check/a@example.com', {
      headers: { authorization: `Bearer rk_${'A'.repeat(43)}` },
    })
    expect(res.status).toBe(401)
  })
})
