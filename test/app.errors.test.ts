import { describe, expect, it } from 'vitest'
import { api, call, NYLAS_FIXTURES, nylasEvent, nylasSignature, postNylas } from './helpers'

describe('errors: one JSON shape with stable codes', () => {
  it('answers unknown routes with 404 not_found', async () => {
    const res = await call('/nope')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found', message: expect.any(String) } })
  })

  it('answers 404 for a webhook of an unknown provider', async () => {
    const res = await call('/webhooks/acme', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('refuses a webhook body over 1 MiB with 413 before verifying it', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })
    const res = await postNylas(body, { signature: await nylasSignature(body) })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('refuses a check batch over 1 MiB with 413', async () => {
    const res = await api('/v1/check', {
      method: 'POST',
      body: JSON.stringify({ addresses: ['x'.repeat(1024 * 1024)] }),
    })
    expect(res.status).toBe(413)
  })

  it('refuses a webhook that is not JSON with 415', async () => {
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected)
    const res = await call('/webhooks/nylas', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-nylas-signature': await nylasSignature(body) },
      body,
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } })
  })

  it('refuses a check batch sent as a form with 415', async () => {
    const res = await api('/v1/check', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'addresses=a@example.com',
    })
    expect(res.status).toBe(415)
  })

  it('answers invalid JSON after a valid signature with 400 invalid_json', async () => {
    const body = '{"id": "x", "type": '
    const res = await postNylas(body)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_json' } })
  })

  it('answers a signed handled type with a broken shape with 400 invalid_request', async () => {
    const doc = JSON.parse(nylasEvent(NYLAS_FIXTURES.txBounced))
    doc.data.object.bounce.recipients = 'nobody'
    const res = await postNylas(JSON.stringify(doc))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
  })

  it('answers a signed JSON array (not a notification) with 400 invalid_request', async () => {
    const res = await postNylas('[1,2,3]')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
  })

  it('answers an invalid address in the single check with 400 invalid_address', async () => {
    for (const bad of [
      'no-at-sign',
      'a@b',
      'two@@example.com',
      `${'x'.repeat(65)}@example.com`,
      'a b@example.com',
    ]) {
      const res = await api(`/v1/check/${encodeURIComponent(bad)}`)
      expect(res.status, bad).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_address' } })
    }
  })

  it('answers invalid JSON and wrong shapes in the batch check with 400', async () => {
    const broken = await api('/v1/check', { method: 'POST', body: '{"addresses": [' })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_json' } })
    const shape = await api('/v1/check', { method: 'POST', body: '{"emails": []}' })
    expect(shape.status).toBe(400)
    expect(await shape.json()).toMatchObject({ error: { code: 'invalid_request' } })
  })

  it('refuses more than 1000 addresses in one batch', async () => {
    const addresses = Array.from({ length: 1001 }, (_, i) => `a${i}@example.com`)
    const res = await api('/v1/check', { method: 'POST', body: JSON.stringify({ addresses }) })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
  })

  it('sends a request id back and puts it in error bodies', async () => {
    const res = await call('/nope', { headers: { 'x-request-id': 'trace-123' } })
    expect(res.headers.get('x-request-id')).toBe('trace-123')
    expect(await res.json()).toMatchObject({ error: { request_id: 'trace-123' } })
  })
})

describe('authorization', () => {
  it('refuses the check without a key, with a malformed header, and with an unknown key (401)', async () => {
    for (const authorization of [undefined, 'Basic abc', 'Bearer', 'Bearer wrong-token']) {
      const headers: Record<string, string> = authorization ? { authorization } : {}
      const res = await call('/v1/check/a@example.com', { headers })
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } })
    }
  })

  it('refuses the batch check without a key before reading the body', async () => {
    const res = await call('/v1/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ addresses: ['a@example.com'] }),
    })
    expect(res.status).toBe(401)
  })

  it('leaves /healthz open', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})
