/**
 * One step in an address's history, as the ledger records it and operators read it, and its snake_case
 * record, which is both an `events` row (store/d1.ts) and the API's JSON (api/history-json.ts).
 * @module
 */
import type { Disposition } from '../classify'
import type { EventKind } from '../events'
import type { Outcome } from '../policy'

/** What happened: a provider's event, an operator's suppress or lift, or the policy expiring a suppression. */
export type HistoryKind = EventKind | 'suppress' | 'lift' | 'expire'

export interface HistoryEntry {
  /** `provider:id` for events; `import:…`, `manual:…` or `policy:expire:…` for the others. */
  eventId: string
  address: string
  /** A provider name, `inbound`, `manual`, `import` or `policy`. */
  provider: string
  kind: HistoryKind
  occurredAt: string
  receivedAt: string
  reason: string | null
  disposition: Disposition | 'manual' | 'unsubscribe' | null
  hardbounce: boolean
  rule: string | null
  replyCode: string | null
  status: string | null
  /** The server's sentence, or an operator's note. */
  diagnostic: string | null
  providerType: string | null
  messageId: string | null
  /** What the step did to the address (the check verdict is a different thing: `Verdict.action`). */
  outcome: Outcome
  /** Who took an operator step: `admin` (the admin token) or `key:<id>` (an API key). */
  actor: string | null
  /** The API key's name beside `key:<id>`, looked up when history is read (null otherwise). */
  actorName?: string | null
  /** Where the mail was sent from (the event's tenant and stream), when known. */
  tenant?: string | null
  stream?: string | null
  /** The scope key the outcome applied to (`*`, `tenant/*`, `tenant/stream`; src/lib/tenancy.ts). */
  scope?: string | null
}

/**
 * An entry in snake_case: the `events` table's columns and the API's JSON use the same names, so both edges
 * write it with this one function (the outcome keeps its public and column name, `action`).
 */
export function historyRecord(entry: HistoryEntry) {
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
    actor_name: entry.actorName ?? null,
    tenant: entry.tenant ?? null,
    stream: entry.stream ?? null,
    scope: entry.scope ?? null,
  }
}

export type HistoryRecord = ReturnType<typeof historyRecord>
