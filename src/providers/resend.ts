/**
 * Resend webhooks (docs/spec/providers.md §7.3): Svix headers (`svix-id/timestamp/signature`, or the Standard Webhooks
 * `webhook-*` spelling), ±5 min; one event per delivery, to every address in `data.to`.
 * @module
 */

import { mentions } from '../lib/address'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str } from '../lib/json'
import { secretList } from '../lib/secrets'
import { signedHeaders, verifyStandardWebhook } from '../lib/standard-webhooks'
import { type Draft, listOf, toEvents } from './drafts'
import { scopeFromMap, withScope } from './scope-fields'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

const TEMPORARY = /^(?:transient|temporary|undetermined)$/i

export const resend: WebhookProvider = {
  name: 'resend',
  docs: {
    summary: 'Resend events',
    scheme: 'Svix / Standard Webhooks headers (`RESEND_WEBHOOK_SECRET`).',
  },
  json: true,
  maxBodyBytes: 1024 * 1024,

  secrets: (env) => secretList(env.RESEND_WEBHOOK_SECRET?.replace(/\s+/g, ',')),

  verify: ({ headers, body, now }: VerifyInput, secrets: string[]) =>
    verifyStandardWebhook(headers, body, secrets, now),

  async parse(body, { now, headers }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    if (!isObject(doc) || typeof doc.type !== 'string' || !isObject(doc.data)) {
      throw new ApiError('invalid_request', 'A Resend event needs "type" and a "data" object.')
    }
    // The Svix message id is stable across retries and replays: the dedupe key.
    const id = signedHeaders(headers)?.id ?? ''
    const data = doc.data
    const kind = draftFor(doc.type, data)
    if (!kind) return { events: [], ignored: [{ eventId: id, type: doc.type }], invalid: 0 }
    const drafts: Draft[] = recipientsOf(listOf(data.to), kind).map((recipient) => ({
      id,
      recipient: recipient.address,
      occurredAt: doc.created_at,
      messageId: data.message_id ?? data.email_id,
      ...kind,
      ...(recipient.shared ? { recordOnly: 'recipients:shared' as const } : {}),
    }))
    if (drafts.length === 0) throw new ApiError('invalid_request', 'A Resend event needs "data.to".')
    return withScope(
      { ...toEvents('resend', drafts, new Date(now).toISOString()), ignored: [] },
      scopeFromMap(data.tags)
    )
  },
}

/**
 * Who an event is about. Resend sends one event per email with all of its recipients in `data.to` (resend/resend-python
 * issue 68: "any action taken by one recipient triggers webhook updates for all recipients"), so a bounce, complaint or
 * delay of one recipient would count against the others. Of several, the ones its words name; when they name none,
 * every one, recorded without counting. A delivery stays everyone's.
 */
function recipientsOf(
  to: unknown[],
  kind: Omit<Draft, 'id' | 'recipient' | 'occurredAt'>
): { address: unknown; shared: boolean }[] {
  if (to.length < 2 || kind.kind === 'delivered') return to.map((address) => ({ address, shared: false }))
  const words = (
    Array.isArray(kind.diagnostic) ? kind.diagnostic.join(' ') : String(kind.diagnostic ?? '')
  ).toLowerCase()
  const named = to.filter((address) => typeof address === 'string' && mentions(words, address.toLowerCase()))
  return named.length > 0
    ? named.map((address) => ({ address, shared: false }))
    : to.map((address) => ({ address, shared: true }))
}

function draftFor(type: string, data: JsonObject): Omit<Draft, 'id' | 'recipient' | 'occurredAt'> | null {
  switch (type) {
    case 'email.bounced': {
      const bounce = isObject(data.bounce) ? data.bounce : {}
      const bounceType = str(bounce.type) ?? 'Permanent'
      const subType = str(bounce.subType)
      return {
        // Resend defines the event as a permanent rejection: unknown or missing types count as permanent.
        kind: TEMPORARY.test(bounceType) ? 'deferred' : 'bounce',
        // A bounce without its subtype (or without its bounce object: a permanent rejection, Resend's docs) is
        // SES's Permanent/General, which it relays.
        providerType: `${bounceType}/${subType ?? 'General'}`,
        diagnostic: bounce.diagnosticCode ?? bounce.message,
      }
    }
    case 'email.complained':
      return { kind: 'complaint', feedbackType: 'abuse' }
    case 'email.delivered':
      return { kind: 'delivered' }
    case 'email.delivery_delayed':
      return { kind: 'deferred' }
    case 'email.suppressed':
      // Resend refused to send: the address is on its suppression list. Mirror it.
      return {
        kind: 'dropped',
        providerType: 'Suppressed',
        diagnostic: isObject(data.suppressed) ? data.suppressed.message : null,
      }
    default:
      return null
  }
}
