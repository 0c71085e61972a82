/**
 * GET /v1/stats: counts per day by disposition, reason and provider; the top recipient domains; and sender
 * health (blocks by reason), so a reputation problem shows at once. The work is in src/operator/stats.ts.
 * @module
 */
import { Hono } from 'hono'
import { documented } from '../api/documented'
import { StatsQuery, validate } from '../api/schemas'
import { StatsReport } from '../api/stats-schemas'
import { config } from '../config'
import type { AppEnv } from '../env'
import { requireScopeName } from '../lib/tenancy'
import { requireScope } from '../middleware/auth'
import { statsRange, statsReport } from '../operator/stats'

export const stats = new Hono<AppEnv>()

stats.get('/', requireScope('read'), async (c) => {
  const query = validate(StatsQuery, c.req.query())
  const { from, to } = statsRange(query.from, query.to, c.get('now')())
  const scope = {
    tenant: requireScopeName(query.tenant, 'tenant'),
    stream: requireScopeName(query.stream, 'stream'),
  }
  return c.json(documented(StatsReport, await statsReport(c.env.DB, from, to, config(c.env).alerts, scope)))
})
