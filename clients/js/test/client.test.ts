import { type ReportedEvent, Ricochet, RicochetError } from 'ricochet-client'
import { describe, expect, it } from 'vitest'
import { keyWith, live, uniqueAddress } from './support'

// A generous timeout: the local runtime shares a small machine; timeouts have their own tests (resilience.test.ts).
const admin = () => new Ricochet({ baseUrl: live().url, apiKey: live().adminToken, timeoutMs: 20_000 })

const refusal = (address: string) => ({
  address,
  type: 'bounce' as const,
  reply_code: '550',
  status: '5.1.1',
  diagnostic: '550 5.1.1 <user>: Recipient address rejected: User unknown in virtual mailbox table',
})

describe('Ricochet client against a live Ricochet', () => {
  it('checks an address it has never seen as send, with the API verdict shape', async () => {
    const address = uniqueAddress('never')
    expect(await admin().check(address)).toEqual({
      address,
      action: 'send',
      suppressed: false,
      reason: null,
      disposition: null,
      since: null,
      expires_at: null,
      retry_after: null,
      scope: null,
      entry: null,
      allowlisted: false,
    })
  })

  it('reports a synchronous refusal: classified in the receipt, dropped by the next check', async () => {
    const ricochet = admin()
    const address = uniqueAddress('reported')
    const receipt = await ricochet.report([refusal(address)])
    expect(receipt).toMatchObject({ received: 1, applied: 1, duplicates: 0, invalid: 0, errors: [] })
    expect(receipt.results?.[0]).toMatchObject({
      address,
      reason: 'userunknown',
      disposition: 'hard',
      check: 'drop',
    })
    expect(await ricochet.check(address)).toMatchObject({
      action: 'drop',
      suppressed: true,
      reason: 'userunknown',
    })
    expect((await ricochet.report([refusal(address)])).duplicates).toBe(1)
  })

  it('answers an invalid report entry by index while applying the others', async () => {
    const address = uniqueAddress('partial')
    const receipt = await admin().report([
      { address: 'nobody', type: 'bounce' },
      { address, type: 'complaint' },
      { type: 'bounce' } as unknown as ReportedEvent,
    ])
    expect(receipt).toMatchObject({ received: 3, applied: 1, invalid: 2 })
    expect(receipt.errors).toEqual([
      expect.objectContaining({ index: 0, code: 'invalid_address' }),
      expect.objectContaining({ index: 2, code: 'invalid_request' }),
    ])
  })

  it('reports more than 1000 events in several requests, answering one receipt with whole-input indexes', async () => {
    // One address, so the Worker applies them in one ledger call (cheap for the local runtime).
    const address = uniqueAddress('many')
    const events = Array.from({ length: 1200 }, (_, i) => ({
      id: `d${i}`,
      address,
      type: 'delivered' as const,
    }))
    events[1100] = { id: 'bad', address: 'not an address', type: 'delivered' }
    const receipt = await admin().report(events)
    expect(receipt).toMatchObject({ received: 1200, invalid: 1 })
    expect(receipt).toMatchObject({ applied: 1199, queued: 0 })
    expect(receipt.errors).toEqual([
      expect.objectContaining({
        index: 1100,
        code: 'invalid_address',
        message: expect.stringMatching(/^event 1100: /),
      }),
    ])
  })

  it('suppresses, explains and lifts an address', async () => {
    const ricochet = admin()
    const address = uniqueAddress('manual')
    expect(await ricochet.explain(address)).toBeNull()
    const expiresAt = new Date(Date.now() + 86_400_000)
    const { record } = await ricochet.suppress(address, {
      reason: 'legal-hold',
      expiresAt,
      note: 'ticket 42',
    })
    expect(record).toMatchObject({
      reason: 'legal-hold',
      expires_at: expiresAt.toISOString(),
      note: 'ticket 42',
    })
    expect(await ricochet.check(address)).toMatchObject({ action: 'drop', reason: 'legal-hold' })
    const explanation = await ricochet.explain(address)
    expect(explanation?.record).toMatchObject({ reason: 'legal-hold' })
    expect(explanation?.explain).toEqual(expect.any(String))
    expect(await ricochet.lift(address, { note: 'released' })).toBe(true)
    expect(await ricochet.check(address)).toMatchObject({ action: 'send' })
    expect(await ricochet.lift(address)).toBe(false)
  })

  it('checks any number of addresses in batches of 1000, keeping input order', async () => {
    const ricochet = admin()
    const dead = [uniqueAddress('dead-a'), uniqueAddress('dead-b'), uniqueAddress('dead-c')]
    await ricochet.report(dead.map(refusal))
    const addresses = Array.from({ length: 2501 }, (_, i) => `order.${i}.${Date.now()}@example.com`)
    addresses[0] = dead[0]!
    addresses[1500] = dead[1]!.toUpperCase()
    addresses[2500] = dead[2]!
    addresses[999] = 'not an address'
    const results = await ricochet.checkMany(addresses)
    expect(results).toHaveLength(2501)
    const actions = results.map((r) => ('error' in r ? 'error' : r.action))
    expect(actions.filter((a) => a === 'drop')).toHaveLength(3)
    expect([actions[0], actions[1500], actions[2500], actions[999]]).toEqual([
      'drop',
      'drop',
      'drop',
      'error',
    ])
    for (const i of [1, 998, 1000, 1999, 2000, 2499])
      expect(results[i]).toMatchObject({ address: addresses[i], action: 'send' })
  })

  it('raises RicochetError with the API code, status and request id', async () => {
    const wrongKey = new Ricochet({ baseUrl: live().url, apiKey: 'rk_not_a_key', timeoutMs: 20_000 })
    const unauthorized = await wrongKey.check(uniqueAddress('unauth')).catch((e: unknown) => e)
    expect(unauthorized).toBeInstanceOf(RicochetError)
    expect(unauthorized).toMatchObject({ name: 'RicochetError', code: 'unauthorized', status: 401 })
    expect((unauthorized as RicochetError).requestId).toMatch(/\S/)

    const checkOnly = new Ricochet({
      baseUrl: live().url,
      apiKey: await keyWith(['check']),
      timeoutMs: 20_000,
    })
    await expect(checkOnly.report([refusal(uniqueAddress('forbidden'))])).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
    })
    await expect(checkOnly.check('no-at-sign')).rejects.toMatchObject({
      code: 'invalid_address',
      status: 400,
    })
  })

  it('refuses to be built without a base URL or a key', () => {
    expect(() => new Ricochet({ baseUrl: '', apiKey: 'k' })).toThrow(TypeError)
    expect(() => new Ricochet({ baseUrl: live().url, apiKey: '' })).toThrow(TypeError)
  })
})
