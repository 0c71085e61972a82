/**
 * A one-pass, synchronous MIME reader for reports: the fields the extractors read (headers, text, HTML, the parts'
 * types and contents, Message-ID), the same as postal-mime 4 gives with `mime.ts`'s options, at a fraction of its
 * cost (it walks the bytes once and decodes each part once, with no promise per line).
 *
 * It gives up (`null`) wherever it does not reproduce postal-mime exactly — a charset label outside
 * {@link CHARSETS}, `format=flowed`, comments or RFC 2231 sections in a content header, a calendar part, text that
 * postal-mime would convert between HTML and plain, limits exceeded — and the caller then asks postal-mime. The
 * equivalence is checked message by message in `test/oracles/mime-reader.oracle.test.ts`.
 * @module
 */
import { decodeWords } from 'postal-mime'
import { decodeBody } from './mime-decode'

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
const LF = 0x0a
const DASH = 0x2d
const MAX_DEPTH = 64
const MAX_HEADER_BYTES = 1024 * 1024

/** WHATWG labels postal-mime resolves straight to the runtime's decoder (their first lookup). */
const CHARSETS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'us-ascii',
  'ascii',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'windows-1252',
  'cp1252',
  'iso-8859-15',
  'iso-8859-2',
  'windows-1250',
  'windows-1251',
  'koi8-r',
  'iso-2022-jp',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'ks_c_5601-1987',
  'gb2312',
  'gbk',
  'gb18030',
  'big5',
])

const utf8 = new TextDecoder('utf-8')
const headerDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const encoder = new TextEncoder()

/** Thrown inside the reader where postal-mime must decide; never leaves this module. */
class Defer extends Error {}

interface Structured {
  value: string
  params: Record<string, string>
}

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
  value: Uint8Array
  node: MimeNode
}

/** Reads `raw`, or returns null when postal-mime must (see the module comment). */
export function readMail(raw: Uint8Array | string): Mail | null {
  const bytes = typeof raw === 'string' ? encoder.encode(raw) : raw
  try {
    return new Reader(bytes).read()
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

  constructor(private readonly bytes: Uint8Array) {
    this.root = this.current = node(null, 'text/plain')
  }

  read(): Mail {
    const { bytes } = this
    const n = bytes.length
    let pos = 0
    while (pos < n) {
      const lf = bytes.indexOf(LF, pos)
      const next = lf < 0 ? n : lf + 1
      let end = lf < 0 ? n : lf
      while (end > pos && bytes[end - 1] === CR) end--
      if (!this.boundaryLine(pos, end)) this.feed(pos, end, next)
      pos = next
    }
    this.finalize(this.root)
    return this.collect()
  }

  /** Handles a delimiter line of an open multipart (innermost first); false when the line is none. */
  private boundaryLine(pos: number, end: number): boolean {
    const { bytes, boundaries } = this
    if (boundaries.length === 0 || end - pos <= 2 || bytes[pos] !== DASH || bytes[pos + 1] !== DASH)
      return false
    for (let i = boundaries.length - 1; i >= 0; i--) {
      const boundary = boundaries[i]!
      const value = boundary.value
      if (end - pos < value.length + 2) continue
      let matches = true
      for (let j = 0; j < value.length && matches; j++) matches = bytes[pos + 2 + j] === value[j]
      if (!matches) continue
      let after = pos + 2 + value.length
      const closing = end - pos >= value.length + 4 && bytes[after] === DASH && bytes[after + 1] === DASH
      if (closing) after += 2
      let trailing = true
      for (let j = after; j < end && trailing; j++) trailing = bytes[j] === 0x20 || bytes[j] === 0x09
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
        if (child.depth > MAX_DEPTH) throw new Defer()
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
      if (this.headerBytes > MAX_HEADER_BYTES) throw new Defer()
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
    const lines =
      part.headerStart < 0
        ? []
        : headerDecoder
            .decode(this.bytes.subarray(part.headerStart, part.headerEnd))
            .split('\n')
            .map(trimCarriageReturns)
    const folded: string[] = []
    for (const line of lines) {
      const first = line.charCodeAt(0)
      if (folded.length > 0 && (first === 0x20 || first === 0x09)) folded[folded.length - 1] += line
      else folded.push(line)
    }
    let type: string | undefined
    let encoding: string | undefined
    let disposition: string | undefined
    for (const line of folded) {
      const sep = line.indexOf(':')
      const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase()
      const value =
        sep < 0
          ? ''
          : trimWsp(line.includes('\r') ? line.slice(sep + 1).replace(/[\r\n]+/g, ' ') : line.slice(sep + 1))
      if (part === this.root) part.headers.push({ key, value })
      if (key === 'content-type') type ??= value
      else if (key === 'content-transfer-encoding') encoding ??= value
      else if (key === 'content-disposition') disposition ??= value
    }
    if (type !== undefined) part.type = structured(type)
    const multipart = /^multipart\//i.test(part.type.value)
      ? part.type.value.slice(part.type.value.indexOf('/') + 1)
      : false
    part.multipart = multipart
    if (multipart && part.type.params.boundary)
      this.boundaries.push({ value: encoder.encode(part.type.params.boundary), node: part })
    const parsedDisposition = structured(disposition ?? '')
    part.disposition = parsedDisposition.value
    part.filename = parsedDisposition.params.filename || part.type.params.name || null
    if (encoding?.includes('(')) throw new Defer()
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
        if (type === 'text/calendar' || type === 'application/ics') throw new Defer()
        if (
          type !== 'message/rfc822' &&
          part.disposition !== 'attachment' &&
          (type === 'text/plain' || type === 'text/html')
        ) {
          const key = alternative ?? part
          const entry = texts.get(key) ?? {}
          texts.set(key, entry)
          const kind = type === 'text/html' ? 'html' : 'plain'
          entry[kind] = [...(entry[kind] ?? []), this.textOf(part)]
        } else {
          const filename = part.filename ? decodeWords(part.filename) : null
          attachments.push({ mimeType: type, content: utf8.decode(this.contentOf(part)), filename })
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

  private contentOf(part: MimeNode): Uint8Array {
    return decodeBody({ bytes: this.bytes, start: part.bodyStart, end: part.bodyEnd }, part.encoding)
  }

  private textOf(part: MimeNode): string {
    const { charset, format } = part.type.params
    if (format !== undefined && /^flowed$/i.test(format)) throw new Defer()
    const label = (charset ?? 'utf8').trim().toLowerCase()
    if (!CHARSETS.has(label)) throw new Defer()
    let decoder: TextDecoder
    try {
      decoder = label === 'utf-8' || label === 'utf8' ? utf8 : new TextDecoder(label)
    } catch {
      throw new Defer()
    }
    return decoder.decode(this.contentOf(part))
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
  if (entries.some((e) => !e[kind])) throw new Defer()
  return entries.flatMap((e) => e[kind]!).join('\n')
}

/**
 * A structured header value (`type/subtype; name=value; …`) the way postal-mime's parser reads it: the first of a
 * repeated parameter wins, quoted strings keep their spaces, junk after a closing quote is dropped. Comments and
 * RFC 2231 sections defer to postal-mime.
 */
function structured(header: string): Structured {
  if (header.includes('(')) throw new Defer()
  const result: Structured = { value: '', params: {} }
  let key: string | null = null
  let stage: 'key' | 'value' = 'value'
  let value = ''
  let pending = ''
  let quote = false
  let closed = false
  let escaped = false
  const add = (c: string) => {
    if (value.length) value += pending
    pending = ''
    value += c
  }
  const take = () => {
    const v = value
    value = ''
    pending = ''
    closed = false
    return v
  }
  const store = (name: string, v: string) => {
    if (name.includes('*')) throw new Defer()
    if (!Object.hasOwn(result.params, name)) result.params[name] = v
  }
  const storeValue = () => {
    const v = take()
    if (key === null) result.value = v
    else store(key, v)
  }
  const storeEmptyKey = () => {
    const name = take().trim()
    if (name) store(name.toLowerCase(), '')
  }
  for (let i = 0; i < header.length; i++) {
    const c = header.charAt(i)
    if (stage === 'key') {
      if (c === '=') {
        key = take().trim().toLowerCase()
        stage = 'value'
      } else if (c === ';') storeEmptyKey()
      else value += c
      continue
    }
    if (escaped) add(c)
    else if (quote && c === '\\') {
      escaped = true
      continue
    } else if (quote && c === '"') {
      quote = false
      closed = true
    } else if (!quote && c === '"') {
      quote = true
      if (value.length) value += pending
      pending = ''
    } else if (!quote && c === ';') {
      storeValue()
      stage = 'key'
    } else if (!quote && (c === ' ' || c === '\t')) pending += c
    else if (!closed) add(c)
    escaped = false
  }
  if (stage === 'value') storeValue()
  else storeEmptyKey()
  result.value = result.value.toLowerCase()
  return result
}

function trimCarriageReturns(line: string): string {
  let end = line.length
  while (end > 0 && line.charCodeAt(end - 1) === CR) end--
  return end === line.length ? line : line.slice(0, end)
}

/** Trims only space and tab (RFC 5322 WSP), as postal-mime does. */
function trimWsp(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}
