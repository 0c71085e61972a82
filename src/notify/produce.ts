/**
 * Which notifications a committed ledger change produces, built from the history entry the ledger records for
 * it and the address's record before and after. Pure: the ledger writes the result to its own outbox in the same
 * synchronous transaction as the change, so a notification exists if and only if its change does.
 * @module
 */
import { isRecordedOnly } from '../domain/bounce-trust'
import { explain } from '../domain/explain'
import type { HistoryEntry } from '../domain/history'
import { EVENT_KINDS, type EventKind } from '../events'
import { toHex } from '../lib/crypto'
import { parseScopeKey, scopeJson } from '../lib/tenancy'
import type { SuppressionRecord } from '../policy'
import type { AddressNotificationType, Notification, NotificationData, NotificationEvidence } from './types'

export interface LedgerChange {
  entry: HistoryEntry
  /** The record in force before the change (null when none was). */
  before: SuppressionRecord | null
  /** The record in force after it. */
  after: SuppressionRecord | null
}

/** The types a change announces, in the order a receiver should see them. */
export function typesFor({ entry, before, after }: LedgerChange): AddressNotificationType[] {
  const types: AddressNotificationType[] = []
  // A report recorded but not believed (an unsigned raw bounce) was not applied: announcing it would let anyone
  // who can mail the bounce address make Ricochet call every endpoint.
  if (EVENT_KINDS.includes(entry.kind as EventKind) && !isRecordedOnly(entry.rule))
    types.push('event.applied')
  if (entry.outcome === 'suppressed' && after?.suppressed) types.push('suppression.created')
  const liftedSuppression = before?.suppressed === true && after === null
  if ((entry.outcome === 'lifted' || entry.outcome === 'cleared') && liftedSuppression)
    types.push('suppression.lifted')
  if (entry.outcome === 'expired' && before?.suppressed) types.push('suppression.expired')
  return types
}

/** A new event id: `evt_`, the time in base 36 (ids sort roughly by creation), 10 random bytes. */
export function newNotificationId(now: number): string {
  return `evt_${now.toString(36)}${toHex(crypto.getRandomValues(new Uint8Array(10)))}`
}

/**
 * The notifications of one change; `nextSeq` gives each its per-address sequence number (the caller's counter,
 * stored in the same transaction).
 */
export function notificationsFor(change: LedgerChange, now: number, nextSeq: () => number): Notification[] {
  return typesFor(change).map((type) => ({
    id: newNotificationId(now),
    type,
    created_at: new Date(now).toISOString(),
    data: dataFor(type, change, now, nextSeq()),
  }))
}

function dataFor(
  type: AddressNotificationType,
  change: LedgerChange,
  now: number,
  seq: number
): NotificationData {
  const { entry } = change
  // The record the notification is about: the one that ended for lifted/expired, the one in force otherwise.
  const record =
    type === 'suppression.lifted' || type === 'suppression.expired' ? change.before : change.after
  return {
    address: entry.address,
    seq,
    reason: record?.reason ?? entry.reason,
    disposition: record?.disposition ?? entry.disposition,
    source: record?.source ?? entry.provider,
    since: record?.since ?? null,
    expires_at: record?.expires_at ?? null,
    explain: record ? explain(record, record.event_id === entry.eventId ? entry : null, now) : null,
    event: evidence(entry),
    scope: scopeJson(parseScopeKey(entry.scope ?? '*')),
    tenant: entry.tenant ?? null,
    stream: entry.stream ?? null,
  }
}

function evidence(entry: HistoryEntry): NotificationEvidence {
  return {
    event_id: entry.eventId,
    kind: entry.kind,
    provider: entry.provider,
    reason: entry.reason,
    disposition: entry.disposition,
    rule: entry.rule,
    status: entry.status,
    reply_code: entry.replyCode,
    diagnostic: entry.diagnostic,
    occurred_at: entry.occurredAt,
    outcome: entry.outcome,
  }
}
