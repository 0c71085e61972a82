/**
 * The JSON edge of history: a {@link HistoryEntry} in the API's snake_case names (`HistoryEntryJson` in
 * schemas.ts), in one place. The outcome keeps its public name `action`.
 * @module
 */
import type { z } from 'zod'
import type { HistoryEntry } from '../domain/history'
import type { HistoryEntryJson } from './schemas'

export function historyJson(entry: HistoryEntry): z.infer<typeof HistoryEntryJson> {
  return {
    event_id: entry.eventId,
    address: entry.address,
    provider: entry.provider,
    kind: entry.kind,
    occurred_at: entry.occurredAt,
    received_at: entry.receivedAt,
    reason: entry.reason,
    disposition: entry.disposition,
    hardbounce: entry.hardbounce,
    rule: entry.rule,
    reply_code: entry.replyCode,
    status: entry.status,
    diagnostic: entry.diagnostic,
    provider_type: entry.providerType,
    message_id: entry.messageId,
    action: entry.outcome,
    actor: entry.actor,
  }
}
