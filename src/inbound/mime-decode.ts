/**
 * Body decoders for `mime-reader.ts`: base64, quoted-printable and pass-through, byte for byte what postal-mime 4's
 * decoders produce (same lenience on broken input), but over a part's whole byte range at once instead of line by
 * line through promises.
 * @module
 */

const CR = 0x0d
const LF = 0x0a
const EQUALS = 0x3d

const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_LOOKUP = new Uint8Array(256)
for (let i = 0; i < BASE64_CHARS.length; i++) BASE64_LOOKUP[BASE64_CHARS.charCodeAt(i)] = i

/**
 * A part's body: its lines, `start` to `end` (the end of its last line, line feed included), in the raw bytes and
 * in `text`, the same bytes one character each (a single-byte decoding, so offsets agree).
 */
export interface BodyRange {
  bytes: Uint8Array
  text: string
  /** Whether the whole message is ASCII (then no part needs checking). */
  ascii: boolean
  start: number
  end: number
}

const NON_ASCII = /[\u0080-\uffff]/

/**
 * An unencoded, all-ASCII body as text without decoding it (what any ASCII-compatible charset would give): each
 * line's trailing carriage returns dropped, each line ended by a line feed. Null when the body needs decoding.
 */
export function asciiBody({ text, ascii, start, end }: BodyRange, encoding: string): string | null {
  if (encoding.includes('base64') || encoding.includes('quoted-printable')) return null
  const region = text.slice(start, end)
  if (!ascii && NON_ASCII.test(region)) return null
  const lines = region.includes('\r') ? region.replace(/\r+\n/g, '\n') : region
  if (lines.length === 0 || lines.endsWith('\n')) return lines
  let last = lines.length
  while (last > 0 && lines.charCodeAt(last - 1) === CR) last--
  return `${lines.slice(0, last)}\n`
}

/** Whether `text` has a character outside ASCII. */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text)
}

/** The part's decoded bytes under its transfer encoding (`base64`, `quoted-printable`, anything else as is). */
export function decodeBody(body: BodyRange, encoding: string): Uint8Array {
  if (encoding.includes('base64')) return decodeBase64Body(body)
  if (encoding.includes('quoted-printable')) return decodeQuotedPrintable(body)
  return passThrough(body)
}

/**
 * Base64: every character outside the alphabet is dropped and each run of `=` ends a unit that is decoded on its
 * own (some mailers pad every line), as postal-mime's decoder does.
 */
function decodeBase64Body({ text, start, end }: BodyRange): Uint8Array {
  const clean = text.slice(start, end).replace(/[^a-zA-Z0-9+/=]+/g, '')
  const units = clean.split(/=+/)
  if (units.length === 1) return decodeBase64(clean)
  const decoded = units.filter((u) => u.length > 0).map(decodeBase64)
  return concat(decoded)
}

/** One base64 unit; a trailing single character (a truncated group) is dropped. */
function decodeBase64(text: string): Uint8Array {
  let len = text.length
  while (len > 0 && text.charCodeAt(len - 1) === EQUALS) len--
  if (len % 4 === 1) len--
  const remainder = len % 4
  const size = Math.floor(len / 4) * 3 + (remainder ? remainder - 1 : 0)
  const out = new Uint8Array(size)
  let p = 0
  for (let i = 0; i < len; i += 4) {
    const a = BASE64_LOOKUP[text.charCodeAt(i)]!
    const b = BASE64_LOOKUP[text.charCodeAt(i + 1)] ?? 0
    const c = BASE64_LOOKUP[text.charCodeAt(i + 2)] ?? 0
    const d = BASE64_LOOKUP[text.charCodeAt(i + 3)] ?? 0
    out[p++] = (a << 2) | (b >> 4)
    if (p < size) out[p++] = ((b & 15) << 4) | (c >> 2)
    if (p < size) out[p++] = ((c & 3) << 6) | (d & 63)
  }
  return out
}

function hexNibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10
  return -1
}

/** Quoted-printable, line by line: `=XX` escapes, a final `=` joins the next line, a bad escape stays literal. */
function decodeQuotedPrintable(body: BodyRange): Uint8Array {
  const { bytes } = body
  const out = new Uint8Array(body.end - body.start + 1)
  let p = 0
  forEachLine(body, (start, end) => {
    let len = end
    const soft = len > start && bytes[len - 1] === EQUALS
    if (soft) len--
    for (let i = start; i < len; i++) {
      const byte = bytes[i]!
      if (byte === EQUALS && i + 2 < len) {
        const high = hexNibble(bytes[i + 1]!)
        const low = hexNibble(bytes[i + 2]!)
        if (high >= 0 && low >= 0) {
          out[p++] = (high << 4) | low
          i += 2
          continue
        }
      }
      out[p++] = byte
    }
    if (!soft) out[p++] = LF
  })
  return out.subarray(0, p)
}

/** Unencoded: each line (its trailing carriage returns dropped) followed by a line feed. */
function passThrough(body: BodyRange): Uint8Array {
  const { bytes, start, end } = body
  const region = bytes.subarray(start, end)
  if (!region.includes(CR) && (end === start || bytes[end - 1] === LF)) return region
  const out = new Uint8Array(end - start + 1)
  let p = 0
  forEachLine(body, (from, to) => {
    out.set(bytes.subarray(from, to), p)
    p += to - from
    out[p++] = LF
  })
  return out.subarray(0, p)
}

/** Calls `visit` with each line's bounds, without its line feed and the carriage returns before it. */
function forEachLine({ bytes, start, end }: BodyRange, visit: (start: number, end: number) => void): void {
  let pos = start
  while (pos < end) {
    const lf = bytes.indexOf(LF, pos)
    const next = lf < 0 || lf >= end ? end : lf + 1
    let stop = lf < 0 || lf >= end ? end : lf
    while (stop > pos && bytes[stop - 1] === CR) stop--
    visit(pos, stop)
    pos = next
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let p = 0
  for (const c of chunks) {
    out.set(c, p)
    p += c.length
  }
  return out
}
