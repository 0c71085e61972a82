/**
 * What the AddressLedger Durable Object answers over RPC, as types only: callers (and `Env`) depend on this
 * contract, never on the class, so the class may import whatever it needs without creating a cycle.
 * @module
 */
import type { Classification } from '../classify/classification'
import type { BounceEvent } from '../events'
import type { SendScope, SuppressionScope } from '../lib/tenancy'
import type { ManualSuppression, Outcome, SuppressionRecord, Verdict } from '../policy'
import type { LedgerState } from '../policy-scopes'

/** One event to apply, with its classification (decided before the DO, which stays policy-only). */
export interface LedgerEvent {
  event: BounceEvent
  classification: Classification
  receivedAt: string
  /** The address's domain is allowlisted (the caller read it): record the event, never suppress. */
  allowlisted?: boolean
}

export interface LedgerResult {
  /** `provider:id`. */
  eventId: string
  duplicate: boolean
  /** What this event did (for a duplicate: nothing; `recorded`). */
  outcome: Outcome
  /** The address's check answer after the event. */
  verdict: Verdict
}

export interface ApplyOutcome {
  /** False when D1 or KV could not be written; the caller answers 503 so the provider retries. */
  ok: boolean
  results: LedgerResult[]
}

export interface OperatorOutcome {
  ok: boolean
  outcome: Outcome
  duplicate: boolean
  /** The record in force afterwards. */
  record: SuppressionRecord | null
}

export interface LiftOutcome {
  ok: boolean
  /** What was lifted (the first entry when several were), or null when nothing was in force. */
  lifted: SuppressionRecord | null
  /** Every entry lifted, with its scope key. */
  all: { scope: string; record: SuppressionRecord }[]
}

/**
 * The RPC methods of `AddressLedger` (src/ledger/address-ledger.ts), which implements this interface. `now` is the
 * caller's clock (epoch ms; the Worker's `Date.now` unless a test injects one); the alarm uses its own.
 */
export interface AddressLedgerApi extends Rpc.DurableObjectBranded {
  apply(address: string, events: LedgerEvent[], now?: number): Promise<ApplyOutcome>
  suppress(
    address: string,
    input: ManualSuppression & { actor: string },
    now?: number
  ): Promise<OperatorOutcome>
  lift(
    address: string,
    /** `scope`: lift only the entry of that scope (default: every entry of the address). */
    input: { actor: string; note: string | null; eventId: string; scope?: SuppressionScope },
    now?: number
  ): Promise<LiftOutcome>
  check(address: string, now?: number, send?: SendScope): Promise<Verdict>
  /** `erased`: the address was erased, nothing changed. */
  setAllowlisted(address: string, allowed: boolean): Promise<{ ok: boolean; erased?: true }>
  /** Erasure: forgets everything about the address but that it was erased. */
  erase(): Promise<{ ok: boolean }>
  inspect(): Promise<{
    state: LedgerState
    /** The address was erased (then `state` is empty). */
    erased: boolean
    pendingRows: number
    recordDirty: boolean
    /** Notifications not yet handed to the queue (or fanned out). */
    pendingNotifications: number
  }>
}
