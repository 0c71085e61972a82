/**
 * Our verifiers against the providers' own libraries, under Node: the same bytes must pass or fail in both.
 * Any DER/raw, base64/hex, whitespace or header-spelling mistake shows up as a disagreement.
 */
import { createHmac, createVerify, generateKeyPairSync, sign as nodeSign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { PassThrough } from 'node:stream'
import { EventWebhook } from '@sendgrid/eventwebhook'
import fc from 'fast-check'
import Validator from 'sns-payload-validator'
import { Webhook as StandardWebhook } from 'standardwebhooks'
import { Webhook as SvixWebhook, WebhookVerificationError } from 'svix'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mailgun } from '../../src/providers/mailgun'
import { nylas } from '../../src/providers/nylas'
import { resend } from '../../src/providers/resend'
import { sendgrid } from '../../src/providers/sendgrid'
import { ses } from '../../src/providers/ses'
import { standard } from '../../src/providers/standard'

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8')) as Uint8Array<ArrayBuffer>
const noFetch = (() => Promise.reject(new Error('no fetch'))) as typeof fetch

/** JSON-ish bodies with CRLF, unicode and escapes: what providers really send. */
const bodies = fc.oneof(
  fc.json(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constant('[{"a":"b"},\r\n{"c":"\\u00e9\\/"}]\r\n')
)

describe('SendGrid: ours vs @sendgrid/eventwebhook', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
  const oracle = new EventWebhook()
  const oracleKey = oracle.convertPublicKeyToECDSA(spki)
  const now = Date.now()
  const timestamp = String(Math.floor(now / 1000))

  const ours = (body: string, signature: string, ts = timestamp) =>
    sendgrid.verify(
      {
        headers: new Headers({
          'x-twilio-email-event-webhook-signature': signature,
          'x-twilio-email-event-webhook-timestamp': ts,
        }),
        body: bytes(body),
        now,
        fetch: noFetch,
      },
      [spki]
    )

  it('agrees on signatures made by node:crypto (DER), and on every mutation of them', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const der = nodeSign('sha256', Buffer.from(timestamp + body), privateKey).toString('base64')
        expect(oracle.verifySignature(oracleKey, body, der, timestamp)).toBe(true)
        expect(await ours(body, der)).toBe(true)
        // The same signature in IEEE P1363 (raw r‖s) form is not what SendGrid sends: both refuse it.
        const raw = nodeSign('sha256', Buffer.from(timestamp + body), {
          key: privateKey,
          dsaEncoding: 'ieee-p1363',
        })
        expect(await ours(body, raw.toString('base64'))).toBe(false)
        // Hex instead of base64, a changed body, CRLF normalized: both refuse.
        expect(await ours(body, Buffer.from(der, 'base64').toString('hex'))).toBe(false)
        for (const changed of [`${body} `, body.replace(/\r\n/g, '\n')]) {
          if (changed === body) continue
          expect(oracle.verifySignature(oracleKey, changed, der, timestamp)).toBe(false)
          expect(await ours(changed, der)).toBe(false)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('agrees on the official vectors', async () => {
    const vectors = JSON.parse(fixture('sendgrid/signature-vectors.json'))
    for (const v of vectors.vectors) {
      const body = fixture(`sendgrid/${v.body_file}`)
      const sig = v.headers['X-Twilio-Email-Event-Webhook-Signature']
      const ts = v.headers['X-Twilio-Email-Event-Webhook-Timestamp']
      let expected: boolean
      try {
        expected = oracle.verifySignature(oracle.convertPublicKeyToECDSA(v.public_key), body, sig, ts)
      } catch {
        expected = false
      }
      const actual = await sendgrid.verify(
        {
          headers: new Headers({
            'x-twilio-email-event-webhook-signature': sig,
            'x-twilio-email-event-webhook-timestamp': ts,
          }),
          body: bytes(body),
          now: Number(ts) * 1000 || Date.now(),
          fetch: noFetch,
        },
        [v.public_key]
      )
      expect(actual, v.body_file + (v.why ?? '')).toBe(expected && /^\d+$/.test(ts))
      expect(actual).toBe(v.expect_valid)
    }
  })
})

describe('Standard Webhooks and Svix: ours vs standardwebhooks and svix', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  const signer = new StandardWebhook(secret)
  const svix = new SvixWebhook(secret)

  it('agrees on signatures made by standardwebhooks, under both header spellings', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.stringMatching(/^msg_[A-Za-z0-9]{1,30}$/), async (body, id) => {
        const now = new Date()
        const signature = signer.sign(id, now, body)
        const ts = String(Math.floor(now.getTime() / 1000))
        const unbranded = { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': signature }
        const branded = { 'svix-id': id, 'svix-timestamp': ts, 'svix-signature': signature }
        // svix parses the payload as JSON after verifying it: only its verification error means "refused".
        const oracleAccepts = (headers: Record<string, string>, payload = body) => {
          try {
            svix.verify(payload, headers)
            return true
          } catch (err) {
            if (err instanceof WebhookVerificationError) return false
            return true
          }
        }
        for (const provider of [resend, standard]) {
          for (const headers of [unbranded, branded]) {
            const input = {
              headers: new Headers(headers),
              body: bytes(body),
              now: now.getTime(),
              fetch: noFetch,
            }
            expect(await provider.verify(input, [secret])).toBe(oracleAccepts(headers))
            expect(oracleAccepts(headers)).toBe(true)
            const tampered = { ...input, body: bytes(`${body}x`) }
            expect(await provider.verify(tampered, [secret])).toBe(oracleAccepts(headers, `${body}x`))
          }
        }
        expect(() => signer.verify(body, unbranded, { jsonParse: false })).not.toThrow()
      }),
      { numRuns: 60 }
    )
  })
})

describe('HMAC hex schemes: ours vs node:crypto', () => {
  it('Nylas: hex HMAC-SHA256 of the raw body', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.string({ minLength: 1, maxLength: 40 }), async (body, secret) => {
        const hex = createHmac('sha256', secret).update(body, 'utf8').digest('hex')
        const input = (sig: string) => ({
          headers: new Headers({ 'x-nylas-signature': sig }),
          body: bytes(body),
          now: 0,
          fetch: noFetch,
        })
        expect(await nylas.verify(input(hex), [secret])).toBe(true)
        expect(await nylas.verify(input(Buffer.from(hex, 'hex').toString('base64')), [secret])).toBe(false)
        expect(await nylas.verify(input(hex), [`${secret}x`])).toBe(false)
      }),
      { numRuns: 60 }
    )
  })

  it('Mailgun: hex HMAC-SHA256 of timestamp + token', async () => {
    const key = 'mg-test-signing-key-0f1e2d3c4b5a69788796a5b4c3d2e1f0'
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-f0-9]{50}$/), async (token) => {
        const now = Date.now()
        const timestamp = String(Math.floor(now / 1000))
        const signature = createHmac('sha256', key)
          .update(timestamp + token)
          .digest('hex')
        const body = JSON.stringify({
          signature: { timestamp, token, signature },
          'event-data': { event: 'failed' },
        })
        expect(
          await mailgun.verify({ headers: new Headers(), body: bytes(body), now, fetch: noFetch }, [key])
        ).toBe(true)
        // A separator between timestamp and token is a classic mistake: the oracle's value must not match it.
        const wrong = createHmac('sha256', key).update(`${timestamp}.${token}`).digest('hex')
        const forged = body.replace(signature, wrong)
        expect(
          await mailgun.verify({ headers: new Headers(), body: bytes(forged), now, fetch: noFetch }, [key])
        ).toBe(false)
      }),
      { numRuns: 40 }
    )
  })
})

describe('SNS: ours vs sns-payload-validator (certificate fetch mocked)', () => {
  const certificate = fixture('ses-sns/synthetic-signing-cert.pem')
  const topic = 'arn:aws:sns:us-east-1:123456789012:ses-feedback'
  afterEach(() => vi.restoreAllMocks())

  it('agrees on every fixture, the tampered one included', async () => {
    vi.spyOn(https, 'get').mockImplementation(((
      _url: unknown,
      _options: unknown,
      callback: (res: PassThrough) => void
    ) => {
      const res = new PassThrough()
      callback(res)
      res.end(certificate)
      return { on: () => undefined }
    }) as never)
    const certFetch = (async () => new Response(certificate)) as typeof fetch
    const validator = new Validator()
    const vectors = JSON.parse(fixture('ses-sns/signature-vectors.json'))
    const files = [...new Set<string>(vectors.vectors.map((v: { body_file: string }) => v.body_file))]
    files.push('sns-notification-bounce-permanent.TAMPERED.json')
    for (const file of files) {
      const body = fixture(`ses-sns/${file}`)
      const oracle = await validator.validate(body).then(
        () => true,
        () => false
      )
      const ours = await ses.verify(
        {
          headers: new Headers(),
          body: bytes(body),
          now: Date.parse(JSON.parse(body).Timestamp) + 1000,
          fetch: certFetch,
        },
        [topic]
      )
      expect(ours, file).toBe(oracle)
      expect(ours, file).toBe(!file.includes('TAMPERED'))
    }
  })

  it('node:crypto verifies each vector over its published canonical string (which ours reproduces, see ses.test.ts)', () => {
    const vectors = JSON.parse(fixture('ses-sns/signature-vectors.json'))
    for (const v of vectors.vectors.filter((x: { string_to_sign?: string }) => x.string_to_sign)) {
      const message = JSON.parse(fixture(`ses-sns/${v.body_file}`))
      const check = createVerify(message.SignatureVersion === '1' ? 'RSA-SHA1' : 'RSA-SHA256')
      check.update(v.string_to_sign, 'utf8')
      expect(check.verify(certificate, message.Signature, 'base64'), v.body_file).toBe(true)
    }
  })
})
