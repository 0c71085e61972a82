/**
 * Bounces in prose (Sendmail, qmail, Exim, Exchange, providers' own texts): which recipients failed, chosen from
 * the addresses the report mentions, each with its sentence. The sentence and stage helpers are in `prose.ts`.
 * @module
 */

import { reportedAddress } from '../lib/address'
import { execAll } from '../lib/regex'
import { aliasedEntries, aliasMailed, forwardTarget, hiddenTarget } from './alias-mailed'
import { looksLikeBounce } from './autoreply'
import { forgetSection, withErrorLine } from './error-line'
import { cleanId, type FieldBlock, firstAddress, headerBlock, headerField } from './fields'
import { affords, type Parts, reportOf } from './mime'
import { noticeSections } from './notice-sections'
import {
  ADVICE_ADDRESSES,
  endsALineDotless,
  failedListEntries,
  IGNORED_LOCALS,
  LIVE_ADDRESSES,
  laterSentences,
  loneDotlessAddresses,
  mentionedAddresses,
  NOT_RECIPIENTS,
  type Report,
  reasonAbove,
  SENDER_BY_GRAMMAR,
  sentenceAbout,
  stageOf,
  withoutQuote,
} from './prose'
import { type Extracted, MAX_RESULTS, type ReportedEvent, reportedEvent } from './result'

/** How many recipients a report may name for an undetermined one's later mentions to be read. */
const MAX_REREAD_RECIPIENTS = 8

export function fromProse(parts: Parts, attachedId: string | null): Extracted {
  const report = reportOf(parts)
  // qmail-send and Exim copy the message below the notice's text rather than attaching it: its Message-ID is the
  // original's just the same (a message we sent vouches for its recipient by it). Only where the report is the
  // message's own text (the copy is found from where the report ends): not a person's paste or forward of a bounce.
  const own = !attachedId && !parts.pasteNamed && parts.text.startsWith(report.text)
  const inline = own ? inlineOriginal(parts.text, report.text) : null
  const originalId = attachedId ?? (inline === null ? null : cleanId(headerField(inline, 'message-id')))
  const delayed = isDelayNotice(parts.headers.get('subject') ?? '', report.text)
  const results: ReportedEvent[] = []
  const candidates = recipientsOf(parts, report).slice(0, MAX_RESULTS)
  const reporter = reportingHost(parts.headers)
  // Read only when a sentence needs it, once per report, and only when it names one recipient (see `reasonAbove`).
  let above: string | null | undefined
  const reasonOver = () => {
    if (above === undefined)
      above = candidates.length === 1 ? reasonAbove(report.lines, candidates[0]!) : null
    return above
  }
  const bare = bareEntries(report, candidates)
  const sections = noticeSections(report.lines.lines)
  for (const candidate of candidates) {
    const normalized = reportedAddress(candidate)
    if (!normalized.ok || results.some((r) => r.address === normalized.address)) continue
    // Sendmail's notice lists the recipients it delivered too, and those it still tries (its DSN part, when sent,
    // says the same with Action: delivered / delayed).
    const section = sections.get(candidate.toLowerCase())
    if (section === 'delivered') continue
    // A recipient under a notice's "failed" heading failed, whatever else the notice says is still being tried.
    const deferred = section === 'transient' || (delayed && section !== 'failed')
    if (!affords(parts, report.text.length + results.length)) break
    // A list's entry without an error line of its own, where others have theirs: its own words only (the report's
    // other error lines are the others' reasons).
    const own = bare.has(candidate.toLowerCase())
    const eventFor = (sentence: string | null) => {
      const text = own
        ? (sentence ?? '')
        : withErrorLine(sentence, report.section, reasonOver, normalized.address, candidates.length > 1)
      // A notice's delay words speak for the recipients still queued: one whose own words carry a permanent reply or
      // status, and no temporary one, failed (a mixed notice without headings: "Delivery to the following recipient
      // failed permanently: … 550 5.1.1 …" above "… has been delayed"). Sendmail's warning transcript quotes a 550
      // beside its own "451 4.4.1 … Deferred": still queued.
      const queued = deferred && (section === 'transient' || !failedOutright(text ?? ''))
      return reportedEvent(normalized.address, {
        kind: queued ? 'deferred' : 'bounce',
        action: queued ? 'delayed' : null,
        diagnostic: text || null,
        stage: stageOf(text ?? '') ?? report.stage,
        hosts: hostsOf(text, reporter),
        originalId,
        addressOddity: normalized.oddity,
        mailedAs: aliasMailed(report.text, normalized.address),
        forwardedTo:
          forwardTarget(report.text, normalized.address) ?? hiddenTarget(report.text, normalized.address),
      })
    }
    // The report writes the address as it was mailed: an IDN's U-label form ("joe@bücher.example"), where the key
    // is its A-label form; the sentence is looked for under both.
    let event = eventFor(
      sentenceAbout(report.lines, normalized.address) ??
        (normalized.address === candidate.toLowerCase() ? null : sentenceAbout(report.lines, candidate))
    )
    // A first sentence nothing reads (an NDR's first language, an intro's bare list) leaves the cause to a later
    // mention of the same address: the first of those that decides, else the first sentence's undetermined event.
    // (Only in a report of a few recipients, as an NDR in two languages is: a long list's entries are read once.)
    if (event.classification.rule === 'fallback' && candidates.length <= MAX_REREAD_RECIPIENTS)
      for (const later of laterSentences(report.lines, normalized.address)) {
        // Each further reading is charged as a recipient's is: a hostile report of many undetermined entries
        // mentioned again and again stays within the message's budget.
        if (!affords(parts, report.section.length)) break
        const other = eventFor(later)
        if (other.classification.rule !== 'fallback') {
          event = other
          break
        }
      }
    results.push(event)
  }
  forgetSection()
  return {
    kind: 'prose',
    results,
    why: results.length === 0 ? 'no recipient found in the report' : undefined,
  }
}

/**
 * A permanent SMTP reply code or enhanced status in a recipient's own words ("550 …", "5.1.1"), and no temporary one
 * nor Sendmail's "<joe@…>... Deferred" (its warning quotes the server's 550 in the transcript above).
 */
const failedOutright = (text: string) => PERMANENT_CODE.test(text) && !TEMPORARY_CODE.test(text)
// A reply code, not a quantity ("552 KB", "after 540 seconds") nor a phone number ("555-0100"); a status of RFC
// 3463's classes (not a date such as "5.12.26").
const PERMANENT_CODE =
  /(?<![\w.-])5[0-5]\d(?:-(?!\d{3,4}\b)| (?!(?:bytes?|[kmg]i?b|kbytes|seconds?|secs?|minutes?|mins?|hours?|days?)\b)|$)|(?<![\w.-])5\.[0-7]\.\d{1,3}(?![\w.-])/i
const TEMPORARY_CODE =
  /(?<![\w.-])4[0-5]\d(?=[ -]|$)|(?<![\w.-])4\.\d{1,3}\.\d{1,3}(?![\w.-])|\.\.\. deferred\b/i

/**
 * The candidates that are entries of a list of failed recipients with no error line of their own, where another
 * candidate has one (lower-cased): their reason is not the report's other lines'.
 */
function bareEntries(report: Report, candidates: string[]): Set<string> {
  if (candidates.length < 2) return new Set()
  const { lines } = report.lines
  const listed = failedListEntries(lines, new Set(), () => quotedMessageStart(lines)).map((a) =>
    a.toLowerCase()
  )
  if (listed.length === 0) return new Set()
  const erroneous = new Set(onErrorLines(report, candidates).map((a) => a.toLowerCase()))
  if (erroneous.size === 0) return new Set()
  const named = new Set(candidates.map((c) => c.toLowerCase()))
  return new Set(listed.filter((a) => !erroneous.has(a) && named.has(a)))
}

/**
 * The line where a quoted message begins in the report (a forwarding marker, or a run of two or more header lines
 * with one of a message's own fields) after the report has said what failed; or the number of lines when none
 * does. A forwarded report's own wrapper, above any failure, quotes the report itself: its lists are read.
 */
function quotedMessageStart(lines: readonly string[]): number {
  let run = 0
  let own = false
  let failed = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (failed && FORWARDED.test(line)) return i
    if (ANY_FIELD.test(line)) {
      run++
      own ||= MESSAGE_FIELD.test(line)
      if (failed && run >= 2 && own) return i - run + 1
    } else {
      if (!(run > 0 && /^[ \t]+\S/.test(line))) {
        run = 0
        own = false
      }
      failed ||= FAILURE_SAID.test(line)
    }
  }
  return lines.length
}
/** A report's words that something failed, above a quoted message. */
const FAILURE_SAID =
  /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|undeliver|could not be delivered|not delivered|delivery (?:has )?failed|\bfailed\b|rejected|unknown/i
const FORWARDED = /^[ \t]*(?:-{2,}[ \t]*forwarded (?:message|text)|begin forwarded message:)/i

/**
 * The remote server a sentence quotes, as a DSN's Remote-MTA names it: Postfix's "host mx.example.org[192.0.2.1]
 * said:" and Exim's "host mx.example.org [192.0.2.1]: 550 …". Lets a provider's own rule read its replies when the
 * recipient's domain is hosted there (a Workspace domain's "aspmx.l.google.com").
 */
function hostsOf(text: string | null, reporter: string | null): string[] | undefined {
  const remote = text ? REMOTE_HOST.exec(text)?.[1]?.toLowerCase() : undefined
  // The reporter's rule reads only its own words: a quoted reply (any SMTP code) is another server's (QQ's bounce
  // quoting a gateway's "550 Mailbox unavailable or access denied" is not QQ's code table speaking).
  const own = reporter !== null && !/\b[245]\d\d\b/.test(text ?? '')
  const hosts = [...(remote ? [remote] : []), ...(own ? [reporter] : [])]
  return hosts.length > 0 ? hosts : undefined
}

/**
 * The domain of the daemon that wrote the report (From: mailer-daemon@googlemail.com), as a DSN's Reporting-MTA
 * names it: a provider's own sentences ("because the address couldn't be found") are read with its rule.
 */
function reportingHost(headers: FieldBlock): string | null {
  const from = firstAddress(headers.get('from'))
  const at = from ? from.lastIndexOf('@') : -1
  if (!from || at < 0 || !/^(?:mailer-daemon|postmaster|mail-daemon|maildaemon)$/i.test(from.slice(0, at)))
    return null
  const domain = from.slice(at + 1).toLowerCase()
  return OWN_WORDS_REPORTERS.has(domain) ? domain : null
}

/**
 * Reporters whose rule is written for their own notices' sentences (Google's "Address not found" notices): other
 * providers' tables are their servers' replies, which a daemon's text may quote without a code (Cox's "Recipient
 * rejected", Yahoo's "is no longer valid") about another server entirely.
 */
const OWN_WORDS_REPORTERS: ReadonlySet<string> = new Set(['googlemail.com', 'google.com', 'gmail.com'])
const REMOTE_HOST = /\bhost ([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,16}) ?\[/

/** The failed recipients the report names; else the returned original's addressee. */
function recipientsOf(parts: Parts, report: Report): string[] {
  // Asked only when a last resort is reached, and then once.
  let presents: boolean | undefined
  const bounceLike = () => (presents ??= presentsAsBounce(parts))
  const candidates = withoutDisplayNames(candidateRecipients(parts.headers, report, bounceLike), report)
  if (candidates.length > 0) return candidates
  // Only a message that presents itself as a bounce: a person's mail quoting another (a reply or forward, even of
  // an "Undeliverable" notice) is no report of its addressee.
  const original = parts.original ?? (bounceLike() ? inlineOriginal(parts.text, report.text) : null)
  const lone = bounceLike()
    ? loneDotlessAddresses(report.text, notRecipients(parts.headers, report.text, report.lines.lines))
    : []
  if (original && lone.length > 0) {
    // The original's addressees the report lists alone on a line: those failed, not its first To.
    const block = headerBlock(original)
    const addressed = `${block.get('to') ?? ''},${block.get('cc') ?? ''}`.toLowerCase()
    const listed = lone.filter((a) => addressed.includes(a.toLowerCase()))
    if (listed.length > 0) return listed
  }
  // (Only in a message that presents itself as a bounce: a list's command results with the sender's command
  // attached name its -request address as that message's To, and it failed nothing.)
  const fallback = original && bounceLike() ? firstAddress(headerBlock(original).get('to')) : null
  if (fallback && !notRecipients(parts.headers, '').has(fallback.toLowerCase())) return [fallback]
  // The last resort, for a message that presents itself as a bounce: a mistyped dotless domain alone on its line
  // ("  joe@gmailcom"), recorded as odd.
  return lone
}

/**
 * Exchange's NDR lists each recipient by display name, and its diagnostics below name the address it tried. A contact
 * whose display name is an address ("joe@example.org") over an X.500 address Exchange could no longer resolve
 * (`IMCEAEX-…_cn=joe+2Eexample+2Eorg@…`, a stale address-book entry): the display name is no address that failed,
 * and is often a live mailbox (real NDRs on pastebin.com, e6yfDi5v). Only then: an address the diagnostics name too
 * (whole, not inside a longer one) is kept, and only one that can be keyed. (Not IMCEASMTP-, which encapsulates the
 * very SMTP address that failed.)
 */
function withoutDisplayNames(candidates: string[], report: Report): string[] {
  if (candidates.length < 2 || !candidates.some((a) => /^imceaex-/i.test(a))) return candidates
  const at = report.text.search(EXCHANGE_DIAGNOSTICS)
  if (at < 0) return candidates
  const named = new Set(mentionedAddresses(report.text.slice(at), new Set()).map((a) => a.toLowerCase()))
  const kept = candidates.filter((a) => named.has(a.toLowerCase()) && reportedAddress(a).ok)
  return kept.length > 0 ? kept : candidates
}
/**
 * The heading of Exchange's diagnostics for administrators, in the languages its NDRs were seen in (pastes on
 * pastebin.com, and the German, French and Italian NDRs of the help-page cases).
 */
const EXCHANGE_DIAGNOSTICS =
  /^[ \t]*(?:diagnostic information for administrators|información de diagnóstico para (?:los )?administradores|informações de diagnóstico para administradores|диагностические сведения для администраторов|diagnoseinformationen für administratoren|informations de diagnostic pour les administrateurs|informazioni di diagnostica per gli amministratori)\s*:?[ \t]*$/im

/** A daemon's message, or one whose subject says it is a bounce and is no reply or forward of one. */
function presentsAsBounce(parts: Parts): boolean {
  const from = parts.headers.get('from') ?? ''
  if (/mailer-daemon|postmaster|mail delivery (?:system|subsystem)/i.test(from)) return true
  const subject = parts.headers.get('subject') ?? ''
  return looksLikeBounce(parts) && !/^\s*(?:re|fw|fwd|aw|wg|sv|tr|vs|rv)\s*:/i.test(subject)
}

/** How far past the report the quoted original's header block may start (a marker line, blank lines). */
const INLINE_HEADER_SEARCH = 2048

/**
 * The original a report quotes inline, after the marker that ends the report (the same markers that cut the
 * report's text: "--- Below this line is a copy of the message.", "----- Original message -----", …), from its
 * first header line: only a header block that opens like a message's, never its body's words.
 */
export function inlineOriginal(body: string, report: string): string | null {
  const rest = body.slice(report.length, report.length + 64 * 1024)
  const start = rest
    .slice(0, INLINE_HEADER_SEARCH)
    .search(
      /^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|DKIM-Signature):[ \t]/im
    )
  return start < 0 ? null : rest.slice(start)
}

/** qmail-send's paragraph heading: the recipient alone on its line, in angle brackets, before a colon. */
const QMAIL_HEADING = /^[ \t]*<([^\s<>@]+@[^\s<>]+)>:[ \t]*$/

/** The addresses most likely to be the failed recipients, best evidence first. */
function candidateRecipients(headers: FieldBlock, report: Report, bounceLike: () => boolean): string[] {
  const exclude = notRecipients(headers, report.text, report.lines.lines)
  const failed = (headers.get('x-failed-recipients') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  const usable = (a: string) =>
    !exclude.has(a.toLowerCase()) && !IGNORED_LOCALS.test(a.slice(0, a.indexOf('@')))
  // qmail-send opens each recipient's paragraph with the address alone ("<joe@example.org>:"): where a report does,
  // those are its recipients, and the addresses their replies mention (a sender's domain, a moved user's new
  // address) are not.
  const headings = report.lines.lines
    .map((line) => QMAIL_HEADING.exec(line)?.[1])
    .filter((a): a is string => a !== undefined && usable(a))
  if (headings.length > 0 && failed.length === 0) return [...new Set(headings)]
  const named = namedRecipients(report.text, exclude)
  // A quoted original's header block left in the report (no marker cut it) names the sender's addressees and Cc
  // list: they failed only if the report names them elsewhere too, or names nobody else.
  // Only a person's address outside them counts: the report's own postmaster or bounces address is boilerplate.
  const outside = withoutHeaderBlocks(report.lines.lines)
  const beyond = outside === null ? [] : mentionedAddresses(outside, exclude)
  const person = beyond.some((a) => !IGNORED_LOCALS.test(a.slice(0, a.indexOf('@'))))
  const mentioned = person ? beyond : mentionedAddresses(report.text, exclude)
  const erroneous = onErrorLines(report, mentioned)
  // X-Failed-Recipients names the address after the MTA's own rewriting (aliases, redirects); when the report
  // names none of those but names another address, that one is what the sender actually mailed.
  const reportLower = report.text.toLowerCase()
  const failedNamed = failed.filter((a) => reportLower.includes(a.toLowerCase()))
  // Only an address the report gives as a recipient (named, on an error line, or alone on its line as a list's
  // entry) says so: one a banner or footer merely mentions ("Report suspicious messages to …") does not.
  if (failed.length > 0 && (failedNamed.length > 0 || !givesRecipient(report, mentioned, named, erroneous)))
    return failed
  // A list whose entries include a mistyped dotless domain ("<joe@mailhost>" over "(reason: 550 …)", Exim's
  // "  joe@gmailcom" over its indented reason): the entries are the recipients, dotted or not, not a contact the
  // report names in a sentence.
  // (Only where a dotless address ends a line: a paragraph's "<joe@mailhost>: …" is already named.)
  const heads = endsALineDotless(report.text) ? entryHeads(report.lines.lines) : new Map<string, string>()
  if ([...heads.values()].some((a) => !/@[^@]*\./.test(a))) {
    const entries = [...heads.values()].filter(usable)
    return [...new Set([...named, ...entries, ...erroneous])]
  }
  // A list's entries failed too where another entry has the error line (Sendmail's transcript names only the
  // recipients the remote server refused): never dropped, read without the others' lines (see `fromProse`).
  const listed = failedListEntries(report.lines.lines, exclude, () => quotedMessageStart(report.lines.lines))
  if (named.length > 0) return [...new Set([...named, ...erroneous, ...listed])]
  if (erroneous.length > 0) return [...new Set([...erroneous, ...listed])]
  if (mentioned.length > 0) return mentioned
  // Nobody else named: a message sent to oneself bounces to the same address it failed for, and a refusal's words
  // may have read the recipient as the sender (Sendmail's "<joe@…>... Sender address rejected: …" names the
  // recipient first). Never a live address (a forward path, a contact), nor the one a greeting addresses ("Hello
  // a@example.net," above Google Groups' refusal for a group: the sender, greeted). Only in a message that presents
  // itself as a bounce: a list's or ticket system's robot answering the sender ("a@example.net has no right to create
  // tickets", "… is not a member of the list") names the sender it writes to, who failed nothing.
  if (!bounceLike()) return []
  // Nor one the grammar makes the sender (AIRmail's "… not accepting mail from a@example.net:" over names it could not
  // read): that is the sender's own address, or its list's.
  const greeted = new Set(report.lines.lowered.flatMap((line) => readerGreeted(line) ?? []))
  const never = addressesNamedBy(report.lines.lines, SENDER_BY_GRAMMAR, liveAddresses(report.lines.lines))
  return mentionedAddresses(report.text, new Set([...never, ...greeted]))
}
const GREETING = /^[ \t]*(?:hello|hi|dear)[ \t]+<?([^\s<>@,]+@[^\s<>,]+?)>?[ \t]*,?[ \t]*$/i
/** AOL's AIRmail notice opens by addressing its reader, the sender: "Sorry a@example.net. Your mail to the following…". */
const SORRY_READER = /^[ \t]*sorry[ \t]+<?([^\s<>@,]+@[^\s<>,]+?)>?[.,:][ \t]+your (?:mail|message)\b/i
/** The address a line greets as the notice's reader ("Hello a@…,", "Sorry a@…. Your mail …"), if it is such a line. */
const readerGreeted = (line: string) => (GREETING.exec(line) ?? SORRY_READER.exec(line))?.[1]

/** The live addresses the report names ({@link LIVE_ADDRESSES}), lower-cased. */
const liveAddresses = (lines: readonly string[]) => addressesNamedBy(lines, LIVE_ADDRESSES, new Set())

/**
 * Adds to `into` the addresses `patterns` name (capture group 1), lower-cased. Each line naming an address is read
 * with the end of the line before it: a wrapped reply puts the forward path on its own line ("… please try" /
 * "<new@…>").
 */
function addressesNamedBy(
  lines: readonly string[],
  patterns: readonly RegExp[],
  into: Set<string>
): Set<string> {
  lines.forEach((line, i) => {
    if (!line.includes('@')) return
    const before = i > 0 ? `${lines[i - 1]!.slice(-60)} ${line}` : line
    // A refusal of the sender wrapped after its address ("550 5.1.7 <SRS0=…@…>:" over "Sender address rejected").
    const next = lines[i + 1]
    const text = next && WRAPPED_SENDER_REFUSAL.test(next) ? `${before}\n${next.slice(0, 60)}` : before
    for (const pattern of patterns)
      for (const m of execAll(pattern, text))
        into.add(withoutQuote(m[1]!.replace(/\.$/, ''), text, m).toLowerCase())
  })
  return into
}

const WRAPPED_SENDER_REFUSAL = /^[ \t]*sender address rejected\b/i

/** The addresses of the bounce's own header (lower-cased): whom it is addressed to and from. */
function ownAddresses(headers: FieldBlock): Set<string> {
  const own = new Set<string>()
  for (const key of OWN_FIELDS) {
    const a = firstAddress(headers.get(key))
    if (a) own.add(a.toLowerCase())
  }
  return own
}
const OWN_FIELDS = ['from', 'to', 'return-path', 'reply-to', 'sender']

/**
 * The addresses that head an entry of a report's list, lower-cased to as written: Postfix's "<joe@…>: …" paragraph
 * and qmail's "<joe@…>:" heading, or an address alone on its line ("  joe@…", "<joe@…>") whose next line is its
 * indented reason (Exim) or Sendmail's "(reason: …)". Not an address alone under a contact line or in a folded
 * header: no reason follows it. One pass over the lines.
 */
function entryHeads(lines: readonly string[]): Map<string, string> {
  const heads = new Map<string, string>()
  lines.forEach((line, i) => {
    const paragraph = /^[ \t]*<([^\s<>@]+@[^\s<>]+)>:/.exec(line)
    const alone = paragraph ? null : /^[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*$/.exec(line)
    const next = lines[i + 1] ?? ''
    const reasoned = alone !== null && (/^[ \t]+\S/.test(next) || /^\(reason:/i.test(next.trim()))
    const address = paragraph?.[1] ?? (reasoned ? alone![1] : undefined)
    if (address && !heads.has(address.toLowerCase())) heads.set(address.toLowerCase(), address)
  })
  return heads
}

/**
 * Postfix's "<member@…> (expanded from <alias@…>)" as the exclusion reads it: any whitespace between its parts, as a
 * notice turned to text from HTML puts blank lines there, and any member, a pipe's or a quoted address's too (which
 * leave the alias a failed recipient; alias-mailed.ts reads one-word members only, as forwards).
 */
const EXPANDED_FROM = /<([^<>\r\n]{1,320})>\s{0,40}\(expanded\s{1,40}from\s{1,40}<([^\s<>@]+@[^\s<>]+)>\)/gi
const GENERATED_FROM = /\((?:ultimately )?generated from <?([^\s<>@()]+@[^\s<>()]+?)>?\)/gi

/** Addresses the report shows that are never the failed recipient (lower-cased). */
function notRecipients(headers: FieldBlock, report: string, lines: readonly string[] = []): Set<string> {
  const exclude = ownAddresses(headers)
  // The address a report gives on its own "Rcpt To:" line is the recipient, even when the report comes from it
  // (Postal's bounce_message.rb sends a route's bounce from the route's address, "Rcpt To: <that address>").
  if (exclude.size > 0 && (report.includes('RCPT') || report.includes('Rcpt') || report.includes('rcpt')))
    for (const m of execAll(/^[ \t]*RCPT TO\s*:\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*$/gim, report))
      exclude.delete(m[1]!.toLowerCase())
  // Whom the notice greets in its first line ("Hello a@example.net," over Google Groups' refusal) is its reader, the
  // sender: also where the bounce went to a VERP address, or was forwarded, so the bounce's own header does not name
  // it. (Only the first line: a greeting further down is a quoted message's, to anyone.)
  const first = lines.find((line) => line.trim() !== '')
  const greeted = first === undefined ? undefined : readerGreeted(first)
  if (greeted) exclude.add(greeted.toLowerCase())
  // Exchange quotes the original's header ("Your message  To: …  Subject: …  Sent: …"): that To is the sender's
  // own addressee list, not the failed recipient, which the report names further down.
  for (const m of execAll(
    /^[ \t]*To:\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*\r?\n\s*Subject:[^\n]*\r?\n\s*Sent:/gim,
    report
  ))
    exclude.add(m[1]!.toLowerCase())
  // Message ids look like addresses ("<2019…@host>"): the lines that carry them name no recipient, also as a
  // report labels one in words (Postal's bounce_message.rb: "Orginal Message ID: <…>", sic).
  for (const m of execAll(
    /^[ \t]*(?:(?:Ori?ginal[ -])?Message[ -]?ID|In-Reply-To|References)\s*:\s*<([^<>\s@]+@[^<>\s]+)>/gim,
    report
  )) {
    const id = m[1]!.toLowerCase()
    exclude.add(id)
    // The part an address reader would take from an id with a ";" or ":" in it (ITS COMSAT's "<393.;90125.DRAGON@…>"):
    // after the last such character, found from the end (a pattern anchored at the end rescans from every start).
    let cut = -1
    for (const c of ';:,()[]"\\') cut = Math.max(cut, id.lastIndexOf(c))
    const tail = id.slice(cut + 1)
    if (cut >= 0 && tail.includes('@')) exclude.add(tail)
  }
  // Postfix's "<member@…> (expanded from <alias@…>)": the alias or list the sender mailed is no failed recipient
  // when one of its members is; only when the expansion is no address at all (a pipe to a program,
  // '"joe@…"@autoreply.example.net') is the alias the recipient that failed.
  // An alias that also heads an entry of its own ("<ann@…>: …", "  ann@…" alone on its line) failed itself too.
  // (Both write these words in lower case: a cheap check skips the scans in every other report.)
  const expanded = report.includes('(expanded')
  const generated = report.includes('generated from')
  const heads = expanded || generated ? entryHeads(lines) : new Map<string, string>()
  if (expanded) {
    for (const m of execAll(EXPANDED_FROM, report))
      if (!/^"[^"]*@/.test(m[1]!) && !heads.has(m[2]!.toLowerCase())) exclude.add(m[2]!.toLowerCase())
  }
  // Sendmail's "(expanded from: <alias@…>)" under its entry (savemail.c): the same, unless an entry under the alias is
  // no address (its own local copy, "\joe", a pipe or a file failed: the alias is the recipient that failed).
  if (report.includes('expanded from:')) {
    const entries = aliasedEntries(report)
    // The aliases with an entry that is no address under them, found in one pass (a notice of thousands of entries
    // asked every entry of every other).
    const withLocal = new Set(
      entries.filter((e) => !/^[^\s"|/\\]+@[^\s@]+$/.test(e.head)).map((e) => e.alias.toLowerCase())
    )
    for (const entry of entries) {
      const alias = entry.alias.toLowerCase()
      if (alias.includes('@') && !withLocal.has(alias) && !heads.has(alias)) exclude.add(alias)
    }
  }
  // Exim's "joe@gmail.com / (ultimately generated from info@example.org)": the same, for its redirections.
  if (generated)
    for (const m of execAll(GENERATED_FROM, report))
      if (!heads.has(m[1]!.toLowerCase())) exclude.add(m[1]!.toLowerCase())
  // A transcript's envelope sender is never a failed recipient.
  for (const m of execAll(/\bMAIL\s+FROM:\s*<("[^"<>\r\n]{1,62}"@[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/gi, report))
    exclude.add(m[1]!.toLowerCase())
  // The address a reply says to use now is live (reporting it would suppress the very address mail should go
  // to); a contact or the refused sender it names failed nothing.
  addressesNamedBy(lines, NOT_RECIPIENTS, exclude)
  // A contact a refusal's free text advises writing to, unless it heads an entry (then the advice names the recipient:
  // "<joe@…>: … 452 Mailbox busy, please email joe@… later").
  const advised = addressesNamedBy(lines, ADVICE_ADDRESSES, new Set())
  if (advised.size > 0) {
    const heads = entryHeads(lines)
    for (const address of advised) if (!heads.has(address)) exclude.add(address)
  }
  return exclude
}

/**
 * Lines that name the failed recipient outright ("RCPT TO:", "Recipient:", "Failed recipient:", …), and lines
 * that open with it before a colon (Postfix's "<joe@example.org>: host … said: …", Courier's, Yahoo's), even when
 * the reply names no address and another recipient's does.
 */
function namedRecipients(report: string, exclude: Set<string>): string[] {
  return [
    ...execAll(
      /^[ \t]*(?:RCPT TO|Recipient(?: address)?|Original(?:-Recipient| address)|Failed recipient|To)\s*:\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*$/gim,
      report
    ).filter(
      (m) =>
        (!/^\s*to\s*:/i.test(m[0]) || !inHeaderBlock(report, m.index, m.index + m[0].length)) &&
        !rewrittenFrom(report, m)
    ),
    // Postfix's entry heading, also for a member of an alias or list: "<member@…> (expanded from <list@…>):", the
    // reason on the lines below (scipy.org's list bounce, scipy/scipy's issue tracker).
    ...execAll(/^[ \t]*<([^\s<>@]+@[^\s<>]+)>(?:[ \t]+\(expanded from <[^\s<>]+>\))?:/gm, report),
    // The notice's own sentence, opening its line (not one a quoted earlier notice holds, "> Your message to …"):
    // Gmail's "Your message wasn't delivered to joe@… because the address couldn't be found", Microsoft 365's "Your
    // message to joe@… couldn't be delivered.", EarthLink's "Sorry, unable to deliver your message to joe@… for the
    // following reason:" and InterScan's "Unable to deliver message to <joe@…>" (flufl.bounce's simplematch keeps
    // both), over a reply that may name another address, the mailbox an alias leads to (a contact its quoted reply
    // names is no more a recipient than before, but the recipient is never dropped for it). Looked for only where the
    // words are (a cheap test first), and only as the notice's first mention of anyone, where both write it: further
    // down it is a quoted earlier notice's.
    ...(report.includes('our message ') || report.includes('deliver message to ')
      ? execAll(OWN_SENTENCE, openingLines(report))
      : []),
  ]
    .map((m) => withoutAddressType((m[1] ?? m[2] ?? m[3])!))
    .filter((a) => !exclude.has(a.toLowerCase()))
}

/**
 * A labelled address as Exchange-style servers write it, with its type and brackets ("Recipient: [SMTP:joe@…]", as
 * MailEnable's NDR lists it; "smtp=joe@…"): the address itself, never dropped for its wrapping.
 */
const withoutAddressType = (named: string) =>
  /^\[?(?:(?:smtp|rfc822|mailto)[:=])?([^\s[\]@]+@[^\s[\]@]+?)\]?$/i.exec(named)?.[1] ?? named

/**
 * The report up to its first line that names an address (a headline, a banner or a logo's text may stand above it),
 * at most 2 KB: the notice's own sentence is its first mention of anyone; after an entry or another address, such a
 * sentence is a quoted earlier notice's.
 */
function openingLines(report: string): string {
  const at = report.indexOf('@')
  if (at < 0 || at > 2048) return ''
  const end = report.indexOf('\n', at)
  return end < 0 ? report : report.slice(0, end + 1)
}

/** See {@link namedRecipients}: the line break before it is what V8 scans for, where `^` with `m` is tried everywhere. */
const OWN_SENTENCE =
  /(?<=^|\n)[ \t]*your message (?:(?:wasn'?t|was not) delivered to <?([^\s<>@]+@[^\s<>]+?)>?(?= because\b|[.,:;]?(?:\s|$))|to <?([^\s<>@]+@[^\s<>]+?)>? (?:couldn'?t|could not|can'?t|cannot) be delivered\b)|(?<=^|\n)[ \t]*(?:sorry,?[ \t]+)?(?:(?:we were|i was)[ \t]+)?unable to deliver (?:your |the )?message to <?([^\s<>@]+@[^\s<>]+?)>?(?=[ \t]+for\b|[.,:;]?(?:\s|$))/gi

/**
 * Whether a "Recipient address:" is the server's rewriting of the next line's "Original address:" (Sun/Oracle
 * Messaging Server's report: "Recipient address: joe@ims-ms-daemon" over "Original address: joe@example.org"): the
 * address the sender mailed, and the one to key, is the original.
 */
function rewrittenFrom(report: string, m: RegExpExecArray): boolean {
  if (!/^\s*recipient address\s*:/i.test(m[0])) return false
  return /^\r?\n[ \t]*original address\s*:/i.test(
    report.slice(m.index + m[0].length, m.index + m[0].length + 40)
  )
}

/** A message header line ("From: …", "Subject: …"): what a quoted original's header block is made of. */
const HEADER_FIELD =
  /^(?:from|subject|date|message-id|cc|return-path|reply-to|sender|received|mime-version|content-type)\s*:/i

/**
 * Whether the line from `start` to `end` sits in a quoted message's header block (a header line just above or
 * below it): its "To:" is the original's addressee, not a failed recipient (1&1's "--- The header of the original
 * message is following. ---" quotes "From: … To: … Subject: …" inside its report).
 */
function inHeaderBlock(report: string, start: number, end: number): boolean {
  const lineStart = report.lastIndexOf('\n', start - 1) + 1
  const before = lineStart > 0 ? report.slice(report.lastIndexOf('\n', lineStart - 2) + 1, lineStart) : ''
  const nextEnd = report.indexOf('\n', end + 1)
  const after = report.slice(end, nextEnd < 0 ? report.length : nextEnd).replace(/^\r?\n/, '')
  return HEADER_FIELD.test(before.trimStart()) || HEADER_FIELD.test(after.trimStart())
}

/** A field of a message's header, the kind a quoted original's header block is made of. */
const MESSAGE_FIELD = /^(?:from|to|cc|subject|date|message-id)\s*:/i
/** Any header field line ("List-Unsubscribe: <mailto:…>", "Errors-To: …"). */
const ANY_FIELD = /^[A-Za-z][A-Za-z0-9-]{0,76}:/

/**
 * The report without its quoted header blocks (a run of two or more header lines, folded lines included, with at
 * least one of a message's own fields: From, To, Cc, Subject, Date, Message-ID), or null when it has none. Every
 * line of such a run goes, List-Unsubscribe's and Errors-To's addresses with the parties'; a header line alone is
 * the report's own label ("To: joe@…"), and a run of a DSN's fields (Final-Recipient, Status) is no message header:
 * both are kept.
 */
function withoutHeaderBlocks(lines: readonly string[]): string | null {
  if (!lines.some((line) => MESSAGE_FIELD.test(line))) return null
  const kept: string[] = []
  let run: string[] = []
  let dropped = false
  const endRun = () => {
    const fields = run.filter((line) => ANY_FIELD.test(line))
    if (fields.length >= 2 && fields.some((line) => MESSAGE_FIELD.test(line))) dropped = true
    else kept.push(...run)
    run = []
  }
  for (const line of lines) {
    // A folded line continues the field above it.
    if (ANY_FIELD.test(line) || (run.length > 0 && /^[ \t]+\S/.test(line))) run.push(line)
    else {
      endRun()
      kept.push(line)
    }
  }
  endRun()
  return dropped ? kept.join('\n') : null
}

/**
 * Whether the report gives one of `mentioned` as a recipient: named, on an error line, alone on its line, or in a
 * sentence that says a delivery to it failed ("Your message to jane.doe@… could not be delivered").
 */
function givesRecipient(report: Report, mentioned: string[], named: string[], erroneous: string[]): boolean {
  if (named.length > 0 || erroneous.length > 0) return true
  const lower = new Set(mentioned.map((a) => a.toLowerCase()))
  return report.lines.lowered.some((line) => {
    const alone = ALONE_ON_LINE.exec(line)?.[1]
    if (alone !== undefined) return lower.has(alone)
    return NOT_DELIVERED.test(line) && mentioned.some((a) => line.includes(a.toLowerCase()))
  })
}
const ALONE_ON_LINE = /^[ \t]*<?([^\s<>@]+@[^\s<>@]+?)>?:?[ \t]*$/
const NOT_DELIVERED =
  /\b(?:could ?n[o']?t be delivered|undeliver|not (?:be )?delivered|delivery (?:to \S+ )?failed)/

/** A code or an error word ("full" as a word, or glued to "mailbox": not in "successfully" or a domain's name). */
const ERROR_LINE =
  /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|invalid|rejected|refused|failed|not found|no such|\bfull\b|mailbox_?(?:is_?)?full\b|quota/
/**
 * A state an entry's line gives without a code or an error word: OpenSMTPD's "rcpt: Envelope expired", Sendmail's
 * "<joe@…>... Deferred: Connection timed out". Only on a line that opens with the address: a sentence elsewhere that
 * mentions a sender or a contact beside such a word ("Message from alice@… expired after 5 days") names no entry.
 */
const ENTRY_STATE = /\bexpired\b|\btimed out\b|\bdeferred\b/
const OPENS_WITH_ADDRESS = /^[ \t]*<?[^\s<>@]+@[^\s<>@]+?>?(?::|\.\.\.)/

/**
 * The mentioned addresses that are on a line which also carries an error (a code or an error word). One pass over
 * the lines: a check per address and line would be quadratic in a long hostile list.
 */
function onErrorLines(report: Report, mentioned: string[]): string[] {
  const onError = new Set(
    report.lines.lowered
      .filter((line) => ERROR_LINE.test(line) || (ENTRY_STATE.test(line) && OPENS_WITH_ADDRESS.test(line)))
      .flatMap((line) => mentionedAddresses(line, new Set()))
  )
  return mentioned.filter((a) => onError.has(a.toLowerCase()))
}

/**
 * A warning that the message is still queued (Gmail's "(Delay)", Exim's "Warning: message … delayed", Sendmail's
 * "Warning: could not send message for past 4 hours", Postfix's "Delayed Mail (still being retried)"): the
 * failure is temporary and the message may yet arrive. Hosts' own warnings say they go on trying: "The mail system
 * will continue to attempt to deliver your message to these recipients" (a cPanel host's delayed delivery notice, as
 * webinstinct.com's help shows it), "we will continue to attempt delivery for some days" (protectedservice.net's),
 * "Delivery attempts will continue automatically" (neomailbox.com's); no failure notice says it will go on.
 */
/** Tags a forward or a gateway puts before a subject (not a reply's "Re:": a reply is no notice of its own). */
const SUBJECT_TAGS = /^\s*(?:(?:fwd?|wg|tr|rv|vs|external|ext)\s*:\s*|\[[^\]\r\n]{0,40}\]\s*)+/i

function isDelayNotice(subject: string, report: string): boolean {
  // The subject's own words: a failure notice copies the original's subject after its first colon ("Message
  // undeliverable: Your order has been delayed"); a warning's subject is all its own (Exim's "Warning: message …
  // delayed 24 hours", Sendmail's "Warning: could not send message for past 4 hours").
  // (A forward's or a gateway's tag before it is not the notice's: "Fwd: Delayed Mail …", "[EXT] …".)
  const bare = subject.replace(SUBJECT_TAGS, '')
  const own = /^\s*warning:/i.test(bare) ? bare : bare.split(':', 1)[0]!
  return (
    /\bdelay(?:ed)?\b|still being retried|^warning: could not send|delivery (?:incomplete|postponed)/i.test(
      own
    ) ||
    /this is a warning message only|^[ \t]*delivery to the following recipients? (?:has been|was) delayed|will be retried for|^[ \t]*no action is required on your part|^[ \t]*delivery is delayed to these recipients or groups:|^[ \t]*a message is delayed for more than \S+ \S+ for the following|^[ \t]*please note that this is only a temporary failure report\.|^[ \t]*this message hasn'?t been delivered yet\. delivery will continue to be attempted\b|\bwill continue to (?:try|attempt) (?:to deliver|delivery)\b|\bdelivery attempts will continue\b/im.test(
      report
    )
  )
}
