/**
 * The suppression policy, as pure functions over one address's state (docs/spec/design.md, "Policy").
 * The AddressLedger stores the state; /v1/check turns a record into a verdict. No bindings here.
 * @module
 */
import type { Disposition } from './classify'
import type { EventKind } from './events'
import type { ScopeJson, SuppressionScope } from './lib/tenancy'
import { DAY_MS, HOUR_MS } from './lib/time'

export interface PolicyConfig {
  /** Soft bounces within the window that suppress the address. */
  softLimit: number
  softWindowMs: number
  /** First soft suppression length; doubles on each repeat up to `softSuppressionMaxDays`. */
  softSuppressionDays: number
  softSuppressionMaxDays: number
  /** Backoff after the n-th soft bounce below the limit: base · 4^(n-1), capped. */
  backoffBaseMs: number
  backoffMaxMs: number
  /** A hard bounce suppresses the address for every tenant (`SHARE_HARD_BOUNCES`); false: its own tenant only. */
  shareHardBounces: boolean
  /** A complaint suppresses the stream it came from, or the whole tenant (`COMPLAINT_SCOPE`). */
  complaintScope: 'stream' | 'tenant'
}

export const DEFAULT_POLICY: PolicyConfig = {
  softLimit: 3,
  softWindowMs: 7 * DAY_MS,
  softSuppressionDays: 7,
  softSuppressionMaxDays: 90,
  backoffBaseMs: HOUR_MS,
  backoffMaxMs: 24 * HOUR_MS,
  shareHardBounces: true,
  complaintScope: 'stream',
}

/** What KV holds for an address, and what the DO considers the truth. */
export interface SuppressionRecord {
  /** True for a suppression; false for a soft-bounce deferral (send again after `retry_after`). */
  suppressed: boolean
  reason: string
  disposition: Disposition | 'manual' | 'unsubscribe'
  /** Who caused it: a provider name, `inbound`, `manual` or `import`. */
  source: string
  since: string
  expires_at: string | null
  retry_after: string | null
  /** The event (`provider:id`) that caused it, when one did. */
  event_id: string | null
  note?: string | null
}

/** One scope's slot of an address's state (src/policy-scopes.ts keeps one per scope). */
export interface SlotState {
  record: SuppressionRecord | null
  /** Times of the soft bounces in the current window, ascending. */
  softBounces: string[]
  lastDeliveredAt: string | null
  /** How many times soft bounces suppressed this address since its last delivery (drives the doubling). */
  softSuppressions: number
  /**
   * The messages the soft bounces in the window were reported for, each as "<time> <id>" (the bounce's time, as in
   * `softBounces`; absent when none named one): a provider reports each retry of one deferred message as an event of
   * its own, and one message counts once while its bounce is in the window.
   */
  softMessages?: string[]
}

/** What applying one event did to the address; stored as the history row's `action`. */
export type Outcome =
  | 'suppressed'
  | 'deferred'
  | 'cleared'
  | 'recorded'
  | 'lifted'
  | 'expired'
  /** The address was erased at the person's request: nothing is stored about it again. */
  | 'erased'

export interface PolicyEvent {
  kind: EventKind
  disposition: Disposition
  reason: string
  source: string
  eventId: string
  occurredAt: string
  /** The message the event reports on, where known (a provider's message id, a report's original Message-ID). */
  messageId?: string | null
}

/** Is `record` in force at `now` (a suppression not yet expired, or a deferral not yet over)? */
export function isActive(record: SuppressionRecord | null, now: number): record is SuppressionRecord {
  if (!record) return false
  if (record.suppressed) return record.expires_at === null || Date.parse(record.expires_at) > now
  return record.retry_after !== null && Date.parse(record.retry_after) > now
}

/**
 * Applies one classified event to an address's state.
 * hard/complaint suppress without expiry; soft counts in the rolling window (defer with backoff below the
 * limit, suppress with a doubling expiry at it); delivered clears the window; block/none only record.
 */
export function applyPolicy(
  prior: SlotState,
  event: PolicyEvent,
  now: number,
  config: PolicyConfig = DEFAULT_POLICY
): { state: SlotState; outcome: Outcome } {
  // Reports of the future are clamped: a skewed provider clock must not stretch a window or an expiry.
  const at = Math.min(Date.parse(event.occurredAt) || now, now)
  const state = expireState(prior, now, config).state
  const record = isActive(state.record, now) ? state.record : null

  if (event.kind === 'delivered') return applyDelivery(state, record, at)

  if (event.disposition === 'hard' || event.disposition === 'complaint') {
    if (record?.suppressed && record.expires_at === null) return { state, outcome: 'recorded' }
    const suppression: SuppressionRecord = {
      suppressed: true,
      reason: event.reason,
      disposition: event.disposition,
      source: event.source,
      since: iso(at),
      expires_at: null,
      retry_after: null,
      event_id: event.eventId,
    }
    return {
      state: withMessages({ ...state, record: suppression, softBounces: [] }, []),
      outcome: 'suppressed',
    }
  }

  if (event.disposition === 'soft') return applySoft(state, record, event, at, now, config)
  return { state, outcome: 'recorded' }
}

function applyDelivery(state: SlotState, record: SuppressionRecord | null, at: number) {
  const delivered =
    state.lastDeliveredAt && Date.parse(state.lastDeliveredAt) >= at ? state.lastDeliveredAt : iso(at)
  // Only soft bounces *before* the delivery are forgiven; a later one (reported out of order) still counts.
  const softBounces = state.softBounces.filter((t) => Date.parse(t) > at)
  // A delivery proves the mailbox works again: it lifts a soft-bounce deferral or temporary suppression that
  // began before it. Hard, complaint and manual suppressions stay until an operator lifts them.
  const clears =
    record !== null &&
    record.disposition === 'soft' &&
    softBounces.length === 0 &&
    Date.parse(record.since) <= at
  const next: SlotState = withMessages(
    {
      ...state,
      record: clears ? null : state.record,
      softBounces,
      lastDeliveredAt: delivered,
      softSuppressions: softBounces.length === 0 ? 0 : state.softSuppressions,
    },
    messagesAfter(state.softMessages, at)
  )
  return { state: next, outcome: clears ? ('cleared' as const) : ('recorded' as const) }
}

function applySoft(
  state: SlotState,
  record: SuppressionRecord | null,
  event: PolicyEvent,
  at: number,
  now: number,
  config: PolicyConfig
): { state: SlotState; outcome: Outcome } {
  // Already suppressed: the bounce belongs to mail sent before the suppression; counting it would only
  // lengthen the next one.
  if (record?.suppressed) return { state, outcome: 'recorded' }
  const delivered = state.lastDeliveredAt ? Date.parse(state.lastDeliveredAt) : Number.NEGATIVE_INFINITY
  // A bounce from before the last delivery is stale news (ties count: arrival order decides them).
  if (at < delivered || at <= now - config.softWindowMs) return { state, outcome: 'recorded' }
  // A retry of a message whose bounce the window already counts: recorded, not counted again.
  const countable = countableId(event.messageId)
  const messageId = countable ? messageKey(countable) : null
  const counted = messagesAfter(state.softMessages, now - config.softWindowMs)
  if (messageId && counted.some((entry) => messageKey(entry.slice(entry.indexOf(' ') + 1)) === messageId))
    return { state, outcome: 'recorded' }
  const softMessages = messageId
    ? [...counted, `${iso(at)} ${messageId}`].slice(-MAX_COUNTED_MESSAGES)
    : counted

  const softBounces = [...state.softBounces, iso(at)]
    .filter((t) => Date.parse(t) > now - config.softWindowMs)
    .sort()
  const last = Date.parse(softBounces[softBounces.length - 1]!)

  if (softBounces.length >= config.softLimit) {
    const days = Math.min(
      config.softSuppressionDays * 2 ** state.softSuppressions,
      config.softSuppressionMaxDays
    )
    const suppression: SuppressionRecord = {
      suppressed: true,
      reason: event.reason,
      disposition: 'soft',
      source: event.source,
      since: iso(last),
      expires_at: iso(last + days * DAY_MS),
      retry_after: null,
      event_id: event.eventId,
    }
    return {
      state: withMessages(
        { ...state, record: suppression, softBounces: [], softSuppressions: state.softSuppressions + 1 },
        []
      ),
      outcome: 'suppressed',
    }
  }

  const backoff = Math.min(config.backoffBaseMs * 4 ** (softBounces.length - 1), config.backoffMaxMs)
  const deferral: SuppressionRecord = {
    suppressed: false,
    reason: event.reason,
    disposition: 'soft',
    source: event.source,
    since: softBounces[0]!,
    expires_at: null,
    retry_after: iso(last + backoff),
    event_id: event.eventId,
  }
  return {
    state: withMessages({ ...state, record: deferral, softBounces }, softMessages),
    outcome: 'deferred',
  }
}

/** At most this many message ids are kept for the window: the largest soft limit the settings allow. */
const MAX_COUNTED_MESSAGES = 100

/**
 * A message id that names one message: not a placeholder ("<>", a template's "<@mail.example.com>", an all-zero
 * test id), which different messages would share, so that none after the first would count.
 */
function countableId(id: string | null | undefined): string | null {
  const trimmed = id?.trim()
  if (!trimmed) return null
  // A Message-ID's own part is left of its "@" (the right is the sending host, the same for every message).
  const at = trimmed.indexOf('@')
  const core = (at >= 0 ? trimmed.slice(0, at) : trimmed).replace(/[^A-Za-z0-9]/g, '')
  // A missing value written out ("null", "undefined") is no id either.
  if (/^(?:null|undefined|none|nil)$/i.test(core)) return null
  return core.length >= 4 && /[1-9A-Za-z]/.test(core) ? trimmed : null
}

/**
 * A message id as every door may spell it, for comparing: without angle brackets, lower-cased, and without Amazon
 * SES's own host. SES's notification names "0100…-000000"; the DSN it also mails to the return path quotes the
 * original's Message-ID "<0100…-000000@email.amazonses.com>" (or a region's host).
 */
function messageKey(id: string): string {
  return id
    .trim()
    .replace(/^<|>$/g, '')
    .toLowerCase()
    .replace(/@(?:[a-z0-9-]+\.)?amazonses\.com$/, '')
}

/** The entries of `softMessages` whose bounce is later than `since` (ms). */
function messagesAfter(entries: string[] | undefined, since: number): string[] {
  return (entries ?? []).filter((entry) => Date.parse(entry.slice(0, entry.indexOf(' '))) > since)
}

/** `state` with the window's message ids, the field left out when there are none (states stay as they were). */
function withMessages(state: SlotState, softMessages: string[]): SlotState {
  const { softMessages: _, ...rest } = state
  return softMessages.length > 0 ? { ...rest, softMessages } : rest
}

/** Drops what has lapsed by `now`: an expired suppression or deferral, soft bounces out of the window. */
export function expireState(
  state: SlotState,
  now: number,
  config: PolicyConfig = DEFAULT_POLICY
): { state: SlotState; expired: SuppressionRecord | null } {
  const lapsed = state.record && !isActive(state.record, now) ? state.record : null
  const softBounces = state.softBounces.filter((t) => Date.parse(t) > now - config.softWindowMs)
  if (!lapsed && softBounces.length === state.softBounces.length) return { state, expired: null }
  const next = { ...state, record: lapsed ? null : state.record, softBounces }
  return {
    state: withMessages(next, messagesAfter(state.softMessages, now - config.softWindowMs)),
    expired: lapsed,
  }
}

/** When the state next changes by itself (record lapse or window slide), for the DO's alarm. */
export function nextChangeAt(state: SlotState, config: PolicyConfig = DEFAULT_POLICY): number | null {
  const times: number[] = []
  if (state.record?.suppressed && state.record.expires_at) times.push(Date.parse(state.record.expires_at))
  if (state.record && !state.record.suppressed && state.record.retry_after) {
    times.push(Date.parse(state.record.retry_after))
  }
  if (state.softBounces[0]) times.push(Date.parse(state.softBounces[0]) + config.softWindowMs)
  return times.length ? Math.min(...times) : null
}

export type CheckAction = 'send' | 'defer' | 'drop'

/** The answer of the pre-send check, as docs/spec/design.md's public contract shapes it. */
export interface Verdict {
  address: string
  action: CheckAction
  suppressed: boolean
  reason: string | null
  disposition: string | null
  since: string | null
  expires_at: string | null
  retry_after: string | null
  /** The scope of the entry that decided (`"global"` or `{tenant, stream}`); null when nothing did. */
  scope: ScopeJson | null
  /** Which entry decided: the address's own, or its domain's (`@example.com`); null when nothing did. */
  entry: 'address' | 'domain' | null
  /** The address (or its domain) is on the allowlist: always `send`. */
  allowlisted: boolean
}

/** Turns a stored record into the check's answer at `now`; a lapsed record answers `send`. */
export function verdict(address: string, record: SuppressionRecord | null, now: number): Verdict {
  if (!isActive(record, now)) {
    return {
      address,
      action: 'send',
      suppressed: false,
      reason: null,
      disposition: null,
      since: null,
      expires_at: null,
      retry_after: null,
      scope: null,
      entry: null,
      allowlisted: false,
    }
  }
  return {
    address,
    action: record.suppressed ? 'drop' : 'defer',
    suppressed: record.suppressed,
    reason: record.reason,
    disposition: record.disposition,
    since: record.since,
    expires_at: record.expires_at,
    retry_after: record.retry_after,
    scope: null,
    entry: 'address',
    allowlisted: false,
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

/** An operator's (or an import's) suppression. */
export interface ManualSuppression {
  reason: string
  /** `manual` for the API, `import` for imports. */
  source: 'manual' | 'import' | 'unsubscribe'
  /** Where it applies; default: the whole default tenant. */
  scope?: SuppressionScope
  since: string
  expires_at: string | null
  note: string | null
  eventId: string
  /** An import of our own export restores the disposition and source it lists (else `manual` and `source`). */
  restore?: { disposition: 'hard' | 'soft' | 'complaint' | 'manual' | 'unsubscribe'; source: string } | null
}

/**
 * Sets a manual or imported suppression. An import never replaces a suppression in force unless an import
 * caused it too: not a provider's evidence (it would only lose that evidence), nor an operator's entry (an older
 * export must not undo a newer decision). An operator's PUT always wins.
 */
export function suppressManually(
  prior: SlotState,
  input: ManualSuppression,
  now: number,
  config: PolicyConfig = DEFAULT_POLICY
): { state: SlotState; outcome: Outcome } {
  const state = expireState(prior, now, config).state
  const current = isActive(state.record, now) ? state.record : null
  if (input.source === 'import' && current?.suppressed && current.source !== 'import') {
    return { state, outcome: 'recorded' }
  }
  const record: SuppressionRecord = {
    suppressed: true,
    reason: input.reason,
    disposition: input.restore?.disposition ?? 'manual',
    source: input.restore?.source ?? input.source,
    since: input.since,
    expires_at: input.expires_at,
    retry_after: null,
    event_id: input.eventId,
    note: input.note,
  }
  if (current && JSON.stringify(current) === JSON.stringify(record)) return { state, outcome: 'recorded' }
  return { state: { ...state, record }, outcome: 'suppressed' }
}

/** Lifts whatever is in force (suppression or deferral) and clears the soft window; `null` when nothing was. */
export function lift(prior: SlotState, now: number): { state: SlotState; lifted: SuppressionRecord } | null {
  const state = expireState(prior, now).state
  if (!isActive(state.record, now)) return null
  return {
    state: withMessages({ ...state, record: null, softBounces: [], softSuppressions: 0 }, []),
    lifted: state.record,
  }
}
