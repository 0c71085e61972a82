/**
 * What non-standard bounces (Sendmail, qmail, Exim, Exchange, providers' own texts) say in prose: which
 * recipients failed, with which sentence, at which SMTP stage. General patterns, not per-file cases.
 * @module
 */
import type { SmtpStage } from '../classify'
import { matchPhrase } from '../classify/phrases'
import { mentions } from '../lib/address'
import { execAll, oneSpace } from '../lib/regex'
import { headAndTail } from '../lib/text-window'
import { ownCopy } from './alias-mailed'
import { splitLines } from './fields'

/** Where the quoted original message starts in a bounce body (so its headers are not read as the report). */
const ORIGINAL_MARKERS = [
  /^-{2,}\s*(?:this is a copy of (?:the|your) message|below this line is a copy of the message)/im,
  /^-{2,}\s*original message/im,
  /^-{2,}\s*(?:the )?(?:original|returned|undelivered) message (?:follows|header)/im,
  /^[ \t]*-+\s*original message headers?/im,
  // Exchange's localized NDRs: the quoted original's headers start under a heading in the sender's language (Spanish
  // in two wordings, Russian as real NDRs pasted on pastebin.com show them).
  /^[ \t]*(?:en-t[eê]tes de message d'origine|intestazioni originali del messaggio|ursprungshuvuden|urspr[üu]ngliche nachrichtenkopfzeilen|encabezados originales del mensaje|encabezados de mensajes originales|исходные заголовки сообщения)\s*:?\s*$/im,
  /^(?:original|returned) message (?:follows|headers?)/im,
  /^-+\s*Unsent message below\s*-+/im,
  /^[ \t]*-+\s*(?:Unsent|Original) message follows\s*-+/im,
  /^-{3,}\s*Returned Message\s*-{3,}/im,
  // 1&1 / WEB.DE (Exim): "--- The header of the original message is following. ---".
  /^-+\s*the header of the original message is following/im,
  // OpenSMTPD (bounce.c): "    Below is a copy of the original message:".
  /^[ \t]*below is a copy of the original message:/im,
  /^Content-Type: (?:message\/rfc822|text\/rfc822-headers)/im,
  /^Received: from /im,
]

/**
 * How much of a body is read as the report. Real reports are a few KiB before the quoted original; a larger one
 * is hostile padding, and every prose rule scans it, so it is cut here.
 */
export const MAX_REPORT_CHARS = 512 * 1024

/**
 * Every marker in one pattern, so the body is scanned once: its first match is the earliest marker. Each marker
 * starts a line, so the pattern starts with the line break before it (a character V8 can scan for, where a
 * multiline `^` is tried at every position) — which also skips a marker at the very start, where none cuts.
 */
const ANY_MARKER = new RegExp(
  `[\\n\\r\\u2028\\u2029](?:${ORIGINAL_MARKERS.map(lineStartSource).join('|')})`,
  'gim'
)
/** A marker's source without its leading `^` (every marker must start a line). */
function lineStartSource(marker: RegExp): string {
  if (!marker.source.startsWith('^')) throw new Error(`a report marker must start a line: ${marker}`)
  return marker.source.slice(1)
}

const MARKERS_AT_START = ORIGINAL_MARKERS.map((m) => new RegExp(m.source, 'imy'))

function matchesAtStart(sticky: RegExp, text: string): boolean {
  sticky.lastIndex = 0
  return sticky.test(text)
}

/** The report part of a bounce body: everything before the quoted original (at most {@link MAX_REPORT_CHARS}). */
export function reportText(body: string): string {
  let text = body.slice(0, MAX_REPORT_CHARS)
  // Common case: no marker at the very start, so the earliest match anywhere is the cut.
  if (!MARKERS_AT_START.some((marker) => matchesAtStart(marker, text))) {
    ANY_MARKER.lastIndex = 0
    const m = ANY_MARKER.exec(text)
    return m ? text.slice(0, m.index + 1) : text
  }
  // A marker matches at the start, where it does not count (a body that opens with its quoted headers): each
  // marker's first match decides on its own, as in the loop below.
  for (const marker of ORIGINAL_MARKERS) {
    // Each marker only needs to search what the earlier ones left: the quoted original is most of a body.
    const m = marker.exec(text)
    if (m && m.index > 0) text = text.slice(0, m.index)
  }
  return text
}

/** What every extractor reads of one body, worked out once per message. */
export interface Report {
  text: string
  lines: ReportLines
  /** The SMTP stage a transcript shows, if any. */
  stage: SmtpStage | null
  /** The report without its courtesy boilerplate. */
  section: string
}

export function readReport(body: string): Report {
  const text = reportText(body)
  const lines = reportLines(text)
  return {
    text,
    lines,
    stage: transcriptStage(text) ?? (REJECTED_BY_REMOTE.test(text) ? 'rcpt' : null),
    section: errorSection(lines.lines),
  }
}

// Parts bounded by RFC 5321's limits (64-octet local part, 63-octet labels): an unbounded run would make every
// start in a long run of address characters scan to its end (quadratic on hostile input). One exception, bounded too:
// Exchange's encapsulated addresses ("IMCEAEX-…", up to 240 characters after the prefix), which its NDRs name.
// Starts only where a run of local-part characters starts, so no character is rescanned from 64 positions. A local
// part may hold Latin letters beyond ASCII (SMTPUTF8's "jöe@…", never cut to "e@…": a different address) or be
// quoted (RFC 5321's "john doe"@…), and a domain may be an address literal ("joe@[192.0.2.1]"): a report names them
// too. The price: Latin-1 mojibake glued to an address (Shift_JIS mislabelled ISO-8859-1) is read into it. A domain's
// labels may hold such letters too (an IDN in U-label form, "joe@bücher.example", as SMTPUTF8 reports write it), all
// but the last: a top-level domain stays ASCII, so Japanese or mojibake text glued after "example.jp" is not read in.
const ADDRESS =
  /<?(?<![A-Za-z0-9._%+'=!#$&*/?^`{|}~\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F-])((?:"[^"\r\n<>@\\]{1,62}"|[Ii][Mm][Cc][Ee][Aa][A-Za-z0-9]{0,8}-[A-Za-z0-9._%+'=!#$&*/?^`{|}~-]{1,240}|[A-Za-z0-9._%+'=!#$&*/?^`{|}~\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F-]{1,64})@(?:(?:[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F-]{1,63}\.){1,16}[A-Za-z0-9-]{1,63}|\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\]))>?/g
/**
 * An address in angle brackets whose domain holds a "#" or "_", which no host name may ("<joe@exa#mple.org>", as qmail
 * reports a mistyped domain): the brackets say where it ends, so it is read whole and recorded as odd later, where
 * {@link ADDRESS} would read nothing or a piece of it. Never read without brackets: qmail's "(#5.1.1)" would join a
 * domain. Characters that can never be in a reported domain (see `reportedAddress`) end it as {@link ADDRESS} does.
 */
const BRACKETED_ODD =
  /<([^\s<>@"()[\],;:\\]{1,64}@(?![^\s<>]*[/\\?%:[\]"(),;])(?=[^\s<>@]*[#_])[^\s<>@]{1,253})>/g
const URL_PART = /\/\/|[?&]/
const ADDRESS_TYPE = /^(?:smtp|mailto|rfc822)=/i
export const IGNORED_LOCALS =
  /^(?:postmaster|mailer-daemon|mail-daemon|maildaemon|root|abuse|noreply|no-reply|bounce[s]?)$/i

/**
 * Addresses a reply names that are no failed recipient: the address it says to use now (RFC 5321's 551 "User not
 * local; please try <forward-path>", "has moved to …", "new address: …"), which is live; a contact it gives
 * ("contact toda@rx.t-online.de if obsolete"); and the sender it refuses ("sender <a@…> black listed", "<a@…>:
 * Sender address rejected", "from <a@…> via localhost"). Never reported, and no other recipient's mark on the line
 * that names them. Capture group 1 is the address.
 */
/**
 * The live addresses among {@link NOT_RECIPIENTS}: where mail should go now, and contacts. Never reported, not even
 * when the report names nobody else.
 */
export const LIVE_ADDRESSES: readonly RegExp[] = [
  // The spaces around an optional colon never overlap ("[ \t]*:?[ \t]*" would try every split of a long run).
  /\b(?:please try|moved to|new (?:e-?mail )?address(?: is)?|now (?:at|reachable at)|please use)(?::[ \t]*|[ \t]+)<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  /\b(?:contact|(?:e-?)?mail us(?: at)?|write to us(?: at)?)(?::[ \t]*|[ \t]+)<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // A person's note under a pasted failure: "please send to info@… from now on", "write to carol@… instead" (the
  // address to use now; "please send the message to joe@… again later" names the recipient, and stays).
  /\b(?:send|write|mail|e-?mail)(?: (?:it|them|everything|your \w+))? to[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+?)>?[ \t]+(?:from now on|instead|in (?:the )?future|going forward)\b/gi,
  // "Write" opening a sentence, the address straight after it: EarthLink's "550 Dynamic/zombied/spam IPs blocked.
  // Write blockedbyearthlink@abuse.earthlink.net" (a contact for delisting, as rackaid.com's page shows it). Not a
  // line's "Write to joe@… failed" (a local delivery's error about the recipient).
  /(?<=[.!?][ \t]{1,4})write[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // A list's delisting contact asked for the bounce itself: Microsoft FOPE's "To request removal from this list please
  // forward this message to delist.forefront@messaging.microsoft.com".
  // Only as a request to forward ("please forward …", "For assistance forward …", "To request removal, forward …"):
  // "failed to send the message to joe@…" or "please send the message to joe@… again later" names the recipient.
  /\b(?:please|assistance,?|removal,?|delisting,?)[ \t]+forward (?:this|the|a copy of this) (?:message|bounce|e-?mail|ndr|notice|report|error)(?: in full)? to[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // A gateway's banner on the report: "Report suspicious messages to phishing@…", "please report it to …".
  // (An object or a "please" is required, and no report's name before it: "a delivery report to joe@…" and a
  // "Non-Delivery Report" heading over "This message to joe@… could not be delivered" name the recipient.)
  /\b(?:(?<!(?:delivery|status|failure|error|bounce|notification|dsn|ndr)[ \t]{1,4})report (?:it|suspicious (?:messages|e-?mails)|phishing(?: e-?mails)?|spam|abuse)|please report) to[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // A forward path in capitals or after a move: rahul.net's documented bounce alias (info.rahul.net/bounce_alias) "550
  // 5.7.1 <joe@…>: Recipient address rejected: PLEASE RESEND YOUR EMAIL TO: joe@new.example"; RFC 5321's 551 in a
  // server's own words, "jane@… has moved; please write to jane@new.example" (a verdict on the old address, a request
  // to write to the new one: "please write to joe@… again later" names no move and stays the recipient); a departed
  // person's successor or colleague a responder names, "Please contact his successor jane@…". (One pattern: it runs on
  // every line that names an address.)
  /\b(?:(?:please[ \t]+)?resend[ \t]+(?:your[ \t]+|the[ \t]+)?(?:e-?mail|message|mail)s?[ \t]+to|has moved\b[^\n<>@]{0,40}?\bplease (?:write|send (?:it |your (?:e-?)?mail |mail )?|e-?mail|mail) to|(?:contact|write to|e-?mail|reach)[ \t]+(?:his|her|their|my|our)[ \t]+(?:successor|colleague|replacement|deputy|substitute|representative)(?:[ \t]+at)?)(?::[ \t]*|[ \t]+)<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // A list's command address: groups.io's "510 5.1.1 Your email address, a@…, is not subscribed to that group. To
  // subscribe, send an email to list+subscribe@groups.io" (as a Gmail bounce quotes it, xen-devel's archive). Only as
  // that advice: "could not send an email to joe@…" names the recipient.
  /\bto subscribe,?[ \t]+send an? e-?mail to[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
]

/**
 * The advice a refusal's own text may give (Postfix's access(5) and Exchange's RejectMessage take free text, "Mary no
 * longer works at Example Ltd. Contact Jason, instead."; Set-SystemMessage's "Please contact your system
 * administrator"): "please email office@…", "contact our office at …", "send enquiries to …", "please send your email
 * to sales@… instead". Words a server may also write of the recipient itself ("please email joe@… again later"):
 * `prose-report.ts` excludes such an address only where it heads no entry of the report.
 */
export const ADVICE_ADDRESSES: readonly RegExp[] = [
  /\b(?:contact (?:our|the|your) (?:office|help ?desk|support|(?:system |it |network )?administrator|postmaster|it department|service desk)(?: team)? at|(?:send|direct) (?:your )?(?:enquiries|inquiries|questions) to)[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // ("Please email joe@… again later", "… after 1 May": the recipient, asked to be written to again.)
  /\bplease e-?mail[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)(?![^\s<>;,()'"])(?![\s,.]+(?:again|later|after|once)\b)/gi,
  /\b(?:please (?:e-?mail|write to)|send your (?:e-?mails?|messages?|mail) to)[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)(?![^\s<>;,()'"])[ \t]+instead\b/gi,
  // The same advice in German and French free text: "Bitte wenden Sie sich an zentrale@…", "Merci d'écrire désormais
  // à …", "contactez le support : …".
  /(?:wenden sie sich (?:bitte )?an|(?:merci d'|veuillez )écrire (?:désormais )?à|écrivez (?:désormais )?à|contactez(?: le support| l'assistance)?[ \t]*:?)[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+)(?![^\s<>;,()'"])(?![\s,.]+(?:nach|ab|später|plus tard|après)\b)/gi,
]

/**
 * Sentences whose grammar makes the address the sender, never anyone's recipient (unlike a refusal's "<a@…>... Sender
 * address rejected", which Sendmail writes for a recipient too): even a report that names nobody else never reports it.
 */
export const SENDER_BY_GRAMMAR: readonly RegExp[] = [
  // The sender a refusal addresses: groups.io's "Your email address, a@…, is not subscribed to that group" (set off by
  // commas), Mimecast's "550 Rejected by header based Anti-Spoofing policy: a@… - https://…" (the From it refused).
  /\byour (?:e-?mail )?address,[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'"]+?)>?,/gi,
  /\banti-spoofing policy:[ \t]*<?([^\s<>@:;,]+@[^\s<>;,()'"]+)/gi,
  // The sender a recipient's block refuses, as AOL's AIRmail words it over its list: "Your mail to the following
  // recipients could not be delivered because they are not accepting mail from a@example.net:".
  /\bnot accepting (?:any )?(?:e-?)?mail from[ \t]+<?([^\s<>@:;,]+@[^\s<>;,()'":]+)/gi,
]

export const NOT_RECIPIENTS: readonly RegExp[] = [
  ...LIVE_ADDRESSES,
  // Not a transcript's "MAIL FROM:<…>": a line showing the command is the recipient's failure report.
  // A quoted local part may hold a space ("sender <"bad guy"@example.com> black listed"). Not Postfix's "(expanded
  // from <alias@…>)": `notRecipients` decides whether that alias failed.
  // Exim's sender verification (acl.c): "550-Verification failed for <a@…>" names the sender it called out for (its
  // words: "Recipient/Address/Callout/RCPT verification failed for <joe@…>" are the recipient's).
  /\b(?:sender(?: address)?|(?<!\b(?:recipient|address|callout|rcpt)\s)verification failed for|(?<!mail\s|expanded\s)from)(?::[ \t]*|[ \t]*)<("[^"<>\r\n]{1,62}"@[^\s<>;,()'"]+|[^\s<>@:;,]+@[^\s<>;,()'"]+)>/gi,
  // (Also wrapped onto the next line: Exim's "550 5.1.7 <SRS0=…@example.net>:" over "Sender address rejected: …";
  // and without "address" in Exchange's relay of a reply: "#550 5.1.0 <a@example.net> sender rejected ##", UPC's.
  // Not Postfix's "<joe@…>: sender rejected by recipient policy", which is the recipient's entry.)
  /<("[^"<>\r\n]{1,62}"@[^\s<>;,()'"]+|[^\s<>@:;,]+@[^\s<>;,()'"]+)>(?:\.\.\.|:)?[ \t]*(?:\r?\n[ \t]*)?sender (?:address rejected|rejected ##)/gi,
  ...SENDER_BY_GRAMMAR,
  // A report's label for the sender, the address alone after it ("Sender: a@…", "Original Envelope Sender: a@…").
  /^[ \t]*(?:(?:original )?(?:envelope )?sender(?: address)?|return-path)[ \t]*:[ \t]*([^\s<>@:;,]+@[^\s<>;,()'"]+)[ \t]*\r?$/gim,
]

/** `line` without the addresses {@link NOT_RECIPIENTS} names. */
export const withoutOtherParties = (line: string) =>
  NOT_RECIPIENTS.reduce((text, pattern) => text.replace(pattern, ' '), line)

/**
 * `address` without the single quote it opens with when a quote also closes the match in `text` ("Failed to deliver
 * to 'joe@example.org'", Exchange's "'joe@…' on <date>", "please use 'new@…'"): the quote is the report's, not the
 * local part's first character.
 */
export function withoutQuote(address: string, text: string, m: RegExpMatchArray): string {
  return address.startsWith("'") && text[m.index! + m[0].length] === "'" ? address.slice(1) : address
}

/** How far back a URL's start is looked for: a URL longer than this before an address is not read as one. */
const URL_LOOKBACK = 256

/** Whether the text at `at` is inside a URL: "://" earlier in the same run of non-space characters. */
function insideUrl(text: string, at: number): boolean {
  const from = Math.max(0, at - URL_LOOKBACK)
  const before = text.slice(from, at)
  const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\t'))
  return before.indexOf('://', space + 1) >= 0
}

/**
 * Addresses mentioned in the report, in order, as written (the key is made from them later, lower-cased in ASCII
 * only), without `exclude` (lower-cased) and without postmaster/daemon ones if others exist. One per lower-cased
 * form.
 */
export function mentionedAddresses(report: string, exclude: Set<string>): string[] {
  const found = new Map<string, string>()
  const called = new Set<string>()
  const odd =
    report.includes('<') && (report.includes('#') || report.includes('_'))
      ? execAll(BRACKETED_ODD, report)
      : []
  for (const m of odd.length > 0 ? inOrder(odd, execAll(ADDRESS, report)) : execAll(ADDRESS, report)) {
    // A URL's path or query ("https://x.example/?to=jane@example.org", Mail::SPF's "…/Why?s=mfrom;id=a@b;…") is
    // no recipient the report names.
    if (URL_PART.test(m[1]!) || insideUrl(report, m.index)) continue
    // Exchange and gateways prefix the address with its type ("smtp=jane@…", "SMTP:jane@…").
    const address = withoutQuote(m[1]!.replace(ADDRESS_TYPE, '').replace(/\.$/, ''), report, m)
    const lower = address.toLowerCase()
    if (!exclude.has(lower) && !found.has(lower)) found.set(lower, address)
    if (
      IGNORED_LOCALS.test(address.slice(0, address.indexOf('@'))) &&
      calledRecipient(report, m.index, m.index + m[0].length)
    )
      called.add(lower)
  }
  const all = [...found.values()]
  // Postmaster and daemon addresses are usually the report's own boilerplate ("contact postmaster@…"), unless
  // they are all the report names, or the report calls one the recipient: then it is a recipient that failed.
  const people = all.filter(
    (address) =>
      !IGNORED_LOCALS.test(address.slice(0, address.indexOf('@'))) || called.has(address.toLowerCase())
  )
  return people.length > 0 ? people : all
}

/**
 * Whether the address at `index` is introduced as the recipient ("The recipient's email address (abuse@…) does not
 * exist", "Recipient: root@…"): a role address mailed and failed, not the report's contact. Only the words right
 * before it count, so "if the recipient is unknown to you, contact postmaster@…" stays a contact.
 */
function calledRecipient(report: string, index: number, end: number): boolean {
  return (
    RECIPIENT_BEFORE.test(report.slice(Math.max(0, index - 48), index)) || listedAsFailed(report, index, end)
  )
}
const RECIPIENT_BEFORE = /\brecipient(?:'s)?(?: e-?mail)?(?: address)?[ \t]*[:(["]?[ \t]*$/i

/** How many lines above an entry {@link listedAsFailed} looks for the list's heading. */
const MAX_LIST_LINES = 12
/** How many spaces around a list's entry {@link listedAsFailed} allows. */
const MAX_INDENT = 16

/**
 * Whether the address at `index` is an entry of a list of failed recipients: alone on its line, under a heading
 * that says they failed, with only blank lines and other entries between (Sendmail's "----- The following
 * addresses had permanent fatal errors -----", Gmail's "Delivery to the following recipients failed
 * permanently:", Exim's "The following address(es) failed:", Exchange's "Delivery has failed to these recipients
 * or groups:", BIGLOBE's "The following addresses had delivery problems").
 * Only the characters around the match are read to tell it is alone (a line of many addresses costs no rescan of
 * the line per address), then at most {@link MAX_LIST_LINES} lines above.
 */
function listedAsFailed(report: string, index: number, end: number): boolean {
  let start = index
  while (start > 0 && index - start < MAX_INDENT && (report[start - 1] === ' ' || report[start - 1] === '\t'))
    start--
  if (start > 0 && report[start - 1] !== '\n') return false
  let after = end
  while (after < report.length && after - end < MAX_INDENT && /[ \t>:\r]/.test(report[after]!)) after++
  if (after < report.length && report[after] !== '\n') return false
  for (let n = 0; n < MAX_LIST_LINES && start > 0; n++) {
    const above = report.lastIndexOf('\n', start - 2) + 1
    const line = report.slice(above, start - 1)
    if (FAILED_LIST_HEADING.test(line)) return true
    if (line.trim() !== '' && aloneAddress(line) === undefined) return false
    start = above
  }
  return false
}
/** The address alone on `line`, without the quotes or brackets around it. */
const aloneAddress = (line: string) => {
  const m = ALONE_ADDRESS.exec(line)
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined
}
/**
 * An address alone on its line, captured (quoted, double-quoted, or bare). Exchange's NDR, as text made of its HTML,
 * writes an entry with its link: "joe@example.org<mailto:joe@example.org>", or "joe@… (joe@…)<mailto:joe@…>", and a
 * recipient with a display name as "Joe Doe (joe@…)" (Microsoft's article on group delivery failures: "MyGroup
 * (mygroup@groups.contoso.com)").
 */
const ALONE_ADDRESS =
  /^[ \t]*(?:<?(?:'([^\s<>@']+@[^\s<>@']+)'|"([^\s<>@"]+@[^\s<>@"]+)"|([^\s<>@"]+@[^\s<>@'"()]+?))>?(?:[ \t]*\([^\s()<>@]+@[^\s()<>]+\))?|[^\s<>()@:][^<>()@:\r\n]{0,78}[ \t]\(([^\s()<>@]+@[^\s()<>]+)\))(?:[ \t]*<mailto:[^\s<>]+>)?:?[ \t]*\r?$/

/**
 * The entries of the report's lists of failed recipients ({@link listedAsFailed}), in order, without `exclude`
 * (lower-cased): each failed, whether or not the report gives it a reason of its own. Only lists whose heading is
 * above the line `limitOf` gives (where a quoted message begins: a list in it is that message's, not this report's).
 */
export function failedListEntries(
  lines: readonly string[],
  exclude: Set<string>,
  limitOf: () => number = () => lines.length
): string[] {
  const out: string[] = []
  // Where a quoted message begins is looked for only once a heading is found (most reports have none).
  let limit: number | undefined
  for (let i = 0; i < (limit ?? lines.length); i++) {
    if (
      !lines[i]!.includes('ollowing') &&
      !lines[i]!.includes('failed to these') &&
      !lines[i]!.includes('delivered to:')
    )
      continue
    if (!FAILED_LIST_HEADING.test(lines[i]!)) continue
    limit ??= limitOf()
    if (i >= limit) break
    // An entry may carry its details indented right under it (hMailServer's "joe@… / Error Type: SMTP / Remote server
    // replied: …" under "The following recipient(s) could not be reached:"): the list goes on past them, to the next
    // entry at the first one's indentation. Not past a blank line into indented text, nor into the quoted message.
    // Exchange's NDR sets each entry's sentence right under it, unindented, and a blank line before the next entry
    // ("Delivery has failed to these recipients or groups:" / "joe@…" / "The email address you entered couldn't be
    // found. …"): there a detail is any line under the entry, at its indentation or deeper.
    const exchange = EXCHANGE_LIST_HEADING.test(lines[i]!)
    const detailOf = (line: string | undefined, indent: number) =>
      exchange
        ? line !== undefined &&
          line.trim() !== '' &&
          aloneAddress(line) === undefined &&
          indentOf(line) >= indent
        : isDetail(line, indent)
    let entryIndent = -1
    let inDetails = false
    let sawDetails = false
    let last = i
    let j = i + 1
    for (; j < lines.length && j < limit && j <= last + MAX_LIST_LINES; j++) {
      const line = lines[j]!
      if (line.trim() === '') {
        inDetails = false
        continue
      }
      const address = aloneAddress(line)
      const indent = indentOf(line)
      if (address === undefined) {
        const detail = entryIndent >= 0 && detailOf(line, entryIndent) && (inDetails || last === j - 1)
        if (!detail) break
        inDetails = true
        sawDetails = true
        last = j
        continue
      }
      // After entries with details, an address is the next entry only at the first one's indentation and with details
      // of its own under it: a footer's contact alone on its line is not.
      if (sawDetails && (indent !== entryIndent || !detailOf(lines[j + 1], indent))) break
      entryIndent = indent
      inDetails = false
      last = j
      if (!exclude.has(address.toLowerCase())) out.push(address)
    }
    // The search for headings goes on where the list ended: a heading inside it was read as an entry's detail, and
    // a report of many headings is still read once.
    i = j - 1
  }
  return out
}
/** Whether `line` is an entry's detail: text indented deeper than the entry (at `indent`), no address alone. */
const isDetail = (line: string | undefined, indent: number) =>
  line !== undefined && line.trim() !== '' && aloneAddress(line) === undefined && indentOf(line) > indent

/** The spaces and tabs `line` opens with. */
const indentOf = (line: string) => line.length - line.trimStart().length

const EXCHANGE_LIST_HEADING = /\bdelivery has failed to these recipients\b/i
// The list headings whose entries a report names as failed, or as still queued (Sendmail's "… had transient non-fatal
// errors", Gmail's "Delivery to the following recipient has been delayed:"): named all the same, so a mixed notice's
// queued recipient is recorded (never counted), never dropped.
const FAILED_LIST_HEADING =
  /\bfollowing (?:addresses|address\(es\)|recipients?|recipient\(s\)) (?:had (?:permanent fatal errors|transient non-fatal errors|delivery problems)|failed[ \t]*(?::|-{3,})|could not be reached:)|\bdelivery to the following recipients? (?:failed(?! to\b)|has been delayed:)|\bdelivery has failed to these recipients\b|^[ \t]*was not delivered to:[ \t]*$/i

/**
 * An address alone on its line whose domain has no dot ("  info@testnaam" under Exim's "The following address(es)
 * failed:", Sendmail's "<joe@gmailcom>" line): a mistyped domain the report names, where {@link ADDRESS} wants a dot.
 * Only alone on its line (in a sentence "user@host" is too often something else), and read only where nothing better
 * names the recipients: as a list's entry with its reason below it, or as the last resort (`prose-report.ts`).
 */
const LONE_DOTLESS =
  /\n[ \t]*<?([A-Za-z0-9._%+'=!#$&*/?^`{|}~-]{1,64}@[A-Za-z0-9-]{1,63})>?:?[ \t]*(?=\r?\n|$)/g

/** A dotless domain ending its line: the cheap sign (a scan for "@") that {@link LONE_DOTLESS} may match. */
const DOTLESS_END = /@[A-Za-z0-9-]{1,63}>?:?[ \t]*(?:\r?\n|$)/

/** Whether some line of `text` ends with an address whose domain has no dot (a scan for "@"). */
export const endsALineDotless = (text: string) => DOTLESS_END.test(text)

/**
 * The addresses {@link LONE_DOTLESS} finds, in order, without `exclude` (lower-cased) and never a postmaster, root or
 * daemon ("root@localhost" under a signature is no recipient). One per lower-cased form.
 */
export function loneDotlessAddresses(report: string, exclude: Set<string>): string[] {
  if (!endsALineDotless(report)) return []
  const found = new Map<string, string>()
  // Scanned after a leading line break, so the first line counts too.
  for (const m of execAll(LONE_DOTLESS, `\n${report}`)) {
    const address = m[1]!
    const lower = address.toLowerCase()
    if (IGNORED_LOCALS.test(address.slice(0, address.indexOf('@'))) || exclude.has(lower)) continue
    if (!found.has(lower)) found.set(lower, address)
  }
  return [...found.values()]
}

/**
 * The bracketed odd addresses and the ordinary ones in the order the report names them, without an ordinary match
 * inside a bracketed one (the "joe@example.org" of "<joe@example.org#2>").
 */
function inOrder(odd: RegExpExecArray[], ordinary: Iterable<RegExpExecArray>): RegExpExecArray[] {
  const merged: RegExpExecArray[] = []
  let next = 0
  // Both lists are in the report's order, so one walk merges them.
  for (const m of ordinary) {
    while (next < odd.length && odd[next]!.index <= m.index) merged.push(odd[next++]!)
    const last = merged.length > 0 ? odd[next - 1] : undefined
    if (!last || m.index >= last.index + last[0].length) merged.push(m)
  }
  while (next < odd.length) merged.push(odd[next++]!)
  return merged
}

/**
 * A report split into lines once, with a lower-cased copy for address lookups (splitting again for each
 * recipient would be quadratic in a long report).
 */
export interface ReportLines {
  lines: readonly string[]
  lowered: readonly string[]
  /** For each line, the last line of the run of blank lines it starts (itself when not blank), worked out once. */
  blankRunEnd?: Int32Array
  /** Sendmail's "(expanded from: <alias>)" lines by alias (lower-cased), found once (every recipient's sentence asks). */
  aliasLines?: Map<string, number[]>
}

/** The last blank line of the run that line `i` opens (a run of thousands is stepped over at once). */
function blankRunEnd(report: ReportLines, i: number): number {
  if (!report.blankRunEnd) {
    const { lines } = report
    const ends = new Int32Array(lines.length)
    // Each line trimmed once: whether it is blank is carried to the line above.
    let belowBlank = false
    for (let j = lines.length - 1; j >= 0; j--) {
      const blank = lines[j]!.trim() === ''
      ends[j] = blank && belowBlank ? ends[j + 1]! : j
      belowBlank = blank
    }
    report.blankRunEnd = ends
  }
  return report.blankRunEnd[i]!
}

export function reportLines(report: string): ReportLines {
  const lines = splitLines(report)
  return { lines, lowered: lines.map((line) => line.toLowerCase()) }
}

/**
 * The sentence about `address`: its line and the lines that continue it (indented, or up to the next blank
 * line / next address), plus a following "said:"/"Remote host said" block when the error is there.
 */
export function sentenceAbout(report: ReportLines, address: string): string | null {
  const lower = address.toLowerCase()
  const { lowered } = report
  const own = ownCopyEntry(report, lower)
  if (own !== null) return own
  let at = -1
  for (let i = 0; i < lowered.length; i++) {
    if (!mentions(lowered[i]!, lower)) continue
    if (at < 0) at = i
    // Exchange 2003's "Your message / To: joe@… / Subject: … / Sent: …" above "did not reach the following
    // recipient(s): / joe@… on <date>": the summary's To line would read the subject into the reason. The entry
    // below is the sentence; a To line stays it when the report names the address nowhere else.
    if (!summaryField(lowered, i)) {
      // Only for the entry the summary stands over, a line that opens with the address ("joe@… on <date>"): a later
      // sentence about it (advice, a contact line) is no report of its failure.
      if (at === i || opensWith(lowered[i]!, lower)) at = i
      break
    }
  }
  return at < 0 ? null : sentenceAt(report, at, lower)
}

/**
 * The entry a report writes under a recipient's display name (a DSN block's X-Display-Name) where it names no address:
 * Exchange 2003 lists a recipient picked from the address book as "'Joe Bloggs' on <date>", its sentence and
 * "<host #5.1.1>" indented below (KB 284204). The lines indented below the name, up to a blank line; null when the
 * report opens no line with the name, or writes nothing under it.
 */
export function entryUnderName(report: ReportLines, displayName: string | undefined): string | null {
  const name = displayName?.trim().toLowerCase()
  if (!name || name.length < 2 || name.length > 200) return null
  const { lines, lowered } = report
  for (let i = 0; i < lowered.length; i++) {
    const line = lowered[i]!.trimStart()
    const quote = /^['"]/.test(line) ? line[0]! : ''
    const opening = line.slice(quote.length)
    if (!opening.startsWith(name)) continue
    // The whole name: its closing quote, or unquoted " on <date>", a comment or the line's end ("Joe" is not the
    // entry of "'Joe Bloggs' on …").
    const rest = opening.slice(name.length)
    if (quote ? !rest.startsWith(quote) : !/^(?:\s+on\s|\s*$|\s*[(<])/.test(rest)) continue
    const indent = lines[i]!.length - lines[i]!.trimStart().length
    const below: string[] = []
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!
      if (next.trim() === '' || next.length - next.trimStart().length <= indent) break
      below.push(next.trim())
    }
    if (below.length > 0) return below.join(' ')
  }
  return null
}

/**
 * Sendmail's alias line, the last of an entry (savemail.c: the entry, its "(reason: …)", then this), lower-cased:
 * "(expanded from: <joe@…>)". Indented in its own text, not in one turned from HTML.
 */
const SENDMAIL_ALIAS_LINE = /^\s*\(expanded from: <?([^\s<>()]+?)>?\)\s*$/

/**
 * The entry of an alias's delivery that is no address, when Sendmail lists it under the alias: its local copy
 * ("\joe"), else a pipe, a file or a local name, with its "(…)" lines, then "(expanded from: <alias>)". The alias's
 * result reads that entry (the own copy's failure is the alias's own; another is counted as a target's, alias-mailed
 * `forwardTarget`); its other mentions are in its address targets' entries, whose reasons are theirs. Read by that
 * order, not by indentation (lost in a notice turned from HTML). Null when no such entry names the address.
 */
function ownCopyEntry(report: ReportLines, lower: string): string | null {
  const { lines, lowered } = report
  let own: string | null = null
  let first: string | null = null
  if (!report.aliasLines) {
    report.aliasLines = new Map()
    for (let i = 0; i < lowered.length; i++) {
      const alias = lowered[i]!.includes('(expanded from:')
        ? SENDMAIL_ALIAS_LINE.exec(lowered[i]!)?.[1]
        : undefined
      if (alias === undefined) continue
      const at = report.aliasLines.get(alias)
      if (at) at.push(i)
      else report.aliasLines.set(alias, [i])
    }
  }
  for (const i of report.aliasLines.get(lower) ?? []) {
    let head = i - 1
    while (head >= 0 && head > i - 8 && lines[head]!.trimStart().startsWith('(')) head--
    if (head < 0 || !nonAddressEntry(lines[head]!)) continue
    const entry = lines
      .slice(head, i + 1)
      .map((line) => line.trim())
      .join(' ')
    // The alias's own mailbox first: its local copy ("\joe"), then a program run for it; another entry's failure is a
    // target's.
    const entryHead = lines[head]!.trim()
    if (ownCopy(entryHead, lower)) {
      if (entryHead.startsWith('\\')) return entry
      own ??= entry
    }
    first ??= entry
  }
  return own ?? first
}

/**
 * Whether `line` is the head of a Sendmail entry that is no address: "\joe", "|/usr/bin/vacation joe",
 * "/var/mail/joe", or a local name; one word, but for a pipe (a line of prose reflowed to the margin has spaces).
 */
function nonAddressEntry(line: string): boolean {
  const head = line.trim()
  return head !== '' && !head.includes('@') && (/^"?\|/.test(head) || !/\s/.test(head))
}

/** Whether `line` (lower-cased) opens with the address `lower`, in angle brackets or quotes or not. */
const opensWith = (line: string, lower: string) =>
  line
    .trimStart()
    .replace(/^[<"']/, '')
    .startsWith(lower)

/** Whether line `i` is a To or Cc field of a summary of the message, a Subject or Sent field beside it. */
function summaryField(lowered: readonly string[], i: number): boolean {
  if (!/^\s*(?:to|cc):/.test(lowered[i]!)) return false
  const field = (line: string | undefined) => line !== undefined && /^\s*(?:subject|sent|date):/.test(line)
  return field(lowered[i - 1]) || field(lowered[i + 1])
}

/** How many later mentions of an address {@link laterSentences} reads at most. */
const MAX_LATER_MENTIONS = 4

/**
 * The sentences of the address's later mentions, each from a line after the previous sentence's first line (an
 * Exchange NDR in two languages names each recipient once per language; the first may be in one no family reads).
 */
export function laterSentences(report: ReportLines, address: string): string[] {
  const lower = address.toLowerCase()
  const { lowered } = report
  const first = lowered.findIndex((line) => mentions(line, lower))
  const out: string[] = []
  for (let i = first + 1; first >= 0 && i < lowered.length && out.length < MAX_LATER_MENTIONS; i++)
    if (mentions(lowered[i]!, lower)) out.push(sentenceAt(report, i, lower))
  return out
}

/** The sentence that starts at line `at`, which names the address `lower` (lower-cased). */
function sentenceAt(report: ReportLines, at: number, lower: string): string {
  const { lines, lowered } = report
  const out = [lines[at]!.trim()]
  // A reply hard-wrapped before the address ("Remote host said: 554 … This user doesn't have a" / "yahoo.com account
  // (joe@…)"): the line opens in lower case, with a word and no less indented, and the one above, long, names no
  // address and breaks off mid-sentence. It starts the sentence. (A line that opens with an address, or an
  // outdented one, is the next entry of a list: Exim's "  ann@… <mailto:ann@…>" under joe's reply.)
  const above = at > 0 ? lines[at - 1]! : ''
  if (wrappedBefore(above) && continuesAbove(lines[at]!, above)) out.unshift(above.trim())
  // A Sendmail transcript gives each recipient its own "554 <addr>... text" line: the next coded line is the
  // next recipient's, not a continuation.
  const coded = REPLY_LINE.test(lines[at]!)
  // A list of addresses, each alone on its line, over one block that gives them all their reason (Gmail's "Delivery
  // to the following recipients failed permanently:"): the first entry's sentence is that block too, as the last's.
  const listed = ADDRESS_LINE.test(lines[at]!)
  const entryIndent = indentOf(lines[at]!)
  // Whether the sentence has left the entry for a block below the list (past a blank line or another entry).
  let below = false
  let skipped = 0
  for (let i = at + 1; i < lines.length && out.length < 12; i++) {
    const line = lines[i]!
    if (coded && REPLY_LINE.test(line)) break
    // After an entry's last line, Sendmail's "(expanded from: …)", a head that is no address is the next entry:
    // the alias's local copy "\joe", a pipe, a file or a local name, listed as addresses are (savemail.c).
    if (listed && SENDMAIL_ALIAS_LINE.test(lines[i - 1]!) && nonAddressEntry(line)) break
    // An entry with a line of its own under it has its own reason: the list, and this entry's sentence, end there.
    // (A long list shares no block: each entry is read alone, and no entry rescans the list.)
    if (listed && out.length === 1 && ADDRESS_LINE.test(line)) {
      below = true
      if (bareEntry(lines[i + 1]) && ++skipped <= MAX_SHARED_ENTRIES) continue
      break
    }
    // In the block below a list, a line about another recipient (Sendmail's transcript: ">>> RCPT To:<joe>",
    // "550 <joe@…>… User unknown") ends what is shared: the rest is that recipient's.
    if (below && namesAnother(line, lower)) break
    // A block below the list that names another of its entries anywhere is theirs, not shared: none of it is read.
    if (below && out.length === 1 && line.trim() !== '' && namesAnEntry(lines, lowered, at, i, lower)) break
    if (line.trim() === '') {
      below ||= listed
      // A blank line ends the block unless the error text only starts after it (qmail, Sendmail "reason:", 1&1's
      // Exim "For the following reason:" on a line of its own).
      const leadIn = out.length === 1 || out[out.length - 1]!.endsWith(':')
      // A run of blank lines goes on as its last one does, for each before it has a blank line next (stepped over
      // at once: a list's entries do not each walk a run of thousands); without a lead-in, a run ends the block.
      const runEnd = blankRunEnd(report, i)
      if (leadIn) i = runEnd
      else if (runEnd > i) break
      if (
        leadIn &&
        i + 1 < lines.length &&
        ((listed && out.length === 1) || !ADDRESS_LINE.test(lines[i + 1]!))
      )
        continue
      // Exchange 2003's trailer under the entry, "<mx.example.org #5.1.1>", set off by a blank line: its status.
      if (i + 1 < lines.length && EXCHANGE_TRAILER.test(lines[i + 1]!)) continue
      break
    }
    // Another address alone on its line, outdented or level with this entry's: the next entry of the list. Exim
    // writes its entries with no blank line between them (deliver.c), each indented as the one before.
    if (ADDRESS_LINE.test(line) && (!/^\s/.test(line) || indentOf(line) <= entryIndent)) break
    // A rule between the recipient's sentence and its reason (NAVER's "---…" around "받는 사람이 회원님의 메일을
    // 수신차단 하였습니다", the recipient blocked your mail) is layout: right after the recipient's line the sentence
    // reads on past it as past a blank line (a blank line after it keeps the lead-in); further down, a rule closes
    // the sentence (it was read as one of its words before).
    if (RULE_LINE.test(line)) {
      if (out.length === 1) continue
      break
    }
    // A signature separator (RFC 3676's "-- "): what follows is a footer the system appends to every mail.
    if (FOOTER.test(line.trim()) || line.trimEnd() === '--') break
    // A list that starts each entry with its recipient: the next entry is another recipient's.
    const leading = (LEADING_ADDRESS.exec(line) ?? LABELLED_ADDRESS.exec(line))?.[1]?.toLowerCase()
    if (leading && leading !== lower) break
    out.push(line.trim())
  }
  // Cut before it is normalized: a line listing thousands of recipients would be read whole for each of them.
  return oneSpace(headAndTail(out.join(' '), MAX_SENTENCE)).trim()
}

/** The most of a sentence read (its head and tail beyond): twelve lines of a reply are far shorter. */
export const MAX_SENTENCE = 4096

/**
 * Whether the block from line `from` on (at most {@link MAX_LIST_LINES} lines) names another entry of the list that
 * holds line `at`: by its address anywhere in a line, or by its local part as a transcript writes it ("<<< 550
 * joe...User unknown"). Entries are the addresses alone on their lines around `at`, blank lines between; a list of
 * more than {@link MAX_SHARED_ENTRIES} shares nothing.
 */
function namesAnEntry(
  lines: readonly string[],
  lowered: readonly string[],
  at: number,
  from: number,
  lower: string
): boolean {
  const entries: string[] = []
  const entryAt = (i: number) => {
    if (lines[i]!.trim() === '') return true
    const address = aloneAddress(lowered[i]!)
    if (address === undefined) return false
    if (address !== lower) entries.push(address)
    return true
  }
  for (let i = at - 1; i >= 0 && at - i <= 2 * MAX_SHARED_ENTRIES + 2 && entryAt(i); i--);
  for (let i = at + 1; i < from && entryAt(i); i++);
  if (entries.length === 0) return false
  if (entries.length > MAX_SHARED_ENTRIES) return true
  const end = Math.min(lowered.length, from + MAX_LIST_LINES)
  for (let i = from, seen = false; i < end; i++) {
    const line = lowered[i]!
    // The block ends at its first blank line (a footer after it is no part of it).
    if (line.trim() === '') {
      if (seen) break
      continue
    }
    seen = true
    // A line longer than any report writes is not searched: it ends the sharing, which costs only a reason.
    if (line.length > MAX_SHARED_LINE) return true
    for (const entry of entries) {
      if (mentions(line, entry)) return true
      const local = entry.slice(0, entry.lastIndexOf('@'))
      if (line.includes(`${local}...`) || line.includes(`<${local}>...`)) return true
    }
  }
  return false
}
const MAX_SHARED_LINE = 400
/** How many other entries a list may have for the block below it to be shared by them all. */
const MAX_SHARED_ENTRIES = 32

/**
 * Whether `line` is a transcript's line about another recipient than `lower`: a RCPT TO giving another mailbox
 * (Sendmail writes the local part alone: ">>> RCPT To:<joe>") or a reply or line headed by another's address
 * ("550 <joe@…>... User unknown", "<joe@…>... Deferred: …").
 */
function namesAnother(line: string, lower: string): boolean {
  const mailbox = (RCPT_MAILBOX.exec(line) ?? HEADED_BY_ADDRESS.exec(line))?.[1]?.toLowerCase()
  return mailbox !== undefined && mailbox !== lower && mailbox !== lower.slice(0, lower.lastIndexOf('@'))
}
const RCPT_MAILBOX = /\bRCPT TO:[ \t]*<([^<>\s]{1,320})>/i
const HEADED_BY_ADDRESS =
  /^[ \t]*(?:<<<[ \t]*)?(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?)?<([^<>\s@]{1,64}@[^<>\s]{1,255})>/

/** Whether the line after a list's entry leaves it bare: the list goes on, or a blank line or the end follows. */
const bareEntry = (next: string | undefined) =>
  next === undefined || next.trim() === '' || ADDRESS_LINE.test(next)

/** A line drawn across the text: dashes, equals signs or underscores alone. */
const RULE_LINE = /^[ \t]*(?:-{5,}|={5,}|_{5,})[ \t]*$/
/**
 * A report's closing courtesy lines, never part of a recipient's sentence: DTI's "Please reply to <postmaster> if
 * you feel this message to be in error" (its "Mail System Error - Returned Mail", as dream.jp and busblog.jp show).
 */
const FOOTER = /^(?:please reply to\b|if you feel this message (?:to be|is) in error)/i

const LEADING_ADDRESS = /^<?([^\s@<>]+@[^\s@<>]+?)>?[\s:]/
/** "Recipient: jane@…" (and the other labels a report names a recipient with): the next recipient's entry. */
const LABELLED_ADDRESS =
  /^\s*(?:RCPT TO|Recipient(?: address)?|Original-Recipient|Failed recipient|To)\s*:\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*$/i
const REPLY_LINE = /^[245]\d\d[ -]/
/**
 * Whether `line` is a long one with a reply code that breaks off mid-sentence (a letter, digit or comma ends it)
 * and names no address (that would be another recipient's reply).
 */
function wrappedBefore(line: string): boolean {
  const last = line.trimEnd().at(-1) ?? ''
  return (
    line.length >= 40 &&
    line.length <= MAX_WRAPPED &&
    /[A-Za-z0-9,]/.test(last) &&
    !line.includes('@') &&
    /\b[245]\d\d[ -]/.test(line)
  )
}

/** A hard-wrapped line is a screen's width, never this long. */
const MAX_WRAPPED = 200

/** Whether `line` reads as the wrapped rest of `above`: a word in lower case first, indented no less. */
function continuesAbove(line: string, above: string): boolean {
  if (indentOf(line) < indentOf(above)) return false
  const first = /^[ \t]*(\S+)/.exec(line)?.[1] ?? ''
  return /^[a-z(]/.test(first) && !first.includes('@') && !ADDRESS_LINE.test(line)
}
const EXCHANGE_TRAILER = /^[ \t]*<[^\s<>]{1,255} #[45]\.\d{1,3}\.\d{1,3}\b/
export const ADDRESS_LINE = /^\s*<?[^\s@<>]+@[^\s@<>]+>?:?\s*$/

/**
 * A report that says the remote server rejected the recipients themselves ("Each of the following recipients was
 * rejected by a remote mail server", and its Japanese text, in DTI's "Mail System Error - Returned Mail" as
 * dream.jp shows it): their reasons are answers to RCPT TO.
 */
const REJECTED_BY_REMOTE =
  /\brecipients? (?:was|were) rejected by (?:a |the )?remote (?:mail )?server\b|受取人は、?相手のメールサーバー?に拒否されました/i

/** The SMTP stage a sentence names. */
export function stageOf(text: string): SmtpStage | null {
  // Yahoo's bounce tags the reply with its stage ("Remote host said: 550 5.1.1 … User Unknown [RCPT_TO]"); chasquid
  // sends MAIL FROM and RCPT TO together and names a refusal "MAIL+RCPT 550 …" (internal/courier/smtp.go).
  // qmail-remote.c writes each stage in its own words: "<host> does not like recipient." (RCPT), "<host> failed on
  // DATA command" and "failed after I sent the message" (DATA). Its "Connected to <host> but sender was rejected"
  // (MAIL) is not read as that stage: the labels keep a reputation deferral there (Yahoo's TSS04) as badreputation,
  // where a Postfix report of the same reply at MAIL FROM is rejected.
  if (
    /\b(?:RCPT TO|in reply to RCPT|after (?:pipelined )?RCPT|SMTP:RCPT|does not like recipient)\b|\[RCPT_TO\]|\bMAIL\+RCPT\b/i.test(
      text
    )
  )
    return 'rcpt'
  // The command as MTAs write it ("after MAIL FROM:<…>", "in reply to MAIL FROM command", Sendmail's ">>> MAIL
  // From:<…>"), upper-case: a reply's own words "… is not accepting mail from this sender" (AOL's help) name no stage.
  if (/\bMAIL (?:FROM|From)\b|\b(?:[Ii]n reply to|[Aa]fter (?:[Pp]ipelined )?)MAIL\b/.test(text))
    return 'mail'
  if (
    /\b(?:end of data|after (?:pipelined )?DATA|in reply to DATA|DATA command|failed after I sent the message)\b/i.test(
      text
    )
  )
    return 'data'
  // qmail-remote.c names a refused HELO in its own words: "Connected to … but my name was rejected."
  if (/\bbut my name was rejected\b/i.test(text)) return 'helo'
  if (
    /\b(?:HELO|EHLO)\b/.test(text) &&
    /\bin reply to (?:HELO|EHLO)|after (?:pipelined )?(?:HELO|EHLO)/i.test(text)
  )
    return 'helo'
  if (
    /\b(?:while connected|connect(?:ion)? to .* (?:refused|failed|reset)|in reply to initial greeting|after initial connection|banner|but greeting failed)\b/i.test(
      text
    )
  ) {
    return 'connect'
  }
  return null
}

/** Error section of a prose bounce: the report's lines without its courtesy boilerplate. */
function errorSection(lines: readonly string[]): string {
  return lines
    .filter((line) => {
      const trimmed = line.trim()
      return (
        !/^(?:this is the mail system|i'm sorry to have to inform you|for further assistance|if you do so, please include|delete your own text|the mail system\s*$|this message was created automatically|a message that you sent could not be delivered|(?:its )?recipients\. this is a permanent error|the following address(?:\(es\)|es)? failed)/i.test(
          trimmed
        ) &&
        !isHeading(trimmed) &&
        !FOOTER.test(trimmed)
      )
    })
    .join('\n')
    .trim()
}

/**
 * A section heading ("------- Failure Reasons --------", "****** Message from … ******"): never the error itself.
 * Two fixed-length tests: one pattern `[-=*_]{3,}.*[-=*_]{3,}$` backtracks cubically on a long run of dashes.
 */
const isHeading = (line: string) => /^[-=*_]{3}/.test(line) && /[-=*_]{3}$/.test(line)

export const HEADER_LINE = /^(?:subject|from|to|date|sent):/i

/** How many report lines above the address the phrase families may read for a reason: each costs a family pass. */
const MAX_REASON_LINES = 60

/** A line short enough to be one server's sentence, naming no address, that a strong phrase family reads as a reason. */
function readsAsReason(line: string): boolean {
  return (
    line.length >= 8 &&
    line.length <= 400 &&
    !line.includes('@') &&
    !HEADER_LINE.test(line) &&
    matchPhrase(line) !== null
  )
}

/**
 * The reason a report sets above its only recipient's address (EZweb's "The user(s) account is disabled.", Notes'
 * "User not listed in public Name & Address Book" over the address): the nearest line above it that a strong
 * family reads, naming no other address. Worked out once per report, and only for a report with one recipient,
 * so a recipient never borrows another's reason, nor a footer's words below it.
 */
export function reasonAbove({ lines, lowered }: ReportLines, address: string): string | null {
  const at = lowered.findIndex((line) => line.includes(address.toLowerCase()))
  for (let i = at - 1; i >= 0 && i >= at - MAX_REASON_LINES; i--) {
    const line = lines[i]!.trim()
    if (readsAsReason(line)) return line
  }
  return null
}

/** What follows a command line in a transcript: the server's reply on the next non-blank line (or the error's). */
const ANSWERED = /^(?:[ \t]*\r?\n)*(?:[ \t]*(?:<<<\s*)?[2345]\d\d[ -]|[ \t]*$)/

/**
 * The SMTP command a transcript shows before the first error reply (`>>> DATA` … `<<< 550 …`, or a plain
 * `RCPT TO:` line answered by the next line's `550 …`). A plain line answered by no reply is a summary's field, not
 * a command (XMail's "Mail From: <…>" / "Rcpt To:   <…>" / "Server: …" above the reason it quotes).
 */
export function transcriptStage(report: string): SmtpStage | null {
  const error = /^[ \t]*(?:<<<\s*)?[45]\d\d[ -]/m.exec(report)
  if (!error) return null
  let stage: SmtpStage | null = null
  const before = report.slice(0, error.index)
  for (const m of execAll(/^[ \t]*(>>>\s*)?(MAIL FROM|RCPT TO|DATA|HELO|EHLO)\b[^\n]*\n?/gim, before)) {
    if (!m[1] && !ANSWERED.test(before.slice(m.index + m[0].length))) continue
    const command = m[2]!.toUpperCase()
    // Pipelining MTAs (Sendmail) answer RCPT refusals after DATA: a transcript's DATA says nothing sure.
    stage =
      command === 'DATA' ? null : command === 'RCPT TO' ? 'rcpt' : command === 'MAIL FROM' ? 'mail' : 'helo'
  }
  return stage
}
