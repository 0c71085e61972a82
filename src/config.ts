/**
 * The `[vars]` (see `Env` in env.ts), parsed once per environment object with defaults and bounds.
 * @module
 */
import type { Disposition } from './classify'
import type { Env } from './env'
import { log } from './lib/log'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './lib/time'
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
  /** Notifications: the retry schedule's multiplier, and whether local http:// endpoints are accepted. */
  notify: { retryScale: number; allowHttpEndpoints: boolean }
  /** Dispositions a raw bounce to an unsigned address may apply (`TRUST_UNSIGNED_BOUNCES`; domain/bounce-trust.ts). */
  trustUnsignedBounces: ReadonlySet<Disposition>
  /** Envelope senders (addresses, or `@domain`s) whose ARF complaints are believed (`FEEDBACK_LOOP_SENDERS`). */
  feedbackLoopSenders: readonly string[]
  /** Rate thresholds that mark a day in GET /v1/stats (and the dashboard). */
  alerts: AlertThresholds
}

/** A day is marked when a rate reaches its threshold over at least `minSends` sends (or deliveries + bounces). */
export interface AlertThresholds {
  bounceRate: number
  complaintRate: number
  minSends: number
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

/** A whole-number `[var]`: its default (taken from the code that uses it), and the bounds accepted. */
interface IntVar {
  fallback: number
  min: number
  max: number
}

const INT_VARS = {
  SOFT_BOUNCE_LIMIT: { fallback: DEFAULT_POLICY.softLimit, min: 1, max: 100 },
  SOFT_BOUNCE_WINDOW_DAYS: { fallback: DEFAULT_POLICY.softWindowMs / DAY_MS, min: 1, max: 365 },
  SOFT_SUPPRESSION_DAYS: { fallback: DEFAULT_POLICY.softSuppressionDays, min: 1, max: 365 },
  SOFT_SUPPRESSION_MAX_DAYS: { fallback: DEFAULT_POLICY.softSuppressionMaxDays, min: 1, max: 3650 },
  SOFT_BACKOFF_BASE_MINUTES: { fallback: DEFAULT_POLICY.backoffBaseMs / MINUTE_MS, min: 1, max: 10_080 },
  SOFT_BACKOFF_MAX_HOURS: { fallback: DEFAULT_POLICY.backoffMaxMs / HOUR_MS, min: 1, max: 720 },
  NYLAS_MAX_AGE_HOURS: { fallback: 24, min: 1, max: 720 },
  HISTORY_RETENTION_DAYS: { fallback: 400, min: 1, max: 3650 },
  INLINE_EVENT_LIMIT: { fallback: 100, min: 1, max: 100_000 },
  ALERT_MIN_SENDS: { fallback: 500, min: 1, max: 100_000_000 },
} as const satisfies Record<string, IntVar>

/** Fractional `[vars]` (rates between 0 and 1): Amazon SES reviews at a 5 % bounce and 0.1 % complaint rate. */
const RATE_VARS = {
  ALERT_BOUNCE_RATE: 0.05,
  ALERT_COMPLAINT_RATE: 0.001,
} as const

const LOG_REQUEST_MODES = ['all', 'except-checks', 'errors'] as const

/**
 * Every `[var]` with its default, as wrangler.toml should document it (a test compares the two): the defaults
 * live here, in code, and the file only shows them.
 */
export const VAR_DEFAULTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(INT_VARS).map(([name, v]) => [name, String(v.fallback)])),
  LOG_ADDRESSES: 'false',
  LOG_REQUESTS: 'except-checks' satisfies Config['logRequests'],
  NOTIFY_RETRY_SCALE: '1',
  TRUST_UNSIGNED_BOUNCES: 'soft',
  FEEDBACK_LOOP_SENDERS: '',
  SHARE_HARD_BOUNCES: String(DEFAULT_POLICY.shareHardBounces),
  COMPLAINT_SCOPE: DEFAULT_POLICY.complaintScope,
  ...Object.fromEntries(Object.entries(RATE_VARS).map(([name, fallback]) => [name, String(fallback)])),
}

function parseConfig(env: Env): Config {
  const invalid: string[] = []
  const int = (name: keyof typeof INT_VARS) => {
    const { fallback, min, max } = INT_VARS[name]
    const value = env[name]
    if (value === undefined || value.trim() === '') return fallback
    const n = Number(value)
    if (Number.isInteger(n) && n >= min && n <= max) return n
    invalid.push(`${name}=${value.slice(0, 20)} (expected ${min}..${max})`)
    return fallback
  }
  const parsed: Config = {
    policy: {
      softLimit: int('SOFT_BOUNCE_LIMIT'),
      softWindowMs: int('SOFT_BOUNCE_WINDOW_DAYS') * DAY_MS,
      softSuppressionDays: int('SOFT_SUPPRESSION_DAYS'),
      softSuppressionMaxDays: int('SOFT_SUPPRESSION_MAX_DAYS'),
      backoffBaseMs: int('SOFT_BACKOFF_BASE_MINUTES') * MINUTE_MS,
      backoffMaxMs: int('SOFT_BACKOFF_MAX_HOURS') * HOUR_MS,
      shareHardBounces: env.SHARE_HARD_BOUNCES?.trim().toLowerCase() !== 'false',
      complaintScope: complaintScope(env.COMPLAINT_SCOPE, invalid),
    },
    nylasMaxAgeMs: int('NYLAS_MAX_AGE_HOURS') * HOUR_MS,
    historyRetentionDays: int('HISTORY_RETENTION_DAYS'),
    logAddresses: env.LOG_ADDRESSES === 'true',
    logRequests: logRequestsMode(env.LOG_REQUESTS, invalid),
    inlineEventLimit: int('INLINE_EVENT_LIMIT'),
    notify: {
      retryScale: retryScale(env.NOTIFY_RETRY_SCALE, invalid),
      allowHttpEndpoints: env.ALLOW_HTTP_ENDPOINTS === 'true',
    },
    trustUnsignedBounces: trustedDispositions(env.TRUST_UNSIGNED_BOUNCES, invalid),
    feedbackLoopSenders: (env.FEEDBACK_LOOP_SENDERS ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 0),
    alerts: {
      bounceRate: rate(env, 'ALERT_BOUNCE_RATE', invalid),
      complaintRate: rate(env, 'ALERT_COMPLAINT_RATE', invalid),
      minSends: int('ALERT_MIN_SENDS'),
    },
  }
  // A typo in a var must not stop ingestion: the default applies, and the log says so once per isolate.
  if (invalid.length > 0) log('warn', 'config.invalid', { vars: invalid.join('; ') })
  return parsed
}

/** COMPLAINT_SCOPE: `stream` (default) or `tenant`. */
function complaintScope(value: string | undefined, invalid: string[]): PolicyConfig['complaintScope'] {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '') return DEFAULT_POLICY.complaintScope
  if (text === 'stream' || text === 'tenant') return text
  invalid.push(`COMPLAINT_SCOPE=${text.slice(0, 20)} (expected stream or tenant)`)
  return DEFAULT_POLICY.complaintScope
}

function logRequestsMode(value: string | undefined, invalid: string[]): Config['logRequests'] {
  if (value === undefined || value === '') return 'except-checks'
  const mode = LOG_REQUEST_MODES.find((m) => m === value)
  if (mode) return mode
  invalid.push(`LOG_REQUESTS=${value}`)
  return 'except-checks'
}

/** NOTIFY_RETRY_SCALE: a positive number up to 100 (fractions shorten the schedule for tests and local runs). */
function retryScale(value: string | undefined, invalid: string[]): number {
  if (value === undefined || value.trim() === '') return 1
  const n = Number(value)
  if (Number.isFinite(n) && n > 0 && n <= 100) return n
  invalid.push(`NOTIFY_RETRY_SCALE=${value.slice(0, 20)} (expected a number > 0 and <= 100)`)
  return 1
}

const TRUSTABLE = ['hard', 'soft', 'complaint'] as const

/** `true` (all), `false`/`none`, or a comma list of `hard`, `soft`, `complaint`; default `soft` only. */
function trustedDispositions(value: string | undefined, invalid: string[]): ReadonlySet<Disposition> {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '') return new Set(['soft'])
  if (text === 'true') return new Set(TRUSTABLE)
  if (text === 'false' || text === 'none') return new Set()
  const items = text.split(',').map((s) => s.trim())
  if (items.every((s): s is (typeof TRUSTABLE)[number] => (TRUSTABLE as readonly string[]).includes(s)))
    return new Set(items)
  invalid.push(`TRUST_UNSIGNED_BOUNCES=${value!.slice(0, 40)} (expected true, false or hard,soft,complaint)`)
  return new Set(['soft'])
}

function rate(env: Env, name: keyof typeof RATE_VARS, invalid: string[]): number {
  const value = env[name]
  if (value === undefined || value.trim() === '') return RATE_VARS[name]
  const n = Number(value)
  if (Number.isFinite(n) && n > 0 && n <= 1) return n
  invalid.push(`${name}=${value.slice(0, 20)} (expected a fraction in (0, 1])`)
  return RATE_VARS[name]
}
