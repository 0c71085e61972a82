/**
 * SendGrid Event Webhook (docs/spec/providers.md §3): a JSON array of events, signed with ECDSA P-256 / SHA-256 over
 * `timestamp header + raw body`; the signature is base64 DER, the key base64 DER SubjectPublicKeyInfo.
 * @module
 */

import { concatBytes, fromBase64 } from '../lib/base64'
import { fingerprint } from '../lib/canonical'
import { utf8 } from '../lib/crypto'
import { ecdsaDerToRaw } from '../lib/der'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str } from '../lib/json'
import { secretList } from '../lib/secrets'
import { FUTURE_SKEW_MS, HOUR_MS } from '../lib/time'
import { batchResult, type Draft } from './drafts'
import { firstScope, scopeFromLabels } from './scope-fields'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/**
 * SendGrid retries for 24 h with the original signature and timestamp, so the window covers that (plus an
 * hour of margin); the `sg_event_id` dedupe (kept 30 days) stops replays inside it.
 */
const MAX_AGE_MS = 25 * HOUR_MS

const keys = new Map<string, Promise<CryptoKey | null>>()

function importKey(spkiBase64: string): Promise<CryptoKey | null> {
  let key = keys.get(spkiBase64)
  if (!key) {
    const der = fromBase64(spkiBase64)
    key = der
      ? crypto.subtle
          .importKey('spki', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify'])
          .catch(() => null)
      : Promise.resolve(null)
    if (keys.size > 16) keys.clear()
    keys.set(spkiBase64, key)
  }
  return key
}

export const sendgrid: WebhookProvider = {
  name: 'sendgrid',
  docs: {
    summary: 'SendGrid Event Webhook events',
    scheme:
      'ECDSA P-256 over `X-Twilio-Email-Event-Webhook-Timestamp` + raw body (`SENDGRID_WEBHOOK_PUBLIC_KEY`).',
  },
  json: true,
  // Batches of up to thousands of events.
  maxBodyBytes: 5 * 1024 * 1024,

  secrets: (env) => secretList(env.SENDGRID_WEBHOOK_PUBLIC_KEY),

  async verify({ headers, body, now }: VerifyInput, secrets: string[]): Promise<boolean> {
    const signature = headers.get('x-twilio-email-event-webhook-signature')
    const timestamp = headers.get('x-twilio-email-event-webhook-timestamp')
    if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false
    const sentAt = Number(timestamp) * 1000
    if (sentAt < now - MAX_AGE_MS || sentAt > now + FUTURE_SKEW_MS) return false
    const der = fromBase64(signature.trim())
    const raw = der ? ecdsaDerToRaw(der) : null
    if (!raw) return false
    const signed = concatBytes(utf8(timestamp), body)
    for (const secret of secrets) {
      const key = await importKey(secret)
      if (key && (await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, signed)))
        return true
    }
    return false
  },

  async parse(body, { now }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    if (!Array.isArray(doc)) {
      throw new ApiError('invalid_request', 'A SendGrid delivery must be a JSON array of events.')
    }
    const entries = await Promise.all(
      doc.map(async (item) => {
        if (!isObject(item)) return null
        const id = str(item.sg_event_id) ?? `sha256:${await fingerprint(item)}`
        return { id, type: str(item.event) ?? 'unknown', draft: toDraft(item, id) }
      })
    )
    return batchResult('sendgrid', entries, now)
  },
}

function toDraft(e: JsonObject, id: string): Draft | null {
  const base = {
    id,
    recipient: e.email,
    occurredAt: e.timestamp,
    messageId: e['smtp-id'] ?? e.sg_message_id,
    // Categories by convention; else the unsubscribe group, SendGrid's own topic.
    ...firstScope(
      scopeFromLabels(e.category),
      e.asm_group_id != null ? { stream: `asm-${String(e.asm_group_id)}` } : {}
    ),
  }
  switch (e.event) {
    case 'bounce': {
      // `type` bounce = the receiver refused; blocked = refused, often for the sender's reputation (the text
      // and codes tell which); expired = SendGrid gave up after deferrals. SendGrid's classification decides
      // only when the text and codes do not.
      const type = str(e.type)
      return {
        ...base,
        kind: 'bounce',
        status: e.status,
        diagnostic: e.reason,
        providerType:
          type === 'expired'
            ? 'Expired'
            : type === 'blocked'
              ? blockedLabel(str(e.bounce_classification))
              : (e.bounce_classification ?? null),
      }
    }
    case 'dropped':
      return droppedDraft(e, base)
    case 'deferred':
      return { ...base, kind: 'deferred', diagnostic: e.response ?? e.reason }
    case 'spamreport':
      return { ...base, kind: 'complaint', feedbackType: 'abuse' }
    case 'delivered':
      return { ...base, kind: 'delivered', diagnostic: e.response }
    default:
      return null
  }
}

/**
 * SendGrid did not send. `Bounced Address` and `Spam Reporting Address` mirror its own suppression list;
 * every other reason (unsubscribed, invalid headers, spam content, quota) is recorded, never suppressed.
 */
function droppedDraft(e: JsonObject, base: Omit<Draft, 'kind'>): Draft {
  const reason = str(e.reason) ?? ''
  if (/^bounced address/i.test(reason)) {
    return { ...base, kind: 'dropped', providerType: 'Suppressed', diagnostic: reason, status: e.status }
  }
  if (/^spam reporting address/i.test(reason)) {
    return { ...base, kind: 'complaint', feedbackType: 'abuse', diagnostic: reason }
  }
  if (/^invalid$/i.test(reason))
    return { ...base, kind: 'dropped', providerType: 'BadEmailAddress', diagnostic: reason }
  const label = /unsubscribe/i.test(reason) ? 'Unsubscribed' : 'Dropped'
  return { ...base, kind: 'dropped', providerType: label, diagnostic: reason }
}

/**
 * A `type: "blocked"` bounce's label: SendGrid's own classification where it is precise ("Reputation", "Content",
 * "Frequency or Volume Too High", and "Invalid Address": the address is invalid), the vague ones ("Mailbox
 * Unavailable", "Technical", "Unclassified") as "Blocked". SendGrid: "a block is not considered a bounce"; its words
 * still decide when a family reads them ("550 5.1.1 … User unknown").
 */
function blockedLabel(classification: string | null | undefined): string {
  return classification && /^(?:reputation|content|frequency|invalid address)/i.test(classification)
    ? classification
    : 'Blocked'
}
