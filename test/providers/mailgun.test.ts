import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import complained from '../fixtures/mailgun/complained.json?raw'
import permanent from '../fixtures/mailgun/failed-permanent.json?raw'
import suppressBounce from '../fixtures/mailgun/failed-permanent-suppress-bounce.json?raw'
import temporary from '../fixtures/mailgun/failed-temporary.json?raw'
import vectors from '../fixtures/mailgun/signature-vectors.json'
import { checkAddress } from '../helpers'
import { MAILGUN_KEY, mailgunBody, postWebhook, unix } from '../webhook-helpers'

const FILES: Record<string, string> = {
  'failed-permanent.json': permanent,
  'failed-permanent-suppress-bounce.json': suppressBounce,
  'failed-temporary.json': temporary,
  'complained.json': complained,
}

function post(body: string, now?: number, key = MAILGUN_KEY) {
  return postWebhook('/webhooks/mailgun', body, { now, secrets: { MAILGUN_WEBHOOK_SIGNING_KEY: key } })
}

const withRecipient = (address: string) => (data: Record<string, unknown>) => {
  data.recipient = address
  data.id = crypto.randomUUID()
}
const fresh = () => `mg.${crypto.randomUUID().slice(0, 8)}@example.com`

describe('Mailgun: signature vectors', () => {
  for (const vector of vectors.vectors) {
    it(`${vector.expect_valid ? 'accepts' : 'refuses'} ${vector.body_file}${vector.why ? ` (${vector.why})` : ''}`, async () => {
      const body = FILES[vector.body_file]!
      const ts = Number(JSON.parse(body).signature.timestamp) * 1000
      const res = await post(body, ts + 1000, vector.signing_key ?? vectors.signing_key)
      expect(res.status).toBe(vector.expect_valid ? 200 : 401)
    })
  }
})

describe('Mailgun: events to verdicts', () => {
  it('suppresses a permanent failure (550 5.1.1), mirrors suppress-bounce, defers a temporary one, suppresses a complaint', async () => {
    const [a, b, c, d] = [fresh(), fresh(), fresh(), fresh()]
    expect((await post(await mailgunBody(permanent, { mutate: withRecipient(a) }))).status).toBe(200)
    expect((await post(await mailgunBody(suppressBounce, { mutate: withRecipient(b) }))).status).toBe(200)
    expect((await post(await mailgunBody(temporary, { mutate: withRecipient(c) }))).status).toBe(200)
    expect((await post(await mailgunBody(complained, { mutate: withRecipient(d) }))).status).toBe(200)
    expect(await checkAddress(a)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(await checkAddress(b)).toMatchObject({ action: 'drop', reason: 'suppressed' })
    expect(await checkAddress(c)).toMatchObject({ action: 'defer' })
    expect(await checkAddress(d)).toMatchObject({ action: 'drop', disposition: 'complaint' })
  })

  it('treats the same token with the same event as a retry: 200, no effect', async () => {
    const address = fresh()
    const body = await mailgunBody(permanent, { mutate: withRecipient(address) })
    expect(await (await post(body)).json()).toMatchObject({ applied: 1 })
    const retry = await post(body)
    expect(retry.status).toBe(200)
    expect(await retry.json()).toMatchObject({ applied: 0, duplicates: 1 })
  })

  it('lets a retry after a 503 through (the token binding does not block its own event)', async () => {
    const address = fresh()
    const body = await mailgunBody(permanent, { mutate: withRecipient(address) })
    const broken = await postWebhook('/webhooks/mailgun', body, {
      secrets: {
        MAILGUN_WEBHOOK_SIGNING_KEY: MAILGUN_KEY,
        ADDRESS_LEDGER: {
          idFromName: (n: string) => env.ADDRESS_LEDGER.idFromName(n),
          get: () => ({ apply: () => Promise.reject(new Error('down')) }),
        } as never,
      },
    })
    expect(broken.status).toBe(503)
    expect((await post(body)).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
  })

  it('refuses a captured signature attached to another event (401), storing nothing', async () => {
    const victim = fresh()
    const token = crypto.randomUUID()
    const timestamp = unix()
    const original = await mailgunBody(temporary, { token, timestamp, mutate: withRecipient(fresh()) })
    expect((await post(original)).status).toBe(200)
    const forged = await mailgunBody(permanent, { token, timestamp, mutate: withRecipient(victim) })
    const res = await post(forged)
    expect(res.status).toBe(401)
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
    expect(await env.DB.prepare('SELECT 1 FROM events WHERE address = ?').bind(victim).first()).toBeNull()
  })

  it('accepts an 8-hour-old retry but refuses a 10-hour-old or future timestamp', async () => {
    const ok = await mailgunBody(permanent, { timestamp: unix() - 8 * 3600, mutate: withRecipient(fresh()) })
    expect((await post(ok)).status).toBe(200)
    const stale = await mailgunBody(permanent, {
      timestamp: unix() - 10 * 3600,
      mutate: withRecipient(fresh()),
    })
    expect((await post(stale)).status).toBe(401)
    const future = await mailgunBody(permanent, { timestamp: unix() + 600, mutate: withRecipient(fresh()) })
    expect((await post(future)).status).toBe(401)
  })

  it('refuses a wrong key, a malformed signature and a body without one', async () => {
    const address = fresh()
    const wrongKey = await mailgunBody(permanent, { key: 'other', mutate: withRecipient(address) })
    expect((await post(wrongKey)).status).toBe(401)
    const doc = JSON.parse(await mailgunBody(permanent, { mutate: withRecipient(address) }))
    for (const signature of ['zz', doc.signature.signature.slice(2), 42, null]) {
      expect(
        (await post(JSON.stringify({ ...doc, signature: { ...doc.signature, signature } }))).status
      ).toBe(401)
    }
    expect((await post(JSON.stringify({ 'event-data': doc['event-data'] }))).status).toBe(401)
    expect((await post('not json')).status).toBe(401)
  })

  it('ignores authenticated events it does not use (opened)', async () => {
    const body = await mailgunBody(permanent, {
      mutate: (d) => Object.assign(d, { event: 'opened', id: crypto.randomUUID() }),
    })
    expect(await (await post(body)).json()).toMatchObject({ ignored: 1, applied: 0 })
  })

  it('answers 400 when a signed body has no event-data', async () => {
    const doc = JSON.parse(await mailgunBody(permanent))
    delete doc['event-data']
    expect((await post(JSON.stringify(doc))).status).toBe(400)
  })
})
