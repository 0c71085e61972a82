import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fanOut } from '../../src/notify/dispatch'
import type { Notification } from '../../src/notify/types'
import { signingEndpoint } from '../../src/store/endpoints'
import { api, ownEvents, postEvents, uniqueAddress } from '../helpers'
import { createEndpoint, cron, deleteAllEndpoints, deliveriesOf, receiver, verified } from './notify-helpers'

afterEach(async () => {
  await deleteAllEndpoints()
  vi.restoreAllMocks()
})

async function someNotification(): Promise<Notification> {
  const address = uniqueAddress('rot')
  await postEvents(ownEvents.hard(address))
  const res = await api('/v1/changes?limit=1000')
  return ((await res.json()) as { items: Notification[] }).items.find((n) => n.data.address === address)!
}

describe('secret rotation', () => {
  it('signs with both secrets for 24 h, then with the new one only', async () => {
    const { id, secret: old } = await createEndpoint()
    const rotated = (await (await api(`/v1/endpoints/${id}/rotate-secret`, { method: 'POST' })).json()) as {
      secret: string
    }
    const { received } = receiver()
    const n = await someNotification()
    await vi.waitFor(() => expect(received.some((r) => r.headers['webhook-id'] === n.id)).toBe(true), {
      timeout: 8000,
      interval: 100,
    })
    const copy = received.find((r) => r.headers['webhook-id'] === n.id)!
    expect(copy.headers['webhook-signature']!.split(' ')).toHaveLength(2)
    expect(verified(old, copy).id).toBe(n.id)
    expect(verified(rotated.secret, copy).id).toBe(n.id)

    // 24 h later only the new secret signs.
    const at = (ms: number) => new Date(ms).toISOString()
    expect((await signingEndpoint(env.DB, id, at(Date.now())))!.secrets).toEqual([rotated.secret, old])
    const later = await signingEndpoint(env.DB, id, at(Date.now() + 24 * 3_600_000 + 1000))
    expect(later!.secrets).toEqual([rotated.secret])
  })
})

describe('the every-minute sweep', () => {
  it('makes the retries when there is no NOTIFY queue', async () => {
    const { id } = await createEndpoint({ events: ['suppression.created'] })
    receiver((count) => new Response(null, { status: count === 1 ? 500 : 204 }))
    const n = (await (await api('/v1/changes?limit=1000')).json()) as { items: Notification[] }
    const created = n.items.find((x) => x.type === 'suppression.created')!
    const noQueue = { ...env, NOTIFY: undefined }
    await fanOut(noQueue, created, Date.now())
    const [pending] = await deliveriesOf(id)
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 })
    // Not yet due: untouched.
    await cron(Date.now(), noQueue)
    expect((await deliveriesOf(id))[0]).toMatchObject({ attempts: 1 })
    await cron(Date.parse(pending!.next_attempt_at) + 1, noQueue)
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'delivered', attempts: 2 })
  })

  it('with a queue, leaves a due delivery to its queue message unless it is 10 minutes overdue', async () => {
    const { id } = await createEndpoint({ events: ['suppression.created'] })
    receiver((count) => new Response(null, { status: count === 1 ? 500 : 204 }))
    const n = (await (await api('/v1/changes?limit=1000')).json()) as { items: Notification[] }
    const created = n.items.find((x) => x.type === 'suppression.created')!
    // A fan-out without a queue, so no retry message exists: only the sweep can pick it up.
    await fanOut({ ...env, NOTIFY: undefined }, created, Date.now())
    const [pending] = await deliveriesOf(id)
    const due = Date.parse(pending!.next_attempt_at)
    await cron(due + 60_000)
    expect((await deliveriesOf(id))[0]).toMatchObject({ attempts: 1 })
    await cron(due + 11 * 60_000)
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'delivered', attempts: 2 })
  })
})
