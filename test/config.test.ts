import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { config, VAR_DEFAULTS } from '../src/config'
import { DEFAULT_POLICY } from '../src/policy'

describe('config', () => {
  it('documents in wrangler.toml [vars] exactly the defaults the code applies', () => {
    const documented = Object.fromEntries(
      Object.keys(VAR_DEFAULTS).map((name) => [name, (env as unknown as Record<string, unknown>)[name]])
    )
    expect(documented).toEqual(VAR_DEFAULTS)
  })

  it('applies the policy defaults when no var is set', () => {
    expect(config({ ...env, ...emptyVars() }).policy).toEqual(DEFAULT_POLICY)
  })

  it('falls back to the default for a malformed or out-of-range var instead of failing', () => {
    const parsed = config({
      ...env,
      SOFT_BOUNCE_LIMIT: 'three',
      SOFT_BOUNCE_WINDOW_DAYS: '0',
      LOG_REQUESTS: 'loud',
    })
    expect(parsed.policy.softLimit).toBe(DEFAULT_POLICY.softLimit)
    expect(parsed.policy.softWindowMs).toBe(DEFAULT_POLICY.softWindowMs)
    expect(parsed.logRequests).toBe('except-checks')
  })

  it('reads TRUST_UNSIGNED_BOUNCES as a list of dispositions, soft only by default or when malformed', () => {
    const trusted = (value?: string) => [
      ...config({ ...env, TRUST_UNSIGNED_BOUNCES: value }).trustUnsignedBounces,
    ]
    expect(trusted(undefined)).toEqual(['soft'])
    expect(trusted('true').sort()).toEqual(['complaint', 'hard', 'soft'])
    expect(trusted('false')).toEqual([])
    expect(trusted('hard, complaint')).toEqual(['hard', 'complaint'])
    expect(trusted('hard,block')).toEqual(['soft'])
  })

  it('reads alert rates as fractions and falls back on a percentage or garbage', () => {
    expect(config({ ...env, ALERT_BOUNCE_RATE: '0.1', ALERT_MIN_SENDS: '50' }).alerts).toEqual({
      bounceRate: 0.1,
      complaintRate: 0.001,
      minSends: 50,
    })
    const bad = config({ ...env, ALERT_BOUNCE_RATE: '5', ALERT_COMPLAINT_RATE: 'low', ALERT_MIN_SENDS: '0' })
    expect(bad.alerts).toEqual({ bounceRate: 0.05, complaintRate: 0.001, minSends: 500 })
  })

  it('reads a valid override in its unit', () => {
    const parsed = config({ ...env, SOFT_BOUNCE_WINDOW_DAYS: '2', SOFT_BACKOFF_BASE_MINUTES: '5' })
    expect(parsed.policy.softWindowMs).toBe(2 * 86_400_000)
    expect(parsed.policy.backoffBaseMs).toBe(5 * 60_000)
  })
})

function emptyVars(): Record<string, undefined> {
  return Object.fromEntries(Object.keys(VAR_DEFAULTS).map((name) => [name, undefined]))
}
