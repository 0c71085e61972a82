import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addressHash } from '../src/pipeline/address-hash'
import {
  api,
  NYLAS_FIXTURES,
  nylasEvent,
  nylasSignature,
  ownEvents,
  postEvents,
  postNylas,
  uniqueAddress,
} from './helpers'

function captureConsole() {
  const lines: string[] = []
  for (const method of ['log', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '))
    })
  }
  return lines
}

afterEach(() => vi.restoreAllMocks())

describe('logs', () => {
  it('writes one JSON line per request and per applied event, with the address hashed', async () => {
    const lines = captureConsole()
    const address = uniqueAddress('logged')
    await postEvents(ownEvents.hard(address))
    const records = lines.map((line) => JSON.parse(line))
    const applied = records.find((r) => r.event === 'bounce.applied')
    expect(applied).toMatchObject({
      provider: 'standard',
      disposition: 'hard',
      reason: 'userunknown',
      action: 'suppressed',
      address_hash: await addressHash(env, address),
      request_id: expect.any(String),
      ms: expect.any(Number),
    })
    expect(records.find((r) => r.event === 'request')).toMatchObject({
      route: '/webhooks/standard',
      status: 200,
    })
    expect(lines.join('\n')).not.toContain(address)
  })

  it('never logs secrets, tokens, signatures or addresses from the path', async () => {
    const lines = captureConsole()
    const address = uniqueAddress('secretive')
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    await postNylas(body, { signature: await nylasSignature(body, 'wrong') })
    await api(`/v1/check/${address}`)
    await api('/v1/check/a@example.com', { headers: { authorization: 'Bearer not-the-token' } })
    const all = lines.join('\n')
    for (const secret of [
      env.NYLAS_WEBHOOK_SECRET!,
      env.ADMIN_TOKEN!,
      'not-the-token',
      address,
      'a@example.com',
    ]) {
      expect(all).not.toContain(secret)
    }
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  it('logs an ignored event type only as a bounded label: an address or control characters in it never reach the log', async () => {
    const lines = captureConsole()
    const address = uniqueAddress('typed')
    for (const type of [address, `bounce\n{"level":"error"}${'x'.repeat(500)}`, 'grant.expired']) {
      const body = JSON.stringify({ id: crypto.randomUUID(), type, time: Math.floor(Date.now() / 1000) })
      expect((await postNylas(body)).status).toBe(200)
    }
    const ignored = lines.map((line) => JSON.parse(line)).filter((r) => r.event === 'webhook.ignored')
    expect(ignored.map((r) => r.type)).toEqual(['other', 'other', 'grant.expired'])
    expect(lines.join('\n')).not.toContain(address)
  })
})

describe('LOG_REQUESTS=errors', () => {
  it('keeps error lines and drops successful request lines', async () => {
    const { newApp } = await import('../src/app')
    const lines = captureConsole()
    const app = newApp()
    const quiet = { ...env, LOG_REQUESTS: 'errors' }
    await app.request('/healthz', {}, quiet)
    await app.request('/nope', {}, quiet)
    const events = lines.map((line) => JSON.parse(line))
    expect(events.filter((e) => e.event === 'request').map((e) => e.status)).toEqual([404])
  })
})

describe('LOG_REQUESTS=except-checks (the default)', () => {
  const requestLines = (lines: string[]) =>
    lines.map((line) => JSON.parse(line)).filter((e) => e.event === 'request')

  it('writes no line for a successful pre-send check, single or batch, and one for everything else', async () => {
    const lines = captureConsole()
    expect((await api(`/v1/check/${uniqueAddress('quiet')}`)).status).toBe(200)
    const batch = await api('/v1/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ addresses: [uniqueAddress('quiet')] }),
    })
    expect(batch.status).toBe(200)
    expect((await api('/v1/check/not-an-address')).status).toBe(400)
    expect((await api('/v1/suppressions?limit=1')).status).toBe(200)
    expect(requestLines(lines).map((e) => [e.route, e.status])).toEqual([
      ['/v1/check/:address', 400],
      ['/v1/suppressions', 200],
    ])
  })

  it('logs every check with LOG_REQUESTS=all', async () => {
    const { newApp } = await import('../src/app')
    const lines = captureConsole()
    const loud = { ...env, LOG_REQUESTS: 'all' }
    const res = await newApp().request(
      `/v1/check/${uniqueAddress('loud')}`,
      { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } },
      loud
    )
    expect(res.status).toBe(200)
    expect(requestLines(lines).map((e) => e.route)).toEqual(['/v1/check/:address'])
  })

  it('falls back to the default for an unknown mode and says so', async () => {
    const { config } = await import('../src/config')
    const lines = captureConsole()
    expect(config({ ...env, LOG_REQUESTS: 'verbose' }).logRequests).toBe('except-checks')
    expect(lines.join('\n')).toContain('LOG_REQUESTS=verbose')
  })
})

describe('configuration', () => {
  it('falls back to the default for a malformed var and says so in the log', async () => {
    const { config } = await import('../src/config')
    const lines = captureConsole()
    const parsed = config({ ...env, SOFT_BOUNCE_LIMIT: 'three' })
    expect(parsed.policy.softLimit).toBe(3)
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({
        event: 'config.invalid',
        vars: expect.stringContaining('SOFT_BOUNCE_LIMIT=three'),
      })
    )
  })
})
