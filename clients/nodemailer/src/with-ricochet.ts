/**
 * `withRicochet(transporter, options)`: the same transporter, whose `sendMail` first checks every recipient with
 * Ricochet (one `checkMany`), removes those it drops or defers, sends to the rest, then reports what the SMTP
 * server refused, so the next send to a dead address is dropped without waiting for a bounce.
 * @module
 */
import { RicochetSuppressedError } from './errors.js'
import { keyOf, recipientsOf, withoutRecipients } from './recipients.js'
import { refusalsOfError, refusalsOfInfo } from './refusals.js'
import type {
  CheckResultLike,
  ReportedEventLike,
  RicochetSendReport,
  ScopeLike,
  WithRicochetOptions,
} from './types.js'

type SendMail = (
  mail: Record<string, unknown>,
  callback?: (err: Error | null, info?: unknown) => void
) => unknown

/** Wraps a Nodemailer transporter (any transport); every other property and method is the transporter's own. */
export function withRicochet<T extends { sendMail: (...args: never[]) => unknown }>(
  transporter: T,
  options: WithRicochetOptions
): T {
  if (!options?.client) throw new TypeError('withRicochet needs { client }: a Ricochet client.')
  const send = (transporter.sendMail as unknown as SendMail).bind(transporter)
  const guarded = (mail: Record<string, unknown>, callback?: (err: Error | null, info?: unknown) => void) => {
    const sent = guardedSend(send, mail ?? {}, options)
    if (typeof callback !== 'function') return sent
    sent.then(
      (info) => callback(null, info),
      (err: Error) => callback(err)
    )
    return undefined
  }
  return new Proxy(transporter, {
    get(target, property, receiver) {
      if (property === 'sendMail') return guarded
      const value = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

async function guardedSend(
  send: SendMail,
  mail: Record<string, unknown>,
  options: WithRicochetOptions
): Promise<unknown> {
  const recipients = recipientsOf(mail)
  const scope = scopeOf(mail, options)
  const verdicts = recipients.length > 0 ? await options.client.checkMany(recipients, scope) : []
  const report: RicochetSendReport = { dropped: [], deferred: [], unverified: [], reported: [] }
  const removed = new Set<string>()
  for (const [i, address] of recipients.entries())
    sortOut(address, verdicts[i], report, removed, mail, options)
  const guardedMail = removed.size > 0 ? withoutRecipients(mail, removed) : mail
  if (guardedMail === null) throw new RicochetSuppressedError(report)

  const context = { occurredAt: new Date().toISOString(), provider: options.provider ?? 'smtp', ...scope }
  const sentTo = recipients.filter((a) => !removed.has(keyOf(a)))
  let info: unknown
  try {
    info = await (send(guardedMail) as Promise<unknown>)
  } catch (error) {
    const messageId =
      typeof (guardedMail as { messageId?: unknown }).messageId === 'string'
        ? (guardedMail.messageId as string)
        : null
    await reportRefusals(refusalsOfError(error, sentTo, { ...context, messageId }), report, options)
    if (error && typeof error === 'object') (error as { ricochet?: RicochetSendReport }).ricochet = report
    throw error
  }
  const messageId =
    typeof (info as { messageId?: unknown })?.messageId === 'string'
      ? (info as { messageId: string }).messageId
      : null
  await reportRefusals(refusalsOfInfo(info, { ...context, messageId }), report, options)
  if (info && typeof info === 'object') (info as { ricochet?: RicochetSendReport }).ricochet = report
  return info
}

/** Files one recipient's verdict: drop and defer are removed (and announced), an unverified send is noted. */
function sortOut(
  address: string,
  verdict: CheckResultLike | undefined,
  report: RicochetSendReport,
  removed: Set<string>,
  mail: unknown,
  options: WithRicochetOptions
): void {
  if (verdict?.action === 'drop') {
    const dropped = { address, reason: verdict.reason ?? verdict.disposition ?? null }
    report.dropped.push(dropped)
    removed.add(keyOf(address))
    options.onDrop?.(dropped, mail)
  } else if (verdict?.action === 'defer') {
    const deferred = { address, retry_after: verdict.retry_after ?? null }
    report.deferred.push(deferred)
    removed.add(keyOf(address))
    options.onDefer?.(deferred, mail)
  } else if (verdict?.unverified) {
    report.unverified.push(address)
  }
}

/** The message's scope: its own `mail.ricochet = {tenant, stream}` over the transport's options. */
function scopeOf(mail: Record<string, unknown>, options: WithRicochetOptions): ScopeLike {
  const own = (mail.ricochet ?? {}) as ScopeLike
  const tenant = typeof own.tenant === 'string' ? own.tenant : options.tenant
  const stream = typeof own.stream === 'string' ? own.stream : options.stream
  return { ...(tenant ? { tenant } : {}), ...(stream ? { stream } : {}) }
}

/** Reports refusals; a failure to report never changes the send's own outcome. */
async function reportRefusals(
  events: ReportedEventLike[],
  report: RicochetSendReport,
  options: WithRicochetOptions
) {
  if (events.length === 0) return
  try {
    await options.client.report(events)
    report.reported.push(...events.map((e) => e.address))
  } catch (error) {
    options.onReportError?.(error)
  }
}
