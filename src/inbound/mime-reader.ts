/**
 * A one-pass, synchronous MIME reader for reports: the fields the extractors read (headers, text, HTML, the parts'
 * types and contents, Message-ID), the same as postal-mime 4 gives with `mime.ts`'s options, at a fraction of its
 * cost (it walks the bytes once and decodes each part once, with no promise per line).
 *
 * It gives up (`null`) wherever it does not reproduce postal-mime exactly — text it cannot prove decoded alike (a
 * charset label outside `mime-text.ts`'s set, unless the text is ASCII under a label postal-mime could only
 * resolve to an ASCII-preserving decoder), comments or RFC 2231 sections in a content header (`mime-header.ts`),
 * a calendar part, text postal-mime would convert between HTML and plain, limits exceeded — and the caller then
 * asks postal-mime. The equivalence is checked message by message in `test/oracles/mime-reader.oracle.test.ts`.
 * @module
 */
import { decodeWords } from 'postal-mime'
import { asciiBody, type BodyRange, decodeBody, hasNonAscii, isAscii } from './mime-decode'
import { hasComment, readStructured, type Structured, trimCarriageReturns, trimWsp } from './mime-header'
import { ASCII_COMPATIBLE, asciiSafeLabel, CHARSETS, SHIFTS, unflow } from './mime-text'

/** A header as postal-mime reports it: lower-case name, unfolded and trimmed value. */
export interface MailHeader {
  key: string
  value: string
}

/** A part that is not body text (postal-mime's attachment, with `attachmentEncoding: 'utf8'`). */
export interface MailPart {
  mimeType: string
  content: string | ArrayBuffer | Uint8Array
  filename: string | null
}

/** The fields of a parsed message the extractors read (a subset of postal-mime's `Email`). */
export interface Mail {
  headers: MailHeader[]
  text?: string
  html?: string
  attachments: MailPart[]
  messageId?: string
}

const CR = 0x0d
const DASH = 0x2d
const MAX_DEPTH = 64
const MAX_HEADER_BYTES = 1024 * 1024
/**
 * MIME parts one message may have. A report has a few; a returned original with its attachments some dozens. Millions
 * of empty parts in 25 MiB cost seconds of CPU to split (and postal-mime more), for nothing a report can say.
 */
export const MAX_PARTS = 2000

/** A message no reader can afford: more than {@link MAX_PARTS} parts, or one postal-mime must not be handed. */
export class TooCostly extends Error {}

/**
 * Lines postal-mime is handed at most (it costs about a microsecond or two a line): a 25 MiB report with its original's
 * attachments in base64 has some 350,000 (76 characters a line); only a message of short lines has more.
 */
export const MAX_FALLBACK_LINES = 500_000

/**
 * Why postal-mime, which this reader defers to, must not read `text`, or null: more lines than
 * {@link MAX_FALLBACK_LINES}, or more lines opening with "--" than {@link MAX_PARTS} parts could need (every part
 * needs a boundary line). Counted before it is handed the message, in one pass of `indexOf`.
 */
export function fallbackRefusal(text: string): string | null {
  let lines = 0
  let dashed = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_FALLBACK_LINES) return `more than ${MAX_FALLBACK_LINES} lines`
    if (text.charCodeAt(at + 1) === DASH && text.charCodeAt(at + 2) === DASH && ++dashed > MAX_PARTS * 4)
      return `more than ${MAX_PARTS} MIME parts`
  }
  return null
}

const utf8 = new TextDecoder('utf-8')
/** One character per byte (offsets in the text are offsets in the bytes); ASCII stays ASCII. */
const singleByte = new TextDecoder('latin1')
const headerDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const encoder = new TextEncoder()

const views = new WeakMap<Uint8Array, string>()

/**
 * The bytes as text, one character per byte (a single-byte decoding: offsets agree, ASCII stays ASCII), made once
 * per message for whoever scans it (this reader, `mime.ts`).
 */
export function byteText(bytes: Uint8Array): string {
  let text = views.get(bytes)
  if (text === undefined) {
    text = singleByte.decode(bytes)
    views.set(bytes, text)
  }
  return text
}

/** Thrown inside the reader where postal-mime must decide; never leaves this module (one instance: no stack). */
class Defer {}
const DEFER = new Defer()

interface MimeNode {
  parent: MimeNode | null
  depth: number
  state: 'header' | 'body' | 'finished'
  headerStart: number
  headerEnd: number
  bodyStart: number
  bodyEnd: number
  type: Structured
  multipart: string | false
  disposition: string
  filename: string | null
  encoding: string
  headers: MailHeader[]
  children: MimeNode[]
  finalized: number
}

interface Boundary {
  value: string
  node: MimeNode
}

/** Which parts' content the caller reads; the others come back with an empty content, never decoded. */
export type WantedParts = (mimeType: string) => boolean

/** Reads `raw`, or returns null when postal-mime must (see the module comment). */
export function readMail(raw: Uint8Array | string, wanted: WantedParts = () => true): Mail | null {
  const bytes = typeof raw === 'string' ? encoder.encode(raw) : raw
  try {
    return new Reader(bytes, wanted).read()
  } catch (err) {
    if (err instanceof Defer) return null
    throw err
  }
}

class Reader {
  private readonly root: MimeNode
  private current: MimeNode
  private readonly boundaries: Boundary[] = []
  private headerBytes = 0
  private parts = 0

  /** The bytes one character each: line and boundary scans run on the string, which V8 searches fastest. */
  private readonly text: string
  /** Whether every byte is ASCII (most reports): no part then needs a charset check or a UTF-8 decoding. */
  private readonly ascii: boolean

  constructor(
    private readonly bytes: Uint8Array,
    private readonly wanted: WantedParts
  ) {
    this.root = this.current = node(null, 'text/plain')
    this.text = byteText(bytes)
    this.ascii = isAscii(bytes)
  }

  read(): Mail {
    const { text } = this
    const n = text.length
    let pos = 0
    while (pos < n) {
      const part = this.current
      if (part.state !== 'header' && !(text.charCodeAt(pos) === DASH && text.charCodeAt(pos + 1) === DASH)) {
        // Body lines up to the next line that could be a delimiter (one starting with "--") are only body lines.
        const dash = this.boundaries.length > 0 ? text.indexOf('\n--', pos) : -1
        const stop = dash < 0 ? n : dash + 1
        if (part.state === 'body') part.bodyEnd = stop
        pos = stop
        continue
      }
      const lf = text.indexOf('\n', pos)
      const next = lf < 0 ? n : lf + 1
      let end = lf < 0 ? n : lf
      while (end > pos && text.charCodeAt(end - 1) === CR) end--
      if (!this.boundaryLine(pos, end)) this.feed(pos, end, next)
      pos = next
    }
    this.finalize(this.root)
    return this.collect()
  }

  /** Handles a delimiter line of an open multipart (innermost first); false when the line is none. */
  private boundaryLine(pos: number, end: number): boolean {
    const { text, boundaries } = this
    if (
      boundaries.length === 0 ||
      end - pos <= 2 ||
      text.charCodeAt(pos) !== DASH ||
      text.charCodeAt(pos + 1) !== DASH
    )
      return false
    for (let i = boundaries.length - 1; i >= 0; i--) {
      const boundary = boundaries[i]!
      const value = boundary.value
      if (end - pos < value.length + 2 || !text.startsWith(value, pos + 2)) continue
      let after = pos + 2 + value.length
      const closing =
        end - pos >= value.length + 4 &&
        text.charCodeAt(after) === DASH &&
        text.charCodeAt(after + 1) === DASH
      if (closing) after += 2
      let trailing = true
      for (let j = after; j < end && trailing; j++) {
        const c = text.charCodeAt(j)
        trailing = c === 0x20 || c === 0x09
      }
      if (!trailing) continue
      if (closing) {
        this.finalize(boundary.node)
        this.current = boundary.node.parent ?? this.root
      } else {
        this.finalizeChildren(boundary.node)
        const child = node(
          boundary.node,
          boundary.node.multipart === 'digest' ? 'message/rfc822' : 'text/plain'
        )
        if (child.depth > MAX_DEPTH) throw DEFER
        if (++this.parts > MAX_PARTS) throw new TooCostly(`more than ${MAX_PARTS} MIME parts`)
        boundary.node.children.push(child)
        this.current = child
      }
      return true
    }
    return false
  }

  private feed(pos: number, end: number, next: number): void {
    const part = this.current
    if (part.state === 'header') {
      if (end === pos) {
        part.state = 'body'
        part.bodyStart = part.bodyEnd = next
        this.processHeaders(part)
        return
      }
      this.headerBytes += end - pos
      if (this.headerBytes > MAX_HEADER_BYTES) throw DEFER
      if (part.headerStart < 0) part.headerStart = pos
      part.headerEnd = end
    } else if (part.state === 'body') part.bodyEnd = next
  }

  private finalize(part: MimeNode): void {
    if (part.state === 'finished') return
    if (part.state === 'header') this.processHeaders(part)
    const at = this.boundaries.findLastIndex((b) => b.node === part)
    if (at >= 0) this.boundaries.splice(at, 1)
    this.finalizeChildren(part)
    part.state = 'finished'
  }

  private finalizeChildren(part: MimeNode): void {
    while (part.finalized < part.children.length) this.finalize(part.children[part.finalized++]!)
  }

  /** Unfolds the part's header lines and reads its content headers (the first of each wins). */
  private processHeaders(part: MimeNode): void {
    const root = part === this.root
    let type: string | undefined
    let encoding: string | undefined
    let disposition: string | undefined
    const field = (line: string) => {
      const sep = line.indexOf(':')
      const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase()
      if (!root && !key.startsWith('content-')) return
      let value = sep < 0 ? '' : line.slice(sep + 1)
      if (value.includes('\r')) value = value.replace(/[\r\n]+/g, ' ')
      value = trimWsp(value)
      if (root) part.headers.push({ key, value })
      if (key === 'content-type') type ??= value
      else if (key === 'content-transfer-encoding') encoding ??= value
      else if (key === 'content-disposition') disposition ??= value
    }
    if (part.headerStart >= 0) {
      let block = this.text.slice(part.headerStart, part.headerEnd)
      if (!this.ascii && hasNonAscii(block))
        block = headerDecoder.decode(this.bytes.subarray(part.headerStart, part.headerEnd))
      let folded: string | null = null
      let pos = 0
      for (;;) {
        const lf = block.indexOf('\n', pos)
        const line = trimCarriageReturns(block.slice(pos, lf < 0 ? block.length : lf))
        const first = line.charCodeAt(0)
        if (folded !== null && (first === 0x20 || first === 0x09)) folded += line
        else {
          if (folded !== null) field(folded)
          folded = line
        }
        if (lf < 0) break
        pos = lf + 1
      }
      if (folded !== null) field(folded)
    }
    if (type !== undefined) part.type = structured(type)
    const multipart = /^multipart\//i.test(part.type.value)
      ? part.type.value.slice(part.type.value.indexOf('/') + 1)
      : false
    part.multipart = multipart
    const boundary = part.type.params.boundary
    if (multipart && boundary) {
      // Delimiters are matched in the single-byte text; a non-ASCII boundary is left to postal-mime.
      if (hasNonAscii(boundary)) throw DEFER
      this.boundaries.push({ value: boundary, node: part })
    }
    const parsedDisposition = structured(disposition ?? '')
    part.disposition = parsedDisposition.value
    part.filename = parsedDisposition.params.filename || part.type.params.name || null
    if (encoding !== undefined && hasComment(encoding)) throw DEFER
    part.encoding = (encoding ?? '8bit').toLowerCase().match(/[\w-]+/)?.[0] ?? ''
  }

  /** Sorts the leaves into body text and parts, as postal-mime does with `forceRfc822Attachments`. */
  private collect(): Mail {
    const texts = new Map<MimeNode, { plain?: string[]; html?: string[] }>()
    const attachments: MailPart[] = []
    const visit = (part: MimeNode, alternative: MimeNode | null): void => {
      if (part.multipart === 'alternative') alternative = part
      if (!part.multipart) {
        const type = part.type.value
        if (type === 'text/calendar' || type === 'application/ics') throw DEFER
        if (
          type !== 'message/rfc822' &&
          part.disposition !== 'attachment' &&
          (type === 'text/plain' || type === 'text/html')
        ) {
          const key = alternative ?? part
          const entry = texts.get(key) ?? {}
          texts.set(key, entry)
          const kind = type === 'text/html' ? 'html' : 'plain'
          // Pushed, not spread: a copy per part is quadratic in a multipart of thousands of parts.
          const list = entry[kind] ?? []
          entry[kind] = list
          list.push(this.textOf(part))
        } else {
          const filename = part.filename ? decodeWords(part.filename) : null
          attachments.push({
            mimeType: type,
            content: this.wanted(type) ? this.partText(part) : '',
            filename,
          })
        }
      }
      for (const child of part.children) visit(child, alternative)
    }
    visit(this.root, null)
    const entries = [...texts.values()]
    const mail: Mail = { headers: this.root.headers, attachments }
    const text = join(entries, 'plain')
    if (text) mail.text = text
    // HTML is read only when there is no plain text (it is all `mime.ts` uses it for).
    const html = text ? undefined : join(entries, 'html')
    if (html) mail.html = html
    const messageId = this.root.headers.find((h) => h.key === 'message-id')?.value
    if (messageId) mail.messageId = decodeWords(messageId)
    return mail
  }

  /** A part's content as postal-mime's `attachmentEncoding: 'utf8'` gives it. */
  private partText(part: MimeNode): string {
    const body = this.bodyOf(part)
    return asciiBody(body, part.encoding) ?? utf8.decode(decodeBody(body, part.encoding))
  }

  private bodyOf(part: MimeNode): BodyRange {
    return { bytes: this.bytes, text: this.text, ascii: this.ascii, start: part.bodyStart, end: part.bodyEnd }
  }

  private textOf(part: MimeNode): string {
    const { charset, format } = part.type.params
    const label = (charset ?? 'utf8').trim().toLowerCase()
    const text = this.decodedText(part, label)
    return format !== undefined && /^flowed$/i.test(format)
      ? unflow(text, /^yes$/i.test(part.type.params.delsp ?? ''))
      : text
  }

  private decodedText(part: MimeNode, label: string): string {
    const body = this.bodyOf(part)
    if (ASCII_COMPATIBLE.has(label) || asciiSafeLabel(label)) {
      const ascii = asciiBody(body, part.encoding)
      if (ascii !== null && (ASCII_COMPATIBLE.has(label) || !SHIFTS.test(ascii))) return ascii
    }
    if (!CHARSETS.has(label)) throw DEFER
    let decoder: TextDecoder
    try {
      decoder = label === 'utf-8' || label === 'utf8' ? utf8 : new TextDecoder(label)
    } catch {
      throw DEFER
    }
    return decoder.decode(decodeBody(body, part.encoding))
  }
}

function node(parent: MimeNode | null, defaultType: string): MimeNode {
  return {
    parent,
    depth: parent ? parent.depth + 1 : 0,
    state: 'header',
    headerStart: -1,
    headerEnd: -1,
    bodyStart: 0,
    bodyEnd: 0,
    type: { value: defaultType, params: {} },
    multipart: false,
    disposition: '',
    filename: null,
    encoding: '8bit',
    headers: [],
    children: [],
    finalized: 0,
  }
}

/**
 * Every text of one kind, joined with line feeds; undefined when a node lacks that kind (postal-mime would convert
 * the other kind, which this reader leaves to it).
 */
function join(entries: { plain?: string[]; html?: string[] }[], kind: 'plain' | 'html'): string | undefined {
  if (!entries.some((e) => e[kind])) return undefined
  if (entries.some((e) => !e[kind])) throw DEFER
  return entries.flatMap((e) => e[kind]!).join('\n')
}

/** A structured header as postal-mime reads it; where only postal-mime can (comments, RFC 2231), the reader defers. */
function structured(header: string): Structured {
  const parsed = readStructured(header)
  if (!parsed) throw DEFER
  return parsed
}
