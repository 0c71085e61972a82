import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { Ricochet, RicochetError, unsubscribeHeaders } from '../../clients/js/src/index'
import { BASE, uniqueAddress } from '../helpers'

/** ricochet-client inside workerd (as in a customer's Worker), calling this Worker through its fetch handler. */
const client = (apiKey = env.ADMIN_TOKEN!) =>
  new Ricochet({
    baseUrl: BASE,
    apiKey,
    fetch: (input, init) => exports.default.fetch(new Request(input, init)),
  })

describe('ricochet-client in the Workers runtime', () => {
  it('reports a refusal, then checks one address and a batch as drop', async () => {
    const dead = uniqueAddress('client-dead')
    const fresh = uniqueAddress('client-fresh')
    const receipt = await client().report([
      { address: dead, type: 'bounce', reply_code: '550', status: '5.1.1' },
    ])
    expect(receipt.results?.[0]).toMatchObject({ reason: 'userunknown', check: 'drop' })
    expect(await client().check(dead)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    const results = await client().checkMany([fresh, dead])
    expect(results.map((r) => ('action' in r ? r.action : 'error'))).toEqual(['send', 'drop'])
  })

  it('raises RicochetError with the API code for a wrong key, never failing open on it', async () => {
    const error = await client('wrong-key')
      .check(uniqueAddress('client-key'))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RicochetError)
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 })
  })
})

describe('ricochet-client and scopes', () => {
  it('checks, reports, suppresses and lifts in a tenant and stream, caching each scope apart', async () => {
    const ricochet = new Ricochet({
      baseUrl: BASE,
      apiKey: env.ADMIN_TOKEN!,
      cacheTtlMs: 60_000,
      fetch: (input, init) => exports.default.fetch(new Request(input, init)),
    })
    const address = uniqueAddress('client-scope')
    await ricochet.report([{ address, type: 'complaint', tenant: 'acme', stream: 'news' }])
    expect(await ricochet.check(address, { tenant: 'acme', stream: 'news' })).toMatchObject({
      action: 'drop',
      scope: { tenant: 'acme', stream: 'news' },
      entry: 'address',
      allowlisted: false,
    })
    const [news] = await ricochet.checkMany([address], { tenant: 'acme', stream: 'news' })
    const [billing] = await ricochet.checkMany([address], { tenant: 'acme', stream: 'billing' })
    expect([news, billing].map((r) => ('action' in r! ? r.action : 'error'))).toEqual(['drop', 'send'])
    await ricochet.suppress(address, { tenant: 'acme', stream: 'billing', reason: 'asked' })
    const [after] = await ricochet.checkMany([address], { tenant: 'acme', stream: 'billing' })
    expect(after).toMatchObject({ action: 'drop', reason: 'asked' })
    expect(await ricochet.lift(address, { tenant: 'acme', stream: 'billing' })).toBe(true)
    expect(await ricochet.check(address, { tenant: 'acme', stream: 'billing' })).toMatchObject({
      action: 'send',
    })
  })

  it('builds List-Unsubscribe headers offline that the Worker accepts, and that unsubscribe the stream', async () => {
    const address = uniqueAddress('client-unsub')
    const built = await unsubscribeHeaders({
      address: address.toUpperCase(),
      tenant: 'acme',
      stream: 'news',
      secret: env.UNSUBSCRIBE_SECRET!,
      baseUrl: `${BASE}/`,
    })
    const answered = (await (
      await exports.default.fetch(
        new Request(`${BASE}/v1/unsubscribe-links`, {
          method: 'POST',
          headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ address, tenant: 'acme', stream: 'news' }),
        })
      )
    ).json()) as any
    expect(built.token).toBe(answered.token)
    expect(built.headers).toEqual(answered.headers)
    const res = await exports.default.fetch(
      new Request(built.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      })
    )
    expect(res.status).toBe(200)
    expect(await client().check(address, { tenant: 'acme', stream: 'news' })).toMatchObject({
      action: 'drop',
      disposition: 'unsubscribe',
    })
  })
})
