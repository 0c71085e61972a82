import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { BounceEvent } from '../../src/events'
import { applyEvents } from '../../src/pipeline/apply'
import { api, checkAddress, insideLedger, uniqueAddress } from '../helpers'

/** Applies one event through the shared pipeline (classify → ledger → D1/KV), from a tenant and stream. */
async function report(
  address: string,
  kind: 'hard' | 'complaint' | 'block',
  scope: { tenant?: string; stream?: string } = {}
) {
  const base = {
    hard: ['550', '5.1.1', '550 5.1.1 The email account that you tried to reach does not exist.'],
    block: [
      '550',
      '5.7.1',
      '550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org',
    ],
    complaint: [null, null, null],
  }[kind]
  const event: BounceEvent = {
    id: crypto.randomUUID(),
    provider: 'test',
    kind: kind === 'complaint' ? 'complaint' : 'bounce',
    address,
    occurredAt: new Date().toISOString(),
    replyCode: base[0]!,
    status: base[1]!,
    diagnostic: base[2]!,
    providerType: null,
    feedbackType: kind === 'complaint' ? 'abuse' : null,
    messageId: null,
    ...scope,
  }
  const [applied] = await applyEvents(env, [event], new Date().toISOString())
  return applied!
}

const put = (entry: string, body: object) =>
  api(`/v1/suppressions/${encodeURIComponent(entry)}`, { method: 'PUT', body: JSON.stringify(body) })

describe('scoped verdicts through the pipeline', () => {
  it('a hard bounce from one tenant drops the address in every tenant and names the global scope', async () => {
    const address = uniqueAddress('scope-hard')
    await report(address, 'hard', { tenant: 'acme', stream: 'marketing' })
    expect(await checkAddress(address, '?tenant=other&stream=billing')).toMatchObject({
      action: 'drop',
      scope: 'global',
      entry: 'address',
    })
  })

  it('a marketing complaint blocks marketing mail of that tenant only, not its password resets', async () => {
    const address = uniqueAddress('scope-complaint')
    await report(address, 'complaint', { tenant: 'acme', stream: 'marketing' })
    expect(await checkAddress(address, '?tenant=acme&stream=marketing')).toMatchObject({
      action: 'drop',
      scope: { tenant: 'acme', stream: 'marketing' },
    })
    expect(await checkAddress(address, '?tenant=acme&stream=transactional')).toMatchObject({ action: 'send' })
    expect(await checkAddress(address, '?tenant=globex&stream=marketing')).toMatchObject({ action: 'send' })
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
  })

  it("one customer's complaint (stream unknown) blocks that customer's mail, not another's", async () => {
    const address = uniqueAddress('scope-tenant')
    await report(address, 'complaint', { tenant: 'acme' })
    expect(await checkAddress(address, '?tenant=acme&stream=transactional')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(address, '?tenant=globex')).toMatchObject({ action: 'send' })
  })

  it('announces the scope in the change feed: a stream complaint is suppression.created for that stream', async () => {
    const address = uniqueAddress('scope-feed')
    await report(address, 'complaint', { tenant: 'acme', stream: 'marketing' })
    const feed = (await (await api('/v1/changes?limit=500')).json()) as any
    const created = feed.items.find(
      (n: any) => n.type === 'suppression.created' && n.data.address === address
    )
    expect(created.data).toMatchObject({
      scope: { tenant: 'acme', stream: 'marketing' },
      tenant: 'acme',
      stream: 'marketing',
    })
  })

  it('counts soft bounces across tenants: three tenants, one window, the address suppressed for everyone', async () => {
    const address = uniqueAddress('scope-soft')
    const soft = (tenant: string, minutesAgo: number): BounceEvent => ({
      id: crypto.randomUUID(),
      provider: 'test',
      kind: 'bounce',
      address,
      occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      replyCode: '452',
      status: '4.2.2',
      diagnostic: '452 4.2.2 The email account that you tried to reach is over quota.',
      providerType: null,
      messageId: null,
      tenant,
    })
    const applied = await applyEvents(
      env,
      [soft('a', 3), soft('b', 2), soft('c', 1)],
      new Date().toISOString()
    )
    expect(applied.map((a) => a.outcome)).toEqual(['deferred', 'deferred', 'suppressed'])
    expect(await checkAddress(address, '?tenant=z&stream=news')).toMatchObject({
      action: 'drop',
      disposition: 'soft',
      scope: 'global',
    })
  })

  it('a block is never a suppression, in any scope', async () => {
    const address = uniqueAddress('scope-block')
    await report(address, 'block', { tenant: 'acme', stream: 'marketing' })
    expect(await checkAddress(address, '?tenant=acme&stream=marketing')).toMatchObject({ action: 'send' })
  })

  it('answers a batch in the scope its body names', async () => {
    const address = uniqueAddress('scope-batch')
    await report(address, 'complaint', { tenant: 'acme', stream: 'marketing' })
    const ask = async (body: object) =>
      ((await (await api('/v1/check', { method: 'POST', body: JSON.stringify(body) })).json()) as any)
        .results[0]
    expect(await ask({ addresses: [address], tenant: 'acme', stream: 'marketing' })).toMatchObject({
      action: 'drop',
    })
    expect(await ask({ addresses: [address], tenant: 'acme' })).toMatchObject({ action: 'send' })
  })

  it('refuses a malformed tenant or stream with invalid_scope, on the single and the batch check', async () => {
    const single = await api('/v1/check/a%40example.com?tenant=%2Fetc')
    expect(single.status).toBe(400)
    expect(((await single.json()) as any).error.code).toBe('invalid_scope')
    const batch = await api('/v1/check', {
      method: 'POST',
      body: JSON.stringify({ addresses: ['a@example.com'], stream: 'a b' }),
    })
    expect(batch.status).toBe(400)
    expect(((await batch.json()) as any).error.code).toBe('invalid_scope')
  })
})

describe('operator entries in a scope', () => {
  it('PUT with a tenant and stream suppresses only there; DELETE with the scope lifts only that entry', async () => {
    const address = uniqueAddress('scope-manual')
    const res = await put(address, { tenant: 'acme', stream: 'newsletter', reason: 'asked_by_phone' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ scope: { tenant: 'acme', stream: 'newsletter' } })
    await put(address, { global: true, reason: 'legal_hold' })
    expect(await checkAddress(address, '?tenant=acme&stream=newsletter')).toMatchObject({ scope: 'global' })
    const lift = await api(`/v1/suppressions/${address}?global=true`, { method: 'DELETE' })
    expect(lift.status).toBe(204)
    expect(await checkAddress(address, '?tenant=acme&stream=newsletter')).toMatchObject({
      action: 'drop',
      reason: 'asked_by_phone',
    })
    expect(await checkAddress(address, '?tenant=acme')).toMatchObject({ action: 'send' })
    const again = await api(`/v1/suppressions/${address}?global=true`, { method: 'DELETE' })
    expect(again.status).toBe(404)
  })

  it('DELETE without a scope lifts every entry of the address', async () => {
    const address = uniqueAddress('scope-liftall')
    await put(address, { tenant: 'acme' })
    await put(address, { tenant: 'globex', stream: 'marketing' })
    expect((await api(`/v1/suppressions/${address}`, { method: 'DELETE' })).status).toBe(204)
    expect(await checkAddress(address, '?tenant=globex&stream=marketing')).toMatchObject({ action: 'send' })
    expect(await checkAddress(address, '?tenant=acme')).toMatchObject({ action: 'send' })
  })

  it('the detail lists every entry with its scope', async () => {
    const address = uniqueAddress('scope-detail')
    await put(address, { tenant: 'acme', stream: 'marketing' })
    await put(address, { global: true })
    const detail = (await (await api(`/v1/suppressions/${address}`)).json()) as any
    expect(detail.scope).toBe('global')
    expect(detail.entries.map((e: any) => e.scope)).toEqual([
      'global',
      { tenant: 'acme', stream: 'marketing' },
    ])
  })

  it('refuses global with a tenant, and a malformed stream', async () => {
    const address = uniqueAddress('scope-bad')
    for (const body of [{ global: true, tenant: 'acme' }, { stream: 'no spaces' }]) {
      const res = await put(address, body)
      expect(res.status).toBe(400)
      expect(((await res.json()) as any).error.code).toBe('invalid_scope')
    }
  })
})

describe('domain entries', () => {
  it('PUT /v1/suppressions/@domain drops every address at that domain, naming the domain entry', async () => {
    const domain = `@${crypto.randomUUID().slice(0, 8)}.example.org`
    expect((await put(domain.toUpperCase(), { reason: 'domain_closed' })).status).toBe(200)
    expect(await checkAddress(`anyone${domain}`)).toMatchObject({
      action: 'drop',
      entry: 'domain',
      reason: 'domain_closed',
      scope: { tenant: 'default', stream: null },
    })
    expect(await checkAddress(`anyone${domain}`, '?tenant=other')).toMatchObject({ action: 'send' })
    const detail = await api(`/v1/suppressions/${encodeURIComponent(domain)}`)
    expect(detail.status).toBe(200)
    expect((await api(`/v1/suppressions/${encodeURIComponent(domain)}`, { method: 'DELETE' })).status).toBe(
      204
    )
    expect(await checkAddress(`anyone${domain}`)).toMatchObject({ action: 'send' })
  })

  it('refuses a domain entry that is not a domain', async () => {
    const res = await put('@not a domain', {})
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.code).toBe('invalid_address')
  })
})

describe('allowlist', () => {
  it('an allowlisted address is never suppressed, its events are still recorded, the check says so', async () => {
    const address = uniqueAddress('allow-one')
    const res = await api(`/v1/allowlist/${address}`, {
      method: 'PUT',
      body: JSON.stringify({ note: 'seed' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ entry: address, note: 'seed', actor: 'admin' })
    const applied = await report(address, 'hard')
    expect(applied.outcome).toBe('recorded')
    expect(await checkAddress(address)).toMatchObject({ action: 'send', allowlisted: true })
    const history = (await (await api(`/v1/addresses/${address}/events`)).json()) as any
    expect(history.items).toHaveLength(1)
    expect(history.items[0]).toMatchObject({ kind: 'bounce', action: 'recorded' })
  })

  it('a domain on the allowlist: its addresses record events without suppression and are answered send', async () => {
    const domain = `@${crypto.randomUUID().slice(0, 8)}.example.net`
    expect((await api(`/v1/allowlist/${encodeURIComponent(domain)}`, { method: 'PUT' })).status).toBe(200)
    const address = `team${domain}`
    expect((await report(address, 'hard')).outcome).toBe('recorded')
    expect(await checkAddress(address)).toMatchObject({ action: 'send', allowlisted: true })
    const state = await insideLedger(address, (ledger) => ledger.inspect())
    expect(state.state.records).toEqual({})
  })

  it('lists, reads and removes entries; removing twice is not_found', async () => {
    const address = uniqueAddress('allow-list')
    await api(`/v1/allowlist/${address}`, { method: 'PUT', body: JSON.stringify({ note: 'ours' }) })
    const page = (await (await api('/v1/allowlist?limit=500')).json()) as any
    expect(page.items.map((i: any) => i.entry)).toContain(address)
    expect((await api(`/v1/allowlist/${address}`)).status).toBe(200)
    expect((await api(`/v1/allowlist/${address}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/v1/allowlist/${address}`)).status).toBe(404)
    expect((await api(`/v1/allowlist/${address}`, { method: 'DELETE' })).status).toBe(404)
    expect((await report(address, 'hard')).outcome).toBe('suppressed')
  })

  it('refuses a malformed entry and an oversized note', async () => {
    expect((await api('/v1/allowlist/not-an-address', { method: 'PUT' })).status).toBe(400)
    const long = await api(`/v1/allowlist/${uniqueAddress('allow-long')}`, {
      method: 'PUT',
      body: JSON.stringify({ note: 'x'.repeat(501) }),
    })
    expect(long.status).toBe(400)
  })
})

describe('operator surfaces by scope', () => {
  const listOf = async (query: string) => {
    const items: any[] = []
    let cursor: string | null = null
    do {
      const page = (await (
        await api(`/v1/suppressions?${query}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json()) as any
      items.push(...page.items)
      cursor = page.next_cursor
    } while (cursor)
    return items
  }

  it('lists one row per entry with its scope, filters by tenant and stream, pages across entries of one address', async () => {
    const address = uniqueAddress('scope-list')
    const q = `q=${encodeURIComponent(address)}`
    await put(address, { tenant: 'acme', stream: 'news', reason: 'r_news' })
    await put(address, { tenant: 'acme', reason: 'r_acme' })
    await put(address, { tenant: 'globex', reason: 'r_globex' })
    await put(address, { global: true, reason: 'r_global' })
    const all = await listOf(q)
    expect(all.map((i) => i.scope)).toHaveLength(4)
    expect(new Set(all.map((i) => i.reason))).toEqual(new Set(['r_news', 'r_acme', 'r_globex', 'r_global']))
    expect(new Set((await listOf(`${q}&tenant=acme`)).map((i) => i.reason))).toEqual(
      new Set(['r_news', 'r_acme', 'r_global'])
    )
    expect(new Set((await listOf(`${q}&tenant=acme&stream=billing`)).map((i) => i.reason))).toEqual(
      new Set(['r_acme', 'r_global'])
    )
    const bad = await api('/v1/suppressions?tenant=no%20way')
    expect(((await bad.json()) as any).error.code).toBe('invalid_scope')
  })

  it('exports tenant and stream columns, and an import of the export restores every entry in its scope', async () => {
    const address = uniqueAddress('scope-roundtrip')
    await put(address, { tenant: 'acme', stream: 'news', reason: 'r_news' })
    await put(address, { global: true, reason: 'r_global' })
    const csv = await (await api(`/v1/suppressions/export?q=${encodeURIComponent(address)}`)).text()
    expect(csv).toContain(`${address},r_news,manual,manual`)
    expect(csv.split('\n')[1]).toMatch(/,(\*,\*|acme,news)$/)
    expect((await api(`/v1/suppressions/${address}`, { method: 'DELETE' })).status).toBe(204)
    const imported = await api('/v1/suppressions/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    })
    expect(await imported.json()).toMatchObject({ applied: 2, error_count: 0 })
    expect(await checkAddress(address, '?tenant=acme&stream=news')).toMatchObject({
      action: 'drop',
      scope: 'global',
    })
    const detail = (await (await api(`/v1/suppressions/${address}`)).json()) as any
    expect(detail.entries.map((e: any) => e.scope)).toEqual(['global', { tenant: 'acme', stream: 'news' }])
  })

  it('imports domain entries and refuses a stream without its tenant', async () => {
    const domain = `@${crypto.randomUUID().slice(0, 8)}.example.org`
    const res = await api('/v1/suppressions/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `email,reason,tenant,stream\n${domain},closed,,\nx${domain},manual,,news\n`,
    })
    const report = (await res.json()) as any
    expect(report).toMatchObject({ applied: 1, error_count: 1 })
    expect(report.errors[0].error).toMatch(/tenant/)
    expect(await checkAddress(`someone${domain}`)).toMatchObject({ action: 'drop', entry: 'domain' })
  })

  it('restore lifts only the entries of the scope asked for', async () => {
    const address = uniqueAddress('scope-restore')
    const since = new Date(Date.now() - 60_000).toISOString()
    await put(address, { tenant: 'acme', reason: 'incident_42' })
    await put(address, { tenant: 'globex', reason: 'incident_42' })
    const res = await api('/v1/suppressions/restore', {
      method: 'POST',
      body: JSON.stringify({
        filter: {
          since,
          until: new Date(Date.now() + 60_000).toISOString(),
          reason: 'incident_42',
          tenant: 'acme',
        },
        dry_run: false,
      }),
    })
    expect(await res.json()).toMatchObject({ matched: 1, lifted: 1 })
    expect(await checkAddress(address, '?tenant=acme')).toMatchObject({ action: 'send' })
    expect(await checkAddress(address, '?tenant=globex')).toMatchObject({ action: 'drop' })
  })
})
