/**
 * MIME access for the extractors: a raw message split once into its headers, its body text and the report parts
 * they read (delivery-status, feedback-report, the returned original), with the repairs real bounces need. Read by
 * `mime-reader.ts` (fast, synchronous), or by postal-mime where that reader defers.
 * @module
 */
import PostalMime, { decodeWords } from 'postal-mime'
import { withScreenNames } from './aol-screen-names'
import type { Budget } from './budget'
import type { FieldBlock } from './fields'
import { htmlToText } from './html-text'
import { restoreLostFolds } from './lost-fold'
import { byteText, fallbackRefusal, type Mail, type MailPart, readMail, TooCostly } from './mime-reader'
import { forwardedMessages, type PastedNote, pastedNotes, personsPaste } from './person-quote'
import { type Report, readReport } from './prose'

/** A message as the extractors read it. */
export interface Parts {
  email: Mail
  headers: FieldBlock
  text: string
  /** Every delivery-status part, concatenated. */
  dsn: string | null
  feedback: string | null
  /** The returned original (message or headers only). */
  original: string | null
  /** The body's report, read once by whichever extractor needs it first ({@link reportOf}). */
  report?: Report
  /**
   * A person's forward read from the message it quotes ({@link reportOf}): the notes above its quote headers that paste
   * a server's failure, innermost first, to read in turn when the quoted message decides nothing ({@link rereadNote}).
   */
  notesWithFailure?: PastedNote[]
  /**
   * A person's own message that pastes a server's failure, read from the paste ({@link reportOf}): only these
   * addresses, which the paste names, may have failed.
   */
  pasteNamed?: Set<string>
  /** The message's work budget ({@link affords}); none means unbounded (the parser always sets one). */
  budget?: Budget
}

/** Fixed cost charged per recipient on top of the text its steps scan (classification, normalization). */
const PER_RECIPIENT_UNITS = 1024

/** Charges one recipient's work (`scanned` characters) to the message's budget: false once it is spent. */
export function affords(parts: Parts, scanned: number): boolean {
  return parts.budget?.spend(PER_RECIPIENT_UNITS + scanned) ?? true
}

const PARSE_OPTIONS = {
  forceRfc822Attachments: true,
  attachmentEncoding: 'utf8',
  maxNestingDepth: 64,
  maxHeadersSize: 1024 * 1024,
} as const

/** postal-mime's reading, for what the reader defers; never of a message too costly for it (`fallbackRefusal`). */
async function parseWithPostalMime(raw: Uint8Array | string): ReturnType<typeof PostalMime.parse> {
  const refusal = fallbackRefusal(typeof raw === 'string' ? raw : byteText(raw))
  if (refusal) throw new TooCostly(refusal)
  return PostalMime.parse(raw, PARSE_OPTIONS)
}

/** Splits a raw message; throws when postal-mime cannot read it at all. */
export async function splitMessage(message: Uint8Array | string, depth = 0): Promise<Parts> {
  let raw = message
  let email = readMail(raw, isReadPart) ?? (await parseWithPostalMime(raw))
  // A multipart message without a boundary may have lost the fold before it (lost-fold.ts): read again, repaired.
  // Only then: looking for one in every header cost 2 % of a parse.
  if (multipartWithoutBoundary(email)) {
    const repaired = restoreLostFolds(raw)
    if (repaired !== raw) {
      raw = repaired
      email = readMail(raw, isReadPart) ?? (await parseWithPostalMime(raw))
    }
  }
  const headers = firstHeaders(email)
  const sections = reportSections(email.attachments)
  const text = withScreenNames(headers, bodyText(email, raw))
  let dsn = sections.dsn && withTrailingRecipientBlocks(sections.dsn, headers, raw)
  // Some MTAs put the delivery-status fields in the text body instead of their own part. (Not a bounce of Mailman's
  // probe that copies the probe inline: those fields are its attached sample's, an older bounce.)
  if (
    !dsn &&
    /^(?:Final|Original)-Recipient:/im.test(text) &&
    /^Status:\s*[245]\./im.test(text) &&
    !LIST_PROBE.test(text)
  )
    dsn = text
  // A bounce forwarded as an attachment (or a report wrapped by a relay): read the inner report instead. Not under a
  // list manager's bounce probe, which attaches the member's old bounce as a sample (Mailman's probe.txt).
  const { feedback, original } = sections
  if (
    !dsn &&
    !feedback &&
    original &&
    !LIST_PROBE.test(text) &&
    depth < MAX_NESTED_REPORTS &&
    /^Content-Type:\s*multipart\/report/im.test(original)
  ) {
    const inner = await splitMessage(original, depth + 1)
    if (inner.dsn || inner.feedback) return inner
  }
  return { email, headers, text, dsn, feedback, original }
}

/** Whether the message's own Content-Type is multipart with no boundary parameter. */
function multipartWithoutBoundary(email: Mail): boolean {
  const type = email.headers.find((h) => h.key === 'content-type')?.value ?? ''
  return /^\s*multipart\//i.test(type) && !/\bboundary\s*=/i.test(type)
}

/** Mailman's bounce probe (2.1's and 3's probe.txt), which carries an old bounce only as a sample. */
const LIST_PROBE = /\bthis is a probe message\.\s+you can ignore this message\b/i

/**
 * How many reports deep a wrapped report is looked for. A relay's or a person's wrapping is one or two levels; every
 * level waited on keeps its parsed copy in memory, and a crafted message nests thousands in a few hundred kilobytes.
 */
export const MAX_NESTED_REPORTS = 3

/** The body's report (see `prose.ts`), read on first use and kept on the parts. */
export function reportOf(parts: Parts): Report {
  if (!parts.report) {
    // A person's forward of a bounce is read from the message it quotes: the person's note names no failed recipient.
    const levels = forwardedMessages(parts.headers, parts.text)
    parts.notesWithFailure = pastedNotes(levels)
    // A person's own message (no forward) is read from what it pastes, never the person's words or signature.
    const paste = levels.length === 0 ? personsPaste(parts.headers, parts.text) : null
    if (paste) parts.pasteNamed = paste.named
    parts.report = readReport(paste?.text ?? levels.at(-1)?.body ?? parts.text)
  }
  return parts.report
}

/**
 * Reads, after all, the next note of a person's forward that pastes a server's failure, when what was read decided
 * nothing: the person quoted their own original under the server's error line. Answers the addresses that may have
 * failed, or null when no note is left.
 */
export function rereadNote(parts: Parts): Set<string> | null {
  const next = parts.notesWithFailure?.shift()
  if (next === undefined) return null
  parts.report = readReport(next.text)
  return next.named
}

/**
 * The message's headers, the first occurrence of each; the subject with its RFC 2047 encoded words decoded (a
 * localized "Automatic reply" or "Undeliverable" is usually sent encoded).
 */
function firstHeaders(email: Mail): FieldBlock {
  const headers: FieldBlock = new Map()
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value)
  const subject = headers.get('subject')
  if (subject?.includes('=?')) headers.set('subject', decodeWords(subject))
  return headers
}

const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/rfc822-headers',
])

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])

/**
 * The parts whose content the extractors read (the others' content is never decoded): the report's own parts,
 * and text parts whose malformed Content-Type made them attachments ({@link bodyText}).
 */
function isReadPart(type: string): boolean {
  return (
    DSN_TYPES.has(type) ||
    type === 'message/feedback-report' ||
    // An MDN's fields tell a Sieve rejection from a read receipt (nonbounce.ts).
    type === 'message/disposition-notification' ||
    ORIGINAL_TYPES.has(type) ||
    /^text\/plain\s/.test(type)
  )
}

/** The parts a report consists of, by MIME type. */
function reportSections(attachments: MailPart[]): Pick<Parts, 'dsn' | 'feedback' | 'original'> {
  let dsn: string | null = null
  let feedback: string | null = null
  let original: string | null = null
  for (const a of attachments) {
    const type = a.mimeType.toLowerCase()
    const content =
      typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content as ArrayBuffer)
    if (DSN_TYPES.has(type)) {
      // Some messages carry several reports: read them all.
      dsn = dsn ? `${dsn}\n\n${content}` : content
    } else if (type === 'message/feedback-report') feedback ??= content
    else if (ORIGINAL_TYPES.has(type)) original ??= content
  }
  return { dsn, feedback, original }
}

/** The human-readable body: the text part, else the HTML's text, else (MIME too broken) the raw body. */
function bodyText(email: Mail, raw: Uint8Array | string): string {
  let text = email.text ?? (email.html ? htmlToText(email.html) : '')
  // A text part whose Content-Type parameters are malformed ("text/plain charset=…" without the `;`) comes back
  // as a nameless attachment while a later part becomes the text: read such parts first.
  const stray = email.attachments
    .filter((a) => !a.filename && /^text\/plain\s+\S/i.test(a.mimeType) && typeof a.content === 'string')
    .map((a) => a.content as string)
  if (stray.length > 0) text = [...stray, text].join('\n')
  // MIME too broken for the parser (a boundary on an unfolded line, say): read the raw body as text.
  return text.trim() ? text : rawBody(raw)
}

function rawBody(raw: Uint8Array | string): string {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw)
  const start = text.search(/\r?\n\r?\n/)
  return start >= 0 ? text.slice(start).replace(/^--[^\n]*$/gm, '') : ''
}

/**
 * Several reports concatenated in one file (a digest, an mbox excerpt): the parser reads only the first message,
 * so every recipient block the raw text holds after the first message's closing boundary is added (a quoted
 * original, inside that message, is never read as a report).
 */
function withTrailingRecipientBlocks(dsn: string, headers: FieldBlock, raw: Uint8Array | string): string {
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers.get('content-type') ?? '')?.[1]
  if (!boundary) return dsn
  const rest = afterDelimiter(raw, `--${boundary}--`)
  const blocks = rest.match(/^Final-Recipient:[^\n]*\r?\n(?:[^\r\n]+\r?\n)*/gim) ?? []
  return blocks.length > 0 ? `${dsn}\n\n${blocks.join('\n')}` : dsn
}

const utf8 = new TextDecoder()
/** For text that starts mid-message: a U+FEFF there is a character, not a byte order mark. */
const utf8Tail = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/**
 * The raw text after the first `delimiter`, or ''. An ASCII delimiter is found in the bytes' single-byte view (an
 * ASCII byte is itself in UTF-8 too), so only what follows it is decoded.
 */
function afterDelimiter(raw: Uint8Array | string, delimiter: string): string {
  if (typeof raw !== 'string' && /^[\x21-\x7e]+$/.test(delimiter)) {
    const end = byteText(raw).indexOf(delimiter)
    return end >= 0 ? utf8Tail.decode(raw.subarray(end + delimiter.length)) : ''
  }
  const rawText = typeof raw === 'string' ? raw : utf8.decode(raw)
  const end = rawText.indexOf(delimiter)
  return end >= 0 ? rawText.slice(end + delimiter.length) : ''
}
