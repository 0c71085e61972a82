import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fanOut } from '../../src/notify/dispatch'
import type { Notification } from '../../src/notify/types'
import { disableEndpoint } from '../../src/store/endpoints'
import { api, uniqueAddress } from '../helpers'
import { createEndpoint, deleteAllEndpoints, deliveriesOf, receiver } from '../notify/notify-helpers'
import { keyWith, signIn } from './helpers'

afterEach(async () => {
  await deleteAllEndpoints()
  vi.restoreAllMocks()
})

const page = (id: string) => `/dashboard/endpoints/${id}`

async function endpointJson(id: string): Promise<Record<string, unknown>> {
  return (await api(`/v1/endpoints/${id}`)).json()
}

/** The suppression.created and suppression.lifted notifications of one address's suppress and lift. */
async function suppressAndLift(): Promise<Notification[]> {
  const address = uniqueAddress('dash.endpoints')
  const path = `/v1/suppressions/${encodeURIComponent(address)}`
  expect((await api(path, { method: 'PUT', body: '{}' })).status).toBeLessThan(300)
  expect((await api(path, { method: 'DELETE' })).status).toBe(204)
  const feed = (await (await api('/v1/changes?limit=1000')).json()) as { items: Notification[] }
  return feed.items.filter((n) => n.data.address === address)
}

/**
 * An endpoint created after two notifications, each fanned out to it (no queue: no retry is scheduled) while it
 * answers 500, then disabled by the delivery code: two failed deliveries, as after five failing days.
 */
async function endpointWithFailedDeliveries() {
  const notifications = await suppressAndLift()
  expect(notifications.map((n) => n.type)).toEqual(['suppression.created', 'suppression.lifted'])
  const endpoint = await createEndpoint({ events: ['suppression.created', 'suppression.lifted'] })
  receiver(() => new Response('down', { status: 500 }))
  // A second apart, so the log's newest-first order is certain.
  const start = Date.now()
  for (const [i, n] of notifications.entries())
    await fanOut({ ...env, NOTIFY: undefined }, n, start + i * 1000)
  await disableEndpoint(env.DB, endpoint.id, 'failing for 5 days', new Date().toISOString())
  vi.restoreAllMocks()
  return endpoint
}

describe('endpoints page', () => {
  it('adds an endpoint whose whsec_ secret is shown once, then lists it without the secret', async () => {
    const admin = await signIn()
    expect(await (await admin.get('/dashboard')).text()).toContain('href="/dashboard/endpoints"')
    const res = await admin.post('/dashboard/endpoints', {
      url: 'https://hooks.example.com/crm',
      events: ['suppression.created', 'suppression.lifted'],
      description: 'the CRM',
    })
    expect(res.status).toBe(201)
    const secret = /<pre class="secret">(whsec_[^<]+)<\/pre>/.exec(await res.text())?.[1]
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    const list = await (await admin.get('/dashboard/endpoints')).text()
    expect(list).toContain('https://hooks.example.com/crm')
    expect(list).toContain('suppression.created, suppression.lifted')
    expect(list).toContain('the CRM')
    expect(list).not.toContain('whsec_')
    // The same endpoint the API lists.
    const { items } = (await (await api('/v1/endpoints')).json()) as { items: Record<string, unknown>[] }
    expect(items).toEqual([
      expect.objectContaining({
        url: 'https://hooks.example.com/crm',
        description: 'the CRM',
        enabled: true,
      }),
    ])
  })

  it('subscribes to every type when no box is ticked', async () => {
    const admin = await signIn()
    expect((await admin.post('/dashboard/endpoints', { url: 'https://hooks.example.com/all' })).status).toBe(
      201
    )
    const { items } = (await (await api('/v1/endpoints')).json()) as { items: Record<string, unknown>[] }
    expect(items[0]).toMatchObject({ events: null, description: null })
    expect(await (await admin.get('/dashboard/endpoints')).text()).toContain('every type')
  })

  it('refuses a private URL and an unknown type with the API message, creating nothing', async () => {
    const admin = await signIn()
    const privateUrl = await admin.post('/dashboard/endpoints', { url: 'https://10.1.2.3/hook' })
    expect(privateUrl.status).toBe(400)
    expect(await privateUrl.text()).toContain('is refused')
    const badType = await admin.post('/dashboard/endpoints', {
      url: 'https://hooks.example.com/x',
      events: 'suppression.deleted',
    })
    expect(badType.status).toBe(400)
    const { items } = (await (await api('/v1/endpoints')).json()) as { items: unknown[] }
    expect(items).toEqual([])
  })

  it('disables and enables an endpoint, and shows why the delivery code disabled one', async () => {
    const admin = await signIn()
    const { id } = await createEndpoint()
    const off = await admin.post(`${page(id)}/disable`, {})
    expect(off.status).toBe(303)
    expect(off.headers.get('location')).toBe('/dashboard/endpoints?done=endpoint-disabled')
    expect(await endpointJson(id)).toMatchObject({ enabled: false })
    expect(await (await admin.get('/dashboard/endpoints')).text()).toContain('aria-label="Enable ')
    expect((await admin.post(`${page(id)}/enable`, {})).status).toBe(303)
    expect(await endpointJson(id)).toMatchObject({ enabled: true })

    await disableEndpoint(env.DB, id, 'failing for 5 days', new Date().toISOString())
    expect(await (await admin.get('/dashboard/endpoints')).text()).toMatch(
      /disabled since [^<]*: failing for 5 days/
    )
  })

  it('answers 404 for an unknown endpoint', async () => {
    const admin = await signIn()
    expect((await admin.get(page('ep_0000'))).status).toBe(404)
    expect((await admin.post(`${page('ep_0000')}/disable`, {})).status).toBe(404)
  })
})

describe('delivery log', () => {
  it('lists deliveries with a status filter and cursor paging', async () => {
    const admin = await signIn()
    const { id } = await endpointWithFailedDeliveries()
    const all = await (await admin.get(page(id))).text()
    expect(all.match(/<td>failed<\/td>/g)).toHaveLength(2)
    expect(all).toContain('HTTP 500')
    expect(
      (await (await admin.get(`${page(id)}?status=delivered`)).text()).match(/<td>failed<\/td>/g)
    ).toBeNull()

    const first = await (await admin.get(`${page(id)}?limit=1`)).text()
    expect(first).toContain('<td>suppression.lifted</td>')
    const next = /href="([^"]+cursor=[^"]+)">Next page/.exec(first)?.[1]?.replace(/&amp;/g, '&')
    expect(next).toBeDefined()
    const second = await (await admin.get(next!)).text()
    expect(second).toContain('<td>suppression.created</td>')
    expect(second).not.toContain('<td>suppression.lifted</td>')
    // As in the API, a full page links on; the page after the last row is empty and ends the chain.
    const after = /href="([^"]+cursor=[^"]+)">Next page/.exec(second)?.[1]?.replace(/&amp;/g, '&')
    const third = await (await admin.get(after!)).text()
    expect(third).toContain('No deliveries.')
    expect(third).not.toContain('Next page')
  })

  it('retries a failed delivery, which is delivered once the endpoint answers', async () => {
    const admin = await signIn()
    const { id } = await endpointWithFailedDeliveries()
    const [latest] = await deliveriesOf(id)
    const retryPath = `${page(id)}/deliveries/${latest!.id}/retry`
    expect(await (await admin.get(page(id))).text()).toContain(`action="${retryPath}"`)

    // Still disabled: the retry is made and fails again, saying why.
    const whileDisabled = await admin.post(retryPath, {})
    expect(whileDisabled.headers.get('location')).toBe(`${page(id)}?done=retried&n=0`)
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: 'failed',
      last_error: 'the endpoint is disabled',
    })

    await admin.post(`${page(id)}/enable`, {})
    const { received } = receiver()
    const res = await admin.post(retryPath, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${page(id)}?done=retried&n=1`)
    expect(received).toHaveLength(1)
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'delivered', last_status_code: 200 })
    expect(await (await admin.get(`${page(id)}?done=retried&n=1`)).text()).toContain(
      'the delivery was delivered'
    )

    const again = await admin.post(retryPath, {})
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Only a failed delivery can be retried')
  })

  it('refuses a cursor it did not issue and a delivery of another endpoint', async () => {
    const admin = await signIn()
    const { id } = await endpointWithFailedDeliveries()
    expect((await admin.get(`${page(id)}?cursor=bm9wZQ`)).status).toBe(400)
    const other = await createEndpoint()
    const [delivery] = await deliveriesOf(id)
    expect((await admin.post(`${page(other.id)}/deliveries/${delivery!.id}/retry`, {})).status).toBe(404)
  })
})

describe('endpoints page security', () => {
  it.each([
    ['read', ['read']],
    ['write', ['read', 'write']],
  ])('is closed to a %s key, whatever it posts', async (_, scopes) => {
    const { id } = await endpointWithFailedDeliveries()
    const [delivery] = await deliveriesOf(id)
    const user = await signIn(await keyWith(scopes))
    expect(await (await user.get('/dashboard')).text()).not.toContain('href="/dashboard/endpoints"')
    expect((await user.get('/dashboard/endpoints')).status).toBe(403)
    expect((await user.get(page(id))).status).toBe(403)
    expect((await user.post('/dashboard/endpoints', { url: 'https://hooks.example.com/x' })).status).toBe(403)
    expect((await user.post(`${page(id)}/enable`, {})).status).toBe(403)
    expect((await user.post(`${page(id)}/deliveries/${delivery!.id}/retry`, {})).status).toBe(403)
    expect(await endpointJson(id)).toMatchObject({ enabled: false })
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'failed' })
    const { items } = (await (await api('/v1/endpoints')).json()) as { items: unknown[] }
    expect(items).toHaveLength(1)
  })

  it('refuses a form without the CSRF token or with another session token, changing nothing', async () => {
    const admin = await signIn()
    const { id } = await createEndpoint()
    expect(
      (await admin.post('/dashboard/endpoints', { url: 'https://hooks.example.com/x' }, null)).status
    ).toBe(403)
    expect((await admin.post(`${page(id)}/disable`, {}, null)).status).toBe(403)
    const other = await signIn()
    expect((await admin.post(`${page(id)}/disable`, {}, other.csrf)).status).toBe(403)
    expect(await endpointJson(id)).toMatchObject({ enabled: true })
    const { items } = (await (await api('/v1/endpoints')).json()) as { items: unknown[] }
    expect(items).toHaveLength(1)
  })
})
