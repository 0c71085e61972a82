import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { alertsFor } from '../../src/notify/alert'
import type { AnyNotification } from '../../src/notify/types'
import { announceRateAlerts } from '../../src/operator/alerts'
import { api, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'
import { createEndpoint, cron, deleteAllEndpoints, receiver } from './notify-helpers'

afterEach(async () => {
  await deleteAllEndpoints()
  vi.restoreAllMocks()
})

const QUARTER_MS = 15 * 60_000
const today = () => new Date().toISOString().slice(0, 10)
/** Thresholds a five-message day can cross (ALERT_MIN_SENDS is 500 by default); no queue: fan-out runs here. */
const lowVolumeEnv = { ...env, ALERT_MIN_SENDS: '4', NOTIFY: undefined }

/** Today, through signed webhooks: 3 deliveries, 1 hard bounce, 1 complaint (rates 0.25 over 4). */
async function seedDay(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const address = uniqueAddress('alert.delivered')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txDelivered, { address }))).status).toBe(200)
  }
  await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: uniqueAddress('alert.hard') }))
  await postNylas(nylasEvent(NYLAS_FIXTURES.txComplaint, { address: uniqueAddress('alert.complaint') }))
}

async function alertsInFeed(): Promise<AnyNotification[]> {
  const res = await api('/v1/changes?limit=1000')
  const { items } = (await res.json()) as { items: AnyNotification[] }
  return items.filter((n) => n.type === 'alert.threshold_crossed')
}

describe('alert.threshold_crossed', () => {
  beforeAll(seedDay)

  it('announces nothing for a day below ALERT_MIN_SENDS, however high its rates', async () => {
    expect(await announceRateAlerts({ ...env, NOTIFY: undefined }, Date.now())).toEqual([])
    expect(await alertsInFeed()).toEqual([])
  })

  it('takes an alert whose hand-off to the queue failed back out of the feed, for the next run to retry', async () => {
    const downQueue = { send: () => Promise.reject(new Error('queue unavailable')) } as unknown as Queue
    expect(await announceRateAlerts({ ...lowVolumeEnv, NOTIFY: downQueue }, Date.now())).toEqual([])
    expect(await alertsInFeed()).toEqual([])
  })

  it('is evaluated by the every-minute cron each quarter hour, not every minute', async () => {
    const { id } = await createEndpoint({ events: ['alert.threshold_crossed'] })
    const { received } = receiver()
    const nextQuarter = Math.ceil(Date.now() / QUARTER_MS) * QUARTER_MS
    await cron(nextQuarter + 60_000, lowVolumeEnv)
    expect(await alertsInFeed()).toEqual([])
    expect(received).toEqual([])

    await cron(nextQuarter, lowVolumeEnv)
    const feed = await alertsInFeed()
    expect(feed.map((n) => n.id).sort()).toEqual([
      `evt_alert_${today().replaceAll('-', '')}_bounce_rate`,
      `evt_alert_${today().replaceAll('-', '')}_complaint_rate`,
    ])
    expect(feed.find((n) => n.id.endsWith('_bounce_rate'))).toMatchObject({
      type: 'alert.threshold_crossed',
      data: {
        day: today(),
        metric: 'bounce_rate',
        rate: 0.25,
        threshold: 0.05,
        rate_denominator: 'delivered+bounced',
        denominator: 4,
        min_sends: 4,
      },
    })
    // Each reached the endpoint under its feed id. (Signatures are verified in delivery.test.ts; these carry the
    // cron's time, ahead of this clock by more than standardwebhooks' tolerance.)
    expect(received.map((r) => r.headers['webhook-id']).sort()).toEqual(feed.map((n) => n.id).sort())
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual([
      'alert.threshold_crossed',
      'alert.threshold_crossed',
    ])
    const deliveries = (await (await api(`/v1/endpoints/${id}/deliveries`)).json()) as { items: unknown[] }
    expect(deliveries.items).toHaveLength(2)
  })

  it('announces a crossing once, however often the day is evaluated', async () => {
    const { received } = receiver()
    await createEndpoint()
    // The previous test may have announced today's crossings already; either way, once.
    const first = await announceRateAlerts(lowVolumeEnv, Date.now())
    expect(await announceRateAlerts(lowVolumeEnv, Date.now())).toEqual([])
    expect(await announceRateAlerts(lowVolumeEnv, Date.now())).toEqual([])
    expect(received).toHaveLength(first.length)
    expect(await alertsInFeed()).toHaveLength(2)
  })
})

describe('alertsFor', () => {
  const thresholds = { bounceRate: 0.05, complaintRate: 0.001, minSends: 500 }
  const day = {
    day: '2026-12-03',
    sent: null,
    delivered: 950,
    rate_denominator: 'delivered+bounced' as const,
    denominator: 1000,
    bounce_rate: 0.05,
    complaint_rate: 0.0005,
    alerts: ['bounce_rate' as const],
  }

  it('builds one notification per crossed metric, with the threshold and the denominator', () => {
    const [alert, ...rest] = alertsFor(day, thresholds, Date.parse('2026-12-04T00:15:00Z'))
    expect(rest).toEqual([])
    expect(alert).toEqual({
      id: 'evt_alert_20261203_bounce_rate',
      type: 'alert.threshold_crossed',
      created_at: '2026-12-04T00:15:00.000Z',
      data: {
        day: '2026-12-03',
        metric: 'bounce_rate',
        rate: 0.05,
        threshold: 0.05,
        rate_denominator: 'delivered+bounced',
        denominator: 1000,
        min_sends: 500,
      },
    })
  })

  it('builds none for a day without alerts or without a denominator', () => {
    expect(alertsFor({ ...day, alerts: [] }, thresholds, 0)).toEqual([])
    expect(alertsFor({ ...day, rate_denominator: null, denominator: null }, thresholds, 0)).toEqual([])
  })
})
