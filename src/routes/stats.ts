/**
 * Counts for operators: per day by disposition, reason and provider; the top recipient domains; and sender
 * health (blocks by reason), so a reputation problem shows at once.
 * @module
 */
import { Hono } from 'hono'
import { StatsQuery, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { DAY_MS } from '../lib/time'
import { requireScope } from '../middleware/auth'
import { statsByDay, topDomains } from '../store/queries'

export const stats = new Hono<AppEnv>()

export const STATS_MAX_DAYS = 92

stats.get('/', requireScope('read'), async (c) => {
  const query = validate(StatsQuery, c.req.query())
  const to = query.to ?? new Date(c.get('now')() + 1).toISOString()
  const from = query.from ?? new Date(Date.parse(to) - 7 * DAY_MS).toISOString()
  if (Date.parse(from) >= Date.parse(to)) throw new ApiError('invalid_request', '"from" must be before "to".')
  if (Date.parse(to) - Date.parse(from) > STATS_MAX_DAYS * DAY_MS) {
    throw new ApiError('invalid_request', `At most ${STATS_MAX_DAYS} days per request.`)
  }
  const [rows, domains] = await storeCall(
    () => Promise.all([statsByDay(c.env.DB, from, to), topDomains(c.env.DB, from, to, 20)]),
    'Stats could not be read.'
  )
  const days = new Map<
    string,
    {
      day: string
      total: number
      by_disposition: Record<string, number>
      by_reason: Record<string, number>
      by_provider: Record<string, number>
    }
  >()
  const blocks: Record<string, number> = {}
  let blockTotal = 0
  for (const row of rows) {
    let day = days.get(row.day)
    if (!day) {
      day = { day: row.day, total: 0, by_disposition: {}, by_reason: {}, by_provider: {} }
      days.set(row.day, day)
    }
    const add = (map: Record<string, number>, key: string | null) => {
      map[key ?? 'unknown'] = (map[key ?? 'unknown'] ?? 0) + row.events
    }
    day.total += row.events
    add(day.by_disposition, row.disposition)
    add(day.by_reason, row.reason)
    add(day.by_provider, row.provider)
    if (row.disposition === 'block') {
      add(blocks, row.reason)
      blockTotal += row.events
    }
  }
  return c.json({
    from,
    to,
    days: [...days.values()],
    top_domains: domains,
    sender_health: { block_events: blockTotal, blocks_by_reason: blocks },
  })
})
