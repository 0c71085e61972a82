/**
 * Shared test helpers: signed Nylas requests, authorized API calls, unique addresses.
 * @module
 */
import { runInDurableObject } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { vi } from 'vitest'
import type { AddressLedger } from '../src/ledger/address-ledger'
import { ledgerFor } from '../src/ledger/stub'
import { hmacSha256Hex } from '../src/lib/crypto'
import bounceDetected from './fixtures/nylas/message.bounce_detected.json?raw'
import softDetected from './fixtures/nylas/message.bounce_detected.soft-hypothetical.json?raw'
import txBounced from './fixtures/nylas/message.transactional.bounced.json?raw'
import txComplaint from './fixtures/nylas/message.transactional.complaint.json?raw'
import txDelivered from './fixtures/nylas/message.transactional.delivered.json?raw'
import txRejected from './fixtures/nylas/message.transactional.rejected.json?raw'

export const NYLAS_FIXTURES = {
  bounceDetected,
  softDetected,
  txBounced,
  txComplaint,
  txDelivered,
  txRejected,
} as const

export const BASE = 'https://ricochet.test'

export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init))
}

/** A call with the admin bearer token. */
export function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${env.ADMIN_TOKEN}`)
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return call(path, { ...init, headers })
}

let counter = 0
/** An address no other test touches (storage is shared within a test file). */
export function uniqueAddress(tag = 'user'): string {
  counter++
  return `${tag}.${counter}.${crypto.randomUUID().slice(0, 8)}@example.com`
}

export function nylasSignature(body: string, secret = env.NYLAS_WEBHOOK_SECRET!): Promise<string> {
  return hmacSha256Hex(secret, body)
}

/** POSTs a body to /webhooks/nylas, signed unless `signature` overrides the header (null: no header). */
export async function postNylas(
  body: string,
  options: { signature?: string | null } = {}
): Promise<Response> {
  const headers = new Headers({ 'content-type': 'application/json' })
  const signature = options.signature === undefined ? await nylasSignature(body) : options.signature
  if (signature !== null) headers.set('x-nylas-signature', signature)
  return call('/webhooks/nylas', { method: 'POST', headers, body })
}

interface NylasOverrides {
  id?: string
  address?: string
  time?: number
  code?: string
  reason?: string
  type?: string
  bounceDate?: string
}

/**
 * A fixture with a fresh notification id and time and, optionally, another recipient, so each test owns its
 * address and is inside the replay window.
 */
export function nylasEvent(fixture: string, overrides: NylasOverrides = {}): string {
  const doc = JSON.parse(fixture)
  doc.id = overrides.id ?? crypto.randomUUID()
  doc.time = overrides.time ?? Math.floor(Date.now() / 1000)
  const object = doc.data.object
  if (overrides.address) {
    if ('bounced_addresses' in object) object.bounced_addresses = overrides.address
    if (object.bounce) object.bounce.recipients[0].email = overrides.address
    if (object.complaint) object.complaint.complained_recipients = [overrides.address]
    if (object.delivered) object.delivered.recipients = [overrides.address]
    if (object.message) object.message.to = [overrides.address]
  }
  if (overrides.code !== undefined) object.code = overrides.code
  if (overrides.reason !== undefined) object.bounce_reason = overrides.reason
  if (overrides.type !== undefined) object.type = overrides.type
  // Event times drive the soft window; default them to now so tests do not depend on fixture dates.
  const now = Math.floor(Date.now() / 1000)
  if ('bounce_date' in object) object.bounce_date = overrides.bounceDate ?? new Date().toUTCString()
  if (object.bounce) object.bounce.bounced_at = now
  if (object.complaint) object.complaint.reported_at = now
  if (object.delivered) object.delivered.delivered_at = now
  if ('rejected_at' in object) object.rejected_at = now
  return JSON.stringify(doc)
}

export async function checkAddress(address: string, query = ''): Promise<Record<string, unknown>> {
  const res = await api(`/v1/check/${encodeURIComponent(address)}${query}`)
  if (res.status !== 200) throw new Error(`check answered ${res.status}: ${await res.text()}`)
  return res.json()
}

/** Runs `fn` inside the address's AddressLedger instance (white-box tests: fault injection, clock travel). */
export function insideLedger<R>(
  address: string,
  fn: (ledger: AddressLedger, state: DurableObjectState) => R | Promise<R>
): Promise<R> {
  return runInDurableObject(ledgerFor(env, address), (instance, state) =>
    fn(instance as unknown as AddressLedger, state as DurableObjectState)
  )
}

/** Moves the expiry (or retry time) of the ledger's records (every scope) into the past, as if time had passed. */
export function lapseRecord(address: string): Promise<void> {
  return insideLedger(address, (_ledger, state) => {
    const raw = state.storage.sql
      .exec<{ value: string }>("SELECT value FROM meta WHERE key = 'state'")
      .one().value
    const parsed = JSON.parse(raw)
    const past = new Date(Date.now() - 1000).toISOString()
    for (const record of Object.values(parsed.records) as { suppressed: boolean }[]) {
      if (record.suppressed) Object.assign(record, { expires_at: past })
      else Object.assign(record, { retry_after: past })
    }
    state.storage.sql.exec("UPDATE meta SET value = ? WHERE key = 'state'", JSON.stringify(parsed))
  })
}

/** One of Ricochet's own events, as `/webhooks/standard` takes it (the API's snake_case). */
export interface OwnEvent {
  id?: string
  kind: 'bounce' | 'deferred' | 'complaint' | 'delivered' | 'rejected' | 'dropped'
  address: string
  occurred_at?: string
  reply_code?: string
  status?: string
  diagnostic?: string
  provider_type?: string
  feedback_type?: string
  tenant?: string
  stream?: string
}

/** Events the generic pipeline tests need, each with a fresh id and the time `minutesAgo` before now. */
export const ownEvents = {
  soft: (address: string, minutesAgo = 0): OwnEvent => ({
    kind: 'bounce',
    address,
    occurred_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    reply_code: '452',
    status: '4.2.2',
    diagnostic: '452 4.2.2 The email account that you tried to reach is over quota.',
  }),
  hard: (address: string): OwnEvent => ({
    kind: 'bounce',
    address,
    reply_code: '550',
    status: '5.1.1',
    diagnostic: '550 5.1.1 The email account that you tried to reach does not exist.',
  }),
  block: (address: string): OwnEvent => ({
    kind: 'bounce',
    address,
    reply_code: '550',
    status: '5.7.1',
    diagnostic: '550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org',
  }),
  delivered: (address: string): OwnEvent => ({ kind: 'delivered', address }),
  complaint: (address: string): OwnEvent => ({ kind: 'complaint', address, feedback_type: 'abuse' }),
}

/**
 * POSTs Ricochet's own events to `/webhooks/standard`, signed with the test secret: the pipeline (classify,
 * ledger, stores) without any provider's format. An event without an `id` gets a fresh one; pass a body
 * string to repeat an exact delivery.
 */
export async function postEvents(events: OwnEvent | OwnEvent[] | string, query = ''): Promise<Response> {
  const body =
    typeof events === 'string'
      ? events
      : JSON.stringify([events].flat().map((e) => ({ id: crypto.randomUUID(), ...e })))
  const id = `msg_${crypto.randomUUID()}`
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = await crypto.subtle.importKey(
    'raw',
    Uint8Array.from(atob(env.STANDARD_WEBHOOK_SECRET!.replace(/^whsec_/, '')), (ch) => ch.charCodeAt(0)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`))
  const signature = `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`
  return call(`/webhooks/standard${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': signature,
    },
    body,
  })
}

/** A fake Email Routing message around raw bytes, as `email()` receives it; its methods are spies. */
export function emailMessage(
  raw: string,
  options: { to?: string; from?: string; forward?: (to: string) => Promise<void> } = {}
): ForwardableEmailMessage {
  const bytes = new TextEncoder().encode(raw)
  return {
    from: options.from ?? 'MAILER-DAEMON@mx.example.net',
    to: options.to ?? 'bounces@bounce.example.org',
    headers: new Headers(),
    raw: new Blob([bytes]).stream(),
    rawSize: bytes.length,
    setReject: vi.fn(),
    forward: options.forward ?? vi.fn(async () => undefined),
    reply: vi.fn(),
  } as unknown as ForwardableEmailMessage
}
