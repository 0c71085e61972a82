import { describe, expect, it } from 'vitest'
import { dayRates } from '../../src/domain/rates'

const T = { bounceRate: 0.05, complaintRate: 0.001, minSends: 500 }

describe('dayRates', () => {
  it('divides hard bounces and complaints by deliveries plus bounces when sends are unknown', () => {
    const r = dayRates({ hard: 60, soft: 20, block: 20, complaint: 2, none: 900 }, 900, null, T)
    expect(r).toMatchObject({ rate_denominator: 'delivered+bounced', denominator: 1000 })
    expect(r.bounce_rate).toBe(0.06)
    expect(r.complaint_rate).toBe(0.002)
    expect(r.alerts).toEqual(['bounce_rate', 'complaint_rate'])
  })

  it('prefers sends when a door reported them', () => {
    const r = dayRates({ hard: 10 }, 900, 2000, T)
    expect(r).toMatchObject({ rate_denominator: 'sent', denominator: 2000, bounce_rate: 0.005, alerts: [] })
  })

  it('marks nothing below the minimum volume, however high the rate', () => {
    const r = dayRates({ hard: 50 }, 100, null, T)
    expect(r.bounce_rate).toBe(0.333333)
    expect(r.alerts).toEqual([])
  })

  it('states no rate for a day without sends or deliveries', () => {
    expect(dayRates({ hard: 5 }, 0, null, T)).toMatchObject({
      rate_denominator: null,
      denominator: null,
      bounce_rate: null,
      complaint_rate: null,
      alerts: [],
    })
  })

  it('marks a rate exactly at its threshold', () => {
    expect(dayRates({ hard: 50 }, 950, null, T).alerts).toEqual(['bounce_rate'])
  })
})
