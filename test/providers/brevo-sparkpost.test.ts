import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import brevoHard from '../fixtures/brevo/hard_bounce.json?raw'
import brevoSoft from '../fixtures/brevo/soft_bounce.json?raw'
import brevoSpam from '../fixtures/brevo/spam.json?raw'
import spBounce from '../fixtures/sparkpost/bounce.json?raw'
import spDelay from '../fixtures/sparkpost/delay.json?raw'
import spComplaint from '../fixtures/sparkpost/spam_complaint.json?raw'
import spPing from '../fixtures/sparkpost/validation-ping.json?raw'
import { checkAddress } from '../helpers'
import { postWebhook } from '../webhook-helpers'

const BREVO = {
  BREVO_WEBHOOK_USER: 'brevo',
  BREVO_WEBHOOK_PASSWORD: 'b:r:e:v:o',
  BREVO_WEBHOOK_TOKEN: 'brevo-token-123',
}
const SPARKPOST = { SPARKPOST_WEBHOOK_USER: 'sp', SPARKPOST_WEBHOOK_PASSWORD: 'sp-secret' }
const basic = (user: string, password: string) => ({ authorization: `Basic ${btoa(`${user}:${password}`)}` })
const fresh = (tag: string) => `${tag}.${crypto.randomUUID().slice(0, 8)}@example.com`

function brevoBody(fixture: string, address: string): string {
  return JSON.stringify({ ...JSON.parse(fixture), email: address, ts_epoch: Date.now() })
}
function sparkpostBody(fixture: string, address: string): string {
  const doc = JSON.parse(fixture)
  for (const item of doc) {
    for (const event of Object.values(item.msys) as Record<string, unknown>[]) {
      Object.assign(event, {
        rcpt_to: address,
        raw_rcpt_to: address,
        timestamp: String(Math.floor(Date.now() / 1000)),
        event_id: crypto.randomUUID(),
      })
    }
  }
  return JSON.stringify(doc)
}

describe('Brevo', () => {
  const post = (body: string, headers = basic('brevo', 'b:r:e:v:o')) =>
    postWebhook('/webhooks/brevo', body, { headers, secrets: BREVO })

  it('suppresses a hard bounce, defers a soft one, suppresses a complaint (Basic or bearer)', async () => {
    const [a, b, c] = [fresh('brevo-hard'), fresh('brevo-soft'), fresh('brevo-spam')]
    expect((await post(brevoBody(brevoHard, a))).status).toBe(200)
    expect((await post(brevoBody(brevoSoft, b), { authorization: 'Bearer brevo-token-123' })).status).toBe(
      200
    )
    expect((await post(brevoBody(brevoSpam, c))).status).toBe(200)
    expect(await checkAddress(a)).toMatchObject({ action: 'drop', disposition: 'hard' })
    expect(await checkAddress(b)).toMatchObject({ action: 'defer' })
    expect(await checkAddress(c)).toMatchObject({ action: 'drop', disposition: 'complaint' })
  })

  it('accepts a batched array and counts a redelivery once', async () => {
    const a = fresh('brevo-batch')
    const body = JSON.stringify([JSON.parse(brevoBody(brevoHard, a))])
    expect(await (await post(body)).json()).toMatchObject({ applied: 1 })
    expect(await (await post(body)).json()).toMatchObject({ applied: 0, duplicates: 1 })
  })

  it('refuses wrong credentials with 401 and answers a store failure with 429 (Brevo drops 5xx)', async () => {
    const a = fresh('brevo-forged')
    expect((await post(brevoBody(brevoHard, a), basic('brevo', 'wrong'))).status).toBe(401)
    expect((await post(brevoBody(brevoHard, a), { authorization: 'Bearer nope' })).status).toBe(401)
    const failing = await postWebhook('/webhooks/brevo', brevoBody(brevoHard, a), {
      headers: basic('brevo', 'b:r:e:v:o'),
      secrets: {
        ...BREVO,
        ADDRESS_LEDGER: {
          idFromName: (n: string) => env.ADDRESS_LEDGER.idFromName(n),
          get: () => ({ apply: () => Promise.reject(new Error('down')) }),
        } as never,
      },
    })
    expect(failing.status).toBe(429)
    expect(await failing.json()).toMatchObject({ error: { code: 'rate_limited' } })
  })
})

describe('SparkPost', () => {
  const post = (body: string, headers = basic('sp', 'sp-secret')) =>
    postWebhook('/webhooks/sparkpost', body, { headers, secrets: SPARKPOST })

  it('suppresses a class-10 bounce and a complaint, defers a delay, and answers the validation ping', async () => {
    const [a, b, c] = [fresh('sp-hard'), fresh('sp-delay'), fresh('sp-spam')]
    expect((await post(sparkpostBody(spBounce, a))).status).toBe(200)
    expect((await post(sparkpostBody(spDelay, b))).status).toBe(200)
    expect((await post(sparkpostBody(spComplaint, c))).status).toBe(200)
    expect(await checkAddress(a)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(await checkAddress(b)).toMatchObject({ action: 'defer' })
    expect(await checkAddress(c)).toMatchObject({ action: 'drop', disposition: 'complaint' })
    const ping = await post(spPing)
    expect(ping.status).toBe(200)
    expect(await ping.json()).toMatchObject({ applied: 0, ignored: 1 })
  })

  /** The fixture's bounce with another type, class and reason. */
  const variant = (type: string, bounceClass: string, reason: string | null, address: string) => {
    const doc = JSON.parse(sparkpostBody(spBounce, address))
    const event = doc[0].msys.message_event
    Object.assign(event, { type, bounce_class: bounceClass, raw_reason: reason, reason })
    if (reason === null) {
      delete event.raw_reason
      delete event.reason
    }
    return JSON.stringify(doc)
  }

  it("mirrors its suppression list (class 25, policy_rejection), but not a refusal by the sender's own setup", async () => {
    const [mirrored, bare, setup] = [fresh('sp-mirror'), fresh('sp-bare'), fresh('sp-setup')]
    const suppressed = '554 5.7.1 recipient address was suppressed due to customer policy'
    expect((await post(variant('policy_rejection', '25', suppressed, mirrored))).status).toBe(200)
    expect((await post(variant('bounce', '25', null, bare))).status).toBe(200)
    // A real class-25 refusal (theCrag/website#2160): the sending domain was not set up; every recipient got it.
    expect(
      (
        await post(
          variant('policy_rejection', '25', '550 5.7.1 Unconfigured Sending Domain <gmail.com>', setup)
        )
      ).status
    ).toBe(200)
    expect(await checkAddress(mirrored)).toMatchObject({ action: 'drop', reason: 'suppressed' })
    expect(await checkAddress(bare)).toMatchObject({ action: 'drop', reason: 'suppressed' })
    expect(await checkAddress(setup)).toMatchObject({ action: 'send' })
  })

  it('counts no auto-reply (60), subscribe request (80) or challenge-response (100) as a bounce', async () => {
    for (const [bounceClass, tag] of [
      ['60', 'sp-auto'],
      ['80', 'sp-subscribe'],
      ['100', 'sp-challenge'],
    ] as const) {
      const address = fresh(tag)
      expect((await post(variant('bounce', bounceClass, null, address))).status).toBe(200)
      expect(await checkAddress(address), bounceClass).toMatchObject({ action: 'send' })
      const soft = await env.DB.prepare(
        "SELECT COUNT(*) AS n FROM events WHERE address = ? AND disposition = 'soft'"
      )
        .bind(address)
        .first<{ n: number }>()
      expect(soft?.n, bounceClass).toBe(0)
    }
  })

  it('refuses wrong credentials and answers 400 to a body that is not an array', async () => {
    expect((await post(sparkpostBody(spBounce, fresh('sp-forged')), basic('sp', 'nope'))).status).toBe(401)
    expect((await post('{"msys":{}}')).status).toBe(400)
  })
})
