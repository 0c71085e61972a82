/**
 * The way to an address's AddressLedger: one Durable Object per normalized address.
 * @module
 */
import type { Env } from '../env'

/** The address's ledger stub (the address must already be normalized). */
export function ledgerFor(env: Env, address: string) {
  return env.ADDRESS_LEDGER.get(env.ADDRESS_LEDGER.idFromName(address))
}
