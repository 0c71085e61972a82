import { afterEach, describe, expect, it } from 'vitest'
import { api } from '../helpers'
import { apiWith, createEndpoint, deleteAllEndpoints } from './notify-helpers'

afterEach(deleteAllEndpoints)

const post = (body: unknown) => api('/v1/endpoints', { method: 'POST', body: JSON.stringify(body) })

describe('POST /v1/endpoints', () => {
  it('creates an endpoint and shows its whsec_ secret once, never in a listing', async () => {
    const res = await post({
      url: 'https://hooks.example.com/a',
      events: ['suppression.created'],
      description: 'crm',
    })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Record<string, unknown>
    expect(created).toMatchObject({
      url: 'https://hooks.example.com/a',
      events: ['suppression.created'],
      description: 'crm',
      enabled: true,
    })
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    const one = await (await api(`/v1/endpoints/${created.id}`)).text()
    const list = await (await api('/v1/endpoints')).text()
    expect(one).not.toContain('whsec_')
    expect(list).toContain(String(created.id))
    expect(list).not.toContain('whsec_')
  })

  it('means every type when events is omitted', async () => {
    expect((await createEndpoint()) as unknown as { events: unknown }).toMatchObject({ events: null })
  })

  it.each([
    ['http://hooks.example.com/', 'https://'],
    ['https://user:pw@hooks.example.com/', 'credentials'],
    ['https://127.0.0.1/', 'loopback'],
    ['https://10.1.2.3/', 'private'],
    ['https://192.168.0.10:8443/', 'private'],
    ['https://172.20.0.1/', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://[::1]/', 'loopback'],
    ['https://[fd00::1]/', 'private'],
    ['https://[::ffff:10.0.0.1]/', 'private'],
    ['https://localhost/', 'localhost'],
    ['ftp://hooks.example.com/', 'https://'],
    ['not a url', 'absolute URL'],
  ])('refuses %s with 400 invalid_request saying why', async (url, why) => {
    const res = await post({ url })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.message).toContain(why)
  })

  it('refuses an unknown event type and unknown fields', async () => {
    expect((await post({ url: 'https://h.example.com/', events: ['suppression.deleted'] })).status).toBe(400)
    expect((await post({ url: 'https://h.example.com/', secret: 'whsec_mine' })).status).toBe(400)
  })

  it('admits http://127.0.0.1:<port> and http://localhost:<port> only with ALLOW_HTTP_ENDPOINTS=true', async () => {
    const body = (url: string) => ({ method: 'POST', body: JSON.stringify({ url }) })
    expect((await apiWith({}, '/v1/endpoints', body('http://127.0.0.1:9000/h'))).status).toBe(400)
    const allow = { ALLOW_HTTP_ENDPOINTS: 'true' }
    expect((await apiWith(allow, '/v1/endpoints', body('http://127.0.0.1:9000/h'))).status).toBe(201)
    expect((await apiWith(allow, '/v1/endpoints', body('http://localhost:9000/h'))).status).toBe(201)
    // Still no other http host, and no portless or private one.
    expect((await apiWith(allow, '/v1/endpoints', body('http://127.0.0.1/h'))).status).toBe(400)
    expect((await apiWith(allow, '/v1/endpoints', body('http://10.0.0.1:9000/h'))).status).toBe(400)
    expect((await apiWith(allow, '/v1/endpoints', body('http://example.com:9000/h'))).status).toBe(400)
  })
})

describe('PATCH, DELETE and rotate-secret', () => {
  it('changes url, events, description and enabled; checks the URL again', async () => {
    const { id } = await createEndpoint()
    const patch = (body: unknown) =>
      api(`/v1/endpoints/${id}`, { method: 'PATCH', body: JSON.stringify(body) })
    const res = await patch({ url: 'https://other.example.com/x', events: ['event.applied'], enabled: false })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      url: 'https://other.example.com/x',
      events: ['event.applied'],
      enabled: false,
    })
    expect((await patch({ url: 'https://10.0.0.1/' })).status).toBe(400)
    expect((await patch({ events: null, description: null })).status).toBe(200)
    expect(await (await api(`/v1/endpoints/${id}`)).json()).toMatchObject({ events: null, description: null })
  })

  it('deletes with 204, then answers 404', async () => {
    const { id } = await createEndpoint()
    expect((await api(`/v1/endpoints/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/v1/endpoints/${id}`)).status).toBe(404)
    expect((await api(`/v1/endpoints/${id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('answers 404 not_found for an unknown or malformed id', async () => {
    for (const id of ['ep_0123456789abcdef', "ep_'; DROP TABLE endpoints; --", 'x'.repeat(300)]) {
      const res = await api(`/v1/endpoints/${encodeURIComponent(id)}`)
      expect(res.status).toBe(404)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
    }
  })

  it('rotates the secret: a new one shown once, the old one valid for 24 h', async () => {
    const { id, secret } = await createEndpoint()
    const res = await api(`/v1/endpoints/${id}/rotate-secret`, { method: 'POST' })
    expect(res.status).toBe(200)
    const rotated = (await res.json()) as { secret: string; previous_secret_valid_until: string }
    expect(rotated.secret).toMatch(/^whsec_/)
    expect(rotated.secret).not.toBe(secret)
    const hours = (Date.parse(rotated.previous_secret_valid_until) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)
  })
})
