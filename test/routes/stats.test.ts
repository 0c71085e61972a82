import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { statsReport } from '../../src/operator/stats'
import { api, call, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'

const today = () => new Date().toISOString().slice(0, 10)

async function seedDay(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const address = uniqueAddress('delivered')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txDelivered, { address }))).status).toBe(200)
  }
  await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: uniqueAddress('hard') }))
  await postNylas(nylasEvent(NYLAS_FIXTURES.txComplaint, { address: uniqueAddress('complaint') }))
}

describe('GET /v1/stats rates', () => {
  it('states deliveries, the denominator and the rates per day, with the thresholds in force', async () => {
    await seedDay()
    const res = await api('/v1/stats')
    expect(res.status).toBe(200)
    const stats = (await res.json()) as any
    expect(stats.thresholds).toEqual({ bounce_rate: 0.05, complaint_rate: 0.001, min_sends: 500 })
    const day = stats.days.find((d: { day: string }) => d.day === today())
    expect(day).toMatchObject({
      sent: null,
      delivered: 3,
      rate_denominator: 'delivered+bounced',
      denominator: 4,
      bounce_rate: 0.25,
      complaint_rate: 0.25,
      // Far above both thresholds, but 4 messages are below ALERT_MIN_SENDS (500): not marked.
      alerts: [],
    })
    // Deliveries are not a bounce reason.
    expect(stats.bounce_reasons).not.toHaveProperty('delivered')
    expect(stats.bounce_reasons.userunknown).toBe(1)
  })

  it('marks a day whose rates cross the thresholds with enough volume', async () => {
    const now = Date.now()
    const from = new Date(now - 86_400_000).toISOString()
    const to = new Date(now + 1000).toISOString()
    const report = await statsReport(env.DB, from, to, {
      bounceRate: 0.05,
      complaintRate: 0.001,
      minSends: 4,
    })
    expect(report.days.find((d) => d.day === today())?.alerts).toEqual(['bounce_rate', 'complaint_rate'])
    const lenient = await statsReport(env.DB, from, to, { bounceRate: 0.5, complaintRate: 0.5, minSends: 4 })
    expect(lenient.days.find((d) => d.day === today())?.alerts).toEqual([])
  })

  it('documents the rate fields in OpenAPI', async () => {
    const doc = (await (await call('/openapi.json')).json()) as any
    const schema = doc.paths['/v1/stats'].get.responses['200'].content['application/json'].schema
    const day = schema.properties.days.items
    expect(Object.keys(day.properties)).toEqual(
      expect.arrayContaining([
        'sent',
        'delivered',
        'rate_denominator',
        'bounce_rate',
        'complaint_rate',
        'alerts',
      ])
    )
  })
})

describe('stats by scope', () => {
  it("counts only the tenant's and stream's events when asked, the default tenant holding events without one", async () => {
    const stamp = crypto.randomUUID().slice(0, 6)
    const from = new Date(Date.now() - 60_000).toISOString()
    const to = new Date(Date.now() + 60_000).toISOString()
    const total = async (query: string) =>
      ((await (await api(`/v1/stats?from=${from}&to=${to}${query}`)).json()) as any).days.reduce(
        (n: number, d: any) => n + d.total,
        0
      )
    const before = {
      stats: await total(`&tenant=stats-${stamp}`),
      news: await total(`&tenant=stats-${stamp}&stream=news`),
    }
    await api('/v1/events', {
      method: 'POST',
      body: JSON.stringify({
        tenant: `stats-${stamp}`,
        events: [
          { address: `a.${stamp}@example.com`, type: 'complaint', stream: 'news' },
          { address: `b.${stamp}@example.com`, type: 'complaint', stream: 'billing' },
        ],
      }),
    })
    expect(await total(`&tenant=stats-${stamp}`)).toBe(before.stats + 2)
    expect(await total(`&tenant=stats-${stamp}&stream=news`)).toBe(before.news + 1)
    const bad = await api('/v1/stats?tenant=a%20b')
    expect(((await bad.json()) as any).error.code).toBe('invalid_scope')
  })
})
