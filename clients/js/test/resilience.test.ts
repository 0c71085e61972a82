import { Ricochet, RicochetError } from 'ricochet-client'
import { afterEach, describe, expect, it } from 'vitest'
import { closedPort, type Front, live, startFront, uniqueAddress } from './support'

let front: Front | null = null
afterEach(async () => {
  await front?.close()
  front = null
})

const through = async (
  rule: Parameters<typeof startFront>[0],
  options: Partial<ConstructorParameters<typeof Ricochet>[0]> = {}
) => {
  front = await startFront(rule)
  return new Ricochet({ baseUrl: front.url, apiKey: live().adminToken, ...options })
}

describe('timeouts, fail-open and fail-closed', () => {
  it('answers send, marked unverified, when a check times out (fail-open, the default)', async () => {
    const ricochet = await through(() => 'hang', { timeoutMs: 300 })
    const address = uniqueAddress('timeout')
    const started = Date.now()
    const verdict = await ricochet.check(address)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(verdict).toMatchObject({ address, action: 'send', unverified: true, unverified_reason: 'timeout' })
    const [many] = await ricochet.checkMany([address])
    expect(many).toMatchObject({ action: 'send', unverified: true, unverified_reason: 'timeout' })
  })

  it('throws RicochetError timeout when fail-open is off', async () => {
    const ricochet = await through(() => 'hang', { timeoutMs: 300, failOpen: false })
    await expect(ricochet.check(uniqueAddress('closed'))).rejects.toMatchObject({
      name: 'RicochetError',
      code: 'timeout',
      status: 0,
    })
  })

  it('fails open on a refused connection, and throws network_error when fail-open is off', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`
    const open = new Ricochet({ baseUrl, apiKey: 'k' })
    expect(await open.check('a@example.com')).toMatchObject({
      action: 'send',
      unverified: true,
      unverified_reason: 'network_error',
    })
    const closed = new Ricochet({ baseUrl, apiKey: 'k', failOpen: false })
    const error = await closed.checkMany(['a@example.com']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RicochetError)
    expect(error).toMatchObject({ code: 'network_error', status: 0 })
  })

  it('never fails open on a caller mistake: a wrong key throws even with fail-open', async () => {
    // A generous timeout: on a loaded machine the live server's first answer can pass the 2 s default, and the
    // verdict would then be the timeout's fail-open, not the caller's mistake this test is about.
    const ricochet = new Ricochet({ baseUrl: live().url, apiKey: 'wrong', timeoutMs: 15_000 })
    await expect(ricochet.check(uniqueAddress('wrongkey'))).rejects.toMatchObject({ code: 'unauthorized' })
  })

  it('times out a report and throws: reports never fail open', async () => {
    const ricochet = await through(() => 'hang', { timeoutMs: 200 })
    await expect(ricochet.report([{ address: uniqueAddress('r'), type: 'delivered' }])).rejects.toMatchObject(
      { code: 'timeout' }
    )
  })
})

describe('retries of 429 and 503', () => {
  it('waits the Retry-After seconds, then gets the real answer', async () => {
    const ricochet = await through((n) =>
      n === 0 ? { status: 503, headers: { 'retry-after': '1' } } : 'forward'
    )
    const address = uniqueAddress('retry')
    expect(await ricochet.check(address)).toMatchObject({ address, action: 'send' })
    expect(front!.seen).toHaveLength(2)
    const waited = front!.seen[1]!.at - front!.seen[0]!.at
    expect(waited).toBeGreaterThanOrEqual(950)
    expect(waited).toBeLessThan(3000)
  })

  it('retries a 429 with an HTTP-date Retry-After', async () => {
    const when = new Date(Date.now() + 1500).toUTCString()
    const ricochet = await through((n) =>
      n < 1 ? { status: 429, headers: { 'retry-after': when } } : 'forward'
    )
    expect(await ricochet.report([{ address: uniqueAddress('r429'), type: 'delivered' }])).toMatchObject({
      applied: 1,
    })
    expect(front!.seen).toHaveLength(2)
  })

  it('bounds the wait and the attempts, then fails open (check) or throws (fail-closed)', async () => {
    const busy = () => ({ status: 503, headers: { 'retry-after': '3600' } })
    const ricochet = await through(busy, { retries: 2, maxRetryDelayMs: 100 })
    const started = Date.now()
    expect(await ricochet.check(uniqueAddress('busy'))).toMatchObject({
      unverified: true,
      unverified_reason: 'unavailable',
    })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(front!.seen).toHaveLength(3)
    const closed = new Ricochet({
      baseUrl: front!.url,
      apiKey: 'k',
      retries: 1,
      maxRetryDelayMs: 50,
      failOpen: false,
    })
    await expect(closed.check(uniqueAddress('busy2'))).rejects.toMatchObject({
      code: 'unavailable',
      status: 503,
    })
  })

  it('does not retry a 500 or a 4xx', async () => {
    const ricochet = await through(
      () => ({ status: 500, body: { error: { code: 'internal', message: 'x', request_id: 'req-1' } } }),
      { failOpen: false }
    )
    await expect(ricochet.check(uniqueAddress('e500'))).rejects.toMatchObject({
      code: 'internal',
      status: 500,
      requestId: 'req-1',
    })
    expect(front!.seen).toHaveLength(1)
  })
})

describe('the optional checkMany cache', () => {
  it('asks once per address within the TTL, and forgets an address once it is reported', async () => {
    const ricochet = await through(() => 'forward', { cacheTtlMs: 60_000 })
    const [a, b] = [uniqueAddress('cache-a'), uniqueAddress('cache-b')]
    await ricochet.checkMany([a, b])
    expect(await ricochet.checkMany([b, a])).toMatchObject([{ address: b }, { address: a }])
    expect(front!.seen.filter((r) => r.path === '/v1/check')).toHaveLength(1)
    await ricochet.report([{ address: a, type: 'bounce', reply_code: '550', status: '5.1.1' }])
    const after = await ricochet.checkMany([a, b])
    expect(after[0]).toMatchObject({ action: 'drop' })
    expect(front!.seen.filter((r) => r.path === '/v1/check')).toHaveLength(2)
  })

  it('is off by default', async () => {
    const ricochet = await through(() => 'forward')
    const a = uniqueAddress('nocache')
    await ricochet.checkMany([a])
    await ricochet.checkMany([a])
    expect(front!.seen).toHaveLength(2)
  })
})
