/**
 * RFC 4180 CSV records from a stream of text lines: quoted fields, doubled quotes, commas and line breaks
 * inside quotes. Small on purpose: the streaming CSV libraries on npm need Node streams, the small ones parse
 * whole strings; imports here must stream line by line in a Worker.
 * @module
 */
import { concatBytes } from '../lib/base64'

/** Splits one complete record into fields; `null` when its quotes do not balance (the record continues). */
export function parseRecord(text: string): string[] | null {
  const reader = new RecordReader()
  return reader.feed(text) ? reader.fields : null
}

/**
 * Reads one record line by line, keeping its quote state, so a record spanning lines is scanned once (linear:
 * the text is never parsed again from its start). `feed` answers true once the record is complete.
 */
class RecordReader {
  fields: string[] = []
  private field = ''
  private quoted = false
  private started = false

  feed(text: string): boolean {
    if (this.started) this.field += '\n'
    this.started = true
    let i = 0
    while (i < text.length) {
      if (this.quoted) {
        const close = text.indexOf('"', i)
        if (close < 0) {
          this.field += text.slice(i)
          return false
        }
        this.field += text.slice(i, close)
        if (text[close + 1] === '"') {
          this.field += '"'
          i = close + 2
        } else {
          this.quoted = false
          i = close + 1
        }
      } else if (text[i] === '"' && this.field.length === 0) {
        this.quoted = true
        i++
      } else {
        const comma = text.indexOf(',', i)
        const end = comma < 0 ? text.length : comma
        this.field += text.slice(i, end)
        if (comma < 0) break
        this.fields.push(this.field)
        this.field = ''
        i = comma + 1
      }
    }
    if (this.quoted) return false
    this.fields.push(this.field)
    return true
  }
}

/** A line of the body: its text, or null with the reason when it cannot be read (not UTF-8). */
export interface Line {
  line: number
  text: string | null
  error?: string
}

const NOT_UTF8 = 'not valid UTF-8 (save the file as UTF-8)'

/** Yields the lines of a byte stream (LF or CRLF), with their 1-based numbers; a line that is not UTF-8 is refused. */
export async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<Line> {
  const reader = stream.getReader()
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  const decode = (line: number, bytes: Uint8Array): Line => {
    try {
      return { line, text: decoder.decode(bytes).replace(/\r$/, '') }
    } catch {
      return { line, text: null, error: NOT_UTF8 }
    }
  }
  let pending: Uint8Array[] = []
  let line = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (value) {
      let from = 0
      let at = value.indexOf(0x0a, from)
      while (at >= 0) {
        pending.push(value.subarray(from, at))
        yield decode(++line, pending.length === 1 ? pending[0]! : concatBytes(...pending))
        pending = []
        from = at + 1
        at = value.indexOf(0x0a, from)
      }
      if (from < value.length) pending.push(value.subarray(from))
    }
    if (done) break
  }
  if (pending.length > 0) yield decode(line + 1, concatBytes(...pending))
}

/** One CSV record: its first and last line, its fields (null: unbalanced quote, or unreadable), its text. */
export interface CsvRecord {
  line: number
  lastLine: number
  fields: string[] | null
  text: string | null
  error?: string
}

/** A record whose quoted field continues on the next line: the lines so far, read once. */
interface OpenRecord {
  reader: RecordReader
  lines: Line[]
  size: number
}

/** A quoted field may span lines up to this size; past it (or at the end) its opening quote is a stray. */
const MAX_RECORD_CHARS = 64 * 1024

/** A line that starts a record of its own (an address, then a comma): a quoted field never swallows one. */
const RECORD_START = /^[^",\s]+@[^",\s]+(,|$)/

/**
 * CSV records from lines. A quoted field spanning lines is joined (our export writes notes with line breaks);
 * a quote that never closes, or that would swallow a line starting a record of its own, is reported on its own
 * line and the following lines are read again as records, so every line is either read or reported.
 */
export async function* records(source: AsyncIterable<Line>): AsyncGenerator<CsvRecord> {
  let open: OpenRecord | null = null
  const queue: Line[] = []
  const iterator = source[Symbol.asyncIterator]()
  let ended = false
  for (;;) {
    let next = queue.shift()
    if (!next && !ended) {
      const step = await iterator.next()
      if (step.done) ended = true
      else next = step.value
    }
    if (
      open &&
      (!next || next.text === null || RECORD_START.test(next.text) || open.size > MAX_RECORD_CHARS)
    ) {
      // The open quote is a stray (or the input ended inside it): report its line, read the rest again.
      yield {
        line: open.lines[0]!.line,
        lastLine: open.lines[0]!.line,
        fields: null,
        text: open.lines[0]!.text,
      }
      queue.unshift(...open.lines.slice(1), ...(next ? [next] : []))
      open = null
      continue
    }
    if (!next) break
    if (next.text === null) {
      yield { line: next.line, lastLine: next.line, fields: null, text: null, error: next.error }
      continue
    }
    const current: OpenRecord = open ?? { reader: new RecordReader(), lines: [], size: 0 }
    current.lines.push(next)
    current.size += next.text.length
    if (!current.reader.feed(next.text)) {
      open = current
      continue
    }
    open = null
    const text = current.lines.map((l) => l.text).join('\n')
    yield { line: current.lines[0]!.line, lastLine: next.line, fields: current.reader.fields, text }
  }
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @ tab CR), or one that already
 * starts with our guard quote before such a character (guarded again, so reading back is exact).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

/**
 * One CSV cell: a formula-like value gets a leading `'` (spreadsheets then show it as text); quoted when it
 * holds a quote, a comma or a line break (RFC 4180). {@link unguardCell} reads it back.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A cell as it was before {@link csvField} guarded it against formulas. */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}
