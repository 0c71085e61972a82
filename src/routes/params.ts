/**
 * Query and body field readers shared by the operator routes: each failure is a 400 with a precise message.
 * @module
 */
import type { z } from 'zod'
import type { SuppressionFilterQuery } from '../api/schemas'
import { normalizeAddress } from '../lib/address'
import { ApiError } from '../lib/errors'
import type { SuppressionFilter } from '../store/queries'

export function addressParam(raw: string): string {
  const normalized = normalizeAddress(raw)
  if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${normalized.why}.`)
  return normalized.address
}

/** The list filter a query asks for (`q` is an address prefix, compared lower-cased). */
export function filterOf(query: z.output<typeof SuppressionFilterQuery>): SuppressionFilter {
  return { ...query, q: query.q?.trim().toLowerCase() || undefined }
}

/** Ledger calls in flight during an import or a restore. */
export const OPERATOR_CONCURRENCY = 16
