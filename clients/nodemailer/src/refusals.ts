/**
 * What the SMTP server refused while Nodemailer sent: per-recipient refusals (`info.rejectedErrors`, or the
 * error of a send every recipient was refused), and a message-level refusal with a reply code, as events to
 * report to Ricochet. A failure without an SMTP answer (connection, TLS), or refused before any recipient was
 * named, says nothing about an address and is not reported.
 * @module
 */
import type { ReportedEventLike } from './types.js'

interface SmtpFailure {
  recipient?: unknown
  responseCode?: unknown
  response?: unknown
}

/** Events for the refusals a sent message's `info` lists. */
export function refusalsOfInfo(info: unknown, context: RefusalContext): ReportedEventLike[] {
  return refusals((info as { rejectedErrors?: unknown } | null)?.rejectedErrors, context)
}

/** Events for a send that failed outright: its per-recipient refusals, else its reply for every recipient. */
export function refusalsOfError(
  error: unknown,
  recipients: readonly string[],
  context: RefusalContext
): ReportedEventLike[] {
  const failure = (error ?? {}) as SmtpFailure & { rejectedErrors?: unknown; command?: unknown }
  const listed = refusals(failure.rejectedErrors, context)
  if (listed.length > 0) return listed
  // A refusal before any recipient was named (greeting, EHLO, AUTH, MAIL FROM) is about the sender, not them.
  if (!isSmtpReply(failure.responseCode) || SENDER_STAGES.test(String(failure.command ?? ''))) return []
  return recipients.map((address) => eventOf(address, failure, context))
}

export interface RefusalContext {
  /** ISO 8601 time of the attempt. */
  occurredAt: string
  messageId: string | null
  provider: string
  /** The message's scope, reported with each refusal. */
  tenant?: string
  stream?: string
}

function refusals(rejectedErrors: unknown, context: RefusalContext): ReportedEventLike[] {
  const errors = Array.isArray(rejectedErrors) ? (rejectedErrors as SmtpFailure[]) : []
  return errors.flatMap((e) =>
    typeof e?.recipient === 'string' && isSmtpReply(e.responseCode) ? [eventOf(e.recipient, e, context)] : []
  )
}

function eventOf(address: string, failure: SmtpFailure, context: RefusalContext): ReportedEventLike {
  const code = String(failure.responseCode)
  const response = typeof failure.response === 'string' ? failure.response.slice(0, 1000) : null
  const status = response ? (/\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1] ?? null) : null
  return {
    address,
    // A 4xx refusal is temporary: the server asks to try later.
    type: code.startsWith('4') ? 'deferred' : 'bounce',
    reply_code: code,
    status,
    diagnostic: response,
    provider: context.provider,
    message_id: context.messageId,
    occurred_at: context.occurredAt,
    ...(context.tenant ? { tenant: context.tenant } : {}),
    ...(context.stream ? { stream: context.stream } : {}),
  }
}

const SENDER_STAGES = /^(CONN|EHLO|HELO|LHLO|STARTTLS|AUTH|MAIL)/i
const isSmtpReply = (code: unknown) => /^[45]\d\d$/.test(String(code ?? ''))
