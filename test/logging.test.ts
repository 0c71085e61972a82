import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addressHash } from '../src/lib/address-hash'
import { api, NYLAS_FIXTURES, nylasEvent, nylasSignature, postNylas, uniqueAddress } from './helpers'

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
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    const records = lines.map((line) => JSON.parse(line))
    const applied = records.find((r) => r.event === 'bounce.applied')
    expect(applied).toMatchObject({
      provider: 'nylas',
      disposition: 'hard',
      reason: 'userunknown',
      action: 'suppressed',
      address_hash: await addressHash(env, address),
      request_id: expect.any(String),
      ms: expect.any(Number),
    })
    expect(records.find((r) => r.event === 'request')).toMatchObject({
      route: '/webhooks/nylas',
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
