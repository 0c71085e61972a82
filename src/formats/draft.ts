/**
 * The draft: one recipient's outcome as a payload states it, before normalization; `providers/drafts.ts` turns
 * drafts into events. `formats/` holds the payload formats read by both the webhook and the raw-mail doors, so
 * neither door imports the other; it imports only `lib/`, `events.ts` and `classify/`.
 * @module
 */
import type { EventKind, RecordOnly } from '../events'

/** One recipient's report as a provider gave it, before normalization. */
export interface Draft {
  /** The provider's event id (the dedupe key within the provider). */
  id: string
  recipient: unknown
  kind: EventKind
  occurredAt: unknown
  replyCode?: unknown
  status?: unknown
  diagnostic?: unknown
  providerType?: unknown
  feedbackType?: unknown
  messageId?: unknown
  /** Where the payload says the mail came from (src/providers/scope-fields.ts); validated by `toEvents`. */
  tenant?: unknown
  stream?: unknown
  /** A Nylas grant, mapped to a tenant by the webhook route (`PUT /v1/tenants/{tenant}`). */
  grantId?: unknown
  /** Why the event is recorded and never counted, when its payload says nothing of this recipient (see `BounceEvent`). */
  recordOnly?: RecordOnly
}

/** A list field that should hold recipients: an array as is, a single value as a one-element list. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  return value === undefined || value === null ? [] : [value]
}
