/**
 * The daily maintenance run (cron in wrangler.toml): prunes history past `HISTORY_RETENTION_DAYS`, removes
 * expired suppressions from the D1 index (KV expires them itself; the ledgers' alarms do the same per address,
 * this catches any an alarm missed), and drops replay-token bindings past their useful life.
 * @module
 */
import { config } from '../config'
import type { Env } from '../env'
import { describeError, log } from '../lib/log'
import { DAY_MS } from '../lib/time'
import { pruneReplayTokens } from '../store/d1'
import { pruneFeed, pruneSummarySlots } from '../store/notifications'
import { pruneHistory } from '../store/queries'

/** Bindings are kept 24 h: well past Mailgun's ~8 h retries and its 9 h timestamp window. */
export const REPLAY_TOKEN_TTL_MS = DAY_MS

export interface MaintenanceResult {
  events: number
  expired: number
  replayTokens: number
}

export async function maintenance(env: Env, now: number): Promise<MaintenanceResult> {
  try {
    const before = new Date(now - config(env).historyRetentionDays * DAY_MS).toISOString()
    const pruned = await pruneHistory(env.DB, before, new Date(now).toISOString())
    const replayTokens = await pruneReplayTokens(env.DB, new Date(now - REPLAY_TOKEN_TTL_MS).toISOString())
    // The change feed is kept as long as the history; forwarding's per-day slots only until the day is over.
    const notifications = await pruneFeed(env.DB, before)
    await pruneSummarySlots(env.DB, new Date(now - DAY_MS).toISOString().slice(0, 10))
    log('info', 'maintenance.done', {
      events: pruned.events,
      expired: pruned.expired,
      replay_tokens: replayTokens,
      notifications,
    })
    return { ...pruned, replayTokens }
  } catch (err) {
    log('error', 'maintenance.failed', { error: describeError(err) })
    throw err
  }
}
