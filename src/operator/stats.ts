/**
 * Counts for operators over a range: per day by disposition, reason and provider; the top recipient domains;
 * sender health (blocks by reason). Shared by GET /v1/stats and the dashboard's overview.
 * @module
 */
import { type DayRates, dayRates, type RateThresholds } from '../domain/rates'
import { ApiError, storeCall } from '../lib/errors'
import { DAY_MS } from '../lib/time'
import { deliveriesByDay, type StatsScope, statsByDay, topDomains } from '../store/queries'

export const STATS_MAX_DAYS = 92

/** The dispositions that count as failures (deliveries and other events are not bounce reasons). */
const FAILURES = new Set(['hard', 'soft', 'block', 'complaint'])

export interface StatsDay extends DayRates {
  day: string
  total: number
  by_disposition: Record<string, number>
  by_reason: Record<string, number>
  by_provider: Record<string, number>
}

export type StatsReport = Awaited<ReturnType<typeof statsReport>>

/** The range `[from, to)` a request asks for: default the 7 days up to now, at most STATS_MAX_DAYS. */
export function statsRange(from: string | undefined, to: string | undefined, now: number) {
  const end = to ?? new Date(now + 1).toISOString()
  const start = from ?? new Date(Date.parse(end) - 7 * DAY_MS).toISOString()
  if (Date.parse(start) >= Date.parse(end))
    throw new ApiError('invalid_request', '"from" must be before "to".')
  if (Date.parse(end) - Date.parse(start) > STATS_MAX_DAYS * DAY_MS) {
    throw new ApiError('invalid_request', `At most ${STATS_MAX_DAYS} days per request.`)
  }
  return { from: start, to: end }
}

/** Reads and folds the day rows and the top domains of `[from, to)`; each day's rates against `thresholds`. */
export async function statsReport(
  db: D1Database,
  from: string,
  to: string,
  thresholds: RateThresholds,
  scope: StatsScope = {}
) {
  const [rows, domains, deliveries] = await storeCall(
    () =>
      Promise.all([
        statsByDay(db, from, to, scope),
        topDomains(db, from, to, 20, scope),
        deliveriesByDay(db, from, to, scope),
      ]),
    'Stats could not be read.'
  )
  const days = new Map<string, StatsDay>()
  const blocks: Record<string, number> = {}
  const bounceReasons: Record<string, number> = {}
  let blockTotal = 0
  for (const row of rows) {
    let day = days.get(row.day)
    if (!day) {
      const rates = dayRates({}, 0, null, thresholds)
      day = { day: row.day, total: 0, by_disposition: {}, by_reason: {}, by_provider: {}, ...rates }
      days.set(row.day, day)
    }
    const add = (map: Record<string, number>, key: string | null) => {
      map[key ?? 'unknown'] = (map[key ?? 'unknown'] ?? 0) + row.events
    }
    day.total += row.events
    add(day.by_disposition, row.disposition)
    add(day.by_reason, row.reason)
    add(day.by_provider, row.provider)
    if (row.disposition && FAILURES.has(row.disposition)) add(bounceReasons, row.reason)
    if (row.disposition === 'block') {
      add(blocks, row.reason)
      blockTotal += row.events
    }
  }
  for (const day of days.values()) {
    // No door reports sends yet (sent: null); deliveries and bounces stand in, and the denominator says so.
    Object.assign(day, dayRates(day.by_disposition, deliveries.get(day.day) ?? 0, null, thresholds))
  }
  return {
    from,
    to,
    thresholds: {
      bounce_rate: thresholds.bounceRate,
      complaint_rate: thresholds.complaintRate,
      min_sends: thresholds.minSends,
    },
    days: [...days.values()],
    bounce_reasons: bounceReasons,
    top_domains: domains,
    sender_health: { block_events: blockTotal, blocks_by_reason: blocks },
  }
}
