import { describe, expect, it } from 'vitest'
import { api, checkAddress, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'

describe('pre-send check', () => {
  it('answers send for an address it has never seen', async () => {
    const address = uniqueAddress('never')
    expect(await checkAddress(address)).toEqual({
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

  it('normalizes the path address (case, IDN) before looking it up', async () => {
    const answer = await checkAddress('Jane.Doe@Bücher.Example')
    expect(answer.address).toBe('jane.doe@xn--bcher-kva.example')
  })

  it('checks 1000 addresses in one batch, in input order, with an error entry for an invalid one', async () => {
    const suppressed = uniqueAddress('batch-hard')
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: suppressed }))
    const addresses = Array.from(
      { length: 1000 },
      (_, i) => `batch.${i}.${crypto.randomUUID().slice(0, 6)}@example.com`
    )
    addresses[10] = suppressed.toUpperCase()
    addresses[500] = 'not-an-address'
    addresses[999] = addresses[0]!
    const res = await api('/v1/check', { method: 'POST', body: JSON.stringify({ addresses }) })
    expect(res.status).toBe(200)
    const { results } = (await res.json()) as { results: Record<string, unknown>[] }
    expect(results).toHaveLength(1000)
    expect(results[0]).toMatchObject({ address: addresses[0], action: 'send' })
    expect(results[10]).toMatchObject({ address: suppressed, action: 'drop', reason: 'userunknown' })
    expect(results[500]).toEqual({
      address: 'not-an-address',
      error: { code: 'invalid_address', message: expect.any(String) },
    })
    expect(results[999]).toMatchObject({ address: addresses[0], action: 'send' })
    for (const [i, result] of results.entries()) {
      if (i !== 10 && i !== 500) expect(result.address).toBe(addresses[i]!.toLowerCase())
    }
  })

  it('answers non-string entries in a batch with their own error', async () => {
    const res = await api('/v1/check', {
      method: 'POST',
      body: JSON.stringify({ addresses: [42, null, 'ok@example.com'] }),
    })
    const { results } = (await res.json()) as { results: Record<string, unknown>[] }
    expect(results[0]).toMatchObject({ address: null, error: { code: 'invalid_address' } })
    expect(results[1]).toMatchObject({ address: null, error: { code: 'invalid_address' } })
    expect(results[2]).toMatchObject({ address: 'ok@example.com', action: 'send' })
  })

  it('answers an empty batch with no results', async () => {
    const res = await api('/v1/check', { method: 'POST', body: JSON.stringify({ addresses: [] }) })
    expect(await res.json()).toEqual({ results: [] })
  })
})
