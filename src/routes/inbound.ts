/**
 * POST /v1/inbound: the raw-bounce parser over an RFC 822 body, for MTAs that pipe bounces (Postfix, Haraka)
 * and for testing. Applies what it finds and answers the results. `?to=`/`?from=` carry the envelope, so the trust
 * rule of the email() handler applies here too (domain/bounce-trust.ts).
 * @module
 */
import { Hono } from 'hono'
import { InboundQuery, validate } from '../api/schemas'
import type { AppEnv, Env } from '../env'
import { MAX_MESSAGE_BYTES, type ReportedEvent } from '../inbound/parse'
import { ApiError, storeCall } from '../lib/errors'
import { readReturnPath } from '../lib/return-path'
import { secretList } from '../lib/secrets'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { receiveBounce, recordMessage } from '../pipeline/receive'

export const inbound = new Hono<AppEnv>()

inbound.post('/', requireScope('write'), limitBody(MAX_MESSAGE_BYTES), async (c) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'message/rfc822' && type !== 'text/plain') {
    throw new ApiError('unsupported_media_type', 'Send the raw message as message/rfc822.')
  }
  const envelope = validate(InboundQuery, c.req.query())
  const receivedAt = new Date(c.get('now')()).toISOString()
  const raw = new Uint8Array(await c.req.arrayBuffer())
  if (raw.length === 0)
    throw new ApiError('invalid_request', 'The body is empty: send the raw bounce message.')
  const signedFor = await signedRecipient(c.env, envelope.to ?? null, receivedAt)
  const { report, applied, untrusted } = await receiveBounce(c.env, raw, {
    via: 'api',
    signedFor,
    envelopeTo: envelope.to ?? null,
    envelopeFrom: envelope.from ?? null,
    receivedAt,
  })
  if (report.results.length === 0) {
    throw new ApiError(
      'invalid_request',
      `No bounce found in this message: ${report.why ?? 'no failed recipient'}.`
    )
  }
  return c.json({
    kind: report.kind,
    message_id: report.messageId,
    results: report.results.map((event, i) => ({
      // What was stored: a recorded-only result carries its stored classification (none, untrusted:…).
      ...resultJson({ ...event, classification: applied[i]?.ledger.classification ?? event.classification }),
      applied: applied[i] ? !applied[i]!.duplicate && untrusted[i] === null : false,
      check: applied[i]?.verdict.action ?? null,
      trusted: untrusted[i] === null,
      untrusted_why: untrusted[i] ?? null,
    })),
    applied: applied.filter((a, i) => !a.duplicate && untrusted[i] === null).length,
    recorded: applied.filter((a, i) => !a.duplicate && untrusted[i] !== null).length,
    duplicates: applied.filter((a) => a.duplicate).length,
  })
})

/**
 * The recipient `?to=` vouches for when it is a return path we signed; undefined for an unsigned address. A
 * token we did not sign is refused (and the message recorded), as the email() handler ignores it.
 */
async function signedRecipient(env: Env, to: string | null, receivedAt: string): Promise<string | undefined> {
  if (!to) return undefined
  const returnPath = await readReturnPath(to, secretList(env.RETURN_PATH_SECRET))
  if (returnPath.kind === 'valid') return returnPath.address
  if (returnPath.kind === 'none') return undefined
  await storeCall(() =>
    recordMessage(env, {
      via: 'api',
      report: null,
      envelopeTo: to,
      outcome: 'unauthenticated',
      why: 'bad return-path token',
      receivedAt,
    })
  )
  throw new ApiError('invalid_signature', 'The return path in ?to= carries a token we did not sign.')
}

/**
 * One result as /v1/inbound has always answered it: the JSON names predate the TypeScript ones and clients read
 * them, so this is the one place they are mapped. `status` is the stated code, else the pseudo one, flagged.
 */
function resultJson(event: ReportedEvent) {
  return {
    recipient: event.address,
    status: event.status ?? event.pseudoStatus,
    pseudoStatus: event.pseudoStatus !== null,
    replycode: event.replyCode,
    diagnostic: event.diagnostic,
    action: event.action,
    command: event.stage,
    reason: event.classification.reason,
    hardbounce: event.classification.hardbounce,
    disposition: event.classification.disposition,
    rule: event.classification.rule,
    feedbacktype: event.feedbackType,
    messageId: event.messageId,
    mailedAs: event.mailedAs,
    forwardedTo: event.forwardedTo,
  }
}
