import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { topLevelIntegerSource } from '../../src/providers/postmark'
import vectors from '../fixtures/postmark/auth-vectors.json'
import hard from '../fixtures/postmark/bounce-hard.json?raw'
import soft from '../fixtures/postmark/bounce-soft.json?raw'
import spamNotification from '../fixtures/postmark/bounce-spam-notification.json?raw'
import delivery from '../fixtures/postmark/delivery.json?raw'
import complaint from '../fixtures/postmark/spam-complaint.json?raw'
import { checkAddress } from '../helpers'
import { postWebhook } from '../webhook-helpers'

const USER = vectors.vectors[0]!.configured.HttpAuth!.Username
const PASSWORD = vectors.vectors[0]!.configured.HttpAuth!.Password
const AUTH = vectors.vectors[0]!.headers.Authorization!
const SECRETS = { POSTMARK_WEBHOOK_USER: USER, POSTMARK_WEBHOOK_PASSWORD: PASSWORD }

function post(body: string, authorization: string | null = AUTH) {
  return postWebhook('/webhooks/postmark', body, {
    headers: authorization ? { authorization } : {},
    secrets: SECRETS,
  })
}

/** A fixture with its own address (and ID digits), keeping the fixture's formatting. */
function fresh(fixture: string, field = 'Email'): { body: string; address: string } {
  const address = `pm.${crypto.randomUUID().slice(0, 8)}@example.com`
  const body = fixture
    .replace(new RegExp(`"${field}": "[^"]*"`), `"${field}": "${address}"`)
    .replace(/"ID": \d+/, `"ID": 9${Math.floor(Math.random() * 1e15)}${Math.floor(Math.random() * 1e3)}`)
  return { body, address }
}

describe('Postmark: records to verdicts', () => {
  it('accepts Basic auth whose password contains a colon (the vector)', async () => {
    expect(btoa(`${USER}:${PASSWORD}`)).toBe(AUTH.slice(6))
    const { body, address } = fresh(hard)
    expect((await post(body)).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
      disposition: 'hard',
    })
  })

  it('keys the event on the ID digits as sent, beyond 2^53', async () => {
    const res = await post(hard)
    expect(res.status).toBe(200)
    const row = await env.DB.prepare(
      "SELECT event_id FROM events WHERE address = 'john@example.com' AND kind = 'bounce'"
    ).first()
    expect(row).toEqual({ event_id: 'postmark:Bounce:4323372036854775807' })
    // What JSON.parse would have used instead:
    expect(String(JSON.parse(hard).ID)).toBe('4323372036854776000')
  })

  it('reads the top-level ID only, not one nested in Metadata or inside a string', () => {
    expect(
      topLevelIntegerSource('{"Metadata":{"ID":1},"Note":"\\"ID\\": 2","ID": 4323372036854775809}', 'ID')
    ).toBe('4323372036854775809')
    expect(topLevelIntegerSource('{"Metadata":{"ID":1}}', 'ID')).toBeNull()
  })

  it('counts a SoftBounce as soft, records a SpamNotification as a block, records a delivery', async () => {
    const s = fresh(soft)
    const n = fresh(spamNotification)
    const d = fresh(delivery, 'Recipient')
    for (const f of [s, n, d]) expect((await post(f.body)).status).toBe(200)
    const row = (a: string) =>
      env.DB.prepare('SELECT reason, disposition FROM events WHERE address = ?').bind(a).first()
    expect(await row(s.address)).toEqual({ reason: 'mailboxfull', disposition: 'soft' })
    expect(await row(n.address)).toEqual({ reason: 'spamdetected', disposition: 'block' })
    expect(await checkAddress(n.address)).toMatchObject({ action: 'send' })
    expect(await row(d.address)).toEqual({ reason: 'delivered', disposition: 'none' })
  })

  it('suppresses a SpamComplaint', async () => {
    const { body, address } = fresh(complaint)
    expect((await post(body)).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', disposition: 'complaint' })
  })

  it('ignores record types that say nothing about the recipient (200)', async () => {
    const { body } = fresh(hard.replace('"HardBounce"', '"OpenRelayTest"'))
    const res = await post(body)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ applied: 0, ignored: 1 })
  })

  it('counts a redelivered record once', async () => {
    const { body } = fresh(hard)
    await post(body)
    expect(await (await post(body)).json()).toMatchObject({ applied: 0, duplicates: 1 })
  })
})

describe('Postmark: credentials', () => {
  it('refuses missing, wrong, malformed and non-Basic credentials with 401', async () => {
    const { body, address } = fresh(hard)
    for (const authorization of [
      null,
      `Basic ${btoa(`${USER}:wrong`)}`,
      `Basic ${btoa(`${USER}:${PASSWORD}x`)}`,
      `Basic ${btoa(USER)}`,
      'Basic %%%',
      `Bearer ${btoa(`${USER}:${PASSWORD}`)}`,
      `Basic ${btoa(`${USER.toUpperCase()}:${PASSWORD}`)}`,
    ]) {
      const res = await post(body, authorization)
      expect(res.status, String(authorization)).toBe(401)
    }
    expect(await env.DB.prepare('SELECT 1 FROM events WHERE address = ?').bind(address).first()).toBeNull()
  })

  it('answers 404 provider_not_configured when either credential is missing', async () => {
    const res = await postWebhook('/webhooks/postmark', hard, {
      headers: { authorization: AUTH },
      secrets: { POSTMARK_WEBHOOK_USER: USER, POSTMARK_WEBHOOK_PASSWORD: '' },
    })
    expect(res.status).toBe(404)
  })

  it('answers 400 to an authenticated body that is not a record', async () => {
    for (const body of ['[]', '{"Type":"HardBounce"}', '{"RecordType": ']) {
      const res = await post(body)
      expect(res.status, body).toBe(400)
    }
  })
})
