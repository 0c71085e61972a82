/**
 * Path parameter readers shared by the operator routes and the dashboard: each failure is a 400 with a precise
 * message.
 * @module
 */
import { normalizeAddress } from '../lib/address'
import { ApiError } from '../lib/errors'

export function addressParam(raw: string): string {
  const normalized = normalizeAddress(raw)
  if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${normalized.why}.`)
  return normalized.address
}
