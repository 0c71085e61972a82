/**
 * Amazon SES through SNS (docs/spec/providers.md §4): SNS message signatures v1 (SHA1withRSA) and v2 (SHA256withRSA),
 * the certificate URL validated before it is fetched, topics restricted to `SES_TOPIC_ARNS` (any AWS account
 * can sign valid SNS messages), subscription confirmation, and both SES notification and event-publishing
 * shapes.
 * @module
 */

import { sesNotificationDrafts } from '../formats/ses-notification'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, str, tryParseJsonBytes } from '../lib/json'
import { log } from '../lib/log'
import { secretList } from '../lib/secrets'
import {
  certificateKey,
  isSnsType,
  isValidCertUrl,
  isValidSubscribeUrl,
  regionOf,
  stringToSign,
  verifySnsSignature,
} from '../lib/sns'
import { FUTURE_SKEW_MS, HOUR_MS } from '../lib/time'
import { toEvents } from './drafts'
import { scopeFromMap, withScope } from './scope-fields'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/**
 * SNS retries for at most an hour (a hard limit for HTTP endpoints) with the original signature: older
 * messages are refused as replays; `MessageId`/`feedbackId` dedupe covers the window.
 */
export const SNS_MAX_AGE_MS = 2 * HOUR_MS

function parseMessage(body: Uint8Array): JsonObject | null {
  const doc = tryParseJsonBytes(body)
  return isObject(doc) ? doc : null
}

export const ses: WebhookProvider = {
  name: 'ses',
  docs: {
    summary: 'Amazon SES via SNS events',
    scheme: 'SNS signature v1/v2; the topic must be in `SES_TOPIC_ARNS`. Body `text/plain`.',
  },
  // SNS sends text/plain (and lets subscribers change it): the content type is not checked.
  json: false,
  maxBodyBytes: 1024 * 1024,

  secrets: (env) => secretList(env.SES_TOPIC_ARNS),

  async verify({ body, now, fetch }: VerifyInput, topics: string[]): Promise<boolean> {
    const message = parseMessage(body)
    if (!message || !isSnsType(message.Type)) return false
    // Cheap checks first, and all of them before any fetch: topic allowlist, version, URL shape, freshness.
    const topic = str(message.TopicArn)
    if (!topic || !topics.includes(topic)) return false
    const version = message.SignatureVersion
    if (version !== '1' && version !== '2') return false
    const certUrl = str(message.SigningCertURL)
    if (!certUrl || !isValidCertUrl(certUrl)) return false
    if (regionOf(new URL(certUrl).hostname) !== topic.split(':')[3]) return false
    const sentAt = Date.parse(str(message.Timestamp) ?? '')
    if (Number.isNaN(sentAt) || sentAt < now - SNS_MAX_AGE_MS || sentAt > now + FUTURE_SKEW_MS) return false
    const canonical = stringToSign(message, message.Type)
    const signature = str(message.Signature)
    if (!canonical || !signature) return false
    let key: CryptoKey | null
    try {
      key = await certificateKey(certUrl, version === '1' ? 'SHA-1' : 'SHA-256', fetch)
    } catch {
      return false
    }
    return key !== null && verifySnsSignature(key, signature, canonical)
  },

  async parse(body, { now }): Promise<ParseResult> {
    const envelope = parseMessage(body)
    if (!envelope) throw new ApiError('invalid_request', 'An SNS message must be a JSON object.')
    const messageId = str(envelope.MessageId) ?? ''
    const type = str(envelope.Type) ?? ''
    const topic = str(envelope.TopicArn) ?? ''
    if (type === 'SubscriptionConfirmation') {
      const url = str(envelope.SubscribeURL)
      if (!url || !isValidSubscribeUrl(url, topic)) {
        throw new ApiError(
          'invalid_request',
          'The SubscribeURL is not an SNS confirmation link for this topic.'
        )
      }
      return { events: [], ignored: [{ eventId: messageId, type }], invalid: 0, confirmUrl: url }
    }
    if (type === 'UnsubscribeConfirmation') {
      // Never re-subscribe on our own: someone unsubscribed the endpoint; an operator should know.
      log('warn', 'ses.unsubscribed', { topic })
      return { events: [], ignored: [{ eventId: messageId, type }], invalid: 0 }
    }

    // An authentic message on an allowed topic that is not an SES notification (someone published text to the
    // topic): recorded as ignored, answered 200 so SNS does not retry it.
    let ses: unknown = null
    try {
      ses = JSON.parse(str(envelope.Message) ?? '')
    } catch {
      // not JSON: handled below
    }
    if (!isObject(ses))
      return { events: [], ignored: [{ eventId: messageId, type: 'SNS/not-SES' }], invalid: 0 }
    const kind = str(ses.eventType) ?? str(ses.notificationType) ?? 'unknown'
    const mail = isObject(ses.mail) ? ses.mail : {}
    const drafts = sesNotificationDrafts(kind, ses, messageId, mail.messageId)
    if (!drafts) return { events: [], ignored: [{ eventId: messageId, type: `SES/${kind}` }], invalid: 0 }
    return withScope(
      { ...toEvents('ses', drafts, new Date(now).toISOString()), ignored: [] },
      scopeFromMap(mail.tags)
    )
  },
}
