/**
 * The normalized event every door (provider webhook, raw message, operator) produces, and the `INGEST` queue
 * message that carries a large delivery's events (src/pipeline/ingest.ts).
 * @module
 */

import type { Classification, SmtpStage } from './classify/classification'

/** What happened to one message for one recipient. */
export type EventKind = 'bounce' | 'deferred' | 'complaint' | 'delivered' | 'rejected' | 'dropped'

export const EVENT_KINDS: readonly EventKind[] = [
  'bounce',
  'deferred',
  'complaint',
  'delivered',
  'rejected',
  'dropped',
]

/**
 * Why a provider's event is recorded for a recipient and never counted against it: `recipients:shared`, an event that
 * names several recipients and cannot say which one failed (Resend sends one per email, to every address it went to);
 * `provider:own-delay`, a delay of the provider's own making (SES's InternalFailure, SendingDeferral and
 * BYOIPHostNameLookupUnavailable delay types).
 */
export type RecordOnly = 'recipients:shared' | 'provider:own-delay'

/** One recipient's outcome, as a provider reported it, before classification. */
export interface BounceEvent {
  /** Provider event id (or a hash of the payload when the provider has none); unique per provider. */
  id: string
  provider: string
  kind: EventKind
  /** Normalized address (see `normalizeAddress`). */
  address: string
  /** ISO 8601 time the provider says the event happened. */
  occurredAt: string
  /** Basic SMTP reply code, e.g. "550". */
  replyCode: string | null
  /** Enhanced status code (RFC 3463), e.g. "5.1.1". */
  status: string | null
  /** The receiving server's or provider's sentence, trimmed to a bounded length. */
  diagnostic: string | null
  /** The provider's own label, e.g. Nylas `mailbox_unavailable`, SES `MailboxFull`. */
  providerType: string | null
  /** Feedback type for complaints (ARF `Feedback-Type`, e.g. `abuse`, `not-spam`). */
  feedbackType?: string | null
  /** Original message id (Message-ID or the provider's id). */
  messageId: string | null
  /** SMTP stage of the refusal, when a raw report says it. */
  stage?: SmtpStage | null
  /** Parsed from a raw bounce report (see `ClassifyInput.fromReport`). */
  fromReport?: boolean
  /**
   * Set only by the raw-report parser, which classified the event with what the report alone shows (its hosts,
   * an X-Unix diagnostic): applied as is, so what `/v1/inbound` answers is what is stored.
   */
  classification?: Classification
  /**
   * Where the mail was sent from (issue 16; src/lib/tenancy.ts): the provider's own field (Postmark
   * `MessageStream`, SES tags, a Nylas grant's tenant…) or the webhook URL's `?tenant=&stream=`; absent: the
   * default tenant, stream unknown.
   */
  tenant?: string | null
  stream?: string | null
  /** A Nylas grant id; the webhook route maps it to a tenant (`PUT /v1/tenants/{tenant}`). */
  grantId?: string | null
  /** Why the event is recorded and never counted: its payload says nothing of this recipient ({@link RecordOnly}). */
  recordOnly?: RecordOnly
}

/**
 * One queue message: events of whole addresses, or one part of an address with more events than a message holds.
 * A later part names the last event of the part before it (`after`), and waits until that one is applied, so an
 * address's events are applied in order even across messages.
 */
export interface IngestMessage {
  provider: string
  receivedAt: string
  requestId: string
  events: BounceEvent[]
  after?: { address: string; eventId: string }
}

/** Diagnostics are stored and shown, never parsed again: keep them bounded. */
export const MAX_DIAGNOSTIC = 1000

export function clipDiagnostic(text: unknown): string | null {
  if (typeof text !== 'string') return null
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length === 0 ? null : clean.slice(0, MAX_DIAGNOSTIC)
}
