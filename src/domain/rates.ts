/**
 * Bounce and complaint rates of one day, and whether they cross the alert thresholds. Pure. Sends are not
 * reported by any door yet, so the denominator is stated with each rate: `sent` when known, else `delivered +
 * bounced` (deliveries the providers reported plus hard, soft and block bounces), and no rate at all on a day
 * without any reported delivery.
 * @module
 */

export interface RateThresholds {
  bounceRate: number
  complaintRate: number
  minSends: number
}

export interface DayRates {
  sent: number | null
  delivered: number
  /** What the rates divide by, or null when the day has neither sends nor deliveries. */
  rate_denominator: 'sent' | 'delivered+bounced' | null
  denominator: number | null
  /** Hard bounces over the denominator (Amazon SES's bounce rate counts hard bounces). */
  bounce_rate: number | null
  complaint_rate: number | null
  /** The thresholds this day crossed (only with at least `minSends` in the denominator). */
  alerts: ('bounce_rate' | 'complaint_rate')[]
}

/** The rates of a day from its counts by disposition, its deliveries and (when known) its sends. */
export function dayRates(
  byDisposition: Record<string, number>,
  delivered: number,
  sent: number | null,
  thresholds: RateThresholds
): DayRates {
  const n = (key: string) => byDisposition[key] ?? 0
  const bounced = n('hard') + n('soft') + n('block')
  const basis = sent !== null && sent > 0 ? 'sent' : delivered > 0 ? 'delivered+bounced' : null
  const denominator = basis === 'sent' ? sent : basis ? delivered + bounced : null
  const ratio = (count: number) => (denominator ? round(count / denominator) : null)
  const bounceRate = ratio(n('hard'))
  const complaintRate = ratio(n('complaint'))
  const alerts: DayRates['alerts'] = []
  if (denominator !== null && denominator >= thresholds.minSends) {
    if (bounceRate !== null && bounceRate >= thresholds.bounceRate) alerts.push('bounce_rate')
    if (complaintRate !== null && complaintRate >= thresholds.complaintRate) alerts.push('complaint_rate')
  }
  return {
    sent,
    delivered,
    rate_denominator: basis,
    denominator,
    bounce_rate: bounceRate,
    complaint_rate: complaintRate,
    alerts,
  }
}

/** Six significant decimals: enough for a 0.1 % threshold, short in JSON. */
const round = (x: number) => Math.round(x * 1e6) / 1e6
