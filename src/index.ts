/**
 * Worker entry: the HTTP app and the AddressLedger Durable Object class.
 * @module
 */
import { newApp } from './app'
import type { Env } from './config'

export { AddressLedger } from './ledger'

const app = newApp()

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
