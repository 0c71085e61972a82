import { describe, expect, it } from 'vitest'
import { api, checkAddress, ownEvents, postEvents, uniqueAddress } from '../helpers'

const report = (events: unknown, init: RequestInit = {}) =>
  api('/v1/events', { method: 'POST', body: JSON.stringify({ events }), ...init })

const refusal = (address: string, extra: Record<string, unknown> = {}) => ({
  address,
  type: 'bounce',
  reply_code: '550',
  status: '5.1.1',
  diagnostic: '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown',
  ...extra,
})

async function keyWith(scope: string): Promise<string> {
  const res = await api('/v1/keys', {
    method: 'POST',
    body: JSON.stringify({ name: `ev-${scope}`, scopes: [scope] }),
  })
  return ((await res.json()) as { token: string }).token
}

describe('POST /v1/events', () => {
  it('applies a synchronous 550 5.1.1 refusal: the answer classifies it and the next check drops', async () => {
    const address = uniqueAddress('sync-refusal')
    const res = await report([refusal(address, { id: 'smtp-1' })])
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      received: 1,
      applied: 1,
      duplicates: 0,
      queued: 0,
      ignored: 0,
      invalid: 0,
      errors: [],
      results: [
        {
          index: 0,
          event_id: 'app:smtp-1',
          address,
          provider: 'app',
          type: 'bounce',
          reason: 'userunknown',
          disposition: 'hard',
          hardbounce: true,
          rule: expect.any(String),
          duplicate: false,
          check: 'drop',
        },
      ],
    })
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', reason: 'userunknown' })
  })

  it('classifies exactly as the standard webhook does for the same event', async () => {
    const viaWebhook = uniqueAddress('same-webhook')
    const viaReport = uniqueAddress('same-report')
    const block = ownEvents.block(viaWebhook)
    expect((await postEvents(block)).status).toBe(200)
    const res = await report([
      { ...refusal(viaReport), ...block, kind: undefined, type: 'bounce', address: viaReport },
    ])
    const [result] = ((await res.json()) as { results: Record<string, unknown>[] }).results
    const history = (await (await api(`/v1/addresses/${viaWebhook}/events`)).json()) as {
      items: Record<string, unknown>[]
    }
    const stored = history.items[0]!
    expect(result).toMatchObject({
      reason: stored.reason,
      disposition: stored.disposition,
      hardbounce: stored.hardbounce,
      rule: stored.rule,
    })
    expect(await checkAddress(viaReport)).toEqual({ ...(await checkAddress(viaWebhook)), address: viaReport })
  })

  it('dedupes by id, and without an id by the content of the event', async () => {
    const address = uniqueAddress('dedupe')
    const soft = {
      address,
      type: 'deferred',
      reply_code: '452',
      status: '4.2.2',
      occurred_at: '2026-11-20T10:00:00Z',
      message_id: '<a@b>',
    }
    const first = (await (await report([soft, { ...soft, id: 'x1' }])).json()) as Record<string, unknown>
    expect(first).toMatchObject({ applied: 2, duplicates: 0 })
    const again = (await (
      await report([soft, { ...soft, id: 'x1', diagnostic: 'different words' }])
    ).json()) as {
      results: { duplicate: boolean; event_id: string }[]
    }
    expect(again).toMatchObject({ applied: 0, duplicates: 2 })
    expect(again.results[0]!.event_id).toMatch(/^app:sha256:[0-9a-f]{64}$/)
    const later = (await (await report([{ ...soft, occurred_at: '2026-11-21T10:00:00Z' }])).json()) as Record<
      string,
      unknown
    >
    expect(later).toMatchObject({ applied: 1, duplicates: 0 })
  })

  it('keeps the provider an event names, and records it as the suppression source', async () => {
    const address = uniqueAddress('named-provider')
    const res = (await (await report([refusal(address, { provider: 'postfix', id: 'q1' })])).json()) as {
      results: Record<string, unknown>[]
    }
    expect(res.results[0]).toMatchObject({ provider: 'postfix', event_id: 'postfix:q1' })
    const detail = (await (await api(`/v1/suppressions/${address}`)).json()) as {
      record: Record<string, unknown>
    }
    expect(detail.record.source).toBe('postfix')
  })

  it('reports an invalid entry by index and applies the others', async () => {
    const good = uniqueAddress('good')
    const alsoGood = uniqueAddress('also-good')
    const res = await report([
      refusal(good),
      { address: 'not-an-address', type: 'bounce' },
      { address: uniqueAddress('bad-type'), type: 'opened' },
      'a string',
      refusal(alsoGood, { reply_code: '55' }),
      { address: alsoGood, type: 'complaint' },
    ])
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      errors: { index: number; code: string; message: string }[]
      results: { index: number }[]
    }
    expect(body).toMatchObject({ received: 6, applied: 2, invalid: 4 })
    expect(body.errors.map((e) => [e.index, e.code])).toEqual([
      [1, 'invalid_address'],
      [2, 'invalid_request'],
      [3, 'invalid_request'],
      [4, 'invalid_request'],
    ])
    expect(body.errors[3]!.message).toContain('reply_code')
    expect(body.results.map((r) => r.index)).toEqual([0, 5])
    expect(await checkAddress(good)).toMatchObject({ action: 'drop' })
    expect(await checkAddress(alsoGood)).toMatchObject({ action: 'drop', disposition: 'complaint' })
  })

  it('answers counts without per-event results above 100 events, every event applied', async () => {
    const addresses = Array.from({ length: 101 }, () => uniqueAddress('many'))
    const res = await report(addresses.map((a) => ({ address: a, type: 'delivered' })))
    const body = (await res.json()) as Record<string, unknown>
    // With the INGEST queue bound, more than INLINE_EVENT_LIMIT events are queued instead of applied inline.
    expect(body).toMatchObject({ received: 101, invalid: 0, errors: [] })
    expect((body.applied as number) + (body.queued as number)).toBe(101)
    expect(body).not.toHaveProperty('results')
  })

  it('refuses a bad envelope with a clear error and stores nothing', async () => {
    const address = uniqueAddress('envelope')
    const over = Array.from({ length: 1001 }, () => refusal(address))
    const tooMany = await report(over)
    expect(tooMany.status).toBe(400)
    expect(await tooMany.json()).toMatchObject({ error: { code: 'invalid_request' } })
    expect((await api('/v1/events', { method: 'POST', body: '{"events": 3}' })).status).toBe(400)
    const notJson = await api('/v1/events', { method: 'POST', body: '{"events": [' })
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_json' } })
    const wrongType = await api('/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ events: [] }),
    })
    expect(wrongType.status).toBe(415)
    const huge = await report([refusal(address, { diagnostic: 'x'.repeat(1024 * 1024) })])
    expect(huge.status).toBe(413)
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
  })

  it('needs a write key: a check key cannot report a refusal that would suppress someone', async () => {
    const address = uniqueAddress('forbidden')
    const anonymous = await report([refusal(address)], { headers: { authorization: '' } })
    expect(anonymous.status).toBe(401)
    const checkKey = await keyWith('check')
    const forbidden = await report([refusal(address)], { headers: { authorization: `Bearer ${checkKey}` } })
    expect(forbidden.status).toBe(403)
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
    const writeKey = await keyWith('write')
    const allowed = await report([refusal(address)], { headers: { authorization: `Bearer ${writeKey}` } })
    expect(allowed.status).toBe(200)
  })

  it('refuses a provider name that is not a short lowercase token', async () => {
    const res = await report([refusal(uniqueAddress('hostile'), { provider: 'App:evil\n' })])
    const body = (await res.json()) as { errors: { index: number; message: string }[] }
    expect(body.errors[0]).toMatchObject({ index: 0 })
    expect(body.errors[0]!.message).toContain('provider')
  })
})

describe('POST /v1/events cannot pose as another source', () => {
  for (const provider of ['nylas', 'standard', 'import', 'manual', 'policy', 'inbound']) {
    it(`refuses provider "${provider}", whose event ids a report could otherwise shadow`, async () => {
      const res = await report([refusal(uniqueAddress('posing'), { provider })])
      const body = (await res.json()) as { applied: number; errors: { index: number; message: string }[] }
      expect(body.applied).toBe(0)
      expect(body.errors[0]).toMatchObject({ index: 0, code: 'invalid_request' })
      expect(body.errors[0]!.message).toContain('reserved')
    })
  }
})
