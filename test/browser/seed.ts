/**
 * Data for the browser tests, through the front doors only: signed Nylas webhook posts (hard bounces over the
 * last days at several mailbox providers, a soft bounce, a complaint, a block) and API keys made with the admin
 * token.
 * @module
 */
import { createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/nylas')
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'))
const DAY = 86_400_000

/** A Nylas notification for `address`, fresh id and time; the bounce dated `daysAgo` days back. */
function nylasBounce(address: string, daysAgo: number, overrides: Record<string, string> = {}) {
  const doc = fixture('message.bounce_detected.json')
  doc.id = randomUUID()
  doc.time = Math.floor(Date.now() / 1000)
  Object.assign(doc.data.object, {
    bounced_addresses: address,
    bounce_date: new Date(Date.now() - daysAgo * DAY - 60_000).toUTCString(),
    ...overrides,
  })
  return doc
}

function nylasComplaint(address: string) {
  const doc = fixture('message.transactional.complaint.json')
  doc.id = randomUUID()
  doc.time = Math.floor(Date.now() / 1000)
  doc.data.object.complaint.complained_recipients = [address]
  doc.data.object.message.to = [address]
  doc.data.object.complaint.reported_at = Math.floor(Date.now() / 1000) - 3600
  return doc
}

function nylasDelivered(address: string, daysAgo: number) {
  const doc = fixture('message.transactional.delivered.json')
  doc.id = randomUUID()
  doc.time = Math.floor(Date.now() / 1000)
  doc.data.object.message.to = [address]
  doc.data.object.delivered.recipients = [address]
  doc.data.object.delivered.delivered_at = Math.floor((Date.now() - daysAgo * DAY) / 1000) - 120
  return doc
}

async function postNylas(base: string, secret: string, doc: unknown): Promise<void> {
  const body = JSON.stringify(doc)
  const signature = createHmac('sha256', secret).update(body).digest('hex')
  const res = await fetch(`${base}/webhooks/nylas`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-nylas-signature': signature },
    body,
  })
  if (!res.ok) throw new Error(`webhook answered ${res.status}: ${await res.text()}`)
}

async function createKey(base: string, admin: string, name: string, scopes: string[]): Promise<string> {
  const res = await fetch(`${base}/v1/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, scopes }),
  })
  if (res.status !== 201) throw new Error(`creating a key answered ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export async function seed(base: string, admin: string, nylasSecret: string) {
  const addresses = {
    lift: 'jane.doe@gmail.com',
    restoreA: 'incident.one@outlook.com',
    restoreB: 'incident.two@outlook.com',
    readOnly: 'keep.me@yahoo.com',
  }
  const hard = [
    [addresses.lift, 0],
    [addresses.restoreA, 1],
    [addresses.restoreB, 1],
    [addresses.readOnly, 4],
    ['old.account@hotmail.com', 3],
    ['nobody@icloud.com', 2],
    ['gone@example.org', 5],
    ['left.company@example.com', 6],
  ] as const
  for (const [address, daysAgo] of hard) await postNylas(base, nylasSecret, nylasBounce(address, daysAgo))
  // An incident's signature in the diagnostic, for the restore test to find.
  await postNylas(
    base,
    nylasSecret,
    nylasBounce('queue.full@gmail.com', 2, {
      bounce_reason: '452 4.2.2 The recipient mailbox is full and cannot accept messages now',
      code: '452',
      type: 'mailbox_full',
    })
  )
  await postNylas(
    base,
    nylasSecret,
    nylasBounce('someone@yahoo.com', 1, {
      bounce_reason: '554 5.7.1 Service unavailable; client host blocked using Spamhaus',
      code: '554',
      type: 'blocked',
    })
  )
  await postNylas(base, nylasSecret, nylasComplaint('annoyed@gmail.com'))
  // Deliveries on the last three days, so the overview has rates (deliveries + bounces as the denominator).
  for (let i = 0; i < 24; i++) {
    await postNylas(base, nylasSecret, nylasDelivered(`reader.${i}@example.net`, i % 3))
  }
  const keys = {
    admin,
    write: await createKey(base, admin, 'support-write', ['read', 'write']),
    read: await createKey(base, admin, 'support-read', ['read']),
    check: await createKey(base, admin, 'mailer-check', ['check']),
  }
  return { keys, addresses }
}
