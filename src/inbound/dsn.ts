/**
 * RFC 3464 delivery status notifications: one event per recipient block of the delivery-status part, its words
 * completed by the human-readable report. A DSN that names no usable recipient is read as prose.
 * @module
 */

import { uncounted } from '../classify'
import { normalizeAddress, reportedAddress } from '../lib/address'
import { actualForward, aliasMailed, forwardTarget, hiddenTarget, ownCopy } from './alias-mailed'
import { addressField, diagnosticField, type FieldBlock, fieldBlocks } from './fields'
import { affords, type Parts, reportOf } from './mime'
import { entryUnderName, type Report, sentenceAbout, stageOf } from './prose'
import { fromProse } from './prose-report'
import { type Extracted, MAX_RESULTS, type ReportedEvent, reportedEvent } from './result'

export function fromDsn(parts: Parts, originalId: string | null): Extracted {
  const blocks = fieldBlocks(parts.dsn ?? '', true)
  const recipients = blocks.filter((b) => RECIPIENT_FIELDS.some((name) => b.has(name))).slice(0, MAX_RESULTS)
  const report = reportOf(parts)
  const reporting = mtaHost(blocks.find((b) => b.has('reporting-mta'))?.get('reporting-mta'))
  const results: ReportedEvent[] = []
  // How many blocks name each recipient: Exim writes one per failed delivery, each naming the top-level address.
  const named = recipients.map((b) => addressField(b.get('final-recipient'))?.toLowerCase() ?? '')
  const blocksOf = new Map<string, number>()
  for (const name of named) blocksOf.set(name, (blocksOf.get(name) ?? 0) + 1)
  const nullmailer = isNullmailer(blocks, report.text)
  for (const [i, block] of recipients.entries()) {
    // Each recipient looks its sentence up in the report and classifies its diagnostic.
    if (!affords(parts, report.text.length + (block.get('diagnostic-code')?.length ?? 0))) break
    const shared = nullmailer && recipients.length > 1 && !repliesFor(block, named[i]!)
    const event = isDelivered(block)
      ? deliveredEvent(block, originalId)
      : failedEvent(block, report, reporting, originalId, blocksOf.get(named[i]!)!, nullmailer)
    if (event) results.push(shared ? sharedEvent(event) : event)
  }
  if (results.length === 0) return fromProse(parts, originalId)
  return { kind: 'dsn', results }
}

/**
 * nullmailer's report (src/dsn.cc: "Reporting-MTA: x-local-hostname; …" under "This is the nullmailer delivery
 * system."). `nullmailer-send` writes one only when it gives a message up (src/send.cc `bounce_msg`: a permanent
 * failure, or a temporary one past `queuelifetime`), yet in the delay format ("Action: delayed", "has not been
 * delivered") whenever the last status was a 4.x.x; and its SMTP module ends the session at the first refused RCPT
 * (protocols/smtp.cc), so every recipient's block carries that one reply, accepted and untried recipients' too.
 */
function isNullmailer(blocks: readonly FieldBlock[], text: string): boolean {
  return (
    blocks.some((b) => /^\s*x-local-hostname\s*;/i.test(b.get('reporting-mta') ?? '')) &&
    text.includes('This is the nullmailer delivery system')
  )
}

/**
 * Whether a block's reply names its own recipient, as a whole address (not inside `bigjoe@…` or `…example.org.uk`): a
 * shared reply is only the one it names. One that names none (Gmail's "The email account … does not exist") leaves
 * every recipient recorded and none counted: the report cannot say whose it is.
 */
function repliesFor(block: FieldBlock, recipient: string): boolean {
  if (recipient === '') return false
  const reply = (block.get('diagnostic-code') ?? '').toLowerCase()
  for (let at = reply.indexOf(recipient); at >= 0; at = reply.indexOf(recipient, at + 1)) {
    const before = reply[at - 1] ?? ' '
    const after = reply.slice(at + recipient.length, at + recipient.length + 2)
    if (ADDRESS_OPENS.test(before) && !ADDRESS_GOES_ON.test(after)) return true
  }
  return false
}

/** What a reply writes just before an address it names: a space, a bracket or quote, a field's `:`/`=`/`;`/`,`. */
const ADDRESS_OPENS = /^[\s<>([{"'`:;,=]$/
/** An address going on past a match (`joe@example.org.uk`, `joe@example.org-mail.net`): a letter, digit or hyphen. */
const ADDRESS_GOES_ON = /^(?:[\p{L}\p{N}_-]|\.[\p{L}\p{N}_-])/u

/**
 * A failure a shared reply may not be this recipient's: recorded, never counted against the address. A block stays a
 * block (it suppresses no one, and the sender's refusal is the whole session's, every recipient's).
 */
function sharedEvent(event: ReportedEvent): ReportedEvent {
  const { disposition } = event.classification
  if (disposition !== 'hard' && disposition !== 'soft') return event
  return { ...event, classification: uncounted(event.classification, 'recipients:shared') }
}

/**
 * Whether nullmailer's delay-format block is its final word: the queue gave the message up (see {@link isNullmailer})
 * on a reply about the address or its mailbox (4.1.x, 4.2.x). Its remote is always the sender's own smarthost, so its
 * other temporary replies (a queue write error, a timeout) are the sender's trouble, and stay an uncounted delay; a
 * block with Will-Retry-Until is a true delay notice (`nullmailer-dsn --retry-until`).
 */
function nullmailerGaveUp(block: FieldBlock): boolean {
  return (
    !!actionOf(block)?.startsWith('delayed') &&
    !block.has('will-retry-until') &&
    /^\s*4\.[12]\.\d/.test(block.get('status') ?? '')
  )
}

/** The first Diagnostic-Code of a DSN part, if any. */
export function firstDiagnostic(parts: Parts): string | null {
  for (const block of fieldBlocks(parts.dsn ?? '', true)) {
    const d = diagnosticField(block.get('diagnostic-code'))
    if (d) return d
  }
  return null
}

function actionOf(block: FieldBlock): string | null {
  return block.get('action')?.toLowerCase().trim() ?? null
}

/**
 * A delivered (relayed, expanded) recipient, unless its block says it failed after all: a failure Status with a
 * failure diagnostic. A failure Status alone does not: Exchange builds a receipt's Status from non-delivery codes the
 * receipt does not carry (MS-OXCMAIL 2.1.3.6.1), and its "Delivered:" receipts say "Action: delivered", "Status: 5.4.0"
 * and "X-Supplementary-Info: < #2.0.0>", with no Diagnostic-Code. OpenSMTPD before its fix of issues #586/#687 wrote
 * every bounce as "Action: delivered" with its failure's Status and a Diagnostic-Code in words ("smtp; Bad
 * destination mailbox address"): that stays a failure.
 */
function isDelivered(block: FieldBlock): boolean {
  const action = actionOf(block)
  const status = block.get('status') ?? ''
  if (!action || !/^(?:delivered|relayed|expanded)/.test(action)) return /^\s*2\./.test(status)
  if (!/^\s*[45]\./.test(status)) return true
  if (/#\s*2\.\d/.test(block.get('x-supplementary-info') ?? '')) return true
  const diagnostic = diagnosticField(block.get('diagnostic-code'))
  return !diagnostic || /^\s*2\d\d\b/.test(diagnostic)
}

function deliveredEvent(block: FieldBlock, originalId: string | null): ReportedEvent | null {
  const recipient = storableRecipient(block)
  if (!recipient) return null
  return reportedEvent(recipient.address, {
    addressOddity: recipient.oddity,
    kind: 'delivered',
    action: actionOf(block),
    status: statusOf(block),
    diagnostic: diagnosticField(block.get('diagnostic-code')),
    originalId,
  })
}

function failedEvent(
  block: FieldBlock,
  report: Report,
  reporting: string | null,
  originalId: string | null,
  blocks: number,
  nullmailer: boolean
): ReportedEvent | null {
  const recipient = storableRecipient(block)
  if (!recipient) return null
  const { address, oddity, mailedAs } = recipient
  const action = nullmailer && nullmailerGaveUp(block) ? 'failed' : actionOf(block)
  // Exim writes a failure that is no server's reply (TLS required but not offered, a local error) as
  // X-Exim-Diagnostic, and then no Diagnostic-Code: its words are the diagnostic.
  const diagnostic = block.get('diagnostic-code') ?? block.get('x-exim-diagnostic')
  const reply = unwrapSesReply(diagnosticField(diagnostic))
  const sentence =
    sentenceAbout(report.lines, address) ?? entryUnderName(report.lines, block.get('x-display-name'))
  return reportedEvent(address, {
    kind: action?.startsWith('delayed') ? 'deferred' : 'bounce',
    action,
    status: reply.status ?? statusOf(block),
    diagnostic: failureWords(block, withEarlierLines(reply.diagnostic, report), sentence, report.section),
    stage: stageOf(`${sentence ?? ''} ${reply.diagnostic ?? ''}`) ?? report.stage,
    providerType: reporterLabel(block),
    hosts: [reporting, mtaHost(block.get('remote-mta'))].filter((h): h is string => h !== null),
    originalId,
    addressOddity: oddity,
    mailedAs: mailedAs ?? aliasMailed(report.text, address),
    forwardedTo: forwardedTo(block, report.text, address, blocks),
  })
}

/**
 * The forward target a block's failure is (see {@link ReportedEvent.forwardedTo}): Sendmail's block names it as
 * X-Actual-Recipient, one per target, a pipe or a file too ("X-Unix; |/usr/bin/vacation joe": one more target of the
 * alias, whose failure says nothing of its mailbox, but for its own delivery agent or spool file, alias-mailed
 * `ownCopy`); Exim's blocks name only the top-level address (`blocks` of them for this one), and the text pairs it
 * with its target.
 */
function forwardedTo(block: FieldBlock, text: string, address: string, blocks: number): string | null {
  const field = block.get('x-actual-recipient')
  const unix = field === undefined ? null : /^\s*x-unix\s*;\s*(\S.*)$/i.exec(field)?.[1]?.trim()
  if (unix) return ownCopy(unix, address) && !VACATION.test(unix) ? null : unix.slice(0, 320)
  const actual = actualForward(text, address, addressField(field))
  if (actual !== null) return actual ?? null
  return forwardTarget(text, address, blocks) ?? hiddenTarget(text, address)
}

/**
 * vacation(1) in the block's own X-Actual-Recipient: it only answers the sender, so its failure is never the mailbox's
 * own copy, whatever login it names. Sendmail reports "\joe, |/usr/bin/vacation joe" target by target, so a block that
 * names the vacation program is that program's failure alone (a real Sendmail 8.17 wrote one, "X-Unix; 1", for a live
 * mailbox whose vacation database could not be written; vacation.c exits EX_NOUSER for a login it cannot look up); a
 * mailbox that is gone fails its "\joe" in a block of its own.
 */
const VACATION = /^\|\s*(?:exec\s+)?"?(?:\S*\/)?vacation"?(?:\s|$)/i

/**
 * What the reporting MTA itself says of the failure, as a provider label for the classifier: an `X-Unix`
 * diagnostic is a local delivery program's exit status (the mailer failed, not the address); PowerMTA files each
 * bounce under a category of its own (`X-PowerMTA-BounceCategory: bad-mailbox`), a generic label that decides only
 * when the words and codes do not.
 */
function reporterLabel(block: FieldBlock): string | null {
  if (/^\s*x-unix\s*;/i.test(block.get('diagnostic-code') ?? '')) return 'LocalMailer'
  const category = block.get('x-powermta-bouncecategory')?.trim()
  return category ? `PowerMTA/${category.slice(0, 40)}` : null
}

// Courier 0.x wrote "Final-Receipient:" (its sample DSN in the documentation shows it).
const RECIPIENT_FIELDS = [
  'final-recipient',
  'original-recipient',
  'x-actual-recipient',
  'final-receipient',
] as const

/**
 * The first recipient field that holds a storable address: a Final-Recipient rewritten to an internal alias
 * (`user@mailhub0`) falls back to the Original-Recipient the sender actually mailed. When no field holds one the
 * API would accept, the first the report names is still reported, its oddity noted (never silently dropped). A
 * storable Original-Recipient other than the address reported is the address the sender mailed (`mailedAs`).
 */
function storableRecipient(
  block: FieldBlock
): { address: string; oddity: string | null; mailedAs: string | null } | null {
  const named = RECIPIENT_FIELDS.map((name) => {
    const address = addressField(block.get(name))
    return name === 'original-recipient' && address ? xtextDecoded(address) : address
  }).filter((a): a is string => a !== null)
  for (const address of named) {
    const normalized = normalizeAddress(address)
    if (normalized.ok)
      return {
        address: normalized.address,
        oddity: null,
        mailedAs: mailedAs(block, normalized.address),
      }
  }
  for (const address of named) {
    const reported = reportedAddress(address)
    if (reported.ok) return { address: reported.address, oddity: reported.oddity, mailedAs: null }
  }
  return null
}

/** The storable Original-Recipient when it is not the address reported (see {@link storableRecipient}). */
function mailedAs(block: FieldBlock, reported: string): string | null {
  const original = addressField(block.get('original-recipient'))
  if (!original) return null
  const normalized = normalizeAddress(xtextDecoded(original))
  return normalized.ok && normalized.address !== reported ? normalized.address : null
}

/**
 * The Original-Recipient is the ORCPT parameter, which RFC 3461 writes as xtext ("joe+2Bnews@…" for joe+news@…).
 * Sendmail writes it back as it was received (savemail.c), where Postfix decodes it first. Only the two characters
 * xtext must encode are decoded, "+2B" ("+") and "+3D" ("="): any other "+" and hex pair may be an ordinary
 * plus-address Postfix wrote decoded ("joe+42@…" is no "joeb@…").
 */
function xtextDecoded(address: string): string {
  return address.includes('+') ? address.replace(/\+2B/g, '+').replace(/\+3D/g, '=') : address
}

/**
 * Amazon SES wraps the receiving server's reply in its own words ("5.1.0 - Unknown address error
 * 550-'5.7.1 … Access denied' (delivery attempts: 0)"): the quoted reply is the evidence, with its own code.
 */
function unwrapSesReply(field: string | null): { diagnostic: string | null; status: string | null } {
  const wrapped = field ? /^\s*([45]\.\d{1,3}\.\d{1,3}) - .*?\b([45]\d\d)-'(.+)'/.exec(field) : null
  if (!wrapped) return { diagnostic: field, status: null }
  return {
    diagnostic: `${wrapped[2]} ${wrapped[3]} (${wrapped[1]})`,
    status: /^\s*([245]\.\d{1,3}\.\d{1,3})\b/.exec(wrapped[3]!)?.[1] ?? null,
  }
}

/**
 * The DSN's Diagnostic-Code is the receiving server's words; the prose adds them when the DSN carries none. A
 * Status comment ("5.2.1 (mailbox disabled, not accepting messages)") is the reporting MTA's reading of it.
 */
function failureWords(
  block: FieldBlock,
  diagnostic: string | null,
  sentence: string | null,
  section: string
): string | null {
  const comment = /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\((.{3,200})\)/.exec(block.get('status') ?? '')?.[1]
  const words = diagnostic ?? sentence ?? (section || null)
  return comment && words ? `${words} (${comment})` : (words ?? comment ?? null)
}

/** A transcript line without its "<<<" marker. */
const answer = (line: string) => line.replace(/^\s*(?:<<<\s*)?/, '').trim()

/**
 * The one transcript line that is `reply` (marker aside), or -1: none, or the same line in another recipient's
 * transcript too (whose neighbouring lines are whose is then unknown).
 */
function transcriptLine(lines: readonly string[], reply: string): number {
  const at = lines.findIndex((line) => line.includes(reply) && answer(line) === reply)
  if (at < 0) return -1
  const again = lines.findIndex((line, i) => i > at && line.includes(reply) && answer(line) === reply)
  return again < 0 ? at : -1
}

/** Lines `from` to `to` of a transcript, without their markers, as one reply. */
const answers = (lines: readonly string[], from: number, to: number) =>
  lines
    .slice(from, to + 1)
    .map(answer)
    .join(' ')

/**
 * Sendmail's DSN keeps only the last line of a multi-line reply (`Diagnostic-Code: SMTP; 550 5.1.1 … - gsmtp`);
 * its transcript has the lines before it ("<<< 550-5.1.1 The email account that you tried to reach does not
 * exist."), where the cause usually is. Those lines are put back in front of it. A diagnostic that is a reply's first
 * line ("550-…") is completed from the lines after it instead ({@link withLaterLines}).
 */
function withEarlierLines(diagnostic: string | null, report: Report): string | null {
  const opening = diagnostic ? /^\s*([45]\d\d)-/.exec(diagnostic)?.[1] : undefined
  if (diagnostic && opening) return withLaterLines(diagnostic, opening, report)
  const code = diagnostic ? /^\s*([45]\d\d) /.exec(diagnostic)?.[1] : undefined
  if (!diagnostic || !code || !report.text.includes(`${code}-`)) return diagnostic
  const { lines } = report.lines
  const at = transcriptLine(lines, diagnostic.trim())
  if (at < 0) return diagnostic
  let first = at
  while (first > 0 && answer(lines[first - 1]!).startsWith(`${code}-`)) first--
  return first === at ? diagnostic : answers(lines, first, at)
}

/**
 * Some Sendmail versions keep the *first* line of a multi-line reply instead (`Diagnostic-Code: SMTP; 550-5.7.1 …
 * Our system has detected that this message is`, as a pasted report shows it), its "550-" saying the reply goes on:
 * the transcript's lines after it, to the reply's last ("<<< 550 5.7.1 …"), are put back behind it.
 */
function withLaterLines(diagnostic: string, code: string, report: Report): string {
  const { lines } = report.lines
  const at = transcriptLine(lines, diagnostic.trim())
  if (at < 0) return diagnostic
  let last = at
  while (last + 1 < lines.length && last - at + 1 < MAX_REPLY_LINES) {
    const next = answer(lines[last + 1]!)
    if (!next.startsWith(`${code}-`) && !next.startsWith(`${code} `)) break
    last++
    if (next.startsWith(`${code} `)) break
  }
  return last === at ? diagnostic : answers(lines, at, last)
}
/** How many lines of a multi-line reply are put together at most. */
const MAX_REPLY_LINES = 32

/** "Status: 4.4.7 (unable to deliver …)": the code is the first token. */
function statusOf(block: FieldBlock): string | null {
  return /^\s*([245]\.\d{1,3}\.\d{1,3})/.exec(block.get('status') ?? '')?.[1] ?? null
}

/** `dns; mx.example.net (192.0.2.1, …)` → `mx.example.net`. */
function mtaHost(value: string | undefined): string | null {
  const m = value ? /^\s*(?:dns\s*;\s*)?\[?([a-z0-9.-]+\.[a-z]{2,})\.?\]?/i.exec(value) : null
  return m ? m[1]!.toLowerCase() : null
}
