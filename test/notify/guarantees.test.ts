import { runDurableObjectAlarm } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ledgerFor } from '../../src/ledger/stub'
import type { Notification, NotifyMessage } from '../../src/notify/types'
import { api, insideLedger, lapseRecord, ownEvents, postEvents, uniqueAddress } from '../helpers'
import { createEndpoint, deleteAllEndpoints, receiver, verified } from './notify-helpers'

afterEach(async () => {
  await deleteAllEndpoints()
  vi.restoreAllMocks()
})

async function feedPage(query = ''): Promise<{ items: Notification[]; next_cursor: string }> {
  const res = await api(`/v1/changes${query}`)
  expect(res.status).toBe(200)
  return res.json()
}

const typesOf = async (address: string) =>
  (await feedPage('?limit=1000')).items.filter((n) => n.data.address === address).map((n) => n.type)

/** Swaps the ledger's NOTIFY queue for `queue` (undefined: no binding) and returns the original. */
function swapQueue(address: string, queue: Queue<NotifyMessage> | undefined) {
  return insideLedger(address, (ledger) => {
    const original = ledger.stores.notify
    ledger.stores.notify = queue
    return original
  })
}

const refusing = {
  send: () => Promise.reject(new Error('queue unavailable')),
  sendBatch: () => Promise.reject(new Error('queue unavailable')),
} as unknown as Queue<NotifyMessage>

describe('delivery guarantees', () => {
  it('keeps a notification the queue refused and delivers it from the alarm later', async () => {
    const { secret } = await createEndpoint()
    const { received } = receiver()
    const address = uniqueAddress('refused')
    await postEvents(ownEvents.soft(address))
    const original = await swapQueue(address, refusing)
    // The webhook's answer does not depend on the queue.
    expect((await postEvents(ownEvents.hard(address))).status).toBe(200)
    await vi.waitFor(async () =>
      expect((await ledgerFor(env, address).inspect()).pendingNotifications).toBe(2)
    )
    // Committed, so already in the feed; not yet delivered.
    expect(await typesOf(address)).toEqual(['event.applied', 'event.applied', 'suppression.created'])
    await swapQueue(address, original)
    expect(await runDurableObjectAlarm(ledgerFor(env, address))).toBe(true)
    expect((await ledgerFor(env, address).inspect()).pendingNotifications).toBe(0)
    await vi.waitFor(
      () =>
        expect(
          received.filter((r) => r.body.includes(address) && r.body.includes('suppression.created'))
        ).toHaveLength(1),
      { timeout: 8000, interval: 100 }
    )
    const late = received.find((r) => r.body.includes(address) && r.body.includes('suppression.created'))!
    expect(verified(secret, late).data.seq).toBe(3)
  })

  it('delivers without a NOTIFY binding: the ledger fans out itself', async () => {
    const { secret } = await createEndpoint({ events: ['suppression.created'] })
    const { received } = receiver()
    const address = uniqueAddress('noqueue')
    await postEvents(ownEvents.delivered(address))
    await swapQueue(address, undefined)
    expect((await postEvents(ownEvents.complaint(address))).status).toBe(200)
    await vi.waitFor(() => expect(received.filter((r) => r.body.includes(address))).toHaveLength(1), {
      timeout: 5000,
      interval: 50,
    })
    expect(verified(secret, received.find((r) => r.body.includes(address))!)).toMatchObject({
      type: 'suppression.created',
      data: { address, disposition: 'complaint' },
    })
  })

  it('emits suppression.expired from the alarm when a temporary suppression ends', async () => {
    const address = uniqueAddress('expire')
    const put = await api(`/v1/suppressions/${address}`, {
      method: 'PUT',
      body: JSON.stringify({ expires_at: new Date(Date.now() + 3_600_000).toISOString() }),
    })
    expect(put.status).toBe(200)
    await lapseRecord(address)
    expect(await runDurableObjectAlarm(ledgerFor(env, address))).toBe(true)
    expect(await typesOf(address)).toEqual(['suppression.created', 'suppression.expired'])
  })

  it('announces a delivery that clears a soft suppression as suppression.lifted', async () => {
    const address = uniqueAddress('soft-clear')
    for (let i = 3; i >= 1; i--) await postEvents(ownEvents.soft(address, i))
    await postEvents(ownEvents.delivered(address))
    const types = await typesOf(address)
    expect(types.filter((t) => t !== 'event.applied')).toEqual(['suppression.created', 'suppression.lifted'])
    expect(types.filter((t) => t === 'event.applied')).toHaveLength(4)
  })

  it('reports block events too (sender health) without suppressing', async () => {
    const address = uniqueAddress('block')
    await postEvents(ownEvents.block(address))
    const [applied] = (await feedPage('?limit=1000')).items.filter((n) => n.data.address === address)
    expect(applied).toMatchObject({ type: 'event.applied', data: { disposition: 'block' } })
    expect(applied!.data.event).toMatchObject({ reply_code: '550', status: '5.7.1' })
  })
})

describe('GET /v1/changes', () => {
  it('pages in commit order with next_cursor, and returns the cursor even when empty', async () => {
    const address = uniqueAddress('feed')
    await postEvents(ownEvents.hard(address))
    await postEvents(ownEvents.delivered(address))
    const all = (await feedPage('?limit=1000')).items
    const first = await feedPage('?limit=1')
    expect(first.items).toEqual(all.slice(0, 1))
    const rest = await feedPage(`?limit=1000&after=${first.next_cursor}`)
    expect(rest.items).toEqual(all.slice(1))
    const empty = await feedPage(`?after=${rest.next_cursor}`)
    expect(empty).toEqual({ items: [], next_cursor: rest.next_cursor })
    const mine = all.filter((n) => n.data.address === address)
    expect(mine.map((n) => n.data.seq)).toEqual([1, 2, 3])
  })

  it('refuses a foreign cursor, a limit over 1000 and a wait over 25 s with 400', async () => {
    for (const query of ['?after=bm90LWEtY3Vyc29y', '?after=%7B', '?limit=1001', '?wait=26', '?limit=0']) {
      const res = await api(`/v1/changes${query}`)
      expect(res.status, query).toBe(400)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request')
    }
  })

  it('long-polls: answers as soon as a change commits', async () => {
    const { next_cursor } = await feedPage('?limit=1000')
    const address = uniqueAddress('poll')
    const started = Date.now()
    const poll = api(`/v1/changes?wait=10&after=${next_cursor}`)
    await new Promise((r) => setTimeout(r, 300))
    await postEvents(ownEvents.hard(address))
    const page = (await (await poll).json()) as { items: Notification[] }
    expect(page.items.map((n) => n.data.address)).toContain(address)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
