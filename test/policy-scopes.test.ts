import { describe, expect, it } from 'vitest'
import { GLOBAL_SCOPE } from '../src/lib/tenancy'
import { DEFAULT_POLICY, type PolicyEvent, type SuppressionRecord } from '../src/policy'
import {
  applyScoped,
  EMPTY_STATE,
  expireScoped,
  type LedgerState,
  liftScoped,
  storedValue,
  suppressScoped,
  upgradeState,
} from '../src/policy-scopes'
import { decide, readListValue } from '../src/policy-verdict'

const DAY = 86_400_000
const T0 = Date.parse('2026-06-01T00:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()
let n = 0
const ev = (over: Partial<PolicyEvent> & { tenant?: string | null; stream?: string | null }) => ({
  kind: 'bounce' as const,
  disposition: 'hard' as const,
  reason: 'userunknown',
  source: 'test',
  eventId: `e${n++}`,
  occurredAt: iso(T0),
  ...over,
})
const send = (tenant: string, stream = 'transactional') => ({ tenant, stream })
const verdictOf = (state: LedgerState, tenant: string, stream?: string, now = T0) =>
  decide('a@example.com', { own: readListValue(storedValue(state)), domain: null }, send(tenant, stream), now)

describe('scoped policy: where each fact applies', () => {
  it('a hard bounce from one tenant suppresses the address for every tenant by default', () => {
    const { state, scope } = applyScoped(EMPTY_STATE, ev({ tenant: 'acme', stream: 'marketing' }), T0)
    expect(scope).toBe('*')
    expect(verdictOf(state, 'other')).toMatchObject({ action: 'drop', scope: 'global', entry: 'address' })
  })

  it('with SHARE_HARD_BOUNCES=false a hard bounce stays in its tenant (every stream of it)', () => {
    const policy = { ...DEFAULT_POLICY, shareHardBounces: false }
    const { state, scope } = applyScoped(EMPTY_STATE, ev({ tenant: 'acme', stream: 'marketing' }), T0, policy)
    expect(scope).toBe('acme/*')
    expect(verdictOf(state, 'acme', 'billing')).toMatchObject({
      action: 'drop',
      scope: { tenant: 'acme', stream: null },
    })
    expect(verdictOf(state, 'other').action).toBe('send')
  })

  it('a complaint suppresses only the stream it came from', () => {
    const complaint = ev({
      disposition: 'complaint',
      reason: 'feedback',
      tenant: 'acme',
      stream: 'marketing',
    })
    const { state } = applyScoped(EMPTY_STATE, complaint, T0)
    expect(verdictOf(state, 'acme', 'marketing')).toMatchObject({
      action: 'drop',
      scope: { tenant: 'acme', stream: 'marketing' },
    })
    expect(verdictOf(state, 'acme', 'transactional').action).toBe('send')
    expect(verdictOf(state, 'other', 'marketing').action).toBe('send')
  })

  it('a complaint of unknown stream, or with COMPLAINT_SCOPE=tenant, suppresses the whole tenant', () => {
    const unknown = applyScoped(EMPTY_STATE, ev({ disposition: 'complaint', tenant: 'acme' }), T0)
    expect(unknown.scope).toBe('acme/*')
    const tenantWide = applyScoped(
      EMPTY_STATE,
      ev({ disposition: 'complaint', tenant: 'acme', stream: 'marketing' }),
      T0,
      { ...DEFAULT_POLICY, complaintScope: 'tenant' }
    )
    expect(tenantWide.scope).toBe('acme/*')
    expect(verdictOf(tenantWide.state, 'acme', 'transactional').action).toBe('drop')
  })

  it('counts soft bounces across tenants: three tenants, one window, one global suppression', () => {
    let state = EMPTY_STATE
    const outcomes: string[] = []
    for (const [i, tenant] of ['a', 'b', 'c'].entries()) {
      const r = applyScoped(
        state,
        ev({ disposition: 'soft', reason: 'mailboxfull', tenant, occurredAt: iso(T0 + i * 1000) }),
        T0 + 5000
      )
      state = r.state
      outcomes.push(r.outcome)
    }
    expect(outcomes).toEqual(['deferred', 'deferred', 'suppressed'])
    expect(verdictOf(state, 'z', 'x', T0 + 5000)).toMatchObject({ action: 'drop', disposition: 'soft' })
  })

  it('a block never suppresses, in any scope', () => {
    const { state, outcome } = applyScoped(EMPTY_STATE, ev({ disposition: 'block', tenant: 'acme' }), T0)
    expect(outcome).toBe('recorded')
    expect(state.records).toEqual({})
  })

  it('an allowlisted address records events without suppressing', () => {
    const allowed = { ...EMPTY_STATE, allowlisted: true }
    expect(applyScoped(allowed, ev({}), T0)).toMatchObject({ outcome: 'recorded', state: allowed })
    expect(applyScoped(EMPTY_STATE, ev({}), T0, DEFAULT_POLICY, true).outcome).toBe('recorded')
  })
})

describe('scoped manual entries, lifts and expiry', () => {
  const manual = (over: object = {}) => ({
    reason: 'manual',
    source: 'manual' as const,
    since: iso(T0),
    expires_at: null,
    note: null,
    eventId: `m${n++}`,
    ...over,
  })

  it('a manual entry without scope covers the whole default tenant, nothing else', () => {
    const { state, scope } = suppressScoped(EMPTY_STATE, manual(), T0)
    expect(scope).toBe('default/*')
    expect(verdictOf(state, 'default', 'marketing').action).toBe('drop')
    expect(verdictOf(state, 'acme').action).toBe('send')
  })

  it('an import does not add an entry where a provider suppression already covers it', () => {
    const hard = applyScoped(EMPTY_STATE, ev({}), T0).state
    const imported = suppressScoped(hard, manual({ source: 'import' }), T0)
    expect(imported.outcome).toBe('recorded')
    expect(Object.keys(imported.state.records)).toEqual(['*'])
  })

  it('lifts one scope, or every entry without one', () => {
    let state = applyScoped(EMPTY_STATE, ev({}), T0).state
    state = suppressScoped(state, manual({ scope: { tenant: 'acme', stream: 'marketing' } }), T0).state
    const one = liftScoped(state, T0, { tenant: 'acme', stream: 'marketing' })
    expect(one.lifted.map((l) => l.scope)).toEqual(['acme/marketing'])
    expect(Object.keys(one.state.records)).toEqual(['*'])
    const all = liftScoped(state, T0)
    expect(all.lifted.map((l) => l.scope).sort()).toEqual(['*', 'acme/marketing'])
    expect(liftScoped(all.state, T0, GLOBAL_SCOPE).lifted).toEqual([])
  })

  it('expires a temporary entry of a tenant scope and leaves the global one', () => {
    let state = applyScoped(EMPTY_STATE, ev({}), T0).state
    state = suppressScoped(
      state,
      manual({ scope: { tenant: 'acme', stream: null }, expires_at: iso(T0 + DAY) }),
      T0
    ).state
    const { state: after, expired } = expireScoped(state, T0 + 2 * DAY)
    expect(expired.map((e) => e.scope)).toEqual(['acme/*'])
    expect(Object.keys(after.records)).toEqual(['*'])
  })
})

describe('the check across address, domain, allowlist and erasure', () => {
  const record = (over: Partial<SuppressionRecord> = {}): SuppressionRecord => ({
    suppressed: true,
    reason: 'manual',
    disposition: 'manual',
    source: 'manual',
    since: iso(T0),
    expires_at: null,
    retry_after: null,
    event_id: null,
    ...over,
  })

  it("drops for a domain entry, naming it; the address's own entry decides first", () => {
    const domain = { records: { 'default/*': record({ reason: 'domain_block' }) }, allow: false }
    expect(decide('x@example.com', { own: null, domain }, send('default'), T0)).toMatchObject({
      action: 'drop',
      entry: 'domain',
      reason: 'domain_block',
    })
    const own = { records: { '*': record({ reason: 'userunknown', disposition: 'hard' }) }, allow: false }
    expect(decide('x@example.com', { own, domain }, send('default'), T0)).toMatchObject({ entry: 'address' })
  })

  it('prefers a suppression to a deferral, and an allowlist to both', () => {
    const own = {
      records: {
        '*': record({ suppressed: false, retry_after: iso(T0 + DAY), disposition: 'soft' }),
        'default/*': record(),
      },
      allow: false,
    }
    expect(decide('x@example.com', { own, domain: null }, send('default'), T0).action).toBe('drop')
    expect(decide('x@example.com', { own, domain: null }, send('other'), T0).action).toBe('defer')
    const allow = { records: {}, allow: true }
    expect(decide('x@example.com', { own, domain: allow }, send('default'), T0)).toMatchObject({
      action: 'send',
      allowlisted: true,
    })
  })

  it('answers drop for an erased address even when nothing else is stored', () => {
    expect(
      decide('x@example.com', { own: null, domain: null, erased: true }, send('default'), T0)
    ).toMatchObject({ action: 'drop', reason: 'erased', scope: 'global' })
  })
})

describe('reading what was stored before scopes', () => {
  const legacy = (disposition: string) => ({
    suppressed: true,
    reason: 'x',
    disposition,
    source: 'nylas',
    since: iso(T0),
    expires_at: null,
    retry_after: null,
    event_id: 'nylas:1',
  })

  it('reads a pre-scope ledger state: hard and soft become global, others the whole default tenant', () => {
    expect(Object.keys(upgradeState({ record: legacy('hard'), softBounces: [] }).records)).toEqual(['*'])
    expect(Object.keys(upgradeState({ record: legacy('complaint') }).records)).toEqual(['default/*'])
    expect(Object.keys(upgradeState({ record: legacy('manual') }).records)).toEqual(['default/*'])
    expect(upgradeState({ record: null }).records).toEqual({})
    expect(upgradeState(null)).toEqual(EMPTY_STATE)
  })

  it("keeps only the window's message ids written as policy.ts writes them", () => {
    const kept = `${iso(T0)} <m-1@example.net>`
    const state = upgradeState({ softBounces: [iso(T0)], softMessages: [kept, '123456', 42, 'msg-20271'] })
    expect(state.softMessages).toEqual([kept])
    expect(upgradeState({ softMessages: 'not a list' }).softMessages).toBeUndefined()
  })

  it('reads a pre-scope KV value as its legacy entry, and answers as before for the default scope', () => {
    const value = readListValue(legacy('complaint'))
    expect(value?.records['default/*']?.reason).toBe('x')
    expect(decide('a@example.com', { own: value, domain: null }, send('default'), T0).action).toBe('drop')
    expect(readListValue('garbage')).toBeNull()
  })
})
