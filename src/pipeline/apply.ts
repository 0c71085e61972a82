/**
 * The path every door shares after parsing: classify each event and apply it in its address's AddressLedger.
 * @module
 */
import { classify, uncounted } from '../classify'
import type { Classification } from '../classify/classification'
import type { Env } from '../env'
import type { BounceEvent } from '../events'
import type { LedgerEvent, LedgerResult } from '../ledger/contract'
import { ledgerFor } from '../ledger/stub'
import { domainKey } from '../lib/address'
import { StoreUnavailableError } from '../lib/errors'
import { describeError, type LogFields, log } from '../lib/log'
import { mapLimit } from '../lib/pool'
import { readListValue } from '../policy-verdict'
import { readValues } from '../store/kv'
import { addressFields } from './address-hash'

export interface AppliedEvent extends LedgerResult {
  event: BounceEvent
  ledger: LedgerEvent
}

/** Ledger calls in flight per request. */
export const LEDGER_CONCURRENCY = 64

/**
 * Applies events, one DO call per address (in payload order within an address, addresses in parallel).
 * Resolves only when every event is durably applied; otherwise throws {@link StoreUnavailableError} after the
 * other addresses finished, so a provider retry re-sends the whole delivery and the ledgers' dedupe absorbs it.
 */
export async function applyEvents(
  env: Env,
  events: BounceEvent[],
  receivedAt: string,
  now: number = Date.now()
): Promise<AppliedEvent[]> {
  const allowed = await allowlistedDomains(env, events)
  const entries = events.map(
    (event): LedgerEvent => ({
      event,
      receivedAt,
      classification: classifyEvent(event),
      ...(allowed.has(domainKey(event.address)) ? { allowlisted: true } : {}),
    })
  )
  const byAddress = groupByAddress(entries, (entry) => entry.event.address)

  const applyOne = async ([address, entries]: [string, LedgerEvent[]]): Promise<AppliedEvent[]> => {
    const outcome = await ledgerFor(env, address).apply(address, entries, now)
    if (!outcome.ok) throw new StoreUnavailableError('The ledger could not sync D1 or KV.')
    return outcome.results.map((result, i) => ({
      ...result,
      event: entries[i]!.event,
      ledger: entries[i]!,
    }))
  }
  // Bounded fan-out: a 1000-event batch must not open 1000 Durable Object calls at once.
  const settled = await mapLimit([...byAddress], LEDGER_CONCURRENCY, (entry) =>
    applyOne(entry).then(
      (value): PromiseSettledResult<AppliedEvent[]> => ({ status: 'fulfilled', value }),
      (reason): PromiseSettledResult<AppliedEvent[]> => ({ status: 'rejected', reason })
    )
  )
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed)
    throw new StoreUnavailableError('An address ledger could not apply its events.', { cause: failed.reason })
  return settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []))
}

/**
 * The events' domains that are allowlisted (`PUT /v1/allowlist/@domain`), from one bulk KV read; an address's own
 * allowlisting is its ledger's. A failed read is logged and treated as "none": an allowlist must not stop bounces
 * from being recorded, and the check answers `send` for an allowlisted domain whatever is recorded.
 */
async function allowlistedDomains(env: Env, events: BounceEvent[]): Promise<Set<string>> {
  const domains = [...new Set(events.map((e) => domainKey(e.address)))]
  try {
    const values = await readValues(env.SUPPRESSIONS, domains)
    return new Set(domains.filter((d) => readListValue(values.get(d))?.allow === true))
  } catch (err) {
    log('warn', 'allowlist.read_failed', { error: describeError(err) })
    return new Set()
  }
}

/** The event's classification: the raw-report parser's own when it made one, else the classifier's. */
export function classifyEvent(event: BounceEvent): Classification {
  // An event whose payload says nothing of this recipient counts against none.
  return uncounted(
    event.classification ??
      classify({
        kind: event.kind,
        replyCode: event.replyCode,
        status: event.status,
        diagnostic: event.diagnostic,
        providerType: event.providerType,
        feedbackType: event.feedbackType ?? null,
        stage: event.stage ?? null,
        fromReport: event.fromReport === true,
        // The recipient's provider may read its own words its own way (src/classify/hosts/).
        hosts: [event.address.slice(event.address.lastIndexOf('@') + 1)],
      }),
    event.recordOnly
  )
}

/** One `bounce.applied` / `bounce.duplicate` line per applied event (address hashed), for every door. */
export async function logApplied(
  env: Env,
  provider: string,
  applied: readonly AppliedEvent[],
  fields: LogFields
): Promise<void> {
  for (const result of applied) {
    log('info', result.duplicate ? 'bounce.duplicate' : 'bounce.applied', {
      provider,
      kind: result.event.kind,
      disposition: result.ledger.classification.disposition,
      reason: result.ledger.classification.reason,
      rule: result.ledger.classification.rule,
      action: result.duplicate ? 'duplicate' : result.outcome,
      check: result.verdict.action,
      ...(await addressFields(env, result.event.address)),
      ...fields,
    })
  }
}

/** Items grouped by address, addresses in first-seen order and items in input order within each. */
export function groupByAddress<T>(items: readonly T[], addressOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const address = addressOf(item)
    const list = groups.get(address)
    if (list) list.push(item)
    else groups.set(address, [item])
  }
  return groups
}
