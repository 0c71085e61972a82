/**
 * The `[vars]` (see `Env` in env.ts), parsed once per environment object with defaults and bounds.
 * @module
 */
import type { Env } from './env'
import { log } from './lib/log'
import { DEFAULT_POLICY, type PolicyConfig } from './policy'

export interface Config {
  policy: PolicyConfig
  /** Oldest Nylas notification (by its `time`) still accepted; older ones are treated as replays. */
  nylasMaxAgeMs: number
  /** History rows older than this are pruned by the daily run. */
  historyRetentionDays: number
  logAddresses: boolean
  /**
   * Which request lines to write: `all`; `except-checks` (the default: every line but a successful pre-send
   * check, the one route called before each send); `errors` (4xx/5xx only).
   */
  logRequests: 'all' | 'except-checks' | 'errors'
  /** A delivery with more events than this goes through the `INGEST` queue when one is bound. */
  inlineEventLimit: number
}

const cache = new WeakMap<object, Config>()

/** The validated configuration for `env`; a malformed var falls back to its default (and is logged) rather than breaking ingestion. */
export function config(env: Env): Config {
  let parsed = cache.get(env)
  if (!parsed) {
    parsed = parseConfig(env)
    cache.set(env, parsed)
  }
  return parsed
}

function parseConfig(env: Env): Config {
  const day = 86_400_000
  const invalid: string[] = []
  const int = (name: keyof Env, fallback: number, min: number, max: number) => {
    const value = env[name] as string | undefined
    if (value === undefined || value.trim() === '') return fallback
    const n = Number(value)
    if (Number.isInteger(n) && n >= min && n <= max) return n
    invalid.push(`${name}=${value.slice(0, 20)} (expected ${min}..${max})`)
    return fallback
  }
  const parsed: Config = {
    policy: {
      softLimit: int('SOFT_BOUNCE_LIMIT', DEFAULT_POLICY.softLimit, 1, 100),
      softWindowMs: int('SOFT_BOUNCE_WINDOW_DAYS', 7, 1, 365) * day,
      softSuppressionDays: int('SOFT_SUPPRESSION_DAYS', DEFAULT_POLICY.softSuppressionDays, 1, 365),
      softSuppressionMaxDays: int(
        'SOFT_SUPPRESSION_MAX_DAYS',
        DEFAULT_POLICY.softSuppressionMaxDays,
        1,
        3650
      ),
      backoffBaseMs: int('SOFT_BACKOFF_BASE_MINUTES', 60, 1, 10_080) * 60_000,
      backoffMaxMs: int('SOFT_BACKOFF_MAX_HOURS', 24, 1, 720) * 3_600_000,
    },
    nylasMaxAgeMs: int('NYLAS_MAX_AGE_HOURS', 24, 1, 720) * 3_600_000,
    historyRetentionDays: int('HISTORY_RETENTION_DAYS', 400, 1, 3650),
    logAddresses: env.LOG_ADDRESSES === 'true',
    logRequests: logRequestsMode(env.LOG_REQUESTS, invalid),
    inlineEventLimit: int('INLINE_EVENT_LIMIT', 100, 1, 100_000),
  }
  // A typo in a var must not stop ingestion: the default applies, and the log says so once per isolate.
  if (invalid.length > 0) log('warn', 'config.invalid', { vars: invalid.join('; ') })
  return parsed
}

const LOG_REQUEST_MODES = ['all', 'except-checks', 'errors'] as const

function logRequestsMode(value: string | undefined, invalid: string[]): Config['logRequests'] {
  if (value === undefined || value === '') return 'except-checks'
  const mode = LOG_REQUEST_MODES.find((m) => m === value)
  if (mode) return mode
  invalid.push(`LOG_REQUESTS=${value}`)
  return 'except-checks'
}
