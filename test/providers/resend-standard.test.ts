import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { verifyStandardWebhook } from '../../src/lib/standard-webhooks'
import bouncedGeneral from '../fixtures/resend/email.bounced.general.json?raw'
import bounced from '../fixtures/resend/email.bounced.json?raw'
import complained from '../fixtures/resend/email.complained.json?raw'
import delayed from '../fixtures/resend/email.delivery_delayed.json?raw'
import resendVectors from '../fixtures/resend/signature-vectors.json'
import standardVectors from '../fixtures/standard-webhooks/signature-vectors.json'
import { checkAddress } from '../helpers'
import { postWebhook, standardHeaders, unix } from '../webhook-helpers'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const NEXT_SECRET = `whsec_${btoa('another-24-byte-secret!!')}`

function resend(body: string, headers: Record<string, string>, now?: number, secret = SECRET) {
  return postWebhook('/webhooks/resend', body, { headers, now, secrets: { RESEND_WEBHOOK_SECRET: secret } })
}
function standard(body: string, headers: Record<string, string>, now?: number) {
  return postWebhook('/webhooks/standard', body, {
    headers,
    now,
    secrets: { STANDARD_WEBHOOK_SECRET: `${SECRET} ${NEXT_SECRET}` },
  })
}
const fresh = (tag: string) => `${tag}.${crypto.randomUUID().slice(0, 8)}@example.com`
const retarget = (fixture: string, address: string) => {
  const doc = JSON.parse(fixture)
  doc.data.to = [address]
  return JSON.stringify(doc)
}

describe('Standard Webhooks verifier', () => {
  it('verifies the official spec vector with the clock injected, and refuses it with the real clock', async () => {
    const v = standardVectors.vectors[0]!
    const body = new TextEncoder().encode(v.body)
    const headers = new Headers(v.headers)
    expect(await verifyStandardWebhook(headers, body, [v.secret], 1614265330 * 1000)).toBe(true)
    expect(await verifyStandardWebhook(headers, body, [v.secret], Date.now())).toBe(false)
  })

  for (const vector of resendVectors.vectors) {
    it(`Resend vector: ${vector.expect_valid ? 'accepts' : 'refuses'}${vector.why ? ` (${vector.why})` : ''}`, async () => {
      const res = await resend(bounced, vector.headers, vector.now_unix * 1000, vector.secret)
      expect(res.status).toBe(vector.expect_valid ? 200 : 401)
    })
  }

  it('accepts webhook-* and svix-* header spellings; skips unknown versions; refuses ±5 min skew', async () => {
    const address = fresh('sw')
    const body = retarget(bouncedGeneral, address)
    expect((await resend(body, await standardHeaders(SECRET, body, { prefix: 'webhook' }))).status).toBe(200)
    const svix = await standardHeaders(SECRET, body, { prefix: 'svix' })
    svix['svix-signature'] = `v1a,AAAA ${svix['svix-signature']}`
    expect((await resend(body, svix)).status).toBe(200)
    expect(
      (await resend(body, await standardHeaders(SECRET, body, { timestamp: unix() - 330 }))).status
    ).toBe(401)
    expect(
      (await resend(body, await standardHeaders(SECRET, body, { timestamp: unix() + 330 }))).status
    ).toBe(401)
  })

  it('refuses forged, malformed and incomplete headers with 401', async () => {
    const body = retarget(bounced, fresh('sw-forged'))
    const good = await standardHeaders(SECRET, body)
    const cases: Record<string, string>[] = [
      await standardHeaders(NEXT_SECRET, body),
      { ...good, 'webhook-signature': 'v1,!!!' },
      { ...good, 'webhook-signature': 'v1,' },
      { ...good, 'webhook-signature': good['webhook-signature']!.replace('v1,', 'v2,') },
      { ...good, 'webhook-timestamp': `${good['webhook-timestamp']}.5` },
      { ...good, 'webhook-id': `${good['webhook-id']}x` },
      { 'webhook-id': good['webhook-id']!, 'webhook-timestamp': good['webhook-timestamp']! },
    ]
    for (const headers of cases) expect((await resend(body, headers)).status).toBe(401)
    expect((await resend(`${body} `, good)).status).toBe(401)
  })
})

describe('Resend: events to verdicts', () => {
  it('mirrors a Permanent/Suppressed bounce, suppresses Permanent/General user unknown', async () => {
    const a = fresh('rs-suppressed')
    const b = fresh('rs-general')
    for (const [fixture, address] of [
      [bounced, a],
      [bouncedGeneral, b],
    ] as const) {
      const body = retarget(fixture, address)
      expect((await resend(body, await standardHeaders(SECRET, body, { prefix: 'svix' }))).status).toBe(200)
    }
    expect(await checkAddress(a)).toMatchObject({ action: 'drop', reason: 'suppressed' })
    expect(await checkAddress(b)).toMatchObject({ action: 'drop', reason: 'userunknown' })
  })

  it('suppresses an email.bounced without its bounce object (Resend: a permanent rejection)', async () => {
    const address = fresh('rs-bare')
    const doc = JSON.parse(retarget(bouncedGeneral, address))
    delete doc.data.bounce
    const body = JSON.stringify(doc)
    expect((await resend(body, await standardHeaders(SECRET, body, { prefix: 'svix' }))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', disposition: 'hard' })
  })

  it('suppresses a complaint and defers a delivery delay', async () => {
    const c = fresh('rs-complaint')
    const d = fresh('rs-delayed')
    for (const [fixture, address] of [
      [complained, c],
      [delayed, d],
    ] as const) {
      const body = retarget(fixture, address).replace(
        /"created_at":"2024-02-22T23:41:12.126Z"/,
        `"created_at":"${new Date().toISOString()}"`
      )
      expect((await resend(body, await standardHeaders(SECRET, body))).status).toBe(200)
    }
    expect(await checkAddress(c)).toMatchObject({ action: 'drop', disposition: 'complaint' })
    expect(await checkAddress(d)).toMatchObject({ action: 'defer' })
  })

  // Resend sends one event per email, naming every recipient in `data.to` (resend/resend-python#68: "any action
  // taken by one recipient triggers webhook updates for all recipients").
  it('suppresses only the recipient a shared bounce names, and records one that names none without counting it', async () => {
    const [alice, gone] = [fresh('rs-alice'), fresh('rs-gone')]
    const named = JSON.parse(bouncedGeneral)
    named.data.to = [alice, gone]
    named.data.bounce.diagnosticCode = [`smtp; 550 5.1.1 <${gone}>: Recipient address rejected: User unknown`]
    const namedBody = JSON.stringify(named)
    expect((await resend(namedBody, await standardHeaders(SECRET, namedBody))).status).toBe(200)
    expect(await checkAddress(gone)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(await checkAddress(alice)).toMatchObject({ action: 'send' })

    // "jane@acme.com" is not named inside "jane@acme.com.au".
    const au = `${gone}.au`
    const longer = JSON.parse(bouncedGeneral)
    longer.data.to = [gone, au]
    longer.data.bounce.diagnosticCode = [`smtp; 550 5.1.1 <${au}>: Recipient address rejected: User unknown`]
    const longerBody = JSON.stringify(longer)
    expect((await resend(longerBody, await standardHeaders(SECRET, longerBody))).status).toBe(200)
    expect(await checkAddress(au)).toMatchObject({ action: 'drop' })
    const goneRows = await env.DB.prepare('SELECT COUNT(*) AS n FROM events WHERE address = ?')
      .bind(gone)
      .first()
    expect(goneRows).toMatchObject({ n: 1 })

    const [carol, dave] = [fresh('rs-carol'), fresh('rs-dave')]
    const unnamed = JSON.parse(bouncedGeneral)
    unnamed.data.to = [carol, dave]
    unnamed.data.bounce.diagnosticCode = ['smtp; 550 5.1.1 Recipient address rejected: User unknown']
    const unnamedBody = JSON.stringify(unnamed)
    expect((await resend(unnamedBody, await standardHeaders(SECRET, unnamedBody))).status).toBe(200)
    for (const address of [carol, dave]) {
      expect(await checkAddress(address)).toMatchObject({ action: 'send' })
      const row = await env.DB.prepare('SELECT disposition FROM events WHERE address = ?')
        .bind(address)
        .first()
      expect(row).toMatchObject({ disposition: 'none' })
    }
  })

  it('counts a retry with the same svix-id once, even re-signed with a new timestamp', async () => {
    const body = retarget(bouncedGeneral, fresh('rs-dup'))
    const id = `msg_${crypto.randomUUID()}`
    await resend(body, await standardHeaders(SECRET, body, { id }))
    const again = await resend(body, await standardHeaders(SECRET, body, { id, timestamp: unix() + 1 }))
    expect(await again.json()).toMatchObject({ applied: 0, duplicates: 1 })
  })

  it('ignores email.sent and similar (200)', async () => {
    const body = JSON.stringify({
      type: 'email.sent',
      created_at: new Date().toISOString(),
      data: { to: ['x@example.com'] },
    })
    const res = await resend(body, await standardHeaders(SECRET, body))
    expect(await res.json()).toMatchObject({ ignored: 1, applied: 0 })
  })
})

describe("Standard provider: Ricochet's own events", () => {
  it('applies a batch of events from a custom MTA', async () => {
    const [a, b] = [fresh('std-hard'), fresh('std-soft')]
    const body = JSON.stringify([
      {
        id: 'mta-1',
        kind: 'bounce',
        address: a,
        reply_code: '550',
        status: '5.1.1',
        diagnostic: 'user unknown',
      },
      {
        id: 'mta-2',
        kind: 'deferred',
        address: b,
        diagnostic: '452 4.2.2 mailbox full',
        occurred_at: new Date().toISOString(),
      },
    ])
    const res = await standard(body, await standardHeaders(SECRET, body))
    expect(await res.json()).toMatchObject({ applied: 2 })
    expect(await checkAddress(a)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(await checkAddress(b)).toMatchObject({ action: 'defer', reason: 'mailboxfull' })
  })

  it('accepts a single object and either rotated secret', async () => {
    const address = fresh('std-one')
    const body = JSON.stringify({ id: 'mta-3', kind: 'complaint', address })
    expect((await standard(body, await standardHeaders(NEXT_SECRET, body))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
  })

  it('answers 400 with a precise message for a malformed event, storing nothing', async () => {
    const address = fresh('std-bad')
    for (const events of [
      [{ kind: 'bounce', address }],
      [{ id: 'x', kind: 'exploded', address }],
      [{ id: 'x', kind: 'bounce' }],
      [{ id: 'x', kind: 'bounce', address, occurred_at: 'yesterday' }],
      ['not an object'],
    ]) {
      const body = JSON.stringify(events)
      const res = await standard(body, await standardHeaders(SECRET, body))
      expect(res.status, body).toBe(400)
      expect(await res.json()).toMatchObject({
        error: { code: 'invalid_request', message: expect.stringMatching(/event 0/) },
      })
    }
    expect(await env.DB.prepare('SELECT 1 FROM events WHERE address = ?').bind(address).first()).toBeNull()
  })
})
