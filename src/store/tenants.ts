/**
 * Tenants' configuration in D1 (migration 0008): the Nylas grants that belong to each tenant.
 * @module
 */

export interface TenantRow {
  tenant: string
  nylas_grant_ids: string[]
  created_at: string
  updated_at: string
}

/** D1 binds at most 100 parameters: lookups by grant go in chunks below that. */
const CHUNK = 90

/** The tenant of each grant that has one. */
export async function tenantsForGrants(
  db: D1Database,
  grantIds: readonly string[]
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < grantIds.length; i += CHUNK) {
    const chunk = grantIds.slice(i, i + CHUNK)
    const { results } = await db
      .prepare(
        `SELECT grant_id, tenant FROM tenant_grants WHERE grant_id IN (${chunk.map(() => '?').join(', ')})`
      )
      .bind(...chunk)
      .all<{ grant_id: string; tenant: string }>()
    for (const row of results) out.set(row.grant_id, row.tenant)
  }
  return out
}

/**
 * Sets a tenant's grants to exactly `grantIds`; answers the grants already mapped to another tenant instead of
 * writing anything when there are some.
 */
export async function putTenant(
  db: D1Database,
  tenant: string,
  grantIds: readonly string[],
  now: string
): Promise<{ conflicts: string[] }> {
  const owners = await tenantsForGrants(db, grantIds)
  const conflicts = grantIds.filter((g) => owners.has(g) && owners.get(g) !== tenant)
  if (conflicts.length > 0) return { conflicts }
  const insert = db.prepare('INSERT INTO tenant_grants (grant_id, tenant, created_at) VALUES (?1, ?2, ?3)')
  await db.batch([
    db
      .prepare(
        `INSERT INTO tenants (tenant, created_at, updated_at) VALUES (?1, ?2, ?2)
         ON CONFLICT (tenant) DO UPDATE SET updated_at = excluded.updated_at`
      )
      .bind(tenant, now),
    db.prepare('DELETE FROM tenant_grants WHERE tenant = ?1').bind(tenant),
    ...grantIds.map((g) => insert.bind(g, tenant, now)),
  ])
  return { conflicts: [] }
}

export async function getTenant(db: D1Database, tenant: string): Promise<TenantRow | null> {
  const [row, grants] = await db.batch<Record<string, string>>([
    db.prepare('SELECT tenant, created_at, updated_at FROM tenants WHERE tenant = ?1').bind(tenant),
    db.prepare('SELECT grant_id FROM tenant_grants WHERE tenant = ?1 ORDER BY grant_id').bind(tenant),
  ])
  const found = row?.results[0]
  if (!found) return null
  return {
    tenant: found.tenant!,
    created_at: found.created_at!,
    updated_at: found.updated_at!,
    nylas_grant_ids: (grants?.results ?? []).map((g) => g.grant_id!),
  }
}

/** Every configured tenant with its grants (a short list: one row per customer). */
export async function listTenants(db: D1Database): Promise<TenantRow[]> {
  const [tenants, grants] = await db.batch<Record<string, string>>([
    db.prepare('SELECT tenant, created_at, updated_at FROM tenants ORDER BY tenant LIMIT 10000'),
    db.prepare('SELECT grant_id, tenant FROM tenant_grants ORDER BY grant_id'),
  ])
  const byTenant = new Map<string, string[]>()
  for (const g of grants?.results ?? [])
    byTenant.set(g.tenant!, [...(byTenant.get(g.tenant!) ?? []), g.grant_id!])
  return (tenants?.results ?? []).map((t) => ({
    tenant: t.tenant!,
    created_at: t.created_at!,
    updated_at: t.updated_at!,
    nylas_grant_ids: byTenant.get(t.tenant!) ?? [],
  }))
}

/** Deletes a tenant's configuration; false when there was none. */
export async function deleteTenant(db: D1Database, tenant: string): Promise<boolean> {
  const [, deleted] = await db.batch([
    db.prepare('DELETE FROM tenant_grants WHERE tenant = ?1').bind(tenant),
    db.prepare('DELETE FROM tenants WHERE tenant = ?1').bind(tenant),
  ])
  return (deleted?.meta.changes ?? 0) > 0
}
