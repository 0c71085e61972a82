/**
 * `alert.threshold_crossed`: the notifications a day's rates announce once they reach the ALERT_* thresholds
 * (the `alerts` GET /v1/stats marks). Pure. Each id is derived from the day and the metric, so the feed, which
 * keeps an id once, makes every crossing announced once however often the day is evaluated.
 * @module
 */
import type { DayRates, RateThresholds } from '../domain/rates'
import type { AlertData, AlertNotification } from './types'

/** One id per day and metric: `evt_alert_20261204_bounce_rate`. */
export function alertId(day: string, metric: AlertData['metric']): string {
  return `evt_alert_${day.replaceAll('-', '')}_${metric}`
}

/** The alert notifications of one day (none unless it crossed a threshold with enough volume). */
export function alertsFor(
  day: DayRates & { day: string },
  thresholds: RateThresholds,
  now: number
): AlertNotification[] {
  const { rate_denominator: basis, denominator } = day
  if (basis === null || denominator === null) return []
  return day.alerts.map((metric) => ({
    id: alertId(day.day, metric),
    type: 'alert.threshold_crossed' as const,
    created_at: new Date(now).toISOString(),
    data: {
      day: day.day,
      metric,
      rate: day[metric] ?? 0,
      threshold: metric === 'bounce_rate' ? thresholds.bounceRate : thresholds.complaintRate,
      rate_denominator: basis,
      denominator,
      min_sends: thresholds.minSends,
    },
  }))
}
