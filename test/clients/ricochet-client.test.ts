import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { Ricochet, RicochetError } from '../../clients/js/src/index'
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
