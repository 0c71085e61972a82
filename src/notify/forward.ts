/**
 * Bounce forwarding (SendGrid's Bounce Forwarding), on when BOUNCE_FORWARD_TO is set: every raw bounce the
 * `email()` handler recorded is forwarded unchanged, and a summary of each webhook-reported hard bounce or
 * complaint is sent through the FORWARD_EMAIL `send_email` binding from BOUNCE_FORWARD_FROM, at most one per
 * address per UTC day. Neither ever fails the caller: a failure is logged (and a summary's slot released).
 * @module
 */
import { EmailMessage } from 'cloudflare:email'
import type { Env } from '../env'
import { describeError, log } from '../lib/log'
import { claimSummarySlot, releaseSummarySlot } from '../store/notifications'
import { summaryMessage, wantsSummary } from './summary'
import type { AnyNotification } from './types'

/** Forwards a recorded raw bounce unchanged; false when forwarding is off or failed. */
export async function forwardRawBounce(message: ForwardableEmailMessage, env: Env): Promise<boolean> {
  if (!env.BOUNCE_FORWARD_TO) return false
  try {
    await message.forward(env.BOUNCE_FORWARD_TO)
    return true
  } catch (err) {
    log('error', 'forward.raw_failed', { error: describeError(err) })
    return false
  }
}

/** Sends the notification's summary if it wants one and the address had none today; true when sent. */
export async function sendSummary(env: Env, n: AnyNotification, now: number): Promise<boolean> {
  const { BOUNCE_FORWARD_TO: to, BOUNCE_FORWARD_FROM: from, FORWARD_EMAIL: binding } = env
  if (!to || !from || !binding || n.type === 'alert.threshold_crossed' || !wantsSummary(n)) return false
  const day = new Date(now).toISOString().slice(0, 10)
  if (!(await claimSummarySlot(env.DB, n.data.address, day, new Date(now).toISOString()))) return false
  try {
    await binding.send(new EmailMessage(from, to, summaryMessage(n, from, to, now)))
    log('info', 'forward.summary_sent', { event_id: n.id })
    return true
  } catch (err) {
    await releaseSummarySlot(env.DB, n.data.address, day)
    log('error', 'forward.summary_failed', { event_id: n.id, error: describeError(err) })
    return false
  }
}
