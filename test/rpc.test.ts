import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { api, checkAddress, uniqueAddress } from './helpers'

/** Calls RicochetRpc the way a mailer Worker does: through its own service binding, no HTTP to us, no key. */
async function viaMailer(
  method: string,
  ...args: unknown[]
): Promise<{ ok?: any; error?: { message: string } }> {
  const res = await env.MAILER.fetch('https://mailer.test/', {
    method: 'POST',
    body: JSON.stringify({ method, args }),
  })
  return res.json()
}

const refusal = (address: string) => ({
  address,
  type: 'bounce',
  reply_code: '550',
  status: '5.1.1',
  diagnostic: '550 5.1.1 User unknown',
})

describe('RicochetRpc through a service binding', () => {
  it('answers check exactly as GET /v1/check does', async () => {
    const address = uniqueAddress('rpc-check')
    const { ok } = await viaMailer('check', address.toUpperCase())
    expect(ok).toEqual(await checkAddress(address))
    expect(ok).toMatchObject({ address, action: 'send', suppressed: false })
  })

  it('reports a refusal that the next check, over RPC and over HTTP, drops', async () => {
    const address = uniqueAddress('rpc-report')
    const { ok: receipt } = await viaMailer('report', [refusal(address)])
    const res = await api('/v1/events', {
      method: 'POST',
      body: JSON.stringify({ events: [refusal(address)] }),
    })
    // The same content is the same event: the HTTP report of it is a duplicate of the RPC one, same answer.
    expect(receipt).toMatchObject({ received: 1, applied: 1, duplicates: 0, errors: [] })
    expect(receipt.results[0]).toMatchObject({ reason: 'userunknown', disposition: 'hard', check: 'drop' })
    const http = (await res.json()) as typeof receipt
    expect(http).toMatchObject({ applied: 0, duplicates: 1 })
    expect(http.results[0]).toEqual({ ...receipt.results[0], duplicate: true })
    expect((await viaMailer('check', address)).ok).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect((await viaMailer('check', address, { consistent: true })).ok).toMatchObject({ action: 'drop' })
  })

  it('answers check and checkMany in the tenant and stream asked, and refuses a malformed one', async () => {
    const address = uniqueAddress('rpc-scope')
    await viaMailer('report', [{ address, type: 'complaint', tenant: 'acme', stream: 'news' }])
    const { ok: news } = await viaMailer('check', address, { tenant: 'acme', stream: 'news' })
    expect(news).toMatchObject({ action: 'drop', scope: { tenant: 'acme', stream: 'news' } })
    const { ok: many } = await viaMailer('checkMany', [address], { tenant: 'acme', stream: 'billing' })
    expect(many.results[0]).toMatchObject({ action: 'send' })
    const { error } = await viaMailer('check', address, { tenant: 'not valid' })
    expect(error?.message).toMatch(/invalid_scope/)
  })

  it('treats null or junk options of check as none, instead of failing internally', async () => {
    const address = uniqueAddress('rpc-null')
    for (const options of [null, 'yes', 7]) {
      const { ok, error } = await viaMailer('check', address, options)
      expect(error).toBeUndefined()
      expect(ok).toMatchObject({ address, action: 'send' })
    }
  })

  it('answers checkMany in input order with the HTTP batch answer, invalid inputs in place', async () => {
    const dead = uniqueAddress('rpc-dead')
    await viaMailer('report', [refusal(dead)])
    const addresses = [uniqueAddress('rpc-a'), 'nonsense', dead, uniqueAddress('rpc-b')]
    const { ok } = await viaMailer('checkMany', addresses)
    const http = await api('/v1/check', { method: 'POST', body: JSON.stringify({ addresses }) })
    expect(ok).toEqual(await http.json())
    expect(ok.results.map((r: { action?: string }) => r.action ?? 'error')).toEqual([
      'send',
      'error',
      'drop',
      'send',
    ])
  })

  it('throws the API error code for a caller mistake, with no stack or internals', async () => {
    expect((await viaMailer('check', 'not-an-address')).error?.message).toMatch(
      /^invalid_address: Not a valid/
    )
    const tooMany = Array.from({ length: 1001 }, (_, i) => `a${i}@example.com`)
    expect((await viaMailer('checkMany', tooMany)).error?.message).toMatch(/^invalid_request: .*1000/)
    expect((await viaMailer('report', 'not a list')).error?.message).toMatch(/^invalid_request: /)
  })

  it('reports an invalid event by index and applies the others, as the HTTP route does', async () => {
    const address = uniqueAddress('rpc-partial')
    const { ok } = await viaMailer('report', [{ address, type: 'nope' }, refusal(address)])
    expect(ok).toMatchObject({ received: 2, applied: 1, invalid: 1 })
    expect(ok.errors[0]).toMatchObject({ index: 0, code: 'invalid_request' })
  })
})
