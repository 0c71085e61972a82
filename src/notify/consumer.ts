/**
 * The `NOTIFY` queue consumer: fan-out messages from the ledgers and per-delivery retry messages. A store
 * failure retries the message with backoff; delivery failures are the delivery's own business (its row and
 * its retry message), never a reason to redeliver the queue message.
 * @module
 */
import type { Env } from '../env'
import { describeError, log } from '../lib/log'
import { attemptById, fanOut } from './dispatch'
import type { NotifyMessage } from './types'

const RETRY_BASE_SECONDS = 5
const RETRY_MAX_SECONDS = 600

export async function consumeNotify(batch: MessageBatch<NotifyMessage>, env: Env): Promise<void> {
  await Promise.all(batch.messages.map((message) => consumeOne(message, env)))
}

async function consumeOne(message: Message<NotifyMessage>, env: Env): Promise<void> {
  const body = message.body
  try {
    if (body.kind === 'fanout') await fanOut(env, body.notification, Date.now())
    else await attemptById(env, body.deliveryId, Date.now())
    message.ack()
  } catch (err) {
    const delaySeconds = Math.min(RETRY_BASE_SECONDS * 2 ** (message.attempts - 1), RETRY_MAX_SECONDS)
    log('error', 'notify.retry', {
      kind: body.kind,
      attempts: message.attempts,
      delay_s: delaySeconds,
      error: describeError(err),
    })
    message.retry({ delaySeconds })
  }
}
