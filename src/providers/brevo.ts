/**
 * Brevo (ex-Sendinblue) transactional webhooks (docs/spec/providers.md §8.1): no signature; the Basic credentials or bearer
 * token configured on the webhook are the credential. One event per request, or an array when batched.
 * Brevo discards an event on any 5xx, so its transient failures are answered 429 (see `retryStatus`).
 * @module
 */

import { credentialsMatch } from '../lib/basic-auth'
import { fingerprint } from '../lib/canonical'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str } from '../lib/json'
import { batchResult, type Draft } from './drafts'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

export const brevo: WebhookProvider = {
  name: 'brevo',
  docs: {
    summary: 'Brevo events',
    scheme:
      'HTTP Basic auth (`BREVO_WEBHOOK_USER`/`BREVO_WEBHOOK_PASSWORD`) or bearer token (`BREVO_WEBHOOK_TOKEN`); transient failures answer 429, which Brevo retries.',
  },
  json: true,
  maxBodyBytes: 5 * 1024 * 1024,
  retryStatus: 429,

  secrets(env) {
    const out: string[] = []
    if (env.BREVO_WEBHOOK_USER && env.BREVO_WEBHOOK_PASSWORD) {
      out.push(`basic:${env.BREVO_WEBHOOK_USER}:${env.BREVO_WEBHOOK_PASSWORD}`)
    }
    if (env.BREVO_WEBHOOK_TOKEN) out.push(`bearer:${env.BREVO_WEBHOOK_TOKEN}`)
    return out
  },

  verify: ({ headers }: VerifyInput, secrets: string[]) => credentialsMatch(headers, secrets),

  async parse(body, { now }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    if (!Array.isArray(doc) && !isObject(doc)) {
      throw new ApiError('invalid_request', 'A Brevo event must be a JSON object or array.')
    }
    const items = Array.isArray(doc) ? doc : [doc]
    const entries = await Promise.all(
      items.map(async (item) => {
        if (!isObject(item)) return null
        // Brevo has no event id: message, event, recipient and its millisecond time identify one.
        const key = [item['message-id'], item.event, item.email, item.ts_epoch ?? item.ts_event]
        const id = (await fingerprint(key)).slice(0, 32)
        return { id, type: str(item.event) ?? 'unknown', draft: toDraft(item, id) }
      })
    )
    return batchResult('brevo', entries, now)
  },
}

function toDraft(e: JsonObject, id: string): Draft | null {
  const base = {
    id,
    recipient: e.email,
    occurredAt: e.ts_epoch ?? e.ts_event ?? e.date,
    messageId: e['message-id'],
  }
  switch (e.event) {
    case 'hard_bounce':
      return { ...base, kind: 'bounce', diagnostic: e.reason, providerType: 'HardBounce' }
    case 'invalid_email':
      return { ...base, kind: 'bounce', diagnostic: e.reason, providerType: 'BadEmailAddress' }
    case 'soft_bounce':
    case 'deferred':
      return { ...base, kind: 'deferred', diagnostic: e.reason }
    // Brevo refused to send (a blocked contact); what it means for the address is not documented: recorded only.
    case 'blocked':
      return { ...base, kind: 'dropped', diagnostic: e.reason, providerType: 'Dropped' }
    case 'spam':
      return { ...base, kind: 'complaint', feedbackType: 'abuse' }
    case 'delivered':
      return { ...base, kind: 'delivered' }
    default:
      return null
  }
}
