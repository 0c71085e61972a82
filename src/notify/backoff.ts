/**
 * When a failed delivery is tried again: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after each failure, each
 * multiplied by NOTIFY_RETRY_SCALE; after the last, the delivery is `failed`. An endpoint that has failed every
 * attempt for 5 days is disabled. Pure.
 * @module
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../lib/time'

export const RETRY_DELAYS_MS = [
  5_000,
  5 * MINUTE_MS,
  30 * MINUTE_MS,
  2 * HOUR_MS,
  5 * HOUR_MS,
  10 * HOUR_MS,
  10 * HOUR_MS,
] as const

/** The first attempt plus one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

export const DISABLE_AFTER_MS = 5 * DAY_MS

/** The delay before the attempt after `attempts` failed ones, or null when there is none left. */
export function retryDelayMs(attempts: number, scale: number): number | null {
  const delay = RETRY_DELAYS_MS[attempts - 1]
  return delay === undefined ? null : Math.round(delay * scale)
}
