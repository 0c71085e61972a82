import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { attemptById, fanOut } from '../../src/notify/dispatch'
import type { Notification } from '../../src/notify/types'
import { api, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'
import { createEndpoint, deleteAllEndpoints, deliveriesOf, receiver, verified } from './notify-helpers'

afterEach(async () => {
  await deleteAllEndpoints()
  vi.restoreAllMocks()
})

/** Every item of the change feed (the file's own storage: only this file's changes). */
async function feed(): Promise<Notification[]> {
  const res = await api('/v1/changes?limit=1000')
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: Notification[] }).items
}

const forAddress = (items: Notification[], address: string) => items.filter((n) => n.data.address === address)

/** Fast retries for tests: the whole schedule in well under a second. */
const fastEnv = { ...env, NOTIFY_RETRY_SCALE: '0.00001' }

describe('a committed change reaches the endpoint, signed', () => {
  it('delivers event.applied and suppression.created for a hard bounce, verifiable with standardwebhooks', async () => {
    const { secret } = await createEndpoint()
    const { received } = receiver()
    const address = uniqueAddress('hard')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))).status).toBe(200)
    await vi.waitFor(() => expect(received.filter((r) => r.body.includes(address)).length).toBe(2), {
      timeout: 8000,
      interval: 100,
    })
    const payloads = received.filter((r) => r.body.includes(address)).map((r) => verified(secret, r))
    expect(payloads.map((p) => p.type).sort()).toEqual(['event.applied', 'suppression.created'])
    const created = payloads.find((p) => p.type === 'suppression.created')!
    expect(created.data).toMatchObject({ address, disposition: 'hard', source: 'nylas', expires_at: null })
    expect(created.data.event).toMatchObject({ provider: 'nylas', reply_code: '550' })
    expect(created.data.explain).toContain('Suppressed since')
    // seq increases per address, in the order of the change's notifications.
    expect(payloads.map((p) => p.data.seq).sort()).toEqual([1, 2])
    for (const r of received) {
      expect(r.headers['webhook-id']).toMatch(/^evt_/)
      expect(r.redirect).toBe('manual')
    }
    // The feed lists the same events under the same ids.
    const listed = forAddress(await feed(), address)
    expect(listed.map((n) => n.id).sort()).toEqual(payloads.map((p) => p.id).sort())
  })

  it('sends nothing for a duplicate event (nothing changed, nothing is invented)', async () => {
    const address = uniqueAddress('dup')
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    await postNylas(body)
    await postNylas(body)
    expect(forAddress(await feed(), address)).toHaveLength(2)
  })

  it('announces an operator lift as suppression.lifted', async () => {
    const address = uniqueAddress('lift')
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    expect((await api(`/v1/suppressions/${address}`, { method: 'DELETE' })).status).toBe(204)
    const types = forAddress(await feed(), address).map((n) => n.type)
    expect(types).toEqual(['event.applied', 'suppression.created', 'suppression.lifted'])
  })

  it('sends an endpoint only the types it asked for', async () => {
    const only = await createEndpoint({ events: ['suppression.lifted'] })
    const { received } = receiver()
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    await fanOut(env, notification, Date.now())
    expect(await deliveriesOf(only.id)).toEqual([])
    expect(received.every((r) => !r.headers['webhook-id'] || r.body.includes(notification.id))).toBe(true)
  })
})

describe('failed deliveries', () => {
  it('retries a 500 on the schedule, then marks it failed; a manual retry sends it again', async () => {
    const { id, secret } = await createEndpoint({ events: ['suppression.created'] })
    const { received } = receiver(() => new Response('down', { status: 500 }))
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    await fanOut(fastEnv, notification, Date.now())
    let [delivery] = await deliveriesOf(id)
    expect(delivery).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_status_code: 500,
      last_error: 'HTTP 500',
    })
    expect(delivery!.next_attempt_at).not.toBeNull()
    for (let i = 0; i < 7; i++) await attemptById(fastEnv, delivery!.id, Date.now())
    ;[delivery] = await deliveriesOf(id, '?status=failed')
    expect(delivery).toMatchObject({ status: 'failed', attempts: 8, next_attempt_at: null })
    // Every copy under the same webhook-id.
    const mine = received.filter((r) => r.body.includes(notification.id))
    expect(mine).toHaveLength(8)
    expect(new Set(mine.map((r) => r.headers['webhook-id']))).toEqual(new Set([notification.id]))
    expect(verified(secret, mine[7]!).id).toBe(notification.id)

    vi.restoreAllMocks()
    receiver()
    const retry = await api(`/v1/endpoints/${id}/deliveries/${delivery!.id}/retry`, { method: 'POST' })
    expect(retry.status).toBe(200)
    expect(await retry.json()).toMatchObject({ status: 'delivered', last_status_code: 200 })
    const again = await api(`/v1/endpoints/${id}/deliveries/${delivery!.id}/retry`, { method: 'POST' })
    expect(again.status).toBe(400)
    expect((await api(`/v1/endpoints/${id}/deliveries/dlv_nope/retry`, { method: 'POST' })).status).toBe(404)
  })

  it('does not follow a redirect: a 302 is a failed attempt', async () => {
    const { id } = await createEndpoint({ events: ['suppression.created'] })
    receiver(() => new Response(null, { status: 302, headers: { location: 'https://10.0.0.1/' } }))
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    await fanOut(env, notification, Date.now())
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: 'pending',
      last_status_code: 302,
      last_error: 'redirect not followed',
    })
  })

  it('counts a network error or a timeout as a failed attempt, without a status code', async () => {
    const { id } = await createEndpoint({ events: ['suppression.created'] })
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(
      new DOMException('The operation timed out.', 'TimeoutError')
    )
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    await fanOut(env, notification, Date.now())
    expect((await deliveriesOf(id))[0]).toMatchObject({
      last_status_code: null,
      last_error: 'no answer within 15 s',
    })
  })

  it('disables an endpoint that has failed every attempt for 5 days, and says so', async () => {
    const { id } = await createEndpoint({ events: ['suppression.created'] })
    receiver(() => new Response('down', { status: 503 }))
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    const start = Date.now()
    await fanOut(env, notification, start)
    const [delivery] = await deliveriesOf(id)
    await attemptById(env, delivery!.id, start + 4 * 86_400_000)
    expect(await (await api(`/v1/endpoints/${id}`)).json()).toMatchObject({ enabled: true })
    await attemptById(env, delivery!.id, start + 5 * 86_400_000 + 1)
    expect(await (await api(`/v1/endpoints/${id}`)).json()).toMatchObject({
      enabled: false,
      disabled_reason: 'every attempt failed for 5 days',
    })
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'failed' })
  })
})

describe('GET /v1/endpoints/{id}/deliveries', () => {
  it('filters by status and pages newest first with next_cursor', async () => {
    const { id } = await createEndpoint()
    receiver((n) => new Response(null, { status: n % 2 === 0 ? 500 : 204 }))
    const notifications = (await feed()).slice(0, 4)
    for (const n of notifications) await fanOut(env, n, Date.now())
    // An earlier test's queued fan-out may still reach this endpoint while the test runs (the queue consumer runs
    // when the machine gets to it): only the deliveries of this test's own notifications are compared.
    const ours = new Set(notifications.map((n) => n.id))
    const own = (items: Record<string, any>[]) => items.filter((d) => ours.has(d.event_id))
    const all = own(await deliveriesOf(id))
    expect(all).toHaveLength(4)
    expect(all.filter((d) => d.status === 'delivered')).toHaveLength(2)
    const pending = await deliveriesOf(id, '?status=pending')
    expect(pending.every((d) => d.status === 'pending')).toBe(true)
    expect(own(pending)).toEqual(all.filter((d) => d.status === 'pending'))
    const paged: Record<string, any>[] = []
    let cursor = ''
    for (let page = 0; page < 10; page++) {
      const res = await api(`/v1/endpoints/${id}/deliveries?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      const body = (await res.json()) as { items: Record<string, any>[]; next_cursor: string | null }
      expect(body.items.length).toBeLessThanOrEqual(3)
      paged.push(...body.items)
      if (!body.next_cursor) break
      cursor = body.next_cursor
    }
    const times = paged.map((d) => d.created_at)
    expect(times).toEqual([...times].sort().reverse())
    expect(own(paged).map((d) => d.id)).toEqual(all.map((d) => d.id))
  })

  it('answers 400 for an unknown status or a foreign cursor, 404 for an unknown endpoint', async () => {
    const { id } = await createEndpoint()
    for (const query of ['?status=lost', '?cursor=eyJ4IjoxfQ', '?limit=501']) {
      const res = await api(`/v1/endpoints/${id}/deliveries${query}`)
      expect(res.status, query).toBe(400)
    }
    expect((await api('/v1/endpoints/ep_00000000/deliveries')).status).toBe(404)
  })
})

describe('attempt logs', () => {
  it('log endpoint id, event id, status and attempt; never the address, payload or secret', async () => {
    const { id, secret } = await createEndpoint({ events: ['suppression.created'] })
    receiver(() => new Response('down', { status: 502 }))
    const notification = (await feed()).find((n) => n.type === 'suppression.created')!
    const lines: string[] = []
    for (const level of ['log', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((line: unknown) => void lines.push(String(line)))
    await fanOut(env, notification, Date.now())
    const attempt = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'notify.attempt')
    expect(attempt).toMatchObject({
      endpoint_id: id,
      event_id: notification.id,
      status_code: 502,
      attempt: 1,
      outcome: 'pending',
    })
    const all = lines.join('\n')
    expect(all).not.toContain(notification.data.address)
    expect(all).not.toContain(secret.slice(6))
    expect(all).not.toContain(notification.data.explain!.slice(0, 30))
  })
})
