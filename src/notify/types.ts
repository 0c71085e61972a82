/**
 * The notification event (the object a webhook receives and the change feed lists) and the `NOTIFY` queue
 * message, as types only.
 * @module
 */
import type { ScopeJson } from '../lib/tenancy'

export const NOTIFICATION_TYPES = [
  'suppression.created',
  'suppression.lifted',
  'suppression.expired',
  'event.applied',
  'alert.threshold_crossed',
] as const

export type NotificationType = (typeof NOTIFICATION_TYPES)[number]

/** The types about one address (every type but the rate alert). */
export type AddressNotificationType = Exclude<NotificationType, 'alert.threshold_crossed'>

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
  /**
   * The scope the change applied to (`"global"` or `{tenant, stream}`; docs/scopes.md). Absent on notifications
   * written before scopes existed.
   */
  scope?: ScopeJson
  /** The tenant and stream the event's mail was sent from, when known. */
  tenant?: string | null
  stream?: string | null
}

/** A day's rate that reached its alert threshold (`alert.threshold_crossed`), as GET /v1/stats computes it. */
export interface AlertData {
  /** The UTC day, YYYY-MM-DD. */
  day: string
  metric: 'bounce_rate' | 'complaint_rate'
  rate: number
  threshold: number
  /** What the rate divides by, and how many that was (at least `min_sends`). */
  rate_denominator: 'sent' | 'delivered+bounced'
  denominator: number
  min_sends: number
}

/** A notification about one address: the webhook body, and an item of `GET /v1/changes`. `id` is the `webhook-id`. */
export interface Notification {
  id: string
  type: AddressNotificationType
  created_at: string
  data: NotificationData
}

export interface AlertNotification {
  id: string
  type: 'alert.threshold_crossed'
  created_at: string
  data: AlertData
}

/** Any notification the feed lists and endpoints receive. */
export type AnyNotification = Notification | AlertNotification

/** A `NOTIFY` queue message: fan a committed notification out, or make one delivery's next attempt. */
export type NotifyMessage =
  | { kind: 'fanout'; notification: AnyNotification }
  | { kind: 'attempt'; deliveryId: string }
