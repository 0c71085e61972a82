/**
 * Mailgun webhooks (docs/spec/providers.md §6): `signature.signature` = hex HMAC-SHA256(signing key, timestamp + token),
 * inside the JSON body. The signature does not cover the event, so the token is bound to the event it first
 * carried (the route stores the binding): the same token with other content is a forgery.
 * @module
 */

import { fingerprint } from '../lib/canonical'
import { fromHex, utf8, verifyHmacSha256 } from '../lib/crypto'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str, tryParseJsonBytes } from '../lib/json'
import { secretList } from '../lib/secrets'
import { FUTURE_SKEW_MS, HOUR_MS } from '../lib/time'
import { type Draft, toEvents } from './drafts'
import { firstScope, scopeFromLabels, scopeFromMap, withScope } from './scope-fields'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/**
 * Mailgun retries for ~8 h with the original signature, so no 5-minute window: older than 9 h is refused (the
 * token bindings are kept for 24 h, so every replay inside the window meets its binding).
 */
export const MAILGUN_MAX_AGE_MS = 9 * HOUR_MS

interface Signature {
  timestamp: string
  token: string
  signature: string
}

function readSignature(doc: unknown): Signature | null {
  if (!isObject(doc) || !isObject(doc.signature)) return null
  const { timestamp, token, signature } = doc.signature
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return null
  if (typeof token !== 'string' || token.length < 1 || token.length > 256) return null
  if (typeof signature !== 'string') return null
  return { timestamp, token, signature }
}

export const mailgun: WebhookProvider = {
  name: 'mailgun',
  docs: {
    summary: 'Mailgun events',
    scheme:
      'HMAC-SHA256(timestamp + token) in the body (`MAILGUN_WEBHOOK_SIGNING_KEY`); tokens are bound to their event.',
  },
  json: true,
  maxBodyBytes: 1024 * 1024,

  secrets: (env) => secretList(env.MAILGUN_WEBHOOK_SIGNING_KEY),

  async verify({ body, now }: VerifyInput, secrets: string[]): Promise<boolean> {
    // The signature travels inside the body: without a parsable body there is nothing to verify.
    const signed = readSignature(tryParseJsonBytes(body))
    if (!signed) return false
    const sentAt = Number(signed.timestamp) * 1000
    if (sentAt < now - MAILGUN_MAX_AGE_MS || sentAt > now + FUTURE_SKEW_MS) return false
    const tag = fromHex(signed.signature)
    if (!tag || tag.length !== 32) return false
    const data = utf8(signed.timestamp + signed.token)
    for (const secret of secrets) if (await verifyHmacSha256(secret, data, tag)) return true
    return false
  },

  async parse(body, { now }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    const signed = readSignature(doc)
    if (!isObject(doc) || !signed || !isObject(doc['event-data'])) {
      throw new ApiError('invalid_request', 'A Mailgun webhook needs "signature" and "event-data" objects.')
    }
    const data = doc['event-data']
    const replay = { token: signed.token, fingerprint: await fingerprint(data) }
    const event = str(data.event) ?? 'unknown'
    // `event-data.id` is unique only within a day: its time makes the key unique for good.
    const id = `${str(data.id) ?? (await fingerprint(data)).slice(0, 32)}@${Math.floor(Number(data.timestamp) || 0)}`
    const draft = toDraft(data, id)
    if (!draft) return { events: [], ignored: [{ eventId: id, type: event }], invalid: 0, replay }
    const scope = firstScope(scopeFromMap(data['user-variables']), scopeFromLabels(data.tags))
    return withScope(
      { ...toEvents('mailgun', [draft], new Date(now).toISOString()), ignored: [], replay },
      scope
    )
  },
}

function toDraft(d: JsonObject, id: string): Draft | null {
  const status = isObject(d['delivery-status']) ? d['delivery-status'] : {}
  const headers = isObject(d.message) && isObject(d.message.headers) ? d.message.headers : {}
  const base = { id, recipient: d.recipient, occurredAt: d.timestamp, messageId: headers['message-id'] }
  switch (d.event) {
    case 'failed': {
      const reason = str(d.reason) ?? ''
      const details = {
        replyCode: status.code,
        status: status['enhanced-code'] || null,
        diagnostic: str(status.message) || str(status.description) || null,
      }
      // Mailgun's own suppressions (605 bounce, 607 complaint) and unsubscribes mirror its list.
      if (reason === 'suppress-complaint')
        return { ...base, kind: 'complaint', feedbackType: 'abuse', ...details }
      if (reason === 'suppress-bounce')
        return { ...base, kind: 'dropped', providerType: 'Suppressed', ...details }
      if (reason === 'suppress-unsubscribe')
        return { ...base, kind: 'dropped', providerType: 'Unsubscribed', ...details }
      const temporary = d.severity === 'temporary'
      return {
        ...base,
        kind: temporary ? 'deferred' : 'bounce',
        providerType: reason === 'old' ? 'Expired' : reason || null,
        ...details,
      }
    }
    case 'complained':
      return { ...base, kind: 'complaint', feedbackType: 'abuse' }
    case 'delivered':
      return { ...base, kind: 'delivered', diagnostic: status.message }
    default:
      return null
  }
}
