import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import init from '../migrations/0001_init.sql?raw'
import scopes from '../migrations/0007_scopes.sql?raw'
import { applyEvents } from '../src/pipeline/apply'
import { checkAddress, insideLedger, uniqueAddress } from './helpers'

/**
 * The migration to scopes must lose nothing and change no verdict (issue 16 §6). Data written before it — a KV
 * value that is one bare record, a ledger state with one `record`, a D1 index row per address — is seeded in
 * its old shape, then read and touched by the new code.
 */

const legacyRecord = (disposition: string, reason: string, expires_at: string | null = null) => ({
  suppressed: true,
  reason,
  disposition,
  source: disposition === 'manual' ? 'manual' : 'nylas',
  since: '2026-01-01T00:00:00.000Z',
  expires_at,
  retry_after: null,
  event_id: `nylas:${crypto.randomUUID()}`,
})

/** Seeds an address as the code before scopes left it: the ledger's state and the KV value. */
async function seedLegacy(address: string, record: ReturnType<typeof legacyRecord>) {
  await insideLedger(address, (_ledger, state) => {
    const put = (key: string, value: string) =>
      state.storage.sql.exec(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        key,
        value
      )
    put('address', address)
    put('state', JSON.stringify({ record, softBounces: [], lastDeliveredAt: null, softSuppressions: 0 }))
    put('synced_record', JSON.stringify(record))
  })
  await env.SUPPRESSIONS.put(address, JSON.stringify(record))
}

const SCOPES = ['', '?tenant=default&stream=transactional', '?tenant=default&stream=marketing']

describe('migration of pre-scope data', () => {
  const cases = [
    ['hard', 'userunknown'],
    ['soft', 'mailboxfull'],
    ['complaint', 'feedback'],
    ['manual', 'legal_hold'],
  ] as const

  it('answers every default-tenant check exactly as before, from the old KV value and after the ledger rewrote it', async () => {
    for (const [disposition, reason] of cases) {
      const address = uniqueAddress(`legacy-${disposition}`)
      const expiry = disposition === 'soft' ? new Date(Date.now() + 86_400_000).toISOString() : null
      await seedLegacy(address, legacyRecord(disposition, reason, expiry))
      const before = await Promise.all(SCOPES.map((q) => checkAddress(address, q)))
      for (const verdict of before) expect(verdict).toMatchObject({ action: 'drop', reason, disposition })

      // First touch: an event the policy only records (a block) makes the ledger upgrade and re-sync its key.
      await applyEvents(env, [blockEvent(address)], new Date().toISOString())
      const stored = (await env.SUPPRESSIONS.get(address, 'json')) as { v?: number; records?: object }
      expect(stored.v).toBe(2)
      expect(Object.keys(stored.records!)).toEqual([
        disposition === 'hard' || disposition === 'soft' ? '*' : 'default/*',
      ])
      const after = await Promise.all(SCOPES.map((q) => checkAddress(address, q)))
      expect(after.map(strip)).toEqual(before.map(strip))
      expect(await checkAddress(address, '?consistent=true')).toMatchObject({ action: 'drop', reason })
    }
  })

  it('keeps the old global meaning of hard and soft entries for other tenants', async () => {
    const address = uniqueAddress('legacy-tenant')
    await seedLegacy(address, legacyRecord('hard', 'userunknown'))
    expect(await checkAddress(address, '?tenant=acme')).toMatchObject({ action: 'drop' })
  })

  it('0007 moves every D1 index row to its scope and loses none', async () => {
    // The migration's own text, run on copies of the pre-scope tables under other names.
    const rename = (sql: string) =>
      sql
        .replace(/\bsuppressions_scoped\b/g, 'm_suppressions_scoped')
        .replace(/\bsuppressions(_by_\w+)?\b/g, (m) => `m_${m}`)
        .replace(/\bevents\b/g, 'm_events')
        .replace(/\bevents_by_(\w+)\b/g, 'm_events_by_$1')
        .replace(/\ballowlist\b/g, 'm_allowlist')
        .replace(/\berasures\b/g, 'm_erasures')
    const oldTables = init
      .split(/;\s*\n/)
      .filter((s) => /CREATE (TABLE|INDEX) (suppressions|events)\b|ON (suppressions|events) /.test(s))
      .map((s) => rename(s.replace(/--[^\n]*\n/g, '\n')))
    for (const statement of oldTables) await env.DB.prepare(statement).run()
    const insert = env.DB.prepare(
      `INSERT INTO m_suppressions (address, reason, disposition, source, since, expires_at, event_id, note, updated_at)
       VALUES (?1, ?2, ?3, 'x', '2026-01-01', NULL, NULL, ?4, '2026-01-01')`
    )
    const rows = [
      ['a@example.com', 'userunknown', 'hard', null],
      ['b@example.com', 'mailboxfull', 'soft', null],
      ['c@example.com', 'feedback', 'complaint', 'n1'],
      ['d@example.com', 'legal_hold', 'manual', 'n2'],
    ]
    await env.DB.batch(rows.map((r) => insert.bind(...r)))
    const statements = rename(scopes)
      .split(/;\s*\n/)
      .map((s) => s.replace(/--[^\n]*\n?/g, '').trim())
      .filter(Boolean)
    for (const statement of statements) await env.DB.prepare(statement).run()
    const { results } = await env.DB.prepare(
      'SELECT address, tenant, stream, reason, note FROM m_suppressions ORDER BY address'
    ).all()
    expect(results).toEqual([
      { address: 'a@example.com', tenant: '*', stream: '*', reason: 'userunknown', note: null },
      { address: 'b@example.com', tenant: '*', stream: '*', reason: 'mailboxfull', note: null },
      { address: 'c@example.com', tenant: 'default', stream: '*', reason: 'feedback', note: 'n1' },
      { address: 'd@example.com', tenant: 'default', stream: '*', reason: 'legal_hold', note: 'n2' },
    ])
  })
})

function blockEvent(address: string) {
  return {
    id: crypto.randomUUID(),
    provider: 'test',
    kind: 'bounce' as const,
    address,
    occurredAt: new Date().toISOString(),
    replyCode: '550',
    status: '5.7.1',
    diagnostic: '550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org',
    providerType: null,
    messageId: null,
  }
}

/** The verdict's pre-scope fields (the new ones name the scope the migration chose). */
function strip(verdict: Record<string, unknown>) {
  const { scope: _scope, entry: _entry, allowlisted: _allowlisted, ...rest } = verdict
  return rest
}
