/**
 * What an API key may do. `check` answers pre-send lookups, `read` lists and explains, `write` changes
 * suppressions, `admin` manages keys; the `ADMIN_TOKEN` holds all four.
 * @module
 */
export type Scope = 'check' | 'read' | 'write' | 'admin'
export const SCOPES: readonly Scope[] = ['check', 'read', 'write', 'admin']
