/**
 * Splitting inputs into the API's limits: 1000 addresses per check, 1000 events and under 1 MiB per report.
 * @module
 */
import type { ReportedResult, ReportReceipt } from './types.js'

export const CHECK_BATCH = 1000
export const REPORT_BATCH = 1000
/** Under the API's 1 MiB body limit, with room for the envelope. */
export const REPORT_BYTES = 900 * 1024

/** Consecutive slices of at most `size` items, in order. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Consecutive slices of at most `size` items whose JSON stays under `maxBytes` (an item alone may exceed it). */
export function chunksBySize<T>(items: readonly T[], size: number, maxBytes: number): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const item of items) {
    const itemBytes = new TextEncoder().encode(JSON.stringify(item)).length + 1
    if (current.length > 0 && (current.length >= size || bytes + itemBytes > maxBytes)) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(item)
    bytes += itemBytes
  }
  if (current.length > 0) out.push(current)
  return out
}

/** The receipts of consecutive report batches as one: counts summed, indexes shifted to the whole input. */
export function mergeReceipts(receipts: readonly ReportReceipt[], sizes: readonly number[]): ReportReceipt {
  const total: ReportReceipt = {
    received: 0,
    applied: 0,
    duplicates: 0,
    queued: 0,
    ignored: 0,
    invalid: 0,
    errors: [],
  }
  const results: ReportedResult[] = []
  let offset = 0
  for (const [i, receipt] of receipts.entries()) {
    for (const key of COUNTS) total[key] += receipt[key]
    total.errors.push(
      ...receipt.errors.map((e) => ({
        ...e,
        index: e.index + offset,
        message: e.message.replace(/^event \d+:/, `event ${e.index + offset}:`),
      }))
    )
    results.push(...(receipt.results ?? []).map((r) => ({ ...r, index: r.index + offset })))
    offset += sizes[i] ?? 0
  }
  return results.length > 0 ? { ...total, results } : total
}

const COUNTS = ['received', 'applied', 'duplicates', 'queued', 'ignored', 'invalid'] as const
