import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { utf8 } from '../../src/lib/crypto'
import { nylas } from '../../src/providers/nylas'
import vectors from '../fixtures/nylas/signature-vectors.json'
import { NYLAS_FIXTURES, nylasEvent, nylasSignature, postNylas, uniqueAddress } from '../helpers'

async function storedRows(address: string): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM events WHERE address = ?')
    .bind(address)
    .first<{ n: number }>()
  return row?.n ?? 0
}

async function expectRefused(res: Response, address: string) {
  expect(res.status).toBe(401)
  expect(await res.json()).toMatchObject({ error: { code: 'invalid_signature' } })
  expect(await storedRows(address)).toBe(0)
  expect(await env.SUPPRESSIONS.get(address)).toBeNull()
}

describe('Nylas webhook: signature and replay', () => {
  const bytes = utf8(NYLAS_FIXTURES.bounceDetected)
  const headersOf = (h: Record<string, string | undefined>) =>
    new Headers(Object.entries(h).filter((e): e is [string, string] => e[1] !== undefined))

  it('verifies the published vector over the exact fixture bytes, and refuses it under the wrong secret', async () => {
    for (const vector of vectors.vectors) {
      const ok = await nylas.verify(
        { headers: headersOf(vector.headers), body: bytes, now: Date.now(), fetch },
        [vector.webhook_secret]
      )
      expect(ok).toBe(vector.expect_valid)
    }
  })

  it('accepts an upper-case or sha256=-prefixed signature, as the Nylas CLI does', async () => {
    const sig = vectors.vectors[0]!.headers['X-Nylas-Signature']
    for (const header of [sig.toUpperCase(), `sha256=${sig}`]) {
      const ok = await nylas.verify(
        { headers: new Headers({ 'x-nylas-signature': header }), body: bytes, now: Date.now(), fetch },
        [vectors.vectors[0]!.webhook_secret]
      )
      expect(ok).toBe(true)
    }
  })

  it('accepts either secret during a rotation (comma-separated list)', async () => {
    const ok = await nylas.verify(
      { headers: headersOf(vectors.vectors[0]!.headers), body: bytes, now: Date.now(), fetch },
      ['new-secret-not-yet-used', vectors.vectors[0]!.webhook_secret]
    )
    expect(ok).toBe(true)
  })

  it('refuses a body signed with another secret and stores nothing', async () => {
    const address = uniqueAddress('forged')
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    await expectRefused(
      await postNylas(body, { signature: await nylasSignature(body, 'attacker-secret') }),
      address
    )
  })

  it('refuses a request without a signature header', async () => {
    const address = uniqueAddress('unsigned')
    await expectRefused(
      await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }), { signature: null }),
      address
    )
  })

  it('refuses malformed signatures (not hex, wrong length, empty) with 401, never 500', async () => {
    const address = uniqueAddress('malformed')
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    const good = await nylasSignature(body)
    for (const signature of ['zz', good.slice(0, 63), `${good}00`, ' ', 'sha256=', 'g'.repeat(64)]) {
      await expectRefused(await postNylas(body, { signature }), address)
    }
  })

  it('refuses a body changed after signing', async () => {
    const address = uniqueAddress('tampered')
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    const signature = await nylasSignature(body)
    await expectRefused(await postNylas(body.replace('"550"', '"551"'), { signature }), address)
  })

  it('refuses a validly signed notification older than the replay window', async () => {
    const address = uniqueAddress('old')
    const time = Math.floor(Date.now() / 1000) - 25 * 3600
    await expectRefused(
      await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address, time })),
      address
    )
  })

  it('refuses a validly signed notification dated in the future beyond 5 minutes', async () => {
    const address = uniqueAddress('future')
    const time = Math.floor(Date.now() / 1000) + 10 * 60
    await expectRefused(
      await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address, time })),
      address
    )
  })

  it('answers 404 provider_not_configured when no secret is set, without reading the payload', async () => {
    const { newApp } = await import('../../src/app')
    const res = await newApp().request(
      '/webhooks/nylas',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
      { ...env, NYLAS_WEBHOOK_SECRET: '' }
    )
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'provider_not_configured' } })
  })

  it('does not act on the unsigned challenge GET beyond echoing it', async () => {
    const { call } = await import('../helpers')
    const res = await call('/webhooks/nylas')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } })
  })
})
