import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { utf8 } from '../../src/lib/crypto'
import { isValidCertUrl, isValidSubscribeUrl, stringToSign } from '../../src/lib/sns'
import vectors from '../fixtures/ses-sns/signature-vectors.json'
import permanent from '../fixtures/ses-sns/sns-notification-bounce-permanent.json?raw'
import tampered from '../fixtures/ses-sns/sns-notification-bounce-permanent.TAMPERED.json?raw'
import suppressed from '../fixtures/ses-sns/sns-notification-bounce-suppressed.json?raw'
import transient from '../fixtures/ses-sns/sns-notification-bounce-transient.json?raw'
import complaint from '../fixtures/ses-sns/sns-notification-complaint.json?raw'
import eventBounce from '../fixtures/ses-sns/sns-notification-event-bounce.json?raw'
import deliveryDelay from '../fixtures/ses-sns/sns-notification-event-deliverydelay.json?raw'
import withSubject from '../fixtures/ses-sns/sns-notification-with-subject.json?raw'
import subscription from '../fixtures/ses-sns/sns-subscription-confirmation.json?raw'
import unsubscribe from '../fixtures/ses-sns/sns-unsubscribe-confirmation.json?raw'
import certificate from '../fixtures/ses-sns/synthetic-signing-cert.pem?raw'
import { checkAddress } from '../helpers'
import { postWebhook } from '../webhook-helpers'

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ses-feedback'
const CERT_URL = vectors.certificate_url_used
const FILES: Record<string, string> = {
  'sns-subscription-confirmation.json': subscription,
  'sns-unsubscribe-confirmation.json': unsubscribe,
  'sns-notification-bounce-permanent.json': permanent,
  'sns-notification-bounce-suppressed.json': suppressed,
  'sns-notification-bounce-transient.json': transient,
  'sns-notification-complaint.json': complaint,
  'sns-notification-event-bounce.json': eventBounce,
  'sns-notification-event-deliverydelay.json': deliveryDelay,
  'sns-notification-with-subject.json': withSubject,
  'sns-notification-bounce-permanent.TAMPERED.json': tampered,
}

let fetchSpy: MockInstance<typeof fetch>
let confirmations: string[]
beforeEach(async () => {
  const { forgetCertificates } = await import('../../src/lib/sns')
  forgetCertificates()
  confirmations = []
  fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input)
    if (url === CERT_URL) return new Response(certificate)
    if (url.includes('Action=ConfirmSubscription')) {
      confirmations.push(url)
      return new Response(
        '<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>arn:aws:sns:us-east-1:123456789012:ses-feedback:1</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>'
      )
    }
    return new Response('not found', { status: 404 })
  })
})
afterEach(() => vi.restoreAllMocks())

/** Posts an SNS body with the clock at its own Timestamp (the fixtures are signed once, with old times). */
function post(body: string, topics = TOPIC) {
  const at = Date.parse(JSON.parse(body).Timestamp) + 5_000
  return postWebhook('/webhooks/ses', body, {
    headers: { 'content-type': 'text/plain; charset=UTF-8' },
    now: Number.isNaN(at) ? Date.now() : at,
    secrets: { SES_TOPIC_ARNS: topics },
  })
}

/** Rewrites one field of a signed fixture (the signature then no longer matches, which some tests want). */
function edit(body: string, changes: Record<string, string>): string {
  return JSON.stringify({ ...JSON.parse(body), ...changes })
}

describe('SNS: canonical string and URL checks', () => {
  it('builds the exact string to sign of every vector', () => {
    for (const vector of vectors.vectors.filter((v) => 'string_to_sign' in v)) {
      const message = JSON.parse(FILES[vector.body_file]!)
      expect(stringToSign(message, message.Type), vector.body_file).toBe(vector.string_to_sign)
    }
  })

  it('accepts only https://sns.<region>.amazonaws.com/SimpleNotificationService-<32>.pem', () => {
    expect(isValidCertUrl(CERT_URL)).toBe(true)
    const path = '/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem'
    for (const bad of [
      `http://sns.us-east-1.amazonaws.com${path}`,
      `https://sns.us-east-1.amazonaws.com.evil.com${path}`,
      `https://evil.com${path}`,
      `https://bucket.s3.amazonaws.com${path}`,
      `https://sns.us-east-1.amazonaws.com@evil.com${path}`,
      `https://user:pass@sns.us-east-1.amazonaws.com${path}`,
      `https://sns.us-east-1.amazonaws.com:8443${path}`,
      `https://sns.us-east-1.amazonaws.com${path}?x=1`,
      `https://sns.us-east-1.amazonaws.com${path}#frag`,
      `https://sns.us-east-1.amazonaws.com/../SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem`,
      `https://sns.us-east-1.amazonaws.com/%2e%2e/x${path}`,
      `https://52.94.0.1${path}`,
      `https://[::1]${path}`,
      `https://sns.us-east-1.amazonaws.com\\@evil.com${path}`,
      `https://SNS.US-EAST-1.AMAZONAWS.COM${path}`,
      `https://sns.us-east-1.amazonaws.com/SimpleNotificationService-short.pem`,
    ]) {
      expect(isValidCertUrl(bad), bad).toBe(false)
    }
  })

  it('accepts a SubscribeURL only on SNS for the same topic and region', () => {
    const url = JSON.parse(subscription).SubscribeURL
    expect(isValidSubscribeUrl(url, TOPIC)).toBe(true)
    expect(isValidSubscribeUrl(url.replace('sns.us-east-1', 'sns.eu-west-1'), TOPIC)).toBe(false)
    expect(
      isValidSubscribeUrl(url.replace('https://sns.us-east-1.amazonaws.com', 'https://evil.example'), TOPIC)
    ).toBe(false)
    expect(isValidSubscribeUrl(url, 'arn:aws:sns:us-east-1:999999999999:other')).toBe(false)
  })
})

describe('SES via SNS: notifications to verdicts', () => {
  it('suppresses a Permanent/General bounce with a user-unknown DSN (v1, SHA-1)', async () => {
    const res = await post(permanent)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ applied: 1 })
    expect(await checkAddress('jane@example.com')).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect(fetchSpy).toHaveBeenCalledWith(CERT_URL, expect.anything())
  })

  it('mirrors SES suppression (v2, SHA-256) and the event-publishing bounce shape', async () => {
    expect((await post(suppressed)).status).toBe(200)
    expect(await checkAddress('someguy@example.com')).toMatchObject({ action: 'drop', reason: 'suppressed' })
    expect((await post(eventBounce)).status).toBe(200)
    expect(await checkAddress('recipient@example.com')).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
    })
  })

  it('counts a Transient/MailboxFull bounce as soft and a delivery delay as soft', async () => {
    expect((await post(transient)).status).toBe(200)
    // The clock is the fixture's own (see post()), and the ledger counts against that same clock: the bounce is
    // inside the soft window, so it is counted and the address deferred, whatever day the test runs.
    const soft = await env.DB.prepare(
      "SELECT reason, disposition, action FROM events WHERE address = 'full@example.org'"
    ).first()
    expect(soft).toEqual({
      reason: 'mailboxfull',
      disposition: 'soft',
      action: 'deferred',
    })
    expect((await post(deliveryDelay)).status).toBe(200)
    const row = await env.DB.prepare(
      "SELECT disposition FROM events WHERE provider = 'ses' AND kind = 'deferred' AND address = 'recipient@example.com'"
    ).first()
    expect(row).toEqual({ disposition: 'soft' })
  })

  it('suppresses a complaint', async () => {
    expect((await post(complaint)).status).toBe(200)
    expect(await checkAddress('richard@example.com')).toMatchObject({
      action: 'drop',
      disposition: 'complaint',
    })
  })

  it('applies every bounced recipient, not just the first', async () => {
    // Signed fixtures cannot be edited, so this goes through the parser directly.
    const { ses } = await import('../../src/providers/ses')
    const envelope = JSON.parse(permanent)
    const message = JSON.parse(envelope.Message)
    message.bounce.bouncedRecipients.push({ emailAddress: 'second@example.com', status: '5.1.1' })
    envelope.Message = JSON.stringify(message)
    const { config } = await import('../../src/config')
    const parsed = await ses.parse(utf8(JSON.stringify(envelope)), {
      now: Date.now(),
      config: config(env),
      headers: new Headers(),
    })
    expect(parsed.events.map((e) => e.address)).toEqual(['jane@example.com', 'second@example.com'])
  })

  it('answers 200 and ignores an authentic message that is not an SES notification', async () => {
    const res = await post(withSubject)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ applied: 0, ignored: 1 })
  })

  it('confirms a subscription by fetching the validated SubscribeURL', async () => {
    const res = await post(subscription)
    expect(res.status).toBe(200)
    expect(confirmations).toEqual([JSON.parse(subscription).SubscribeURL])
  })

  it('acknowledges an UnsubscribeConfirmation without re-subscribing', async () => {
    const res = await post(unsubscribe)
    expect(res.status).toBe(200)
    expect(confirmations).toEqual([])
  })

  it('counts a redelivered notification once', async () => {
    await post(permanent)
    const again = await post(permanent)
    expect(await again.json()).toMatchObject({ applied: 0, duplicates: 1 })
  })
})

describe('SES via SNS: forgeries never fetch a bad URL', () => {
  const fetchedUrls = () => fetchSpy.mock.calls.map(([input]) => String(input))

  it('refuses the tampered fixture', async () => {
    const res = await post(tampered)
    expect(res.status).toBe(401)
    expect(
      await env.DB.prepare("SELECT 1 FROM events WHERE address = 'jane2@example.com'").first()
    ).toBeNull()
  })

  it('refuses a topic outside the allowlist without fetching anything', async () => {
    const res = await post(permanent, 'arn:aws:sns:us-east-1:123456789012:other-topic')
    expect(res.status).toBe(401)
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('refuses certificate URLs on other hosts, over http, with userinfo or an IP, without fetching them', async () => {
    const path = '/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem'
    for (const url of [
      `https://evil.example${path}`,
      `http://sns.us-east-1.amazonaws.com${path}`,
      `https://sns.us-east-1.amazonaws.com@evil.example${path}`,
      `https://203.0.113.7${path}`,
      `https://sns.eu-west-1.amazonaws.com${path}`,
    ]) {
      const res = await post(edit(permanent, { SigningCertURL: url }))
      expect(res.status, url).toBe(401)
    }
    expect(fetchedUrls()).toEqual([])
  })

  it('refuses an unknown SignatureVersion, a stale message and a message from the future', async () => {
    expect((await post(edit(permanent, { SignatureVersion: '3' }))).status).toBe(401)
    const stale = await postWebhook('/webhooks/ses', permanent, {
      now: Date.parse(JSON.parse(permanent).Timestamp) + 3 * 3_600_000,
      secrets: { SES_TOPIC_ARNS: TOPIC },
    })
    expect(stale.status).toBe(401)
    const early = await postWebhook('/webhooks/ses', permanent, {
      now: Date.parse(JSON.parse(permanent).Timestamp) - 10 * 60_000,
      secrets: { SES_TOPIC_ARNS: TOPIC },
    })
    expect(early.status).toBe(401)
  })

  it('refuses when the certificate cannot be fetched, and does not cache the failure', async () => {
    fetchSpy.mockImplementationOnce(async () => new Response('nope', { status: 500 }))
    expect((await post(permanent)).status).toBe(401)
    expect((await post(permanent)).status).toBe(200)
  })

  it('refuses a certificate served through a redirect', async () => {
    fetchSpy.mockImplementationOnce(
      async () => new Response(null, { status: 301, headers: { location: 'https://evil.example/x.pem' } })
    )
    expect((await post(permanent)).status).toBe(401)
    expect(fetchedUrls()).not.toContain('https://evil.example/x.pem')
  })

  it('answers 404 provider_not_configured without SES_TOPIC_ARNS', async () => {
    const res = await post(permanent, '')
    expect(res.status).toBe(404)
  })

  it('answers 401, not 500, to garbage', async () => {
    for (const body of [
      '',
      'not json',
      '[]',
      '{"Type":"Notification"}',
      JSON.stringify({ ...JSON.parse(permanent), Signature: '!!!' }),
    ]) {
      const res = await postWebhook('/webhooks/ses', body, {
        headers: { 'content-type': 'text/plain' },
        secrets: { SES_TOPIC_ARNS: TOPIC },
      })
      expect(res.status, body.slice(0, 30)).toBe(401)
    }
  })
})
