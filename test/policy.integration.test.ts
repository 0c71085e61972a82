import { runDurableObjectAlarm } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { ledgerFor } from '../src/ledger/stub'
import { checkAddress, lapseRecord, ownEvents, postEvents, uniqueAddress } from './helpers'

const soft = ownEvents.soft

async function history(address: string) {
  const { results } = await env.DB.prepare('SELECT * FROM events WHERE address = ? ORDER BY seq')
    .bind(address)
    .all()
  return results
}

describe('policy through the pipeline and the ledger (own events on /webhooks/standard)', () => {
  it('defers after the first and second soft bounce, then suppresses with an expiry at the third', async () => {
    const address = uniqueAddress('soft3')
    expect((await postEvents(soft(address, 30))).status).toBe(200)
    const first = await checkAddress(address)
    expect(first).toMatchObject({ action: 'defer', suppressed: false })

    expect((await postEvents(soft(address, 20))).status).toBe(200)
    const second = await checkAddress(address)
    expect(second).toMatchObject({ action: 'defer' })
    // Backoff grows: 1 h after the first, 4 h after the second.
    expect(
      Date.parse(second.retry_after as string) - Date.parse(first.retry_after as string)
    ).toBeGreaterThan(3 * 3_600_000)

    expect((await postEvents(soft(address, 10))).status).toBe(200)
    const third = await checkAddress(address)
    expect(third).toMatchObject({
      action: 'drop',
      suppressed: true,
      disposition: 'soft',
      reason: 'mailboxfull',
    })
    const days = (Date.parse(third.expires_at as string) - Date.parse(third.since as string)) / 86_400_000
    expect(days).toBe(7)
    expect((await history(address)).map((r) => r.action)).toEqual(['deferred', 'deferred', 'suppressed'])
  })

  it('doubles the soft suppression the next time the limit is reached', async () => {
    const address = uniqueAddress('escalate')
    for (const ago of [50, 40, 30]) await postEvents(soft(address, ago))
    // Expire the first suppression in the ledger as if 7 days had passed, then bounce three more times.
    await lapseRecord(address)
    for (const ago of [3, 2, 1]) await postEvents(soft(address, ago))
    const answer = await checkAddress(address, '?consistent=true')
    expect(answer).toMatchObject({ action: 'drop', disposition: 'soft' })
    const days = (Date.parse(answer.expires_at as string) - Date.parse(answer.since as string)) / 86_400_000
    expect(days).toBe(14)
  })

  it('clears the soft window on delivery: two more soft bounces after it only defer', async () => {
    const address = uniqueAddress('reset')
    await postEvents(soft(address, 30))
    await postEvents(soft(address, 20))
    expect((await postEvents(ownEvents.delivered(address))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
    await postEvents(soft(address, 0))
    expect(await checkAddress(address)).toMatchObject({ action: 'defer' })
    const inspect = await ledgerFor(env, address).inspect()
    expect(inspect.state.softBounces).toHaveLength(1)
    expect((await history(address)).map((r) => r.action)).toEqual([
      'deferred',
      'deferred',
      'cleared',
      'deferred',
    ])
  })

  it('never suppresses for a block (reputation refusal), however many arrive', async () => {
    const address = uniqueAddress('block')
    for (let i = 0; i < 4; i++) {
      expect((await postEvents(ownEvents.block(address))).status).toBe(200)
    }
    expect(await checkAddress(address)).toMatchObject({ action: 'send', suppressed: false })
    expect(await env.SUPPRESSIONS.get(address)).toBeNull()
    const rows = await history(address)
    expect(rows).toHaveLength(4)
    expect(
      rows.every((r) => r.disposition === 'block' && r.reason === 'blocked' && r.action === 'recorded')
    ).toBe(true)
  })

  it('counts a redelivered notification once and answers it as a duplicate', async () => {
    const address = uniqueAddress('dup')
    const body = JSON.stringify([{ id: crypto.randomUUID(), ...soft(address) }])
    const first = await postEvents(body)
    expect(await first.json()).toMatchObject({ applied: 1, duplicates: 0 })
    const again = await postEvents(body)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ applied: 0, duplicates: 1 })
    expect(await history(address)).toHaveLength(1)
    expect((await ledgerFor(env, address).inspect()).state.softBounces).toHaveLength(1)
  })

  it('serializes 20 concurrent soft bounces to one address: 20 history rows, one suppression', async () => {
    const address = uniqueAddress('burst')
    const responses = await Promise.all(Array.from({ length: 20 }, () => postEvents(soft(address))))
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    const rows = await history(address)
    expect(rows).toHaveLength(20)
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(20)
    // Limit 3: two deferrals, one suppression, the other 17 arrive while suppressed and are only recorded.
    const actions = rows.map((r) => r.action)
    expect(actions.filter((a) => a === 'suppressed')).toHaveLength(1)
    expect(actions.filter((a) => a === 'deferred')).toHaveLength(2)
    expect(actions.filter((a) => a === 'recorded')).toHaveLength(17)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', disposition: 'soft' })
    const index = await env.DB.prepare('SELECT disposition FROM suppressions WHERE address = ?')
      .bind(address)
      .first()
    expect(index).toEqual({ disposition: 'soft' })
  })

  it('lets the alarm lift an expired soft suppression from KV, the index and the check', async () => {
    const address = uniqueAddress('alarm')
    for (const ago of [3, 2, 1]) await postEvents(soft(address, ago))
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
    const stub = ledgerFor(env, address)
    await lapseRecord(address)
    expect(await runDurableObjectAlarm(stub)).toBe(true)
    expect(await env.SUPPRESSIONS.get(address)).toBeNull()
    expect(
      await env.DB.prepare('SELECT 1 FROM suppressions WHERE address = ?').bind(address).first()
    ).toBeNull()
    expect(await checkAddress(address, '?consistent=true')).toMatchObject({ action: 'send' })
    expect((await history(address)).at(-1)).toMatchObject({
      kind: 'expire',
      action: 'expired',
      provider: 'policy',
    })
  })

  it('answers ?consistent=true from the ledger, matching the KV answer once synced', async () => {
    const address = uniqueAddress('consistent')
    await postEvents(ownEvents.hard(address))
    expect(await checkAddress(address, '?consistent=true')).toEqual(await checkAddress(address))
  })
})
