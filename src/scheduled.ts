/**
 * The daily maintenance run (cron in wrangler.toml): drops replay-token bindings past their useful life.
 * @module
 */
import type { Env } from './config'
import { describeError, log } from './lib/log'
import { pruneReplayTokens } from './store/d1'

/** Bindings are kept 24 h: well past Mailgun's ~8 h retries and its 9 h timestamp window. */
export const REPLAY_TOKEN_TTL_MS = 24 * 3_600_000

export async function maintenance(env: Env, now: number): Promise<{ replayTokens: number }> {
  try {
    const replayTokens = await pruneReplayTokens(env.DB, new Date(now - REPLAY_TOKEN_TTL_MS).toISOString())
    log('info', 'maintenance.done', { replay_tokens: replayTokens })
    return { replayTokens }
  } catch (err) {
    log('error', 'maintenance.failed', { error: describeError(err) })
    throw err
  }
}
