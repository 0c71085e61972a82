import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { maintenance } from '../../src/pipeline/maintenance'
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

const json = async (res: Response) => (await res.json()) as Record<string, any>
const put = (address: string, body: unknown) =>
  api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'PUT', body: JSON.stringify(body) })
const importBody = (body: string, query = '') =>
  api(`/v1/suppressions/import${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body })
async function history(address: string) {
  return (await json(await api(`/v1/addresses/${encodeURIComponent(address)}/events`))).items as Record<
    string,
    unknown
  >[]
}

describe('manual suppressions', () => {
  it('suppresses by PUT, explains it, lifts it by DELETE, and keeps both steps in history with the actor', async () => {
    const address = uniqueAddress('manual')
    const res = await put(address, { reason: 'legal_hold', note: 'ticket 42' })
    expect(res.status).toBe(200)
    expect(await json(res)).toMatchObject({
      address,
      record: { suppressed: true, reason: 'legal_hold', source: 'manual', note: 'ticket 42' },
    })
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      reason: 'legal_hold',
      disposition: 'manual',
    })

    const detail = await json(await api(`/v1/suppressions/${address}`))
    expect(detail.explain).toMatch(
      /^Suppressed since .* because an operator set a manual suppression \(legal_hold: "ticket 42"\).* by admin\. It does not expire/
    )

    expect((await api(`/v1/suppressions/${address}`, { method: 'DELETE' })).status).toBe(204)
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
    expect((await api(`/v1/suppressions/${address}`)).status).toBe(404)
    const steps = await history(address)
    expect(steps.map((s) => [s.kind, s.action, s.actor])).toEqual([
      ['lift', 'lifted', 'admin'],
      ['suppress', 'suppressed', 'admin'],
    ])
  })

  it('records a key as key:<id> with its name beside it, so no key can pass for the admin token', async () => {
    const key = await json(
      await api('/v1/keys', {
        method: 'POST',
        body: JSON.stringify({ name: 'ops-alice', scopes: ['write', 'read'] }),
      })
    )
    const address = uniqueAddress('actor')
    await api(`/v1/suppressions/${address}`, {
      method: 'PUT',
      body: '{}',
      headers: { authorization: `Bearer ${key.token}` },
    })
    expect((await history(address))[0]).toMatchObject({
      actor: `key:${key.id}`,
      actor_name: 'ops-alice',
      reason: 'manual',
    })
    const detail = await json(await api(`/v1/suppressions/${address}`))
    expect(detail.explain).toContain(`by key:${key.id} (ops-alice)`)
  })

  it('supports an expiry, and refuses one in the past or a bad reason', async () => {
    const address = uniqueAddress('expiring')
    const expires = new Date(Date.now() + 3 * 86_400_000).toISOString()
    expect((await put(address, { expires_at: expires })).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', expires_at: expires })
    expect((await put(address, { expires_at: '2001-01-01T00:00:00Z' })).status).toBe(400)
    expect((await put(address, { reason: 'no spaces allowed' })).status).toBe(400)
    expect((await put(address, { note: 'x'.repeat(501) })).status).toBe(400)
    expect((await put('not-an-address', {})).status).toBe(400)
  })

  it('lifting clears the soft window too', async () => {
    const address = uniqueAddress('lift-soft')
    await postEvents(ownEvents.soft(address))
    await postEvents(ownEvents.soft(address))
    expect(await checkAddress(address)).toMatchObject({ action: 'defer' })
    expect((await api(`/v1/suppressions/${address}`, { method: 'DELETE' })).status).toBe(204)
    await postEvents(ownEvents.soft(address))
    // Only one soft bounce in the window now: a deferral, not the third-strike suppression.
    expect(await checkAddress(address)).toMatchObject({ action: 'defer' })
  })

  it('answers 404 when lifting an address that is not suppressed', async () => {
    const res = await api(`/v1/suppressions/${uniqueAddress('none')}`, { method: 'DELETE' })
    expect(res.status).toBe(404)
    expect(await json(res)).toMatchObject({ error: { code: 'not_found' } })
  })

  it('explains a provider suppression with its event, codes and diagnostic', async () => {
    const address = uniqueAddress('explained')
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    const detail = await json(await api(`/v1/suppressions/${address}`))
    expect(detail.explain).toMatch(
      /because nylas reported a hard bounce \(userunknown, reply 550: "The email account that you tried to reach does not exist\./
    )
    expect(detail.explain).toMatch(/in event nylas:[0-9a-f-]+\. It does not expire/)
    expect(detail.cause).toMatchObject({ provider: 'nylas', reply_code: '550' })
    expect(detail.history).toHaveLength(1)
    expect(detail.soft_window).toEqual({ soft_bounces: [], last_delivered_at: null, soft_suppressions: 0 })
  })
})

describe('listing', () => {
  it('filters by reason, disposition, source and address prefix, newest first', async () => {
    const prefix = `list-${crypto.randomUUID().slice(0, 6)}`
    const a = `${prefix}.a@example.com`
    const b = `${prefix}.b@example.com`
    await put(a, { reason: 'legal_hold' })
    await postEvents(ownEvents.hard(b))
    const all = await json(await api(`/v1/suppressions?q=${prefix}`))
    expect(all.items.map((i: { address: string }) => i.address).sort()).toEqual([a, b])
    const manual = await json(await api(`/v1/suppressions?q=${prefix}&source=manual`))
    expect(manual.items.map((i: { address: string }) => i.address)).toEqual([a])
    const hard = await json(await api(`/v1/suppressions?q=${prefix}&disposition=hard&reason=userunknown`))
    expect(hard.items.map((i: { address: string }) => i.address)).toEqual([b])
    const future = await json(await api(`/v1/suppressions?q=${prefix}&since=2999-01-01`))
    expect(future.items).toEqual([])
  })

  it('walks pages with an opaque cursor, without skips or repeats while new rows arrive', async () => {
    const prefix = `page-${crypto.randomUUID().slice(0, 6)}`
    const made: string[] = []
    for (let i = 0; i < 5; i++) {
      made.push(`${prefix}.${i}@example.com`)
      await put(made[i]!, {})
    }
    const seen: string[] = []
    let cursor: string | null = null
    let inserted = false
    do {
      const page: Record<string, any> = await json(
        await api(`/v1/suppressions?q=${prefix}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      )
      seen.push(...page.items.map((i: { address: string }) => i.address))
      cursor = page.next_cursor
      if (!inserted) {
        inserted = true
        await put(`${prefix}.late@example.com`, {}) // newer than the walk's position: not in this walk
      }
    } while (cursor)
    expect(seen.sort()).toEqual([...made].sort())
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('refuses a forged cursor and out-of-range limits', async () => {
    expect((await api('/v1/suppressions?cursor=abc')).status).toBe(400)
    expect((await api('/v1/suppressions?limit=501')).status).toBe(400)
    expect((await api('/v1/suppressions?limit=0')).status).toBe(400)
    expect((await api('/v1/suppressions?disposition=weird')).status).toBe(400)
    expect((await api('/v1/suppressions?since=yesterday')).status).toBe(400)
  })

  it('paginates an address history newest first', async () => {
    const address = uniqueAddress('hist')
    for (let i = 0; i < 3; i++) await postEvents(ownEvents.delivered(address))
    const first = await json(await api(`/v1/addresses/${address}/events?limit=2`))
    expect(first.items).toHaveLength(2)
    const second = await json(
      await api(`/v1/addresses/${address}/events?limit=2&cursor=${first.next_cursor}`)
    )
    expect(second.items).toHaveLength(1)
    expect(second.next_cursor).toBeNull()
  })
})

describe('import', () => {
  it('imports a Mailgun bounces export, reporting per-line errors with line numbers', async () => {
    const [a, b] = [uniqueAddress('mg1'), uniqueAddress('mg2')]
    const csv = `address,code,error,created_at\n${a},550,"550 5.1.1 No such user, sorry",Fri 21 Nov 2026 10:00:00 GMT\nnot-an-address,550,x,\n${b},552,mailbox full,\n`
    const res = await importBody(csv)
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body).toMatchObject({ format: 'mailgun', lines: 3, valid: 2, applied: 2, error_count: 1 })
    expect(body.errors).toEqual([{ line: 3, error: expect.stringMatching(/^invalid address/) }])
    expect(await checkAddress(a)).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
      disposition: 'manual',
    })
    expect(await checkAddress(b)).toMatchObject({ action: 'drop', reason: 'mailboxfull' })
  })

  it('is idempotent: a re-import changes nothing', async () => {
    const a = uniqueAddress('re')
    const csv = `email,reason\n${a},hard_bounce\n`
    expect(await json(await importBody(csv))).toMatchObject({ applied: 1 })
    expect(await json(await importBody(csv))).toMatchObject({ applied: 0, unchanged: 1 })
    expect(await history(a)).toHaveLength(1)
  })

  it('reports without writing on dry_run', async () => {
    const a = uniqueAddress('dry')
    expect(await json(await importBody(`${a}\n`, '?dry_run=true'))).toMatchObject({
      dry_run: true,
      valid: 1,
      applied: 0,
    })
    expect(await checkAddress(a)).toMatchObject({ action: 'send' })
  })

  it('recognises SendGrid, SES, Postmark, headerless CSV and NDJSON', async () => {
    const cases: [string, (x: string) => string, string][] = [
      [
        'sendgrid',
        (x) => `email,created,reason,status\n${x},1700000000,"550 5.1.1 user unknown",5.1.1\n`,
        'userunknown',
      ],
      ['ses', (x) => `emailAddress,reason\n${x},COMPLAINT\n`, 'feedback'],
      [
        'postmark',
        (x) => `EmailAddress,SuppressionReason,CreatedAt\n${x},HardBounce,2026-11-01T00:00:00Z\n`,
        'userunknown',
      ],
      ['csv', (x) => `${x},mailboxfull,2026-11-01,2999-01-01\n`, 'mailboxfull'],
      ['ndjson', (x) => `{"email":"${x}","reason":"feedback"}\n`, 'feedback'],
    ]
    for (const [format, make, reason] of cases) {
      const address = uniqueAddress(format)
      const body = await json(await importBody(make(address)))
      expect(body, format).toMatchObject({ format, applied: 1, error_count: 0 })
      expect(await checkAddress(address), format).toMatchObject({ action: 'drop', reason })
    }
  })

  it('does not replace a provider suppression with an imported one', async () => {
    const address = uniqueAddress('keep')
    await postEvents(ownEvents.hard(address))
    expect(await json(await importBody(`${address},manual\n`))).toMatchObject({ applied: 0, unchanged: 1 })
    expect(await checkAddress(address)).toMatchObject({ reason: 'userunknown', disposition: 'hard' })
  })

  it('refuses more than 50,000 lines with 413 and applies none of them', async () => {
    const prefix = `big-${crypto.randomUUID().slice(0, 6)}`
    const csv = Array.from({ length: 50_001 }, (_, i) => `${prefix}.${i}@example.com`).join('\n')
    const res = await importBody(csv)
    expect(res.status).toBe(413)
    expect(await checkAddress(`${prefix}.0@example.com`)).toMatchObject({ action: 'send' })
  })
})

describe('export', () => {
  it('streams every current suppression as CSV and NDJSON, which import reads back', async () => {
    const prefix = `exp-${crypto.randomUUID().slice(0, 6)}`
    await put(`${prefix}.a@example.com`, { reason: 'legal_hold', note: 'has, comma' })
    await put(`${prefix}.b@example.com`, {})
    const csv = await (await api(`/v1/suppressions/export?format=csv&q=${prefix}`)).text()
    expect(csv.split('\n')[0]).toBe('email,reason,disposition,source,since,expires_at,note,tenant,stream')
    expect(csv).toContain(`${prefix}.a@example.com,legal_hold,manual,manual,`)
    expect(csv).toContain('"has, comma"')
    const ndjson = await (await api(`/v1/suppressions/export?format=ndjson&q=${prefix}`)).text()
    expect(
      ndjson
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).email)
        .sort()
    ).toEqual([`${prefix}.a@example.com`, `${prefix}.b@example.com`])
    const back = await json(await importBody(csv, '?dry_run=true'))
    expect(back).toMatchObject({ valid: 2, error_count: 0 })
    expect((await api('/v1/suppressions/export?format=xml')).status).toBe(400)
  })
})

describe('restore', () => {
  it('lifts every suppression an incident caused, after a dry run shows them', async () => {
    const since = new Date(Date.now() - 60_000).toISOString()
    const victims = [uniqueAddress('incident'), uniqueAddress('incident')]
    for (const address of victims) {
      await postEvents({
        ...ownEvents.hard(address),
        diagnostic: '550 5.1.1 Incident 7: The account you tried to reach does not exist.',
      })
    }
    const bystander = uniqueAddress('bystander')
    await postEvents(ownEvents.hard(bystander))
    const filter = {
      since,
      until: new Date(Date.now() + 60_000).toISOString(),
      disposition: 'hard',
      diagnostic_contains: 'incident 7',
    }

    const dry = await json(
      await api('/v1/suppressions/restore', {
        method: 'POST',
        body: JSON.stringify({ filter, dry_run: true }),
      })
    )
    expect(dry).toMatchObject({ dry_run: true, matched: 2, lifted: 0 })
    expect(dry.sample.map((s: { address: string }) => s.address).sort()).toEqual([...victims].sort())
    for (const v of victims) expect(await checkAddress(v)).toMatchObject({ action: 'drop' })

    const real = await json(
      await api('/v1/suppressions/restore', {
        method: 'POST',
        body: JSON.stringify({ filter, dry_run: false }),
      })
    )
    expect(real).toMatchObject({ dry_run: false, matched: 2, lifted: 2 })
    for (const v of victims) {
      expect(await checkAddress(v)).toMatchObject({ action: 'send' })
      expect((await history(v))[0]).toMatchObject({
        kind: 'lift',
        actor: 'admin',
        diagnostic: expect.stringMatching(/^restore /),
      })
    }
    expect(await checkAddress(bystander)).toMatchObject({ action: 'drop' })
  })

  it('needs a time range', async () => {
    const res = await api('/v1/suppressions/restore', {
      method: 'POST',
      body: JSON.stringify({ filter: { reason: 'blocked' } }),
    })
    expect(res.status).toBe(400)
  })
})

describe('stats and maintenance', () => {
  it('counts events per day by disposition, reason and provider, with sender health and top domains', async () => {
    const domain = `stats-${crypto.randomUUID().slice(0, 6)}.example`
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: `a@${domain}` }))
    await postNylas(
      nylasEvent(NYLAS_FIXTURES.bounceDetected, {
        address: `b@${domain}`,
        reason: '554 5.7.1 blocked using zen.spamhaus.org',
      })
    )
    const stats = await json(await api('/v1/stats'))
    const today = stats.days.find((d: { day: string }) => d.day === new Date().toISOString().slice(0, 10))
    expect(today.by_disposition.hard).toBeGreaterThanOrEqual(1)
    expect(today.by_provider.nylas).toBeGreaterThanOrEqual(2)
    expect(stats.sender_health.blocks_by_reason.blocked).toBeGreaterThanOrEqual(1)
    expect(stats.top_domains.find((d: { domain: string }) => d.domain === domain)).toMatchObject({
      events: 2,
      hard: 1,
      block: 1,
    })
    expect((await api('/v1/stats?from=2026-01-01&to=2026-12-31')).status).toBe(400)
  })

  it('prunes history past retention and expired index rows', async () => {
    const old = uniqueAddress('old')
    await env.DB.prepare(
      "INSERT INTO events (event_id, address, provider, kind, occurred_at, received_at, action) VALUES ('x:1', ?, 'test', 'bounce', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'recorded')"
    )
      .bind(old)
      .run()
    await env.DB.prepare(
      "INSERT INTO suppressions (address, reason, disposition, source, since, expires_at, updated_at) VALUES (?, 'mailboxfull', 'soft', 'test', '2020-01-01', '2020-01-08T00:00:00.000Z', '2020-01-01')"
    )
      .bind(old)
      .run()
    const result = await maintenance(env, Date.now())
    expect(result.events).toBeGreaterThanOrEqual(1)
    expect(result.expired).toBeGreaterThanOrEqual(1)
    expect(await env.DB.prepare('SELECT 1 FROM events WHERE address = ?').bind(old).first()).toBeNull()
  })
})

describe('far-future expiries', () => {
  it('stores an expiry past 2038 (beyond KV expiration range) without failing', async () => {
    const address = uniqueAddress('y2038')
    expect((await put(address, { expires_at: '2999-01-01T00:00:00Z' })).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      expires_at: '2999-01-01T00:00:00.000Z',
    })
  })

  it('reports an imported expiry in the past as a line error', async () => {
    const body = await json(await importBody(`${uniqueAddress('past')},manual,,2001-01-01\n`))
    expect(body).toMatchObject({ valid: 0, errors: [{ line: 1, error: 'expires_at is in the past' }] })
  })
})
