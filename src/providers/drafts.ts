/**
 * Provider payload → normalized events: one draft per recipient, normalized and clipped in one place.
 * @module
 */
import { type BounceEvent, clipDiagnostic } from '../events'
import type { Draft } from '../formats/draft'
import { normalizeAddress } from '../lib/address'
import { toIso } from '../lib/json'
import { isScopeName } from '../lib/tenancy'
import { type IgnoredDelivery, type ParseResult, stringish } from './types'

// The draft is a payload format the raw-mail door reads too: it lives in formats/, re-exported for the providers.
export { type Draft, listOf } from '../formats/draft'

/** Drafts → events; recipients that are not addresses are counted as `invalid`, never stored. */
export function toEvents(
  provider: string,
  drafts: Draft[],
  fallbackTime: string
): { events: BounceEvent[]; invalid: number } {
  const events: BounceEvent[] = []
  let invalid = 0
  for (const draft of drafts) {
    const address = normalizeAddress(draft.recipient)
    if (!address.ok) {
      invalid++
      continue
    }
    events.push({
      id: draft.id.slice(0, 300),
      provider,
      kind: draft.kind,
      address: address.address,
      occurredAt: toIso(draft.occurredAt) ?? fallbackTime,
      replyCode: stringish(draft.replyCode, 3),
      status: stringish(draft.status, 20),
      diagnostic: clipDiagnostic(
        Array.isArray(draft.diagnostic) ? draft.diagnostic.join(' ') : draft.diagnostic
      ),
      providerType: stringish(draft.providerType, 100),
      feedbackType: stringish(draft.feedbackType, 50),
      messageId: stringish(draft.messageId),
      ...(isScopeName(draft.tenant) ? { tenant: draft.tenant } : {}),
      ...(isScopeName(draft.stream) ? { stream: draft.stream } : {}),
      ...(typeof draft.grantId === 'string' && draft.grantId ? { grantId: draft.grantId.slice(0, 200) } : {}),
      ...(draft.recordOnly ? { recordOnly: draft.recordOnly } : {}),
    })
  }
  return { events, invalid }
}

/** One item of a provider batch: its id and type, and its draft (null for a type Ricochet does not use). */
export interface BatchEntry {
  id: string
  type: string
  draft: Draft | null
}

/** A batch's entries → the parse result: drafts become events, unused types are ignored, `null` entries invalid. */
export function batchResult(provider: string, entries: (BatchEntry | null)[], now: number): ParseResult {
  const drafts: Draft[] = []
  const ignored: IgnoredDelivery[] = []
  let invalid = 0
  for (const entry of entries) {
    if (!entry) invalid++
    else if (entry.draft) drafts.push(entry.draft)
    else ignored.push({ eventId: entry.id, type: entry.type })
  }
  const events = toEvents(provider, drafts, new Date(now).toISOString())
  return { events: events.events, ignored, invalid: invalid + events.invalid }
}
