/**
 * The pre-send check's decision across scopes (issue 16): from what KV holds under the address and under its
 * domain (`@example.com`), whether the address was erased, and the scope the mail is sent in. Pure; the reads are
 * src/pipeline/check.ts's.
 * @module
 */
import { covers, parseScopeKey, type SendScope, scopeJson } from './lib/tenancy'
import { isActive, type SuppressionRecord, type Verdict, verdict } from './policy'
import { legacyScopeKey, type StoredListValue } from './policy-scopes'

/** What KV holds under one key (an address or an `@domain`): its records by scope key, and its allowlisting. */
export interface ListValue {
  records: Record<string, SuppressionRecord>
  allow: boolean
}

/** Reads a KV value of either shape: a pre-scope record (one `SuppressionRecord`) is its legacy scope's entry. */
export function readListValue(raw: unknown): ListValue | null {
  if (!raw || typeof raw !== 'object') return null
  const value = raw as Partial<StoredListValue> & Partial<SuppressionRecord>
  if (value.v === 2) return { records: value.records ?? {}, allow: value.allow === true }
  if (typeof value.suppressed === 'boolean') {
    const record = raw as SuppressionRecord
    return { records: { [legacyScopeKey(record)]: record }, allow: false }
  }
  return null
}

/** What the check answers for an erased address (no entry names the person any more). */
export function erasedVerdict(address: string): Verdict {
  return {
    ...verdict(address, null, 0),
    action: 'drop',
    suppressed: true,
    reason: 'erased',
    disposition: 'erasure',
    scope: 'global',
    entry: 'address',
  }
}

/**
 * The verdict for mail to `address` in `send`: erased → drop; allowlisted (address or domain) → send; else the
 * first suppression in force among the entries that cover the scope (the address's own before its domain's,
 * global before tenant before stream), else a deferral in force, else send.
 */
export function decide(
  address: string,
  sources: { own: ListValue | null; domain: ListValue | null; erased?: boolean },
  send: SendScope,
  now: number
): Verdict {
  if (sources.erased) return erasedVerdict(address)
  if (sources.own?.allow || sources.domain?.allow)
    return { ...verdict(address, null, now), allowlisted: true }
  const candidates = [
    ...covering(sources.own, send, now, 'address' as const),
    ...covering(sources.domain, send, now, 'domain' as const),
  ]
  const chosen = candidates.find((c) => c.record.suppressed) ?? candidates[0]
  if (!chosen) return verdict(address, null, now)
  return {
    ...verdict(address, chosen.record, now),
    scope: scopeJson(parseScopeKey(chosen.key)),
    entry: chosen.entry,
  }
}

function covering<E extends 'address' | 'domain'>(
  value: ListValue | null,
  send: SendScope,
  now: number,
  entry: E
): { key: string; record: SuppressionRecord; entry: E }[] {
  if (!value) return []
  return Object.keys(value.records)
    .sort(bySpecificity)
    .filter((key) => covers(parseScopeKey(key), send) && isActive(value.records[key]!, now))
    .map((key) => ({ key, record: value.records[key]!, entry }))
}

/** Scope keys in order: `*` first, then `tenant/*`, then `tenant/stream`. */
export function bySpecificity(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

function rank(key: string): number {
  if (key === '*') return 0
  return key.endsWith('/*') ? 1 : 2
}
