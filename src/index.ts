/**
 * Worker entry: the HTTP app, raw bounces from Email Routing, the daily maintenance run, the queue consumer for
 * large webhook deliveries, and the AddressLedger Durable Object class.
 * @module
 */
import { newApp } from './app'
import type { Env } from './env'
import type { IngestMessage } from './events'
import { consumeNotify } from './notify/consumer'
import { sweepDueDeliveries } from './notify/dispatch'
import type { NotifyMessage } from './notify/types'
// Rate alerts (alert.threshold_crossed), evaluated by the every-minute cron.
import { alertsDue, announceRateAlerts, logAlertFailure } from './operator/alerts'
import { handleEmail } from './pipeline/email'
import { consumeIngest } from './pipeline/ingest'
import { maintenance } from './pipeline/maintenance'

/** The cron that sweeps due notification deliveries (wrangler.toml); any other cron is the daily maintenance. */
const NOTIFY_SWEEP_CRON = '* * * * *'

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
    if (controller.cron === NOTIFY_SWEEP_CRON) {
      ctx.waitUntil(sweepDueDeliveries(env, controller.scheduledTime))
      if (alertsDue(controller.scheduledTime))
        ctx.waitUntil(announceRateAlerts(env, controller.scheduledTime).catch(logAlertFailure))
    } else ctx.waitUntil(maintenance(env, controller.scheduledTime))
  },
  async queue(batch, env) {
    // Routed by queue name: ricochet-notify carries notifications, the others large deliveries.
    if (batch.queue.startsWith('ricochet-notify'))
      await consumeNotify(batch as MessageBatch<NotifyMessage>, env)
    else await consumeIngest(batch as MessageBatch<IngestMessage>, env)
  },
} satisfies ExportedHandler<Env, IngestMessage | NotifyMessage>
