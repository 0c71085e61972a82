import { describe, expect, it } from 'vitest'
import permanent from '../fixtures/mailgun/failed-permanent.json?raw'
import { MAILGUN_KEY, mailgunBody, postWebhook, sendgridHeaders, sendgridKeys } from '../webhook-helpers'

/** `depth` nested arrays around an empty object: what a hostile but authenticated sender can sign. */
const nested = (depth: number) => `${'['.repeat(depth)}{}${']'.repeat(depth)}`
const basic = (user: string, password: string) => ({ authorization: `Basic ${btoa(`${user}:${password}`)}` })

describe('authenticated payloads nested 50,000 deep', () => {
  it('answers 400 invalid_json, never 500, for SendGrid, Brevo and SparkPost; 401 for Mailgun', async () => {
    const deep = nested(50_000)
    const keys = await sendgridKeys()
    const sendgridText = `[{"email":"a@example.com","event":"bounce","timestamp":1,"x":${deep}}]`
    const sendgrid = await postWebhook('/webhooks/sendgrid', sendgridText, {
      headers: await sendgridHeaders(keys.privateKey, sendgridText),
      secrets: { SENDGRID_WEBHOOK_PUBLIC_KEY: keys.publicKey },
    })
    const brevo = await postWebhook('/webhooks/brevo', `{"email":"a@example.com","x":${deep}}`, {
      headers: basic('brevo', 'pw'),
      secrets: { BREVO_WEBHOOK_USER: 'brevo', BREVO_WEBHOOK_PASSWORD: 'pw' },
    })
    const sparkpost = await postWebhook('/webhooks/sparkpost', `[{"msys":{"message_event":{"x":${deep}}}}]`, {
      headers: basic('sp', 'pw'),
      secrets: { SPARKPOST_WEBHOOK_USER: 'sp', SPARKPOST_WEBHOOK_PASSWORD: 'pw' },
    })
    const signed = JSON.parse(await mailgunBody(permanent))
    const mailgunText = JSON.stringify(signed).replace('"event-data":{', `"event-data":{"x":${deep},`)
    const mailgun = await postWebhook('/webhooks/mailgun', mailgunText, {
      secrets: { MAILGUN_WEBHOOK_SIGNING_KEY: MAILGUN_KEY },
    })
    for (const [name, res] of Object.entries({ sendgrid, brevo, sparkpost })) {
      expect(res.status, name).toBe(400)
      expect(await res.json(), name).toMatchObject({ error: { code: 'invalid_json' } })
    }
    // Mailgun's signature travels inside the body: a body too deep to read cannot be verified, so it is refused
    // as unauthenticated, before anything walks it.
    expect(mailgun.status).toBe(401)
    expect(await mailgun.json()).toMatchObject({ error: { code: 'invalid_signature' } })
  })

  it('still reads a payload nested as deep as real ones are (64 levels)', async () => {
    const body = `{"email":"deep.${crypto.randomUUID().slice(0, 6)}@example.com","event":"hard_bounce","x":${nested(60)}}`
    const res = await postWebhook('/webhooks/brevo', body, {
      headers: basic('brevo', 'pw'),
      secrets: { BREVO_WEBHOOK_USER: 'brevo', BREVO_WEBHOOK_PASSWORD: 'pw' },
    })
    expect(res.status).toBe(200)
  })
})
