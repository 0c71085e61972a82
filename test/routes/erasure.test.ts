import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { api, call, checkAddress, insideLedger, ownEvents, postEvents, uniqueAddress } from '../helpers'

const erase = (address: string, init: RequestInit = {}) =>
  api(`/v1/addresses/${encodeURIComponent(address)}/erase`, { method: 'POST', ...init })

/** Every row of every table in D1, as one string (SQLite's and D1's own tables left out). */
async function dumpD1(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'"
  ).all<{ name: string }>()
  const dumps = await Promise.all(
    tables.map(async ({ name }) =>
      JSON.stringify((await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results)
    )
  )
  return dumps.join('\n')
}

/** Every KV key and value. */
async function dumpKv(): Promise<string> {
  const parts: string[] = []
  let cursor: string | undefined
  do {
    const page = await env.SUPPRESSIONS.list({ cursor })
    for (const key of page.keys) parts.push(key.name, (await env.SUPPRESSIONS.get(key.name)) ?? '')
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return parts.join('\n')
}

/** Every row of every table in the address's ledger SQLite. */
function dumpLedger(address: string): Promise<string> {
  return insideLedger(address, (_ledger, state) => {
    const tables = state.storage.sql
      .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'")
      .toArray()
    return tables
      .map(({ name }) => JSON.stringify(state.storage.sql.exec(`SELECT * FROM "${name}"`).toArray()))
      .join('\n')
  })
}

function dsnFor(address: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.net',
    'To: sender@example.com',
    `Message-ID: <bounce.${address}>`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    `Final-Recipient: rfc822; ${address}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${address}>: Recipient address rejected: User unknown`,
    '',
    '--b--',
    '',
  ].join('\r\n')
}

describe('POST /v1/addresses/{address}/erase', () => {
  it('leaves the address nowhere in D1, KV or its ledger, while the check still drops it', async () => {
    const address = uniqueAddress('erase-me')
    const witness = uniqueAddress('witness')
    // History, a suppression, change-feed rows, an inbound report, and another address's diagnostic naming it.
    expect((await postEvents(ownEvents.soft(address, 5))).status).toBe(200)
    expect((await postEvents(ownEvents.hard(address))).status).toBe(200)
    const inbound = await api('/v1/inbound', {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822' },
      body: dsnFor(address),
    })
    expect(inbound.status).toBe(200)
    await postEvents({
      ...ownEvents.block(witness),
      diagnostic: `550 5.7.1 relaying for ${address.toUpperCase()} denied`,
    })
    // Stores only failures fill: a dead letter and an inbound record naming it.
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO dead_letters (id, dead_at, received_at, provider, events, body) VALUES ('dl-erase', 'x', 'x', 'standard', 1, ?1)"
      ).bind(JSON.stringify({ events: [{ address }] })),
      env.DB.prepare(
        "INSERT INTO inbound_messages (received_at, via, envelope_to, outcome) VALUES ('x', 'email', ?1, 'applied')"
      ).bind(address),
    ])
    expect(await dumpD1()).toContain(address)
    expect(await dumpKv()).toContain(address)

    const res = await erase(address.toUpperCase())
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ erased: true, address })

    for (const dump of [await dumpD1(), await dumpKv(), await dumpLedger(address)]) {
      expect(dump.toLowerCase()).not.toContain(address)
    }
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      reason: 'erased',
      disposition: 'erasure',
    })
    expect(await checkAddress(address, '?tenant=other&stream=marketing')).toMatchObject({ action: 'drop' })
    expect(await checkAddress(address, '?consistent=true')).toMatchObject({
      action: 'drop',
      reason: 'erased',
    })
    // The witness keeps its history, with the name redacted.
    const witnessHistory = (await (await api(`/v1/addresses/${witness}/events`)).json()) as any
    expect(witnessHistory.items[0].diagnostic).toMatch(/redacted/)
    // Audited: who and when, and a hash, never the address.
    const audit = await env.DB.prepare('SELECT * FROM erasures').all()
    expect(audit.results).toContainEqual(expect.objectContaining({ actor: 'admin' }))
  })

  it('stores nothing about a later webhook event, import or manual suppression of the address', async () => {
    const address = uniqueAddress('erase-later')
    await postEvents(ownEvents.hard(address))
    expect((await erase(address)).status).toBe(200)
    expect((await postEvents(ownEvents.complaint(address))).status).toBe(200)
    const imported = await api('/v1/suppressions/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `email,reason\n${address},manual\n`,
    })
    expect(((await imported.json()) as any).results[0]).toMatchObject({ outcome: 'erased' })
    const put = await api(`/v1/suppressions/${address}`, { method: 'PUT', body: '{}' })
    expect(put.status).toBe(409)
    expect((await api(`/v1/allowlist/${address}`, { method: 'PUT' })).status).toBe(409)
    expect(((await put.json()) as any).error.code).toBe('conflict')
    for (const dump of [await dumpD1(), await dumpKv(), await dumpLedger(address)]) {
      expect(dump.toLowerCase()).not.toContain(address)
    }
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', reason: 'erased' })
    const detail = await api(`/v1/suppressions/${address}`)
    expect(detail.status).toBe(404)
    expect(((await detail.json()) as any).error.message).toMatch(/erased/)
  })

  it('erases an odd address a report recorded though the API refuses it elsewhere', async () => {
    const odd = `f.${crypto.randomUUID().slice(0, 6)}@a.b.c`
    await env.DB.prepare(
      "INSERT INTO events (event_id, address, provider, kind, occurred_at, received_at, action) VALUES (?1, ?2, 'inbound', 'bounce', 'x', 'x', 'recorded')"
    )
      .bind(`inbound:${crypto.randomUUID()}`, odd)
      .run()
    expect((await erase(odd)).status).toBe(200)
    expect((await dumpD1()).toLowerCase()).not.toContain(odd)
  })

  it('is idempotent: erasing twice answers 200 both times and keeps one audit row', async () => {
    const address = uniqueAddress('erase-twice')
    await postEvents(ownEvents.hard(address))
    const before = ((await env.DB.prepare('SELECT count(*) AS n FROM erasures').first()) as any).n
    expect((await erase(address)).status).toBe(200)
    expect((await erase(address)).status).toBe(200)
    expect(((await env.DB.prepare('SELECT count(*) AS n FROM erasures').first()) as any).n).toBe(before + 1)
  })

  it('needs the admin scope, a valid address, and ERASURE_KEY', async () => {
    const address = uniqueAddress('erase-guard')
    const keyRes = await api('/v1/keys', {
      method: 'POST',
      body: JSON.stringify({ name: 'writer', scopes: ['write'] }),
    })
    const { token } = (await keyRes.json()) as any
    const forbidden = await call(`/v1/addresses/${address}/erase`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(forbidden.status).toBe(403)
    expect((await erase('not-an-address')).status).toBe(400)
    const unconfigured = await newApp().request(
      `/v1/addresses/${address}/erase`,
      { method: 'POST', headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } },
      { ...env, ERASURE_KEY: undefined }
    )
    expect(unconfigured.status).toBe(503)
    expect(((await unconfigured.json()) as any).error.code).toBe('not_configured')
  })
})
