/**
 * Amazon SES notifications (both the notification and the event-publishing shapes) → drafts. Read by the SES
 * webhook (inside an SNS message) and by the raw-mail door (SES mails the same JSON to e-mail subscriptions).
 * @module
 */
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, str } from '../lib/json'
import { type Draft, listOf } from './draft'

/**
 * SES notification (either shape) → drafts, one per recipient; null for kinds Ricochet does not use. Throws
 * `ApiError` when the notification lacks the object its kind names.
 */
export function sesNotificationDrafts(
  kind: string,
  ses: JsonObject,
  snsId: string,
  messageId: unknown
): Draft[] | null {
  switch (kind) {
    case 'Bounce':
      return bounceDrafts(object(ses.bounce, 'bounce'), snsId, messageId)
    case 'Complaint':
      return complaintDrafts(object(ses.complaint, 'complaint'), snsId, messageId)
    case 'Delivery':
      return deliveryDrafts(object(ses.delivery, 'delivery'), snsId, messageId)
    case 'DeliveryDelay':
      return delayDrafts(object(ses.deliveryDelay, 'deliveryDelay'), snsId, messageId)
    default:
      return null
  }
}

function bounceDrafts(b: JsonObject, snsId: string, messageId: unknown): Draft[] {
  const bounceType = str(b.bounceType) ?? 'Undetermined'
  const id = str(b.feedbackId) ?? snsId
  // Every bounced recipient, not only the first.
  return listOf(b.bouncedRecipients).map((r) => {
    const recipient = isObject(r) ? r : {}
    return {
      id,
      recipient: recipient.emailAddress,
      // Transient/Undetermined are SES's soft bounces: counted, never an outright suppression.
      kind: bounceType === 'Permanent' ? 'bounce' : 'deferred',
      occurredAt: b.timestamp,
      status: recipient.status,
      diagnostic: recipient.diagnosticCode,
      providerType: `${bounceType}/${str(b.bounceSubType) ?? 'General'}`,
      messageId,
    }
  })
}

function complaintDrafts(c: JsonObject, snsId: string, messageId: unknown): Draft[] {
  const id = str(c.feedbackId) ?? snsId
  return listOf(c.complainedRecipients).map((r) => ({
    id,
    recipient: isObject(r) ? r.emailAddress : r,
    kind: 'complaint',
    occurredAt: c.timestamp,
    feedbackType: c.complaintFeedbackType ?? 'abuse',
    providerType: c.complaintSubType,
    messageId,
  }))
}

function deliveryDrafts(d: JsonObject, snsId: string, messageId: unknown): Draft[] {
  return listOf(d.recipients).map((recipient) => ({
    id: `${str(messageId) ?? snsId}:delivery`,
    recipient,
    kind: 'delivered',
    occurredAt: d.timestamp,
    diagnostic: d.smtpResponse,
    messageId,
  }))
}

function delayDrafts(d: JsonObject, snsId: string, messageId: unknown): Draft[] {
  return listOf(d.delayedRecipients).map((r) => {
    const recipient = isObject(r) ? r : {}
    return {
      id: snsId,
      recipient: recipient.emailAddress,
      kind: 'deferred',
      occurredAt: d.timestamp,
      status: recipient.status,
      diagnostic: recipient.diagnosticCode,
      providerType: d.delayType,
      messageId,
      ...(SES_OWN_DELAYS.has(str(d.delayType) ?? '') ? { recordOnly: 'provider:own-delay' as const } : {}),
    }
  })
}

/**
 * SES's delay types of its own making (its notification contents: "an internal Amazon SES issue", "Amazon SES has
 * deemed it appropriate to internally defer the message", "unable to look up the DNS hostname for your IP
 * addresses"): nothing about the recipient, recorded and never counted against it.
 */
const SES_OWN_DELAYS = new Set(['InternalFailure', 'SendingDeferral', 'BYOIPHostNameLookupUnavailable'])

function object(value: unknown, name: string): JsonObject {
  if (!isObject(value))
    throw new ApiError('invalid_request', `The SES ${name} notification has no "${name}" object.`)
  return value
}
