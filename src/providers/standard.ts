/**
 * Ricochet's own event shape over Standard Webhooks, for custom MTAs and scripts: one object or an array of
 * `{id, kind, address, occurred_at?, reply_code?, status?, diagnostic?, provider_type?, message_id?,
 * feedback_type?}` (`id`, `kind`, `address` required), signed as the Standard Webhooks spec says.
 * @module
 */
import { secretList } from '../config'
import { EVENT_KINDS, type EventKind } from '../events'
import { ApiError } from '../lib/errors'
import { isObject, parseJsonBytes, str } from '../lib/json'
import { verifyStandardWebhook } from '../lib/standard-webhooks'
import { type Draft, toEvents } from './drafts'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/** Events per delivery: enough for any batch an MTA flushes at once, small enough to answer in time. */
export const STANDARD_MAX_EVENTS = 1000

export const standard: WebhookProvider = {
  name: 'standard',
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
      const where = Array.isArray(doc) ? `event ${index}` : 'the event'
      if (!isObject(item)) throw new ApiError('invalid_request', `${where} must be an object.`)
      const id = str(item.id)
      if (!id || id.length > 200)
        throw new ApiError('invalid_request', `${where} needs a string "id" (≤ 200 characters).`)
      if (!EVENT_KINDS.includes(item.kind as EventKind)) {
        throw new ApiError('invalid_request', `${where} needs "kind", one of ${EVENT_KINDS.join(', ')}.`)
      }
      if (typeof item.address !== 'string')
        throw new ApiError('invalid_request', `${where} needs a string "address".`)
      if (
        item.occurred_at !== undefined &&
        (typeof item.occurred_at !== 'string' || Number.isNaN(Date.parse(item.occurred_at)))
      ) {
        throw new ApiError('invalid_request', `${where}: "occurred_at" must be an ISO 8601 time.`)
      }
      return {
        id,
        recipient: item.address,
        kind: item.kind as EventKind,
        occurredAt: item.occurred_at,
        replyCode: item.reply_code,
        status: item.status,
        diagnostic: item.diagnostic,
        providerType: item.provider_type,
        feedbackType: item.feedback_type,
        messageId: item.message_id,
      }
    })
    return { ...toEvents('standard', drafts, new Date(now).toISOString()), ignored: [] }
  },
}
