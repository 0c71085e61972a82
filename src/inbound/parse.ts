/**
 * Raw bounce message (RFC 822) → one result per failed recipient: RFC 3464 DSNs, RFC 5965 ARF complaints,
 * RFC 3834 auto-replies, and the prose bounces of MTAs that send neither. MIME via postal-mime; the report
 * logic is ours. Classification is the same `classify` the webhooks use.
 * @module
 */
import PostalMime, { type Email } from 'postal-mime'
import { type Classification, classify, type SmtpStage } from '../classify'
import { sesNotificationDrafts } from '../formats/ses-notification'
import { normalizeAddress } from '../lib/address'
import { isObject, str } from '../lib/json'
import { addressField, diagnosticField, type FieldBlock, fieldBlocks, headerBlock } from './fields'
import { mentionedAddresses, type Report, readReport, sentenceAbout, stageOf, withErrorLine } from './prose'

export type ReportKind = 'dsn' | 'arf' | 'autoreply' | 'prose'

export interface InboundResult {
  recipient: string
  /** The enhanced status code; when the report gives none, `4.0.0`/`5.0.0` (see {@link InboundResult.pseudoStatus}). */
  status: string | null
  /**
   * True when the report states no enhanced code and `status` is RFC 3463's "other undefined status" of the
   * class the failure shows (its reply code's, 4 for a delay, else 5): only the class is information.
   */
  pseudoStatus: boolean
  replycode: string | null
  diagnostic: string | null
  action: string | null
  command: SmtpStage | null
  reason: Classification['reason']
  hardbounce: boolean
  disposition: Classification['disposition']
  rule: string
  feedbacktype: string | null
  /** The original message's Message-ID, when the report includes it. */
  messageId: string | null
}

export interface InboundReport {
  kind: ReportKind | null
  results: InboundResult[]
  /** The bounce's own Message-ID. */
  messageId: string | null
  /** Why nothing was found, when nothing was. */
  why?: string
}

/** Upper bound on what is parsed (Email Routing's own limit). */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024

/** Failed recipients read from one message: real reports name a few, rarely hundreds; the rest is ignored. */
export const MAX_RESULTS = 1000

/** What one extractor found. */
interface Extracted {
  kind: ReportKind
  results: InboundResult[]
  why?: string
}

interface Parts {
  email: Email
  headers: FieldBlock
  text: string
  dsn: string | null
  feedback: string | null
  original: string | null
  /** The body's report, read once by whichever extractor needs it first ({@link reportOf}). */
  report?: Report
}

export interface ParseOptions {
  /**
   * The recipient a signed return path names: used when the report itself names none (and to pick the one
   * that matters when it names several).
   */
  recipient?: string
}

/** Parses a raw message. Never throws: a message it cannot read comes back with no results and a `why`. */
export async function parseBounce(
  raw: Uint8Array | string,
  options: ParseOptions = {}
): Promise<InboundReport> {
  let parts: Parts
  try {
    parts = await split(raw)
  } catch (err) {
    return {
      kind: null,
      results: [],
      messageId: null,
      why: `unreadable MIME: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200),
    }
  }
  const messageId = cleanId(parts.email.messageId)
  const originalId = parts.original ? cleanId(headerBlock(parts.original).get('message-id')) : null
  const found = parts.feedback
    ? arf(parts, originalId)
    : parts.dsn
      ? dsn(parts, originalId)
      : (sesJson(parts) ?? (isAutoReply(parts) ? autoReply(parts) : prose(parts, originalId)))
  if (options.recipient && found.results.length === 0 && found.kind !== 'autoreply') {
    // The report named nobody, but the signed return path does: classify the report's words for that address.
    const diagnostic = diagnosticOf(parts) ?? reportOf(parts).section
    found.results.push(
      build(options.recipient, { kind: 'bounce', diagnostic, stage: stageOf(diagnostic), originalId })
    )
  }
  if (found.results.length === 0)
    return { kind: found.kind, results: [], messageId, why: found.why ?? 'no failed recipient found' }
  return { kind: found.kind, results: found.results, messageId }
}

async function split(raw: Uint8Array | string): Promise<Parts> {
  const email = await PostalMime.parse(raw, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'utf8',
    maxNestingDepth: 64,
    maxHeadersSize: 1024 * 1024,
  })
  const headers: FieldBlock = new Map()
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value)
  let dsnText: string | null = null
  let feedback: string | null = null
  let original: string | null = null
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase()
    const content =
      typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content as ArrayBuffer)
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      // Some messages carry several reports: read them all.
      dsnText = dsnText ? `${dsnText}\n\n${content}` : content
    } else if (type === 'message/feedback-report') feedback ??= content
    else if (
      type === 'message/rfc822' ||
      type === 'text/rfc822-headers' ||
      type === 'message/global' ||
      type === 'message/rfc822-headers'
    ) {
      original ??= content
    }
  }
  let text =
    email.text ??
    (email.html
      ? email.html
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/<[^>]+>/g, ' ')
          .replace(/&nbsp;/g, ' ')
      : '')
  // A text part whose Content-Type parameters are malformed ("text/plain charset=…" without the `;`) comes back
  // as a nameless attachment while a later part becomes the text: read such parts first.
  const stray = email.attachments
    .filter((a) => !a.filename && /^text\/plain\s+\S/i.test(a.mimeType) && typeof a.content === 'string')
    .map((a) => a.content as string)
  if (stray.length > 0) text = [...stray, text].join('\n')
  // MIME too broken for the parser (a boundary on an unfolded line, say): read the raw body as text.
  if (!text.trim()) text = rawBody(raw)
  // Several reports concatenated in one file (a digest, an mbox excerpt): the parser reads only the first
  // message, so recover every recipient block the raw text holds.
  // Only what follows the first message's closing boundary counts: a quoted original is never read as a report.
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers.get('content-type') ?? '')?.[1]
  if (dsnText && boundary) {
    const rawText = typeof raw === 'string' ? raw : new TextDecoder().decode(raw)
    const end = rawText.indexOf(`--${boundary}--`)
    const rest = end >= 0 ? rawText.slice(end + boundary.length + 4) : ''
    const blocks = rest.match(/^Final-Recipient:[^\n]*\r?\n(?:[^\r\n]+\r?\n)*/gim) ?? []
    if (blocks.length > 0) dsnText = `${dsnText}\n\n${blocks.join('\n')}`
  }
  // Some MTAs put the delivery-status fields in the text body instead of their own part.
  if (!dsnText && /^(?:Final|Original)-Recipient:/im.test(text) && /^Status:\s*[245]\./im.test(text))
    dsnText = text
  // A bounce forwarded as an attachment (or a report wrapped by a relay): read the inner report instead.
  if (!dsnText && !feedback && original && /^Content-Type:\s*multipart\/report/im.test(original)) {
    const inner = await split(original)
    if (inner.dsn || inner.feedback) return inner
  }
  return { email, headers, text, dsn: dsnText, feedback, original }
}

function rawBody(raw: Uint8Array | string): string {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw)
  const start = text.search(/\r?\n\r?\n/)
  return start >= 0 ? text.slice(start).replace(/^--[^\n]*$/gm, '') : ''
}

// --- RFC 3464 ---------------------------------------------------------------------------------------------

function dsn(parts: Parts, originalId: string | null): Extracted {
  const blocks = fieldBlocks(parts.dsn ?? '', true)
  const recipients = blocks
    .filter((b) => b.has('final-recipient') || b.has('original-recipient') || b.has('x-actual-recipient'))
    .slice(0, MAX_RESULTS)
  const { lines, stage: reportStage, section } = reportOf(parts)
  const reporting = mtaHost(blocks.find((b) => b.has('reporting-mta'))?.get('reporting-mta'))
  const results: InboundResult[] = []
  for (const block of recipients) {
    const hosts = [reporting, mtaHost(block.get('remote-mta'))].filter((h): h is string => h !== null)
    const action = block.get('action')?.toLowerCase().trim() ?? null
    const delivered =
      (action && /^(?:delivered|relayed|expanded)/.test(action)) || /^\s*2\./.test(block.get('status') ?? '')
    if (delivered && !/^\s*[45]\./.test(block.get('status') ?? '')) {
      const address = addressField(block.get('final-recipient') ?? block.get('original-recipient'))
      const normalized = address ? normalizeAddress(address) : null
      if (normalized?.ok) {
        const diagnostic = diagnosticField(block.get('diagnostic-code'))
        results.push(
          build(normalized.address, {
            kind: 'delivered',
            action,
            status: statusOf(block),
            diagnostic,
            originalId,
          })
        )
      }
      continue
    }
    // The first recipient field that holds a storable address: a Final-Recipient rewritten to an internal alias
    // (`user@mailhub0`) falls back to the Original-Recipient the sender actually mailed.
    const normalized = ['final-recipient', 'original-recipient', 'x-actual-recipient']
      .map((name) => addressField(block.get(name)))
      .map((address) => (address ? normalizeAddress(address) : null))
      .find((n) => n?.ok)
    if (!normalized?.ok) continue
    const field = diagnosticField(block.get('diagnostic-code'))
    // Amazon SES wraps the receiving server's reply in its own words ("5.1.0 - Unknown address error
    // 550-'5.7.1 … Access denied' (delivery attempts: 0)"): the quoted reply is the evidence, with its own code.
    const wrapped = field ? /^\s*([45]\.\d{1,3}\.\d{1,3}) - .*?\b([45]\d\d)-'(.+)'/.exec(field) : null
    const diagnostic = wrapped ? `${wrapped[2]} ${wrapped[3]} (${wrapped[1]})` : field
    const sentence = sentenceAbout(lines, normalized.address)
    // The DSN's Diagnostic-Code is the receiving server's words; the prose adds the stage and, when the DSN
    // carries no diagnostic, the words themselves.
    // A Status comment ("5.2.1 (mailbox disabled, not accepting messages)") is the reporting MTA's reading of it.
    const comment = /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\((.{3,200})\)/.exec(block.get('status') ?? '')?.[1]
    const words = diagnostic ?? sentence ?? (section || null)
    const text = comment && words ? `${words} (${comment})` : (words ?? comment ?? null)
    results.push(
      build(normalized.address, {
        kind: action?.startsWith('delayed') ? 'deferred' : 'bounce',
        action,
        status:
          (wrapped ? /^\s*([245]\.\d{1,3}\.\d{1,3})\b/.exec(wrapped[3]!)?.[1] : null) ?? statusOf(block),
        diagnostic: text,
        stage: stageOf(`${sentence ?? ''} ${diagnostic ?? ''}`) ?? reportStage,
        // An `X-Unix` diagnostic is a local delivery program's exit status: the mailer failed, not the address.
        providerType: /^\s*x-unix\s*;/i.test(block.get('diagnostic-code') ?? '') ? 'LocalMailer' : null,
        hosts,
        originalId,
      })
    )
  }
  if (results.length === 0) return prose(parts, originalId)
  return { kind: 'dsn', results }
}

// --- RFC 5965 ---------------------------------------------------------------------------------------------

function arf(parts: Parts, originalId: string | null): Extracted {
  const fields = fieldBlocks(parts.feedback ?? '')[0] ?? new Map<string, string>()
  const feedbackType = fields.get('feedback-type')?.toLowerCase().trim() || 'abuse'
  const originalTo = parts.original ? headerBlock(parts.original).get('to') : undefined
  // Every Original-Rcpt-To line is a complained-about recipient (a report can list several).
  const listed = [...(parts.feedback ?? '').matchAll(/^(?:Original-Rcpt-To|Removal-Recipient):\s*(.+)$/gim)]
    .map((m) => addressField(m[1]))
    .filter((a): a is string => a !== null)
  const candidates =
    listed.length > 0 ? listed : [firstAddress(originalTo)].filter((a): a is string => a !== null)
  const recipients = [
    ...new Set(candidates.map((c) => normalizeAddress(c)).flatMap((n) => (n.ok ? [n.address] : []))),
  ]
  // ARF reports often redact the recipient; Sisimai's convention for "none given" keeps the report countable.
  if (recipients.length === 0) recipients.push('undisclosed-recipient-in-headers@libsisimai.org.invalid')
  return {
    kind: 'arf',
    results: recipients.map((r) => build(r, { kind: 'complaint', feedbackType, originalId })),
  }
}

// --- RFC 3834 ---------------------------------------------------------------------------------------------

function isAutoReply(parts: Parts): boolean {
  const auto = parts.headers.get('auto-submitted')?.toLowerCase() ?? ''
  const subject = parts.headers.get('subject') ?? ''
  if (/^auto-(?:replied|notified)/.test(auto) && !looksLikeBounce(parts)) return true
  if (parts.headers.has('x-autoreply') || parts.headers.has('x-autorespond')) return true
  return (
    /^(?:auto(?:matic)? ?reply|out of (?:the )?office|auto:|away|autoresponse|vacation)/i.test(subject) &&
    !looksLikeBounce(parts)
  )
}

function looksLikeBounce(parts: Parts): boolean {
  const from = parts.headers.get('from') ?? ''
  const subject = parts.headers.get('subject') ?? ''
  return (
    /mailer-daemon|postmaster|mail delivery/i.test(from) ||
    /undeliver|delivery (?:status|failure)|returned mail|failure notice|non.?delivery|could not be delivered/i.test(
      subject
    )
  )
}

function autoReply(parts: Parts): Extracted {
  const from = normalizeAddress(firstAddress(parts.headers.get('from')) ?? '')
  if (!from.ok) return { kind: 'autoreply', results: [] }
  return { kind: 'autoreply', results: [build(from.address, { kind: 'autoreply', originalId: null })] }
}

// --- Amazon SES notifications sent by e-mail ----------------------------------------------------------------

/** SES can mail its JSON notifications (SNS e-mail subscriptions): read them like the webhook does. */
function sesJson(parts: Parts): Extracted | null {
  const start = parts.text.search(/\{\s*"(?:notificationType|eventType)"/)
  if (start < 0) return null
  const object = balancedObject(parts.text, start)
  let doc: unknown
  try {
    doc = JSON.parse(object)
  } catch {
    // Mailers wrap long lines ("\n " inside a string): undo the wrapping and try once more.
    try {
      doc = JSON.parse(object.replace(/\r?\n[ \t]/g, ''))
    } catch {
      return null
    }
  }
  if (!isObject(doc)) return null
  const kind = str(doc.eventType) ?? str(doc.notificationType) ?? ''
  const mail = isObject(doc.mail) ? doc.mail : {}
  const drafts = sesNotificationDrafts(kind, doc, '', mail.messageId)
  if (!drafts) return null
  const results = drafts.flatMap((d) => {
    const address = normalizeAddress(d.recipient)
    if (!address.ok) return []
    return [
      build(address.address, {
        kind:
          d.kind === 'complaint'
            ? 'complaint'
            : d.kind === 'delivered'
              ? 'delivered'
              : d.kind === 'deferred'
                ? 'deferred'
                : 'bounce',
        status: typeof d.status === 'string' ? d.status : null,
        diagnostic: typeof d.diagnostic === 'string' ? d.diagnostic : null,
        providerType: typeof d.providerType === 'string' ? d.providerType : null,
        feedbackType: typeof d.feedbackType === 'string' ? d.feedbackType : null,
        originalId: typeof mail.messageId === 'string' ? mail.messageId : null,
      }),
    ]
  })
  return { kind: 'prose', results }
}

/** The JSON object that starts at `start`: up to its matching brace, strings and escapes respected. */
function balancedObject(text: string, start: number): string {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return text.slice(start)
}

// --- prose ------------------------------------------------------------------------------------------------

function prose(parts: Parts, originalId: string | null): Extracted {
  const { text: report, lines, stage: reportStage, section } = reportOf(parts)
  const exclude = new Set<string>()
  for (const key of ['from', 'to', 'return-path', 'reply-to', 'sender']) {
    const a = firstAddress(parts.headers.get(key))
    if (a) exclude.add(a.toLowerCase())
  }
  // Exchange quotes the original's header ("Your message  To: …  Subject: …  Sent: …"): that To is the sender's
  // own addressee list, not the failed recipient, which the report names further down.
  for (const m of report.matchAll(
    /^[ \t]*To:\s*<?([^\s<>]+@[^\s<>]+?)>?\s*\r?\n\s*Subject:[^\n]*\r?\n\s*Sent:/gim
  ))
    exclude.add(m[1]!.toLowerCase())
  // Message ids look like addresses ("<2019…@host>"): the lines that carry them name no recipient.
  for (const m of report.matchAll(
    /^[ \t]*(?:Message-ID|In-Reply-To|References)\s*:\s*<([^<>\s]+@[^<>\s]+)>/gim
  ))
    exclude.add(m[1]!.toLowerCase())
  // A transcript's envelope sender is never a failed recipient.
  for (const m of report.matchAll(/\bMAIL\s+FROM:\s*<([^<>\s]+@[^<>\s]+)>/gi))
    exclude.add(m[1]!.toLowerCase())
  const failed = (parts.headers.get('x-failed-recipients') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  // Lines that name the failed recipient outright come first; then every address the report mentions.
  const named = [
    ...report.matchAll(
      /^[ \t]*(?:RCPT TO|Recipient(?: address)?|Original-Recipient|Failed recipient|To)\s*:\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$/gim
    ),
  ]
    .map((m) => m[1]!)
    .filter((a) => !exclude.has(a.toLowerCase()))
  // Addresses on a line that also carries an error (a code or an error word) are failed recipients too.
  // (One pass over the lines: a check per address and line would be quadratic in a long hostile list.)
  const onErrorLines = new Set(
    lines.lowered
      .filter((line) =>
        /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|invalid|rejected|refused|failed|not found|no such|full|quota/.test(
          line
        )
      )
      .flatMap((line) => mentionedAddresses(line, new Set()))
  )
  const mentioned = mentionedAddresses(report, exclude)
  const erroneous = mentioned.filter((a) => onErrorLines.has(a))
  // X-Failed-Recipients names the address after the MTA's own rewriting (aliases, redirects); when the report
  // names none of those but names another address, that one is what the sender actually mailed.
  const reportLower = report.toLowerCase()
  const failedNamed = failed.filter((a) => reportLower.includes(a.toLowerCase()))
  const useFailed = failed.length > 0 && (failedNamed.length > 0 || mentioned.length === 0)
  const candidates = useFailed
    ? failed
    : named.length > 0
      ? [...new Set([...named, ...erroneous])]
      : erroneous.length > 0
        ? erroneous
        : mentioned.length > 0
          ? mentioned
          : // A message sent to oneself bounces to the same address it failed for.
            mentionedAddresses(report, new Set())
  const fallback =
    candidates.length === 0 && parts.original ? firstAddress(headerBlock(parts.original).get('to')) : null
  const addresses = candidates.length > 0 ? candidates : fallback ? [fallback] : []
  const delayed = isDelayNotice(parts.headers.get('subject') ?? '', report)
  const results: InboundResult[] = []
  for (const candidate of addresses.slice(0, MAX_RESULTS)) {
    const normalized = normalizeAddress(candidate)
    if (!normalized.ok || results.some((r) => r.recipient === normalized.address)) continue
    const sentence = sentenceAbout(lines, normalized.address)
    const text = withErrorLine(sentence, section)
    results.push(
      build(normalized.address, {
        kind: delayed ? 'deferred' : 'bounce',
        action: delayed ? 'delayed' : null,
        diagnostic: text || null,
        stage: stageOf(text ?? '') ?? reportStage,
        originalId,
      })
    )
  }
  return {
    kind: 'prose',
    results,
    why: results.length === 0 ? 'no recipient found in the report' : undefined,
  }
}

/**
 * A warning that the message is still queued (Gmail's "(Delay)", Exim's "Warning: message … delayed", Sendmail's
 * "Warning: could not send message for past 4 hours", Postfix's "Delayed Mail (still being retried)"): the
 * failure is temporary and the message may yet arrive.
 */
function isDelayNotice(subject: string, report: string): boolean {
  return (
    /\bdelay(?:ed)?\b|still being retried|^warning: could not send|delivery (?:incomplete|postponed)/i.test(
      subject
    ) ||
    /this is a warning message only|^[ \t]*delivery to the following recipients? (?:has been|was) delayed|will be retried for|^[ \t]*no action is required on your part/im.test(
      report
    )
  )
}

// --- shared -----------------------------------------------------------------------------------------------

function reportOf(parts: Parts): Report {
  parts.report ??= readReport(parts.text)
  return parts.report
}

/** The first Diagnostic-Code of a DSN part, if any. */
function diagnosticOf(parts: Parts): string | null {
  for (const block of fieldBlocks(parts.dsn ?? '', true)) {
    const d = diagnosticField(block.get('diagnostic-code'))
    if (d) return d
  }
  return null
}

interface Found {
  kind: 'bounce' | 'deferred' | 'delivered' | 'complaint' | 'autoreply'
  providerType?: string | null
  action?: string | null
  status?: string | null
  diagnostic?: string | null
  stage?: SmtpStage | null
  feedbackType?: string | null
  /** Hosts the report names (Reporting-MTA, Remote-MTA), for the providers' own rules. */
  hosts?: string[]
  originalId: string | null
}

function build(recipient: string, found: Found): InboundResult {
  const diagnostic = found.diagnostic ? found.diagnostic.replace(/\s+/g, ' ').trim().slice(0, 1000) : null
  const c: Classification =
    found.kind === 'autoreply'
      ? {
          reason: 'vacation',
          disposition: 'none',
          hardbounce: false,
          rule: 'kind:autoreply',
          status: null,
          replyCode: null,
        }
      : classify({
          kind: found.kind,
          status: found.status ?? null,
          diagnostic,
          feedbackType: found.feedbackType ?? null,
          stage: found.stage ?? null,
          providerType: found.providerType ?? hostHint(recipient),
          hosts: [recipient.slice(recipient.lastIndexOf('@') + 1), ...(found.hosts ?? [])],
          fromReport: true,
        })
  const pseudo = c.status === null && (found.kind === 'bounce' || found.kind === 'deferred')
  return {
    recipient,
    status: pseudo ? undefinedStatus(found.kind === 'deferred', c.replyCode) : c.status,
    pseudoStatus: pseudo,
    replycode: c.replyCode,
    diagnostic,
    action: found.action ?? null,
    command: found.stage ?? null,
    reason: c.reason,
    hardbounce: c.hardbounce,
    disposition: c.disposition,
    rule: c.rule,
    feedbacktype: found.kind === 'complaint' ? (found.feedbackType ?? 'abuse') : null,
    messageId: found.originalId,
  }
}

/** RFC 3463's `X.0.0` of the failure's class: a reply code's class, 4 for a delay, 5 for a failure report. */
function undefinedStatus(delayed: boolean, replyCode: string | null): string {
  const transient = replyCode ? replyCode[0] === '4' : delayed
  return transient ? '4.0.0' : '5.0.0'
}

/** Providers whose refusals mean one thing whatever their words (Sisimai's host rules, generalized). */
function hostHint(recipient: string): string | null {
  return recipient.endsWith('@googlegroups.com') ? 'googlegroups' : null
}

/** "Status: 4.4.7 (unable to deliver …)": the code is the first token. */
function statusOf(block: FieldBlock): string | null {
  return /^\s*([245]\.\d{1,3}\.\d{1,3})/.exec(block.get('status') ?? '')?.[1] ?? null
}

/** `dns; mx.example.net (192.0.2.1, …)` → `mx.example.net`. */
function mtaHost(value: string | undefined): string | null {
  const m = value ? /^\s*(?:dns\s*;\s*)?\[?([a-z0-9.-]+\.[a-z]{2,})\.?\]?/i.exec(value) : null
  return m ? m[1]!.toLowerCase() : null
}

function firstAddress(value: string | undefined): string | null {
  if (!value) return null
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /([^\s<>,;:"]+@[^\s<>,;:"]+)/.exec(value)
  return m ? m[1]! : null
}

function cleanId(value: string | undefined | null): string | null {
  if (!value) return null
  const m = /<([^<>]+)>/.exec(value)
  return (m ? m[1]! : value.trim()).slice(0, 300) || null
}
