/**
 * The plain-text summary of a webhook-reported hard bounce or complaint (bounce forwarding), as a complete
 * RFC 5322 message: the address, the explain sentence, the evidence, and where its history is. Pure.
 * @module
 */
import { toBase64 } from '../lib/base64'
import { utf8 } from '../lib/crypto'
import type { Notification } from './types'

/** Whether a notification gets a summary: an applied hard bounce or complaint reported by a provider webhook. */
export function wantsSummary(n: Notification): boolean {
  const event = n.data.event
  if (n.type !== 'event.applied' || !event) return false
  if (event.disposition !== 'hard' && event.disposition !== 'complaint') return false
  // Raw bounces are forwarded whole; operator steps are not bounces.
  return !['inbound', 'manual', 'import', 'policy'].includes(event.provider)
}

export function summaryText(n: Notification): string {
  const { data } = n
  const event = data.event!
  const lines = [
    `${data.address}: ${event.disposition === 'complaint' ? 'spam complaint' : 'hard bounce'} reported by ${event.provider}.`,
    '',
    data.explain ?? 'No suppression is in force for this address.',
    '',
    'Evidence:',
    `  event:       ${event.event_id}`,
    `  occurred at: ${event.occurred_at}`,
    `  reason:      ${event.reason ?? '-'} (rule ${event.rule ?? '-'})`,
    `  reply code:  ${event.reply_code ?? '-'}`,
    `  status:      ${event.status ?? '-'}`,
    `  diagnostic:  ${event.diagnostic ?? '-'}`,
    '',
    `History: GET /v1/addresses/${encodeURIComponent(data.address)}/events`,
    `Notification: ${n.id}`,
  ]
  return `${lines.join('\r\n')}\r\n`
}

/** RFC 2047 for a header value that is not plain ASCII. */
function headerValue(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${toBase64(utf8(text))}?=`
}

/** The whole message: headers, then the text as base64 (any UTF-8 survives any relay). */
export function summaryMessage(n: Notification, from: string, to: string, now: number): string {
  const kind = n.data.event?.disposition === 'complaint' ? 'complaint' : 'hard bounce'
  const body = toBase64(utf8(summaryText(n))).replace(/.{1,76}/g, '$&\r\n')
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${headerValue(`Ricochet: ${kind} for ${n.data.address}`)}`,
    `Date: ${new Date(now).toUTCString()}`,
    `Message-ID: <${n.id}.summary@ricochet.invalid>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n')
}
