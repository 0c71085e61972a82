/**
 * `npm run bench:pure`: operations per second of the pure functions on the hot paths, under Node, after a
 * warm-up: classification, address normalization, signature verification (Nylas HMAC, SendGrid ECDSA, Standard
 * Webhooks), and DSN parsing of one real report.
 */
import { createHmac, generateKeyPairSync, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { classify } from '../src/classify'
import { parseBounce } from '../src/inbound/parse'
import { normalizeAddress } from '../src/lib/address'
import { erasureKvKey } from '../src/lib/erasure'
import { verifyStandardWebhook } from '../src/lib/standard-webhooks'
import { decide, readListValue } from '../src/policy-verdict'
import { nylas } from '../src/providers/nylas'
import { sendgrid } from '../src/providers/sendgrid'

async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  ms = 1500
): Promise<{ name: string; opsPerSecond: number }> {
  for (let i = 0; i < 200; i++) await fn() // warm-up
  let count = 0
  const start = performance.now()
  while (performance.now() - start < ms) {
    for (let i = 0; i < 50; i++) await fn()
    count += 50
  }
  return { name, opsPerSecond: Math.round((count / (performance.now() - start)) * 1000) }
}

const bytes = (text: string) => new Uint8Array(Buffer.from(text)) as Uint8Array<ArrayBuffer>
const noFetch = (() => Promise.reject(new Error('no fetch'))) as typeof fetch
const body = readFileSync(
  new URL('../test/fixtures/nylas/message.bounce_detected.json', import.meta.url),
  'utf8'
)
const nylasHeaders = new Headers({
  'x-nylas-signature': createHmac('sha256', 'secret').update(body).digest('hex'),
})
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const spki = ec.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
const ts = String(Math.floor(Date.now() / 1000))
const sgHeaders = new Headers({
  'x-twilio-email-event-webhook-signature': sign('sha256', Buffer.from(ts + body), ec.privateKey).toString(
    'base64'
  ),
  'x-twilio-email-event-webhook-timestamp': ts,
})
const swSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const swHeaders = new Headers({
  'webhook-id': 'msg_1',
  'webhook-timestamp': ts,
  'webhook-signature': `v1,${createHmac('sha256', Buffer.from(swSecret.slice(6), 'base64'))
    .update(`msg_1.${ts}.${body}`)
    .digest('base64')}`,
})
const dsn = new Uint8Array(
  readFileSync(new URL('../test/fixtures/inbound/lhost-postfix-02.eml', import.meta.url))
)

const entry = (reason: string, expires: string | null) => ({
  suppressed: true,
  reason,
  disposition: 'manual',
  source: 'manual',
  since: '2026-01-01T00:00:00.000Z',
  expires_at: expires,
  retry_after: null,
  event_id: null,
})
const ownValue = JSON.stringify({
  v: 2,
  records: {
    'globex/*': entry('legal_hold', null),
    'acme/newsletter': entry('unsubscribed', null),
    'acme/marketing': entry('feedback', '2030-01-01T00:00:00.000Z'),
  },
})
const domainValue = JSON.stringify({ v: 2, records: { 'other/*': entry('domain_closed', null) } })

const rows = [
  await measure('classify (diagnostic text + codes)', () =>
    classify({
      kind: 'bounce',
      replyCode: '550',
      diagnostic: 'smtp; 550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown',
    })
  ),
  await measure('normalizeAddress (IDN)', () => normalizeAddress(' <Jane.Doe@Bücher.Example> ')),
  await measure('normalizeAddress (ASCII)', () => normalizeAddress('jane.doe+tag@example.com')),
  await measure('verify Nylas HMAC', () =>
    nylas.verify({ headers: nylasHeaders, body: bytes(body), now: Date.now(), fetch: noFetch }, ['secret'])
  ),
  await measure('verify SendGrid ECDSA P-256', () =>
    sendgrid.verify({ headers: sgHeaders, body: bytes(body), now: Date.now(), fetch: noFetch }, [spki])
  ),
  await measure('verify Standard Webhooks', () =>
    verifyStandardWebhook(swHeaders, bytes(body), [swSecret], Date.now())
  ),
  await measure('parseBounce (Postfix DSN, 2 recipients)', () => parseBounce(dsn)),
  // The check's decision once KV answered: the address's value (3 scoped entries) and its domain's (1 entry),
  // read from their stored JSON as KV's bulk get returns it, for mail in one tenant's stream.
  await measure('check decision (address + @domain values, scoped)', () =>
    decide(
      'jane@example.com',
      { own: readListValue(JSON.parse(ownValue)), domain: readListValue(JSON.parse(domainValue)) },
      { tenant: 'acme', stream: 'marketing' },
      Date.now()
    )
  ),
  // With ERASURE_KEY set the check also reads the address's erasure mark, keyed by this HMAC.
  await measure('erasure mark key (HMAC-SHA256 of the address)', () =>
    erasureKvKey('bench-erasure-key', 'jane@example.com')
  ),
]
console.table(rows.map((r) => ({ function: r.name, 'ops/s': r.opsPerSecond.toLocaleString('en') })))
