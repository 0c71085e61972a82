/**
 * Tenants' configuration (`/v1/tenants`, scope `admin`): the Nylas grants whose notifications belong to each
 * tenant. A tenant needs no registration to be used in a check, a URL or an event; this is only the mapping.
 * @module
 */
import { Hono } from 'hono'
import { documented } from '../api/documented'
import { Tenant, TenantBody, TenantList, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { ApiError, storeCall } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { requireScopeName } from '../lib/tenancy'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { deleteTenant, getTenant, listTenants, putTenant } from '../store/tenants'

export const tenants = new Hono<AppEnv>()

const tenantParam = (value: string) => requireScopeName(value, 'tenant')!

tenants.get('/', requireScope('admin'), async (c) => {
  const items = await storeCall(() => listTenants(c.env.DB))
  return c.json(documented(TenantList, { items }))
})

tenants.get('/:tenant', requireScope('admin'), async (c) => {
  const row = await storeCall(() => getTenant(c.env.DB, tenantParam(c.req.param('tenant'))))
  if (!row) throw new ApiError('not_found', 'This tenant has no configuration.')
  return c.json(documented(Tenant, row))
})

tenants.put('/:tenant', requireScope('admin'), limitBody(64 * 1024), requireJson(), async (c) => {
  const tenant = tenantParam(c.req.param('tenant'))
  const body = validate(TenantBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const grants = [...new Set(body.nylas_grant_ids)]
  const now = new Date(c.get('now')()).toISOString()
  const { conflicts } = await storeCall(() => putTenant(c.env.DB, tenant, grants, now))
  if (conflicts.length > 0) {
    throw new ApiError(
      'conflict',
      `These grants belong to another tenant: ${conflicts.slice(0, 5).join(', ')}.`
    )
  }
  const row = await storeCall(() => getTenant(c.env.DB, tenant))
  return c.json(documented(Tenant, row!))
})

tenants.delete('/:tenant', requireScope('admin'), async (c) => {
  const deleted = await storeCall(() => deleteTenant(c.env.DB, tenantParam(c.req.param('tenant'))))
  if (!deleted) throw new ApiError('not_found', 'This tenant has no configuration.')
  return c.body(null, 204)
})
