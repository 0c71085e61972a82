import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromBase64 } from '../../src/lib/base64'
import { utf8 } from '../../src/lib/crypto'
import { ecdsaDerToRaw } from '../../src/lib/der'
import { sendgrid } from '../../src/providers/sendgrid'
import batchMixed from '../fixtures/sendgrid/batch-mixed.json?raw'
import blocked from '../fixtures/sendgrid/blocked.json?raw'
import blockedNoStatus from '../fixtures/sendgrid/blocked-no-status.json?raw'
import bounce from '../fixtures/sendgrid/bounce.json?raw'
import deferred from '../fixtures/sendgrid/deferred.json?raw'
import delivered from '../fixtures/sendgrid/delivered.json?raw'
import dropped from '../fixtures/sendgrid/dropped.json?raw'
import vectors from '../fixtures/sendgrid/signature-vectors.json'
import signedDropped from '../fixtures/sendgrid/signed-dropped.json?raw'
import signedMulti from '../fixtures/sendgrid/signed-multi-blocked.json?raw'
import spamreport from '../fixtures/sendgrid/spamreport.json?raw'
import { checkAddress } from '../helpers'
import { postWebhook, sendgridHeaders, sendgridKeys, unix } from '../webhook-helpers'

const FILES: Record<string, string> = {
  'signed-dropped.json': signedDropped,
  'signed-multi-blocked.json': signedMulti,
}

let keys: Awaited<ReturnType<typeof sendgridKeys>>
beforeAll(async () => {
  keys = await sendgridKeys()
})

/** Gives each event of a fixture batch its own address and id, so tests do not share state. */
function fresh(fixture: string, tag: string): { body: string; addresses: string[] } {
  const events = JSON.parse(fixture) as Record<string, unknown>[]
  const addresses = events.map((_, i) => `${tag}.${i}.${crypto.randomUUID().slice(0, 8)}@example.com`)
  const now = unix()
  events.forEach((e, i) => {
    e.email = addresses[i]
    e.sg_event_id = crypto.randomUUID()
    e.timestamp = now
  })
  // SendGrid's own wire format: events joined by CRLF.
  return { body: `[${events.map((e) => JSON.stringify(e)).join(',\r\n')}]\r\n`, addresses }
}

async function send(body: string, headers?: Record<string, string>, now?: number) {
  return postWebhook('/webhooks/sendgrid', body, {
    headers: headers ?? (await sendgridHeaders(keys.privateKey, body)),
    now,
    secrets: { SENDGRID_WEBHOOK_PUBLIC_KEY: keys.publicKey },
  })
}

describe('SendGrid: official signed vectors', () => {
  for (const vector of vectors.vectors) {
    it(`${vector.expect_valid ? 'accepts' : 'refuses'} ${vector.body_file}${'why' in vector ? ` (${vector.why})` : ''}`, async () => {
      const ts = Number(vector.headers['X-Twilio-Email-Event-Webhook-Timestamp'])
      const res = await postWebhook('/webhooks/sendgrid', FILES[vector.body_file]!, {
        headers: vector.headers,
        now: Number.isNaN(ts) ? Date.now() : ts * 1000 + 1000,
        secrets: { SENDGRID_WEBHOOK_PUBLIC_KEY: vector.public_key },
      })
      expect(res.status).toBe(vector.expect_valid ? 200 : 401)
    })
  }

  it('fails when the DER signature is handed to WebCrypto unconverted (the silent trap)', async () => {
    const v = vectors.vectors[0]!
    const key = await crypto.subtle.importKey(
      'spki',
      fromBase64(v.public_key)!,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify']
    )
    const der = fromBase64(v.headers['X-Twilio-Email-Event-Webhook-Signature'])!
    const data = utf8(v.headers['X-Twilio-Email-Event-Webhook-Timestamp'] + signedDropped)
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, der, data)).toBe(false)
    expect(
      await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, ecdsaDerToRaw(der)!, data)
    ).toBe(true)
  })
})

describe('SendGrid: events to verdicts', () => {
  it('suppresses an Invalid Address bounce as userunknown', async () => {
    const { body, addresses } = fresh(bounce, 'sg-bounce')
    const res = await send(body)
    expect(res.status).toBe(200)
    expect(await checkAddress(addresses[0]!)).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
      disposition: 'hard',
    })
  })

  it('never suppresses a Spamhaus block (reputation, sender-side)', async () => {
    const { body, addresses } = fresh(blocked, 'sg-blocked')
    expect((await send(body)).status).toBe(200)
    expect(await checkAddress(addresses[0]!)).toMatchObject({ action: 'send' })
    const row = await env.DB.prepare('SELECT reason, disposition FROM events WHERE address = ?')
      .bind(addresses[0])
      .first()
    expect(row).toEqual({ reason: 'blocked', disposition: 'block' })
  })

  it("never suppresses a blocked event over RFC 5321's vague 550 text, whatever its classification", async () => {
    // SendGrid: "a block is not considered a bounce"; its classification can still say "Mailbox Unavailable".
    for (const classification of ['Mailbox Unavailable', 'Unclassified', 'Reputation']) {
      const events = JSON.parse(blocked) as Record<string, unknown>[]
      const event = events[0]!
      event.bounce_classification = classification
      event.reason = '550 Requested action not taken: mailbox unavailable'
      delete event.status
      const { body, addresses } = fresh(JSON.stringify([event]), 'sg-blocked-vague')
      expect((await send(body)).status).toBe(200)
      expect(await checkAddress(addresses[0]!), classification).toMatchObject({ action: 'send' })
      const row = await env.DB.prepare('SELECT disposition FROM events WHERE address = ?')
        .bind(addresses[0])
        .first()
      expect(row, classification).toEqual({ disposition: 'block' })
    }
    // Where SendGrid classifies the blocked address as invalid, its classification still decides.
    const events = JSON.parse(blocked) as Record<string, unknown>[]
    Object.assign(events[0]!, {
      bounce_classification: 'Invalid Address',
      reason: '550 Requested action not taken: mailbox unavailable',
    })
    delete events[0]!.status
    const invalid = fresh(JSON.stringify(events), 'sg-blocked-invalid')
    expect((await send(invalid.body)).status).toBe(200)
    expect(await checkAddress(invalid.addresses[0]!)).toMatchObject({ action: 'drop', disposition: 'hard' })
  })

  it("counts a deferred message's retries once: three attempts of one message never suppress", async () => {
    const address = `sg-retries.${crypto.randomUUID().slice(0, 8)}@example.com`
    for (const attempt of ['1', '2', '3', '4']) {
      const { body } = fresh(deferred, 'unused')
      const events = JSON.parse(body) as Record<string, unknown>[]
      Object.assign(events[0]!, { email: address, attempt })
      expect((await send(JSON.stringify(events))).status).toBe(200)
    }
    const answer = await checkAddress(address)
    expect(answer).toMatchObject({ suppressed: false })
    // A second message's and a third's deferrals count as theirs.
    for (const n of ['2', '3']) {
      const { body } = fresh(deferred, 'unused')
      const events = JSON.parse(body) as Record<string, unknown>[]
      Object.assign(events[0]!, {
        email: address,
        'smtp-id': `<message-${n}@ismtpd-555>`,
        sg_message_id: `message-${n}.filter0001.16648.5515E0B88.0`,
      })
      expect((await send(JSON.stringify(events))).status).toBe(200)
    }
    expect(await checkAddress(address)).toMatchObject({ suppressed: true, action: 'drop' })
  })

  it('reads a blocked event without status (real payload): a domain with no MX accepts no mail (notaccept, hard)', async () => {
    const { body, addresses } = fresh(blockedNoStatus, 'sg-nostatus')
    expect((await send(body)).status).toBe(200)
    const row = await env.DB.prepare('SELECT reason FROM events WHERE address = ?').bind(addresses[0]).first()
    expect(row).toEqual({ reason: 'notaccept' })
  })

  it('defers on deferred, suppresses on spamreport, records delivered, mirrors a dropped bounced address', async () => {
    const d = fresh(deferred, 'sg-deferred')
    const s = fresh(spamreport, 'sg-spam')
    const v = fresh(delivered, 'sg-delivered')
    const x = fresh(dropped, 'sg-dropped')
    for (const f of [d, s, v, x]) expect((await send(f.body)).status).toBe(200)
    expect(await checkAddress(d.addresses[0]!)).toMatchObject({ action: 'defer' })
    expect(await checkAddress(s.addresses[0]!)).toMatchObject({ action: 'drop', disposition: 'complaint' })
    expect(await checkAddress(v.addresses[0]!)).toMatchObject({ action: 'send' })
    expect(await checkAddress(x.addresses[0]!)).toMatchObject({ action: 'drop', reason: 'suppressed' })
  })

  it('applies every event of a CRLF-joined batch and ignores the ones it does not use', async () => {
    const { body, addresses } = fresh(batchMixed, 'sg-batch')
    const res = await send(body)
    expect(await res.json()).toEqual({
      received: 4,
      applied: 3,
      duplicates: 0,
      queued: 0,
      ignored: 1,
      invalid: 0,
    })
    expect(await checkAddress(addresses[2]!)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(await checkAddress(addresses[3]!)).toMatchObject({ action: 'drop', reason: 'feedback' })
  })

  it('counts a redelivered batch once (sg_event_id dedupe)', async () => {
    const { body } = fresh(batchMixed, 'sg-dup')
    await send(body)
    const again = await send(body)
    expect(await again.json()).toMatchObject({ applied: 0, duplicates: 3 })
  })

  it('accepts a retry signed a day ago (SendGrid retries 24 h with the original signature)', async () => {
    const { body } = fresh(bounce, 'sg-retry')
    const ts = String(unix() - 23 * 3600)
    expect((await send(body, await sendgridHeaders(keys.privateKey, body, ts))).status).toBe(200)
  })
})

describe('SendGrid: forgeries', () => {
  it('refuses a body changed after signing, a missing signature, another key, a stale or future timestamp', async () => {
    const { body } = fresh(bounce, 'sg-forged')
    const headers = await sendgridHeaders(keys.privateKey, body)
    const other = await sendgridKeys()
    const cases: [string, string, Record<string, string>][] = [
      ['tampered', body.replace('Invalid Address', 'Technical'), headers],
      ['unsigned', body, { 'x-twilio-email-event-webhook-timestamp': String(unix()) }],
      ['other key', body, await sendgridHeaders(other.privateKey, body)],
      ['26 h old', body, await sendgridHeaders(keys.privateKey, body, String(unix() - 26 * 3600))],
      ['10 min ahead', body, await sendgridHeaders(keys.privateKey, body, String(unix() + 600))],
      ['non-numeric timestamp', body, { ...headers, 'x-twilio-email-event-webhook-timestamp': 'timestamp' }],
      ['signature not base64', body, { ...headers, 'x-twilio-email-event-webhook-signature': '%%%' }],
      [
        'raw r||s instead of DER',
        body,
        { ...headers, 'x-twilio-email-event-webhook-signature': btoa('x'.repeat(64)) },
      ],
    ]
    for (const [name, b, h] of cases) {
      const res = await send(b, h)
      expect(res.status, name).toBe(401)
    }
  })

  it('refuses DER with trailing bytes or oversized integers', () => {
    const good = fromBase64(vectors.vectors[0]!.headers['X-Twilio-Email-Event-Webhook-Signature'])!
    expect(ecdsaDerToRaw(good)).not.toBeNull()
    expect(ecdsaDerToRaw(new Uint8Array([...good, 0]))).toBeNull()
    expect(ecdsaDerToRaw(good.subarray(0, good.length - 1))).toBeNull()
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x01, 0x04, 0x01, 0x01]))).toBeNull()
  })

  it('answers 404 provider_not_configured without a key', async () => {
    const res = await postWebhook('/webhooks/sendgrid', '[]', {
      secrets: { SENDGRID_WEBHOOK_PUBLIC_KEY: '' },
    })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'provider_not_configured' } })
  })

  it('answers 400 to a signed body that is not an array, and counts unusable entries as invalid', async () => {
    const notArray = await send('{"event":"bounce"}')
    expect(notArray.status).toBe(400)
    expect(await notArray.json()).toMatchObject({ error: { code: 'invalid_request' } })
    const cases: [string, number][] = [
      ['[1, "x", null]', 3],
      ['[{"event":"bounce","email":42,"sg_event_id":"a"}]', 1],
      ['[{"event":"bounce","sg_event_id":"b"}]', 1],
    ]
    for (const [body, invalid] of cases) {
      const res = await send(body)
      expect(res.status, body).toBe(200)
      expect(await res.json()).toMatchObject({ applied: 0, invalid })
    }
  })

  it('verifies through the provider object without throwing on garbage', async () => {
    const ok = await sendgrid.verify(
      {
        headers: new Headers({
          'x-twilio-email-event-webhook-signature': 'AAAA',
          'x-twilio-email-event-webhook-timestamp': '1',
        }),
        body: new Uint8Array(),
        now: Date.now(),
        fetch,
      },
      ['not-a-key']
    )
    expect(ok).toBe(false)
  })
})
