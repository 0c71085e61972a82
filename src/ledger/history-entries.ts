/**
 * The history entries the ledger records: one per applied event, operator step and policy expiry.
 * @module
 */
import type { Classification } from '../classify'
import type { HistoryEntry } from '../domain/history'
import type { BounceEvent } from '../events'
import type { Outcome, SuppressionRecord } from '../policy'

export function eventEntry(
  eventId: string,
  address: string,
  event: BounceEvent,
  c: Classification,
  receivedAt: string,
  outcome: Outcome
): HistoryEntry {
  return {
    eventId: eventId,
    address,
    provider: event.provider,
    kind: event.kind,
    occurredAt: event.occurredAt,
    receivedAt: receivedAt,
    reason: c.reason,
    disposition: c.disposition,
    hardbounce: c.hardbounce,
    rule: c.rule,
    replyCode: event.replyCode ?? c.replyCode,
    status: event.status ?? c.status,
    diagnostic: event.diagnostic,
    providerType: event.providerType,
    messageId: event.messageId,
    outcome: outcome,
    actor: null,
    tenant: event.tenant ?? null,
    stream: event.stream ?? null,
  }
}

export function expiryEntry(
  address: string,
  record: SuppressionRecord,
  now: number,
  scope = '*'
): HistoryEntry {
  const at = record.expires_at ?? new Date(now).toISOString()
  return {
    // The global entry keeps the id it had before scopes.
    eventId: scope === '*' ? `policy:expire:${record.since}` : `policy:expire:${scope}:${record.since}`,
    scope,
    address,
    provider: 'policy',
    kind: 'expire',
    occurredAt: at,
    receivedAt: new Date(now).toISOString(),
    reason: record.reason,
    disposition: record.disposition,
    hardbounce: false,
    rule: null,
    replyCode: null,
    status: null,
    diagnostic: null,
    providerType: null,
    messageId: null,
    outcome: 'expired',
    actor: null,
  }
}

export function operatorEntry(
  eventId: string,
  address: string,
  kind: 'suppress' | 'lift',
  outcome: Outcome,
  reason: string,
  actor: string,
  note: string | null,
  occurredAt: string,
  now: number
): HistoryEntry {
  return {
    eventId: eventId,
    address,
    provider: eventId.startsWith('import:')
      ? 'import'
      : eventId.startsWith('unsubscribe:')
        ? 'unsubscribe'
        : 'manual',
    kind,
    occurredAt: occurredAt,
    receivedAt: new Date(now).toISOString(),
    reason,
    disposition: 'manual',
    hardbounce: false,
    rule: null,
    replyCode: null,
    status: null,
    diagnostic: note,
    providerType: null,
    messageId: null,
    outcome: outcome,
    actor,
  }
}
