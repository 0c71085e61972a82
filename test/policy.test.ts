import { describe, expect, it } from 'vitest'
import {
  applyPolicy,
  DEFAULT_POLICY,
  expireState,
  type SlotState as LedgerState,
  nextChangeAt,
  type PolicyEvent,
  suppressManually,
  verdict,
} from '../src/policy'

/** One scope's slot with nothing in it (the single-record rules; test/policy-scopes.test.ts covers scopes). */
const EMPTY_STATE: LedgerState = { record: null, softBounces: [], lastDeliveredAt: null, softSuppressions: 0 }

const HOUR = 3_600_000
const DAY = 24 * HOUR
const T0 = Date.parse('2026-01-01T00:00:00Z')
const at = (ms: number) => new Date(ms).toISOString()

const ev = (over: Partial<PolicyEvent> & { t: number }): PolicyEvent => ({
  kind: 'bounce',
  disposition: 'soft',
  reason: 'mailboxfull',
  source: 'test',
  eventId: `e-${over.t}-${Math.random()}`,
  occurredAt: at(over.t),
  ...over,
})

function run(events: PolicyEvent[], now: number, state: LedgerState = EMPTY_STATE) {
  let s = state
  const outcomes: string[] = []
  for (const e of events) {
    const r = applyPolicy(s, e, now)
    s = r.state
    outcomes.push(r.outcome)
  }
  return { state: s, outcomes }
}

describe('applyPolicy', () => {
  it('counts one message once however many retries of it a provider reports', () => {
    // SendGrid, Mailgun and SES report each retry of one deferred message as an event of its own.
    const retries = [0, 1, 2, 3].map((n) =>
      ev({ t: T0 + n * HOUR, kind: 'deferred', messageId: 'one-message' })
    )
    const same = run(retries, T0 + 4 * HOUR)
    expect(same.outcomes).toEqual(['deferred', 'recorded', 'recorded', 'recorded'])
    expect(same.state.softBounces).toHaveLength(1)
    // Three messages, or events that name none, still count each.
    const three = run(
      ['a', 'b', 'c'].map((id, n) => ev({ t: T0 + n * HOUR, messageId: id })),
      T0 + 3 * HOUR
    )
    expect(three.outcomes).toEqual(['deferred', 'deferred', 'suppressed'])
    const unnamed = run(
      [0, 1, 2].map((n) => ev({ t: T0 + n * HOUR })),
      T0 + 3 * HOUR
    )
    expect(unnamed.outcomes).toEqual(['deferred', 'deferred', 'suppressed'])
    // Once the window has emptied (here a delivery), the same message counts again.
    const delivered = applyPolicy(
      same.state,
      ev({ t: T0 + 5 * HOUR, kind: 'delivered', disposition: 'none' }),
      T0 + 5 * HOUR
    )
    const again = applyPolicy(
      delivered.state,
      ev({ t: T0 + 6 * HOUR, messageId: 'one-message' }),
      T0 + 6 * HOUR
    )
    expect(again.outcome).toBe('deferred')
  })

  it('counts one message once however each door spells its id', () => {
    // SES's notification names "0100…-000000"; the DSN SES also mails to the return path quotes the original's
    // Message-ID "<0100…-000000@email.amazonses.com>". SendGrid keeps the brackets of smtp-id; the raw door drops them.
    const ses = '010001770cc8cfa3-4e1b2a7c-1b9d-4f4a-9c1e-2b7d4e6f8a90-000000'
    const spellings = [ses, `<${ses}@email.amazonses.com>`, `${ses.toUpperCase()}@us-west-2.amazonses.com`]
    const once = run(
      spellings.map((messageId, n) => ev({ t: T0 + n * HOUR, messageId })),
      T0 + 3 * HOUR
    )
    expect(once.outcomes).toEqual(['deferred', 'recorded', 'recorded'])
    const bracketed = run(
      ['<abc123@mail.example.com>', 'abc123@mail.example.com', '<ABC123@mail.example.com>'].map(
        (messageId, n) => ev({ t: T0 + n * HOUR, messageId })
      ),
      T0 + 3 * HOUR
    )
    expect(bracketed.outcomes).toEqual(['deferred', 'recorded', 'recorded'])
    // Another host's id with the same local part is another message.
    const otherHost = run(
      ['abc123@mail.example.com', 'abc123@other.example.net'].map((messageId, n) =>
        ev({ t: T0 + n * HOUR, messageId })
      ),
      T0 + 2 * HOUR
    )
    expect(otherHost.outcomes).toEqual(['deferred', 'deferred'])
  })

  it('keeps soft bounces for the configured window, not the default one', () => {
    const config = { ...DEFAULT_POLICY, softWindowMs: 30 * DAY }
    let state = EMPTY_STATE
    const outcomes: string[] = []
    for (const t of [T0, T0 + 10 * DAY, T0 + 20 * DAY]) {
      const applied = applyPolicy(state, ev({ t }), t, config)
      state = applied.state
      outcomes.push(applied.outcome)
    }
    expect(outcomes).toEqual(['deferred', 'deferred', 'suppressed'])
  })

  it('an operator entry keeps the soft bounces of the configured window, not the default one', () => {
    // A 30-day window: an entry set (and lapsed) between bounces must not shorten what the window holds.
    const config = { ...DEFAULT_POLICY, softWindowMs: 30 * DAY }
    let state = EMPTY_STATE
    for (const t of [T0, T0 + 10 * DAY]) state = applyPolicy(state, ev({ t }), t, config).state
    const entry = {
      reason: 'manual',
      source: 'manual' as const,
      since: at(T0 + 15 * DAY),
      expires_at: at(T0 + 16 * DAY),
      note: null,
      eventId: 'operator-1',
    }
    state = suppressManually(state, entry, T0 + 15 * DAY, config).state
    expect(state.softBounces).toHaveLength(2)
    expect(applyPolicy(state, ev({ t: T0 + 20 * DAY }), T0 + 20 * DAY, config).outcome).toBe('suppressed')
  })

  it('counts a message again once its bounce has left the window, and never trusts a placeholder id', () => {
    // The window slides past the first bounce of "slow-message" while another message's keeps it from emptying.
    let state = EMPTY_STATE
    const outcomes: string[] = []
    for (const [t, messageId] of [
      [T0, 'slow-message'],
      [T0 + 6 * DAY, 'other-message'],
      [T0 + 7 * DAY + HOUR, 'slow-message'],
    ] as const) {
      const applied = applyPolicy(state, ev({ t, messageId }), t)
      state = applied.state
      outcomes.push(applied.outcome)
    }
    expect(outcomes).toEqual(['deferred', 'deferred', 'deferred'])
    const slid = { state }
    expect(slid.state.softBounces).toHaveLength(2)
    // Ids different messages would share ("<>", a template's, an all-zero test id) count every event.
    for (const messageId of [
      '<>',
      '<@mail.example.com>',
      '00000000-0000-0000-0000-000000000000',
      '   ',
      'null',
    ]) {
      const shared = run(
        [0, 1, 2].map((n) => ev({ t: T0 + n * HOUR, messageId })),
        T0 + 3 * HOUR
      )
      expect(shared.outcomes, messageId).toEqual(['deferred', 'deferred', 'suppressed'])
    }
  })

  it('forgets the counted messages with the window: a hard bounce clears them', () => {
    const soft = applyPolicy(EMPTY_STATE, ev({ t: T0, messageId: 'message-1' }), T0)
    expect(soft.state.softMessages).toHaveLength(1)
    const hard = applyPolicy(
      soft.state,
      ev({ t: T0 + HOUR, disposition: 'hard', reason: 'userunknown' }),
      T0 + HOUR
    )
    expect(hard.state.softMessages).toBeUndefined()
    expect(hard.state.softBounces).toEqual([])
  })

  it('suppresses hard bounces and complaints with no expiry', () => {
    for (const disposition of ['hard', 'complaint'] as const) {
      const { state, outcome } = applyPolicy(
        EMPTY_STATE,
        ev({ t: T0, disposition, reason: 'userunknown' }),
        T0
      )
      expect(outcome).toBe('suppressed')
      expect(state.record).toMatchObject({ suppressed: true, expires_at: null, disposition })
    }
  })

  it('leaves a permanent suppression as it is when more hard bounces arrive', () => {
    const first = applyPolicy(EMPTY_STATE, ev({ t: T0, disposition: 'hard', reason: 'userunknown' }), T0)
    const second = applyPolicy(
      first.state,
      ev({ t: T0 + HOUR, disposition: 'complaint', reason: 'feedback' }),
      T0 + HOUR
    )
    expect(second.outcome).toBe('recorded')
    expect(second.state.record).toEqual(first.state.record)
  })

  it('backs off 1 h, then 4 h, and suppresses for 7 days at the third soft bounce', () => {
    const now = T0 + 3 * HOUR
    const { state, outcomes } = run([ev({ t: T0 }), ev({ t: T0 + HOUR })], now)
    expect(outcomes).toEqual(['deferred', 'deferred'])
    expect(state.record).toMatchObject({
      suppressed: false,
      retry_after: at(T0 + HOUR + 4 * HOUR),
      since: at(T0),
    })
    const third = applyPolicy(state, ev({ t: T0 + 2 * HOUR }), now)
    expect(third.outcome).toBe('suppressed')
    expect(third.state.record).toMatchObject({ suppressed: true, expires_at: at(T0 + 2 * HOUR + 7 * DAY) })
    expect(third.state.softBounces).toEqual([])
    expect(third.state.softSuppressions).toBe(1)
  })

  it('caps the backoff and the doubling', () => {
    const config = { ...DEFAULT_POLICY, softLimit: 10, backoffMaxMs: 24 * HOUR }
    let s = EMPTY_STATE
    for (let i = 0; i < 5; i++) s = applyPolicy(s, ev({ t: T0 + i }), T0 + 10, config).state
    expect(Date.parse(s.record!.retry_after!) - (T0 + 4)).toBe(24 * HOUR)
    const escalated: LedgerState = { ...EMPTY_STATE, softSuppressions: 10 }
    const r = run([ev({ t: T0 }), ev({ t: T0 + 1 }), ev({ t: T0 + 2 })], T0 + 3, escalated)
    expect(Date.parse(r.state.record!.expires_at!) - (T0 + 2)).toBe(90 * DAY)
  })

  it('forgets soft bounces older than the window', () => {
    const now = T0 + 8 * DAY
    const { outcomes } = run([ev({ t: T0 }), ev({ t: T0 + HOUR }), ev({ t: now - HOUR })], now)
    expect(outcomes).toEqual(['recorded', 'recorded', 'deferred'])
  })

  it('does not count soft bounces that happened before the last delivery, even if reported after it', () => {
    const delivered = applyPolicy(
      EMPTY_STATE,
      ev({ t: T0 + HOUR, kind: 'delivered', disposition: 'none' }),
      T0 + 2 * HOUR
    )
    const late = applyPolicy(delivered.state, ev({ t: T0 }), T0 + 2 * HOUR)
    expect(late.outcome).toBe('recorded')
    expect(late.state.softBounces).toEqual([])
  })

  it('lets a delivery lift a soft suppression but not a hard one', () => {
    const softly = run([ev({ t: T0 }), ev({ t: T0 + 1 }), ev({ t: T0 + 2 })], T0 + 3).state
    const lifted = applyPolicy(
      softly,
      ev({ t: T0 + HOUR, kind: 'delivered', disposition: 'none' }),
      T0 + HOUR
    )
    expect(lifted).toMatchObject({ outcome: 'cleared', state: { record: null, softSuppressions: 0 } })
    const hard = applyPolicy(EMPTY_STATE, ev({ t: T0, disposition: 'hard', reason: 'userunknown' }), T0).state
    const kept = applyPolicy(hard, ev({ t: T0 + HOUR, kind: 'delivered', disposition: 'none' }), T0 + HOUR)
    expect(kept.outcome).toBe('recorded')
    expect(kept.state.record).toEqual(hard.record)
  })

  it('records blocks and none without touching the state', () => {
    for (const disposition of ['block', 'none'] as const) {
      const r = applyPolicy(EMPTY_STATE, ev({ t: T0, disposition, reason: 'blocked' }), T0)
      expect(r).toEqual({ state: EMPTY_STATE, outcome: 'recorded' })
    }
  })

  it('clamps an event time from the future to now', () => {
    const r = applyPolicy(EMPTY_STATE, ev({ t: T0 + DAY, disposition: 'hard', reason: 'userunknown' }), T0)
    expect(r.state.record?.since).toBe(at(T0))
  })
})

describe('verdict, expiry and alarms', () => {
  it('answers drop, defer or send from a record at a time', () => {
    const soft = run([ev({ t: T0 })], T0).state.record
    expect(verdict('a@b.example', soft, T0).action).toBe('defer')
    expect(verdict('a@b.example', soft, T0 + 2 * HOUR)).toMatchObject({ action: 'send', reason: null })
    expect(verdict('a@b.example', null, T0).action).toBe('send')
  })

  it('expires a lapsed suppression and slides the window', () => {
    const s = run([ev({ t: T0 }), ev({ t: T0 + 1 }), ev({ t: T0 + 2 })], T0 + 3).state
    expect(nextChangeAt(s)).toBe(Date.parse(s.record!.expires_at!))
    const { state, expired } = expireState(s, T0 + 8 * DAY)
    expect(expired?.suppressed).toBe(true)
    expect(state.record).toBeNull()
    expect(nextChangeAt(state)).toBeNull()
  })
})
