/**
 * Nylas v3 webhooks (docs/spec/providers.md §2): `X-Nylas-Signature` = hex HMAC-SHA256 of the raw body with the
 * webhook secret; `message.bounce_detected` (NDRs found in a grant's mailbox) and the Transactional Send /
 * Agent Account deliverability events.
 * @module
 */

import { fromHex, toHex, verifyHmacSha256 } from '../lib/crypto'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str, toIso } from '../lib/json'
import { secretList } from '../lib/secrets'
import { FUTURE_SKEW_MS } from '../lib/time'
import { type Draft, listOf, toEvents } from './drafts'
import type { ParseContext, ParseResult, VerifyInput, WebhookProvider } from './types'

/** Nylas sends no signed timestamp; a notification dated this far in the future is refused. */

export const nylas: WebhookProvider = {
  name: 'nylas',
  docs: {
    summary: 'Nylas v3 events',
    scheme: '`X-Nylas-Signature`: hex HMAC-SHA256 of the raw body with `NYLAS_WEBHOOK_SECRET`.',
  },
  json: true,
  maxBodyBytes: 1024 * 1024,

  secrets: (env) => secretList(env.NYLAS_WEBHOOK_SECRET),

  async verify({ headers, body }: VerifyInput, secrets: string[]): Promise<boolean> {
    const header = headers.get('x-nylas-signature')
    if (!header) return false
    // The Nylas CLI accepts an optional `sha256=` prefix and either case; so do we.
    const tag = fromHex(header.trim().replace(/^sha256=/i, ''))
    if (!tag || tag.length !== 32) return false
    for (const secret of secrets) if (await verifyHmacSha256(secret, body, tag)) return true
    return false
  },

  async parse(body, context): Promise<ParseResult> {
    const bytes = await maybeGunzip(body)
    const doc = parseJsonBytes(bytes)
    if (!isObject(doc)) throw new ApiError('invalid_request', 'A Nylas notification must be a JSON object.')
    const type = str(doc.type)
    if (!type) throw new ApiError('invalid_request', 'A Nylas notification needs a string "type".')
    // The recipe's own example has no id: the same bytes are the same notification.
    const id = str(doc.id) ?? `body-sha256:${await bodyHash(bytes)}`
    const object = isObject(doc.data) && isObject(doc.data.object) ? doc.data.object : null
    const sentAt = checkFreshness(sentTime(doc.time, object?.bounce_date), context)

    const handler = HANDLERS[type]
    if (!handler) return { events: [], ignored: [{ eventId: id, type }], invalid: 0 }
    if (!object) throw new ApiError('invalid_request', `A ${type} notification needs "data.object".`)
    const fallbackTime = new Date(sentAt).toISOString()
    // Grant-scoped notifications name their grant; the route maps it to a tenant.
    const grantId = str(object.grant_id) ?? (isObject(doc.data) ? str(doc.data.grant_id) : null)
    const drafts = handler(object, type).map((draft) => ({ ...draft, id, grantId }))
    return { ...toEvents('nylas', drafts, fallbackTime), ignored: [] }
  },
}

type Handler = (object: JsonObject, type: string) => Omit<Draft, 'id'>[]

const bounceDetected: Handler = (o) => {
  // `bounced_addresses` is a string despite its name; accept an array too.
  const recipients = listOf(o.bounced_addresses)
  const origin = isObject(o.origin) ? o.origin : {}
  return recipients.map((recipient) => ({
    recipient,
    kind: 'bounce' as const,
    occurredAt: o.bounce_date,
    replyCode: o.code,
    diagnostic: o.bounce_reason,
    providerType: o.type,
    messageId: origin.mime_id ?? o.message_id ?? origin.id,
  }))
}

const bounced: Handler = (o, type) => {
  const bounce = isObject(o.bounce) ? o.bounce : null
  if (!bounce || !Array.isArray(bounce.recipients)) {
    throw new ApiError('invalid_request', `A ${type} notification needs "data.object.bounce.recipients".`)
  }
  return bounce.recipients.map((r) => ({
    recipient: isObject(r) ? r.email : r,
    kind: 'bounce' as const,
    occurredAt: bounce.bounced_at,
    diagnostic: isObject(r) ? r.diagnostic_code : null,
    providerType: bounce.type,
    messageId: messageIdOf(o),
  }))
}

const complaint: Handler = (o, type) => {
  const c = isObject(o.complaint) ? o.complaint : null
  if (!c || !Array.isArray(c.complained_recipients)) {
    throw new ApiError(
      'invalid_request',
      `A ${type} notification needs "data.object.complaint.complained_recipients".`
    )
  }
  return c.complained_recipients.map((recipient) => ({
    recipient,
    kind: 'complaint' as const,
    occurredAt: c.reported_at,
    feedbackType: c.type,
    providerType: c.type,
    messageId: messageIdOf(o),
  }))
}

const delivered: Handler = (o, type) => {
  const d = isObject(o.delivered) ? o.delivered : null
  if (!d || !Array.isArray(d.recipients)) {
    throw new ApiError('invalid_request', `A ${type} notification needs "data.object.delivered.recipients".`)
  }
  return d.recipients.map((recipient) => ({
    recipient,
    kind: 'delivered' as const,
    occurredAt: d.delivered_at,
    messageId: messageIdOf(o),
  }))
}

// Nylas rejects a message whose attachment carries a virus: the sender's problem, recorded for every recipient.
const rejected: Handler = (o, type) => {
  const message = isObject(o.message) ? o.message : null
  if (!message || !Array.isArray(message.to)) {
    throw new ApiError('invalid_request', `A ${type} notification needs "data.object.message.to".`)
  }
  return message.to.map((recipient) => ({
    recipient,
    kind: 'rejected' as const,
    occurredAt: o.rejected_at,
    providerType: 'virus',
    diagnostic: 'Nylas rejected the message: an attachment contained a virus.',
    messageId: messageIdOf(o),
  }))
}

const HANDLERS: Record<string, Handler> = {
  'message.bounce_detected': bounceDetected,
  'message.transactional.bounced': bounced,
  'message.bounced': bounced,
  'message.transactional.complaint': complaint,
  'message.complaint': complaint,
  'message.transactional.delivered': delivered,
  'message.delivered': delivered,
  'message.transactional.rejected': rejected,
  'message.rejected': rejected,
}

function messageIdOf(object: JsonObject): unknown {
  return isObject(object.message) ? object.message.id : null
}

/** When the notification was sent (epoch ms): its `time` (seconds, as a number or a string), else `bounce_date`. */
function sentTime(time: unknown, bounceDate: unknown): number | null {
  const seconds = typeof time === 'string' && /^\d{1,12}$/.test(time.trim()) ? Number(time) : time
  const iso = toIso(seconds) ?? toIso(bounceDate)
  return iso ? Date.parse(iso) : null
}

/** Hex SHA-256 of the (decompressed) body: the dedupe key of a notification without an id. */
async function bodyHash(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
}

/**
 * Nylas signs no timestamp, so a captured request could be replayed after its id left the dedupe memory.
 * Its time bounds that: undated, older than the configured age (default 24 h, well past Nylas' 20-minute
 * retry span) or from the future is refused. The window is never skipped: no usable time means stale.
 */
function checkFreshness(sentAt: number | null, { now, config }: ParseContext): number {
  if (sentAt === null || sentAt < now - config.nylasMaxAgeMs || sentAt > now + FUTURE_SKEW_MS) {
    throw new ApiError(
      'invalid_signature',
      'The notification has no usable time, or it is outside the accepted window; refused as a replay.'
    )
  }
  return sentAt
}

/** Nylas' `compressed_delivery` sends gzip; the signature covers the compressed bytes, so unzip only now. */
async function maybeGunzip(body: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body
  try {
    // Read with a running cap: a small gzip bomb must not inflate into the isolate's memory limit.
    const reader = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip')).getReader()
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > MAX_INFLATED) {
        await reader.cancel()
        throw new ApiError('payload_too_large', 'The decompressed body is larger than 8 MiB.')
      }
      chunks.push(value)
    }
    const out = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  } catch (err) {
    if (err instanceof ApiError) throw err
    throw new ApiError('invalid_request', 'The gzip body could not be decompressed.')
  }
}

const MAX_INFLATED = 8 * 1024 * 1024
