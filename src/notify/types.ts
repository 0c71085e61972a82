/**
 * The notification event (the object a webhook receives and the change feed lists) and the `NOTIFY` queue
 * message, as types only.
 * @module
 */

export const NOTIFICATION_TYPES = [
  'suppression.created',
  'suppression.lifted',
  'suppression.expired',
  'event.applied',
] as const

export type NotificationType = (typeof NOTIFICATION_TYPES)[number]

/** What an event carried, as the classification saw it (null for operator steps and expiries). */
export interface NotificationEvidence {
  event_id: string
  kind: string
  provider: string
  reason: string | null
  disposition: string | null
  rule: string | null
  status: string | null
  reply_code: string | null
  diagnostic: string | null
  occurred_at: string
  outcome: string
}

export interface NotificationData {
  address: string
  /** Increases per address: a receiver drops a notification older than one it already has. */
  seq: number
  reason: string | null
  disposition: string | null
  source: string
  since: string | null
  expires_at: string | null
  explain: string | null
  event: NotificationEvidence | null
}

/** One notification: the webhook body, and an item of `GET /v1/changes`. `id` is the `webhook-id`. */
export interface Notification {
  id: string
  type: NotificationType
  created_at: string
  data: NotificationData
}

/** A `NOTIFY` queue message: fan a committed notification out, or make one delivery's next attempt. */
export type NotifyMessage =
  | { kind: 'fanout'; notification: Notification }
  | { kind: 'attempt'; deliveryId: string }
