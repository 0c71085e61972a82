/**
 * Announcing rate alerts: every quarter hour (the every-minute cron, src/index.ts) today's and yesterday's
 * rates are computed as GET /v1/stats computes them, and each threshold a day crossed becomes one
 * `alert.threshold_crossed` notification, added to the feed once (its id is the day and metric) and fanned out
 * to the subscribed endpoints. Yesterday is included because events of a day keep arriving after midnight.
 * @module
 */
import { config } from '../config'
import type { Env } from '../env'
import { describeError, log } from '../lib/log'
import { DAY_MS } from '../lib/time'
import { alertsFor } from '../notify/alert'
import { fanOut } from '../notify/dispatch'
import type { AlertNotification } from '../notify/types'
import { insertNotificationOnce, removeNotification } from '../store/notifications'
import { statsReport } from './stats'

/** How often the every-minute cron evaluates the alerts (the stats read is two days of events). */
export const ALERT_EVERY_MINUTES = 15

/** Whether the every-minute cron at `scheduledTime` evaluates the alerts. */
export const alertsDue = (scheduledTime: number) =>
  new Date(scheduledTime).getUTCMinutes() % ALERT_EVERY_MINUTES === 0

/** Evaluates yesterday and today (UTC) at `now`; returns the alerts announced now (not those announced before). */
export async function announceRateAlerts(env: Env, now: number): Promise<AlertNotification[]> {
  const thresholds = config(env).alerts
  const from = new Date(Math.floor(now / DAY_MS) * DAY_MS - DAY_MS).toISOString()
  const report = await statsReport(env.DB, from, new Date(now + 1).toISOString(), thresholds)
  const announced: AlertNotification[] = []
  for (const alert of report.days.flatMap((day) => alertsFor(day, thresholds, now))) {
    if (!(await insertNotificationOnce(env.DB, alert))) continue
    if (!(await handOff(env, alert, now))) continue
    announced.push(alert)
    log('warn', 'alert.threshold_crossed', {
      event_id: alert.id,
      day: alert.data.day,
      metric: alert.data.metric,
      rate: alert.data.rate,
    })
  }
  return announced
}

/**
 * Through the queue when bound (its retries), else fanned out here. On failure the alert leaves the feed again,
 * so the next evaluation retries it; deliveries are unique per endpoint and event, so a retried fan-out after a
 * partial one sends nobody the alert twice.
 */
async function handOff(env: Env, alert: AlertNotification, now: number): Promise<boolean> {
  try {
    if (env.NOTIFY) await env.NOTIFY.send({ kind: 'fanout', notification: alert }, { contentType: 'json' })
    else await fanOut(env, alert, now)
    return true
  } catch (err) {
    log('error', 'alert.fanout_failed', { event_id: alert.id, error: describeError(err) })
    await removeNotification(env.DB, alert.id)
    return false
  }
}

/** A failed evaluation (a store unavailable) is logged; the next quarter hour evaluates again. */
export function logAlertFailure(err: unknown): void {
  log('error', 'alert.evaluation_failed', { error: describeError(err) })
}
