/**
 * Operators' suppression list: list, explain, suppress, lift. The work is in src/operator/suppressions.ts, which
 * the dashboard shares; this file is the JSON edge.
 * @module
 */

import { Hono } from 'hono'
import { documented } from '../api/documented'
import { historyJson } from '../api/history-json'
import {
  ListQuery,
  SuppressBody,
  SuppressionDetail,
  SuppressionPage,
  SuppressResult,
  validate,
} from '../api/schemas'
import type { AppEnv } from '../env'
import { requireEntry } from '../lib/address'
import { ApiError } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { entryScopeFrom, scopeJson, sendScopeFrom } from '../lib/tenancy'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import {
  describeAddress,
  liftAddress,
  suppressAddress,
  suppressionItem,
  suppressionPage,
} from '../operator/suppressions'

export const suppressions = new Hono<AppEnv>()

suppressions.get('/', requireScope('read'), async (c) => {
  const query = validate(ListQuery, c.req.query())
  const page = await suppressionPage(c.env.DB, query, c.get('now')())
  return c.json(
    documented(SuppressionPage, { items: page.items.map(suppressionItem), next_cursor: page.nextCursor })
  )
})

suppressions.get('/:address', requireScope('read'), async (c) => {
  const address = requireEntry(c.req.param('address'))
  const send = sendScopeFrom({ tenant: c.req.query('tenant'), stream: c.req.query('stream') })
  const report = await describeAddress(c.env, address, c.get('now')(), 20, send)
  if (report.erased) {
    throw new ApiError(
      'not_found',
      "This address was erased at the person's request: nothing about it is kept but a keyed hash, and the check answers drop."
    )
  }
  if (!report.active || report.explain === null) {
    throw new ApiError('not_found', 'This address is not suppressed.')
  }
  return c.json(
    documented(SuppressionDetail, {
      address,
      record: { ...report.active },
      scope: report.activeScope ?? 'global',
      entries: report.entries.map((e) => ({ scope: e.scope, active: e.active, ...e.record })),
      allowlisted: report.allowlisted,
      soft_window: report.softWindow,
      explain: report.explain,
      cause: report.cause ? historyJson(report.cause) : null,
      history: report.history.map(historyJson),
    })
  )
})

suppressions.put('/:address', requireScope('write'), limitBody(16 * 1024), requireJson(), async (c) => {
  const address = requireEntry(c.req.param('address'))
  const body = validate(SuppressBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const scope = entryScopeFrom(body)
  const record = await suppressAddress(
    c.env,
    address,
    { reason: body.reason, expiresAt: body.expires_at, note: body.note, scope },
    c.get('actor'),
    c.get('now')()
  )
  return c.json(documented(SuppressResult, { address, scope: scopeJson(scope), record }))
})

suppressions.delete('/:address', requireScope('write'), async (c) => {
  const address = requireEntry(c.req.param('address'))
  const query = {
    tenant: c.req.query('tenant'),
    stream: c.req.query('stream'),
    global: c.req.query('global'),
  }
  // Without a scope every entry is lifted; with one, only that scope's entry.
  const scope = query.tenant || query.stream || query.global ? entryScopeFrom(query) : undefined
  await liftAddress(c.env, address, c.req.query('note') ?? null, c.get('actor'), c.get('now')(), scope)
  return c.body(null, 204)
})
