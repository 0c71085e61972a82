/**
 * The suppression policy across scopes (issue 16; src/lib/tenancy.ts). An address's ledger keeps one record per
 * scope it is suppressed in: `*` (every tenant), `tenant/*` (a whole tenant) or `tenant/stream`. The single-record
 * rules of policy.ts run unchanged on the slot an event or an operator's call targets:
 * - a hard bounce: the global slot (or its tenant's with `SHARE_HARD_BOUNCES=false`): a dead mailbox is dead for
 *   everyone;
 * - soft-bounce counting and deliveries: the global slot (the mailbox is full for everyone);
 * - a complaint: the stream it came from (its whole tenant when the stream is unknown, or with
 *   `COMPLAINT_SCOPE=tenant`);
 * - an operator's or an import's suppression, an unsubscribe: the scope given (default: the whole default tenant).
 * No bindings here.
 * @module
 */
import { DEFAULT_TENANT, GLOBAL_SCOPE, parseScopeKey, type SuppressionScope, scopeKey } from './lib/tenancy'
import {
  applyPolicy,
  DEFAULT_POLICY,
  expireState,
  isActive,
  lift,
  type ManualSuppression,
  nextChangeAt,
  type Outcome,
  type PolicyConfig,
  type PolicyEvent,
  type SlotState,
  type SuppressionRecord,
  suppressManually,
} from './policy'

/** Everything an address's ledger decides from. */
export interface LedgerState {
  /** The record of each scope (key: {@link scopeKey}); lapsed ones stay until the alarm expires them. */
  records: Record<string, SuppressionRecord>
  /** Times of the soft bounces in the current window, ascending (the global slot's). */
  softBounces: string[]
  lastDeliveredAt: string | null
  /** How many times soft bounces suppressed this address since its last delivery (drives the doubling). */
  softSuppressions: number
  /** The messages the global slot's soft bounces were reported for, when any named one (policy.ts). */
  softMessages?: string[]
  /** Allowlisted: events are recorded, never suppress. */
  allowlisted: boolean
}

export const EMPTY_STATE: LedgerState = {
  records: {},
  softBounces: [],
  lastDeliveredAt: null,
  softSuppressions: 0,
  allowlisted: false,
}

export const GLOBAL_KEY = scopeKey(GLOBAL_SCOPE)
/** Where an operator's entry goes when no scope is given: the whole default tenant. */
export const DEFAULT_ENTRY_SCOPE: SuppressionScope = { tenant: DEFAULT_TENANT, stream: null }

/**
 * The scope a record stored before scopes existed now has: hard and soft ones (the mailbox's own state) are
 * global, everything else (complaints, manual entries, imports) the whole default tenant. With the default
 * settings this is exactly where the same fact would go today, and every default-scope verdict is unchanged.
 */
export function legacyScopeKey(record: Pick<SuppressionRecord, 'disposition'>): string {
  return record.disposition === 'hard' || record.disposition === 'soft'
    ? GLOBAL_KEY
    : scopeKey(DEFAULT_ENTRY_SCOPE)
}

/** The stored window's message ids, only as `policy.ts` writes them ("<ISO time> <id>"); anything else is dropped. */
function softMessagesOf(stored: unknown): { softMessages?: string[] } {
  if (!Array.isArray(stored)) return {}
  const entries = stored.filter(
    (entry): entry is string => typeof entry === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z \S/.test(entry)
  )
  return entries.length > 0 ? { softMessages: entries } : {}
}

/** Reads a stored state of any version: a pre-scope state (one `record`) becomes its legacy slot. */
export function upgradeState(raw: unknown): LedgerState {
  if (!raw || typeof raw !== 'object') return EMPTY_STATE
  const old = raw as Partial<LedgerState> & { record?: SuppressionRecord | null }
  const records = { ...(old.records ?? {}) }
  if (old.record) records[legacyScopeKey(old.record)] = old.record
  return {
    records,
    softBounces: old.softBounces ?? [],
    lastDeliveredAt: old.lastDeliveredAt ?? null,
    softSuppressions: old.softSuppressions ?? 0,
    ...softMessagesOf(old.softMessages),
    allowlisted: old.allowlisted === true,
  }
}

/** The slot an event's outcome belongs to (see the module comment). */
export function eventScopeKey(
  event: Pick<PolicyEvent, 'kind' | 'disposition'> & { tenant?: string | null; stream?: string | null },
  config: Pick<PolicyConfig, 'shareHardBounces' | 'complaintScope'> = DEFAULT_POLICY
): string {
  const tenant = event.tenant ?? DEFAULT_TENANT
  if (event.kind !== 'delivered' && event.disposition === 'hard' && !config.shareHardBounces)
    return scopeKey({ tenant, stream: null })
  if (event.kind !== 'delivered' && event.disposition === 'complaint') {
    const stream = config.complaintScope === 'tenant' ? null : (event.stream ?? null)
    return scopeKey({ tenant, stream })
  }
  return GLOBAL_KEY
}

/** One slot seen as the single-record state policy.ts works on (the soft window belongs to the global slot). */
function slotView(state: LedgerState, key: string): SlotState {
  return {
    record: state.records[key] ?? null,
    softBounces: key === GLOBAL_KEY ? state.softBounces : [],
    lastDeliveredAt: state.lastDeliveredAt,
    softSuppressions: key === GLOBAL_KEY ? state.softSuppressions : 0,
    ...(key === GLOBAL_KEY && state.softMessages ? { softMessages: state.softMessages } : {}),
  }
}

function withSlot(state: LedgerState, key: string, slot: SlotState): LedgerState {
  const records = { ...state.records }
  if (slot.record) records[key] = slot.record
  else delete records[key]
  if (key !== GLOBAL_KEY) return { ...state, records, lastDeliveredAt: slot.lastDeliveredAt }
  const { softMessages: _, ...rest } = state
  return {
    ...rest,
    records,
    softBounces: slot.softBounces,
    lastDeliveredAt: slot.lastDeliveredAt,
    softSuppressions: slot.softSuppressions,
    ...(slot.softMessages ? { softMessages: slot.softMessages } : {}),
  }
}

/** Applies one classified event; an allowlisted address only records it. */
export function applyScoped(
  prior: LedgerState,
  event: PolicyEvent & { tenant?: string | null; stream?: string | null },
  now: number,
  config: PolicyConfig = DEFAULT_POLICY,
  allowlisted = false
): { state: LedgerState; outcome: Outcome; scope: string } {
  const key = eventScopeKey(event, config)
  if (allowlisted || prior.allowlisted) return { state: prior, outcome: 'recorded', scope: key }
  const { state: slot, outcome } = applyPolicy(slotView(prior, key), event, now, config)
  return { state: withSlot(prior, key, slot), outcome, scope: key }
}

/**
 * An operator's, an import's or an unsubscribe's suppression, in its scope (without one: where the same fact
 * goes by default — a restored hard or soft entry global, anything else the whole default tenant). An import
 * changes nothing where an entry not made by an import already covers its scope (policy.ts, suppressManually).
 */
export function suppressScoped(
  prior: LedgerState,
  input: ManualSuppression,
  now: number,
  config: PolicyConfig = DEFAULT_POLICY
): { state: LedgerState; outcome: Outcome; scope: string } {
  const key = input.scope
    ? scopeKey(input.scope)
    : input.restore
      ? legacyScopeKey({ disposition: input.restore.disposition })
      : scopeKey(DEFAULT_ENTRY_SCOPE)
  // An unscoped import line adds nothing under a broader entry in force; a scoped one (our own export) is
  // restored where it was.
  if (input.source === 'import' && !input.scope && coveredByOther(prior, key, now)) {
    return { state: prior, outcome: 'recorded', scope: key }
  }
  const { state: slot, outcome } = suppressManually(slotView(prior, key), input, now, config)
  return { state: withSlot(prior, key, slot), outcome, scope: key }
}

/** A suppression in force, not made by an import, in a broader scope than `key` (the same scope is policy.ts's). */
function coveredByOther(state: LedgerState, key: string, now: number): boolean {
  const target = parseScopeKey(key)
  return Object.entries(state.records).some(([other, record]) => {
    if (other === key || !record.suppressed || record.source === 'import' || !isActive(record, now))
      return false
    const scope = parseScopeKey(other)
    if (scope.tenant === null) return true
    return scope.tenant === target.tenant && scope.stream === null
  })
}

/** Lifts the entry of one scope, or every entry in force when `scope` is absent. */
export function liftScoped(
  prior: LedgerState,
  now: number,
  scope?: SuppressionScope
): { state: LedgerState; lifted: { scope: string; record: SuppressionRecord }[] } {
  const keys = scope ? [scopeKey(scope)] : Object.keys(prior.records).sort()
  let state = prior
  const lifted: { scope: string; record: SuppressionRecord }[] = []
  for (const key of keys) {
    const result = lift(slotView(state, key), now)
    if (!result) continue
    state = withSlot(state, key, result.state)
    lifted.push({ scope: key, record: result.lifted })
  }
  return { state, lifted }
}

/** Drops what has lapsed by `now` in every slot. */
export function expireScoped(
  prior: LedgerState,
  now: number,
  config: PolicyConfig = DEFAULT_POLICY
): { state: LedgerState; expired: { scope: string; record: SuppressionRecord }[] } {
  let state = prior
  const expired: { scope: string; record: SuppressionRecord }[] = []
  const keys = new Set([GLOBAL_KEY, ...Object.keys(prior.records)])
  for (const key of [...keys].sort()) {
    const view = slotView(state, key)
    const result = expireState(view, now, config)
    if (result.state === view) continue
    state = withSlot(state, key, result.state)
    if (result.expired) expired.push({ scope: key, record: result.expired })
  }
  return { state, expired }
}

/** When the state next changes by itself, for the ledger's alarm. */
export function nextChangeScoped(state: LedgerState, config: PolicyConfig = DEFAULT_POLICY): number | null {
  const keys = new Set([GLOBAL_KEY, ...Object.keys(state.records)])
  const times = [...keys]
    .map((key) => nextChangeAt(slotView(state, key), config))
    .filter((t): t is number => t !== null)
  return times.length ? Math.min(...times) : null
}

/** The records in force at `now`, by scope key. */
export function activeRecords(state: LedgerState, now: number): Record<string, SuppressionRecord> {
  const out: Record<string, SuppressionRecord> = {}
  for (const [key, record] of Object.entries(state.records)) if (isActive(record, now)) out[key] = record
  return out
}

/** What KV holds under an address or an `@domain` (version 2; see src/policy-verdict.ts for reading it). */
export interface StoredListValue {
  v: 2
  records: Record<string, SuppressionRecord>
  allow?: true
}

/** The KV value for a state: its records (lapsed ones included, the check compares times), null when empty. */
export function storedValue(state: LedgerState): StoredListValue | null {
  if (Object.keys(state.records).length === 0 && !state.allowlisted) return null
  return state.allowlisted ? { v: 2, records: state.records, allow: true } : { v: 2, records: state.records }
}
