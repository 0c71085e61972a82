/**
 * The pre-send check's answers, shared by `GET/POST /v1/check` and the `RicochetRpc` entrypoint: one address
 * (from KV, the edge copy, or from its ledgers when asked for a consistent answer) or a batch of up to 1000, in a
 * tenant and stream (default: the default tenant's transactional stream). One bulk KV read covers the address,
 * its domain's entry (`@example.com`) and, when ERASURE_KEY is set, its erasure mark.
 * @module
 */
import type { z } from 'zod'
import { CheckBatchBody, type CheckBatchResponse, validate } from '../api/schemas'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { domainKey, normalizeAddress, requireAddress } from '../lib/address'
import { erasureKvKey } from '../lib/erasure'
import { storeCall } from '../lib/errors'
import { DEFAULT_SEND_SCOPE, type SendScope, sendScopeFrom } from '../lib/tenancy'
import type { Verdict } from '../policy'
import { decide, readListValue } from '../policy-verdict'
import { readValues } from '../store/kv'

/** One address's verdict at `now` in `send`; throws `invalid_address` for what is not an address. */
export async function checkAddress(
  env: Env,
  input: string,
  now: number,
  options: { consistent?: boolean; send?: SendScope } = {}
): Promise<Verdict> {
  const address = requireAddress(input)
  const send = options.send ?? DEFAULT_SEND_SCOPE
  if (options.consistent) return storeCall(() => consistentVerdict(env, address, send, now))
  const [answer] = await storeCall(() => verdicts(env, [address], send, now))
  return answer!
}

/** From the ledgers themselves (the address's and its domain's), not KV. */
async function consistentVerdict(env: Env, address: string, send: SendScope, now: number): Promise<Verdict> {
  const [own, domain] = await Promise.all([
    ledgerFor(env, address).inspect(),
    ledgerFor(env, domainKey(address)).inspect(),
  ])
  const value = (s: typeof own) => ({ records: s.state.records, allow: s.state.allowlisted })
  return decide(address, { own: value(own), domain: value(domain), erased: own.erased }, send, now)
}

/** Verdicts for normalized addresses, from one set of bulk KV reads. */
async function verdicts(env: Env, addresses: string[], send: SendScope, now: number): Promise<Verdict[]> {
  const erasure = env.ERASURE_KEY
  const erasedKeys = erasure ? await Promise.all(addresses.map((a) => erasureKvKey(erasure, a))) : []
  const keys = new Set([...addresses, ...addresses.map(domainKey), ...erasedKeys])
  const values = await readValues(env.SUPPRESSIONS, [...keys])
  return addresses.map((address, i) =>
    decide(
      address,
      {
        own: readListValue(values.get(address)),
        domain: readListValue(values.get(domainKey(address))),
        erased: erasedKeys[i] !== undefined && values.get(erasedKeys[i]!) != null,
      },
      send,
      now
    )
  )
}

/**
 * A batch body (`{addresses: [...], tenant?, stream?}`, ≤ 1000) → one verdict per input in input order; an input
 * that is not an address gets an `invalid_address` entry in its place, the others are answered.
 */
export async function checkBatch(
  env: Env,
  body: unknown,
  now: number
): Promise<z.input<typeof CheckBatchResponse>> {
  const parsed = validate(CheckBatchBody, body)
  const inputs = parsed.addresses
  const send = sendScopeFrom(parsed)
  const normalized = inputs.map((input) => normalizeAddress(input))
  const unique = [...new Set(normalized.flatMap((n) => (n.ok ? [n.address] : [])))]
  const answers = await storeCall(() => verdicts(env, unique, send, now))
  const byAddress = new Map(unique.map((address, i) => [address, answers[i]!]))
  const results = normalized.map((n, i) =>
    n.ok
      ? byAddress.get(n.address)!
      : {
          address: typeof inputs[i] === 'string' ? (inputs[i] as string).slice(0, 320) : null,
          error: { code: 'invalid_address' as const, message: `Not a valid e-mail address: ${n.why}.` },
        }
  )
  return { results }
}
