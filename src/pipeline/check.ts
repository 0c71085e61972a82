/**
 * The pre-send check's answers, shared by `GET/POST /v1/check` and the `RicochetRpc` entrypoint: one address
 * (from KV, the edge copy, or from its ledger when asked for a consistent answer) or a batch of up to 1000.
 * @module
 */
import type { z } from 'zod'
import { CheckBatchBody, type CheckBatchResponse, validate } from '../api/schemas'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { normalizeAddress, requireAddress } from '../lib/address'
import { storeCall } from '../lib/errors'
import { type Verdict, verdict } from '../policy'
import { readRecord, readRecords } from '../store/kv'

/** One address's verdict at `now`; throws `invalid_address` for what is not an address. */
export async function checkAddress(
  env: Env,
  input: string,
  now: number,
  options: { consistent?: boolean } = {}
): Promise<Verdict> {
  const address = requireAddress(input)
  if (options.consistent) return storeCall(() => ledgerFor(env, address).check(address, now))
  const record = await storeCall(() => readRecord(env.SUPPRESSIONS, address))
  return verdict(address, record, now)
}

/**
 * A batch body (`{addresses: [...]}`, ≤ 1000) → one verdict per input in input order; an input that is not an
 * address gets an `invalid_address` entry in its place, the others are answered.
 */
export async function checkBatch(
  env: Env,
  body: unknown,
  now: number
): Promise<z.input<typeof CheckBatchResponse>> {
  const inputs = validate(CheckBatchBody, body).addresses
  const normalized = inputs.map((input) => normalizeAddress(input))
  const unique = [...new Set(normalized.flatMap((n) => (n.ok ? [n.address] : [])))]
  const records = await storeCall(() => readRecords(env.SUPPRESSIONS, unique))
  const results = normalized.map((n, i) =>
    n.ok
      ? verdict(n.address, records.get(n.address) ?? null, now)
      : {
          address: typeof inputs[i] === 'string' ? (inputs[i] as string).slice(0, 320) : null,
          error: { code: 'invalid_address' as const, message: `Not a valid e-mail address: ${n.why}.` },
        }
  )
  return { results }
}
