/**
 * RFC 4180 CSV records from a stream of text lines: quoted fields, doubled quotes, commas and line breaks
 * inside quotes. Small on purpose: the streaming CSV libraries on npm need Node streams, the small ones parse
 * whole strings; imports here must stream line by line in a Worker.
 * @module
 */

/** Splits one complete record into fields; `null` when its quotes do not balance (the record continues). */
export function parseRecord(text: string): string[] | null {
  const fields: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += ch
    } else if (ch === '"' && field.length === 0) quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else field += ch
    i++
  }
  if (quoted) return null
  fields.push(field)
  return fields
}

/** Yields the lines of a UTF-8 byte stream (LF or CRLF), with their 1-based numbers. */
export async function* lines(
  stream: ReadableStream<Uint8Array>
): AsyncGenerator<{ line: number; text: string }> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  let line = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (value) buffer += value
    let at = buffer.indexOf('\n')
    while (at >= 0) {
      line++
      yield { line, text: buffer.slice(0, at).replace(/\r$/, '') }
      buffer = buffer.slice(at + 1)
      at = buffer.indexOf('\n')
    }
    if (done) break
  }
  if (buffer.length > 0) yield { line: line + 1, text: buffer.replace(/\r$/, '') }
}

/** CSV records from lines: a quoted field spanning lines is joined; each record carries its first line number. */
export async function* records(
  source: AsyncIterable<{ line: number; text: string }>
): AsyncGenerator<{ line: number; fields: string[] | null; text: string }> {
  let pending: { line: number; text: string } | null = null
  for await (const { line, text } of source) {
    const current: { line: number; text: string } = pending
      ? { line: pending.line, text: `${pending.text}\n${text}` }
      : { line, text }
    const fields = parseRecord(current.text)
    if (fields === null && current.text.length < 64 * 1024) {
      pending = current
      continue
    }
    pending = null
    yield { line: current.line, fields, text: current.text }
  }
  if (pending) yield { line: pending.line, fields: null, text: pending.text }
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
