/**
 * Worker entry: the HTTP app, raw bounces from Email Routing, the daily maintenance run, the queue consumer for
 * large webhook deliveries, and the AddressLedger Durable Object class.
 * @module
 */
import { newApp } from './app'
import type { Env } from './env'
import type { IngestMessage } from './events'
import { handleEmail } from './pipeline/email'
import { consumeIngest } from './pipeline/ingest'
import { maintenance } from './pipeline/maintenance'

export { AddressLedger } from './ledger/address-ledger'
// The check and reports over Workers RPC, for mailer Workers bound with a service binding.
export { RicochetRpc } from './rpc'

const app = newApp()

export default {
  fetch: app.fetch,
  async email(message, env) {
    await handleEmail(message, env)
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(maintenance(env, controller.scheduledTime))
  },
  async queue(batch, env) {
    await consumeIngest(batch, env)
  },
} satisfies ExportedHandler<Env, IngestMessage>
