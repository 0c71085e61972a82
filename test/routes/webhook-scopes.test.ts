import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import {
  api,
  checkAddress,
  NYLAS_FIXTURES,
  nylasEvent,
  ownEvents,
  postEvents,
  postNylas,
  uniqueAddress,
} from '../helpers'

const historyOf = async (address: string) =>
  ((await (await api(`/v1/addresses/${address}/events`)).json()) as any).items as Record<string, unknown>[]

describe('where a scope comes from', () => {
  it("applies the webhook URL's ?tenant=&stream= to events that do not name their own", async () => {
    const address = uniqueAddress('url-scope')
    expect((await postEvents(ownEvents.complaint(address), '?tenant=acme&stream=marketing')).status).toBe(200)
    expect(await checkAddress(address, '?tenant=acme&stream=marketing')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(address, '?tenant=acme&stream=transactional')).toMatchObject({ action: 'send' })
    expect((await historyOf(address))[0]).toMatchObject({ tenant: 'acme', stream: 'marketing' })
  })

  it('filters an address history by tenant and stream', async () => {
    const address = uniqueAddress('history-scope')
    await postEvents({ ...ownEvents.block(address), tenant: 'acme', stream: 'news' })
    await postEvents({ ...ownEvents.block(address), tenant: 'globex' })
    await postEvents(ownEvents.block(address))
    const of = async (q: string) =>
      ((await (await api(`/v1/addresses/${address}/events${q}`)).json()) as any).items.map(
        (i: any) => i.tenant
      )
    expect((await of('')).sort()).toEqual(['acme', 'globex', null].sort())
    expect(await of('?tenant=acme')).toEqual(['acme'])
    expect(await of('?tenant=default')).toEqual([null])
    expect(await of('?tenant=acme&stream=digest')).toEqual([])
  })

  it("an event's own tenant and stream win over the URL's default", async () => {
    const address = uniqueAddress('own-scope')
    await postEvents({ ...ownEvents.complaint(address), tenant: 'globex', stream: 'digest' }, '?tenant=acme')
    expect(await checkAddress(address, '?tenant=globex&stream=digest')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(address, '?tenant=acme&stream=digest')).toMatchObject({ action: 'send' })
  })

  it("a signed body replayed to another tenant's URL is a duplicate: one history row, one scope", async () => {
    const address = uniqueAddress('replay-scope')
    const body = JSON.stringify([{ id: crypto.randomUUID(), ...ownEvents.complaint(address) }])
    expect((await postEvents(body, '?tenant=acme&stream=news')).status).toBe(200)
    const replay = await postEvents(body, '?tenant=globex&stream=news')
    expect(replay.status).toBe(200)
    expect(await replay.json()).toMatchObject({ duplicates: 1, applied: 0 })
    expect(await historyOf(address)).toHaveLength(1)
    expect(await checkAddress(address, '?tenant=globex&stream=news')).toMatchObject({ action: 'send' })
  })

  it('refuses a malformed ?tenant with invalid_scope', async () => {
    const res = await postEvents(ownEvents.hard(uniqueAddress('bad-url')), '?tenant=%2F..')
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.code).toBe('invalid_scope')
  })

  it('POST /v1/events carries tenant and stream, per event or as the body default', async () => {
    const a = uniqueAddress('report-a')
    const b = uniqueAddress('report-b')
    const res = await api('/v1/events', {
      method: 'POST',
      body: JSON.stringify({
        tenant: 'acme',
        stream: 'news',
        events: [
          { address: a, type: 'complaint' },
          { address: b, type: 'complaint', tenant: 'globex', stream: 'digest' },
          { address: b, type: 'complaint', tenant: 'not valid' },
        ],
      }),
    })
    expect(res.status).toBe(200)
    const receipt = (await res.json()) as any
    expect(receipt.errors).toEqual([expect.objectContaining({ index: 2, code: 'invalid_request' })])
    expect(await checkAddress(a, '?tenant=acme&stream=news')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(b, '?tenant=globex&stream=digest')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(b, '?tenant=acme&stream=news')).toMatchObject({ action: 'send' })
  })
})

describe('Nylas grants mapped to tenants', () => {
  it('a grant mapped with PUT /v1/tenants/{tenant} puts its notifications in that tenant', async () => {
    const grant = `grant-${crypto.randomUUID()}`
    const put = await api('/v1/tenants/acme', {
      method: 'PUT',
      body: JSON.stringify({ nylas_grant_ids: [grant] }),
    })
    expect(put.status).toBe(200)
    expect(await put.json()).toMatchObject({ tenant: 'acme', nylas_grant_ids: [grant] })
    const address = uniqueAddress('grant')
    const body = JSON.parse(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    body.data.grant_id = grant
    body.data.object.grant_id = grant
    expect((await postNylas(JSON.stringify(body))).status).toBe(200)
    expect((await historyOf(address))[0]).toMatchObject({ tenant: 'acme' })
  })

  it('an unmapped grant falls back to the default tenant; a grant of two tenants is a conflict', async () => {
    const grant = `grant-${crypto.randomUUID()}`
    await api('/v1/tenants/acme2', { method: 'PUT', body: JSON.stringify({ nylas_grant_ids: [grant] }) })
    const clash = await api('/v1/tenants/globex2', {
      method: 'PUT',
      body: JSON.stringify({ nylas_grant_ids: [grant] }),
    })
    expect(clash.status).toBe(409)
    expect(((await clash.json()) as any).error.code).toBe('conflict')
    const address = uniqueAddress('nogrant')
    const body = JSON.parse(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    body.data.object.grant_id = 'unknown-grant'
    await postNylas(JSON.stringify(body))
    expect((await historyOf(address))[0]).toMatchObject({ tenant: null })
  })

  it('lists, reads and deletes tenants; refuses a malformed name', async () => {
    await api('/v1/tenants/listed', {
      method: 'PUT',
      body: JSON.stringify({ nylas_grant_ids: ['g-listed'] }),
    })
    const list = (await (await api('/v1/tenants')).json()) as any
    expect(list.items.map((t: any) => t.tenant)).toContain('listed')
    expect((await api('/v1/tenants/listed')).status).toBe(200)
    expect((await api('/v1/tenants/listed', { method: 'DELETE' })).status).toBe(204)
    expect((await api('/v1/tenants/listed')).status).toBe(404)
    const bad = await api('/v1/tenants/no%20spaces', {
      method: 'PUT',
      body: JSON.stringify({ nylas_grant_ids: [] }),
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as any).error.code).toBe('invalid_scope')
    expect(env.DB).toBeDefined()
  })
})
