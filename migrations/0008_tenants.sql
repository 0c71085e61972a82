-- Tenants (issue 16 §2; docs/scopes.md): a tenant needs no registration to be used; this table holds what a
-- tenant is configured with, today the Nylas grants whose notifications belong to it (PUT /v1/tenants/{tenant}).
CREATE TABLE tenants (
  tenant TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One tenant per grant: a Nylas notification names its grant, the webhook route maps it here.
CREATE TABLE tenant_grants (
  grant_id TEXT PRIMARY KEY,
  tenant TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX tenant_grants_by_tenant ON tenant_grants (tenant);
