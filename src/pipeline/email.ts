/**
 * Cloudflare Email Routing delivers bounces sent to the return-path address here. A bounce is never rejected
 * back to its sender (that would be backscatter); what cannot be read is recorded with the reason.
 * @module
 */

import type { Env } from '../env'
import { MAX_MESSAGE_BYTES } from '../inbound/parse'
import { describeError, log } from '../lib/log'
import { readReturnPath } from '../lib/return-path'
import { secretList } from '../lib/secrets'
import { forwardRawBounce } from '../notify/forward'
import { unsubscribeByMail } from '../operator/unsubscribe'
import { addressHash } from './address-hash'
import { countApplied } from './deliver'
import { receiveBounce, recordMessage } from './receive'

/** Mail to UNSUBSCRIBE_MAILBOX is a `mailto:` unsubscribe, not a bounce. */
function isUnsubscribeMailbox(env: Env, to: string): boolean {
  const mailbox = env.UNSUBSCRIBE_MAILBOX?.trim().toLowerCase()
  return !!mailbox && to.trim().toLowerCase() === mailbox
}

export async function handleEmail(message: ForwardableEmailMessage, env: Env): Promise<void> {
  const started = Date.now()
  const receivedAt = new Date(started).toISOString()
  const to_hash = await addressHash(env, message.to.toLowerCase())
  try {
    if (isUnsubscribeMailbox(env, message.to)) {
      const outcome = await unsubscribeByMail(env, message.headers.get('subject'), started)
      log(outcome === 'applied' || outcome === 'already' ? 'info' : 'warn', 'unsubscribe.mail', {
        outcome,
        to_hash,
      })
      return
    }
    if (message.rawSize > MAX_MESSAGE_BYTES) {
      await recordMessage(env, {
        via: 'email',
        report: null,
        envelopeTo: message.to,
        outcome: 'unparsable',
        why: `larger than ${MAX_MESSAGE_BYTES} bytes`,
        receivedAt,
      })
      log('warn', 'inbound.too_large', { size: message.rawSize, to_hash })
      await forwardRawBounce(message, env)
      return
    }
    const returnPath = await readReturnPath(message.to, secretList(env.RETURN_PATH_SECRET))
    if (returnPath.kind === 'invalid') {
      // Someone mailed a return path with a token we did not sign: counted, never applied.
      await recordMessage(env, {
        via: 'email',
        report: null,
        envelopeTo: message.to,
        outcome: 'unauthenticated',
        why: 'bad return-path token',
        receivedAt,
      })
      log('warn', 'inbound.unauthenticated', { to_hash })
      return
    }
    const raw = new Uint8Array(await new Response(message.raw).arrayBuffer())
    const { report, applied, untrusted } = await receiveBounce(env, raw, {
      via: 'email',
      signedFor: returnPath.kind === 'valid' ? returnPath.address : undefined,
      envelopeTo: message.to,
      envelopeFrom: message.from,
      receivedAt,
    })
    const forwarded = await forwardRawBounce(message, env)
    log('info', 'inbound.received', {
      kind: report.kind,
      results: report.results.length,
      applied: countApplied(applied).applied,
      untrusted: untrusted.filter((why) => why !== null).length,
      why: report.why ?? null,
      // The parse budget stopped taking recipients (a hostile or enormous report): the rest were not read.
      truncated: report.truncated ?? null,
      to_hash,
      ms: Date.now() - started,
      forwarded,
    })
  } catch (err) {
    // Throwing makes Email Routing retry or bounce the bounce; log and let the message go instead. A store
    // failure here loses this one report (Email Routing has no retry we can ask for without backscatter).
    log('error', 'inbound.failed', { error: describeError(err), to_hash, ms: Date.now() - started })
  }
}
