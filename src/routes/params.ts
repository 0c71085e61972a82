/**
 * Query and body field readers shared by the operator routes: each failure is a 400 with a precise message.
 * @module
 */
import { normalizeAddress } from '../lib/address'
import { ApiError } from '../lib/errors'

export function addressParam(raw: string): string {
  const normalized = normalizeAddress(raw)
  if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${normalized.why}.`)
  return normalized.address
}

export function limitParam(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ApiError('invalid_request', `"limit" must be an integer from 1 to ${max}.`)
  return n
}

/** An ISO 8601 time (or date) → canonical ISO string. */
export function timeParam(name: string, raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  const ms = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN
  if (Number.isNaN(ms)) throw new ApiError('invalid_request', `"${name}" must be an ISO 8601 date or time.`)
  return new Date(ms).toISOString()
}

/** A short identifier-like text (reason, source): letters, digits, `_`, `-`, ≤ 50. */
export function tokenParam(name: string, raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_.:-]{1,50}$/.test(raw)) {
    throw new ApiError('invalid_request', `"${name}" must be 1 to 50 letters, digits, "_", "-", "." or ":".`)
  }
  return raw
}

const DISPOSITIONS = ['hard', 'soft', 'block', 'complaint', 'none', 'manual']

export function dispositionParam(raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  if (typeof raw !== 'string' || !DISPOSITIONS.includes(raw)) {
    throw new ApiError('invalid_request', `"disposition" must be one of ${DISPOSITIONS.join(', ')}.`)
  }
  return raw
}
