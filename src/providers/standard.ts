/**
 * Ricochet's own event shape over Standard Webhooks, for custom MTAs and scripts: one object or an array of
 * `{id, kind, address, occurred_at?, reply_code?, status?, diagnostic?, provider_type?, message_id?,
 * feedback_type?}` (`id`, `kind`, `address` required), signed as the Standard Webhooks spec says.
 * @module
 */

import { StandardBody, StandardEvent, validate } from '../api/schemas'
import type { EventKind } from '../events'
import { ApiError } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { secretList } from '../lib/secrets'
import { verifyStandardWebhook } from '../lib/standard-webhooks'
import { type Draft, toEvents } from './drafts'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/** Events per delivery: enough for any batch an MTA flushes at once, small enough to answer in time. */
export const STANDARD_MAX_EVENTS = 1000

export const standard: WebhookProvider = {
  name: 'standard',
  docs: {
    summary: "Ricochet's own events over Standard Webhooks",
    scheme:
      'For custom MTAs and scripts: one event or an array of up to 1000, signed with `STANDARD_WEBHOOK_SECRET` (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, ±5 min).',
    body: StandardBody,
  },
  json: true,
  maxBodyBytes: 5 * 1024 * 1024,

  secrets: (env) => secretList(env.STANDARD_WEBHOOK_SECRET?.replace(/\s+/g, ',')),

  verify: ({ headers, body, now }: VerifyInput, secrets: string[]) =>
    verifyStandardWebhook(headers, body, secrets, now),

  async parse(body, { now }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    const items = Array.isArray(doc) ? doc : [doc]
    if (items.length > STANDARD_MAX_EVENTS) {
      throw new ApiError(
        'invalid_request',
        `At most ${STANDARD_MAX_EVENTS} events per delivery; got ${items.length}.`
      )
    }
    const drafts: Draft[] = items.map((item, index) => {
      const event = validate(StandardEvent, item, Array.isArray(doc) ? `event ${index}` : 'the event')
      return {
        id: event.id,
        recipient: event.address,
        kind: event.kind as EventKind,
        occurredAt: event.occurred_at,
        replyCode: event.reply_code,
        status: event.status,
        diagnostic: event.diagnostic,
        providerType: event.provider_type,
        feedbackType: event.feedback_type,
        messageId: event.message_id,
        tenant: event.tenant,
        stream: event.stream,
      }
    })
    return { ...toEvents('standard', drafts, new Date(now).toISOString()), ignored: [] }
  },
}
