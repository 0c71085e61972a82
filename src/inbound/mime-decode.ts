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
 * An all-ASCII body as text without a charset decoding (what any ASCII-compatible charset gives): unencoded, or
 * quoted-printable whose escapes are all ASCII. Null when the body needs a decoding.
 */
export function asciiBody(body: BodyRange, encoding: string): string | null {
  if (encoding.includes('base64')) return null
  const region = body.text.slice(body.start, body.end)
  if (!body.ascii && NON_ASCII.test(region)) return null
  if (encoding.includes('quoted-printable')) {
    const decoded = quotedPrintableText(region)
    return decoded.ascii ? decoded.text : null
  }
  const lines = region.includes('\r') ? region.replace(/\r+\n/g, '\n') : region
  if (lines.length === 0 || lines.endsWith('\n')) return lines
  let last = lines.length
  while (last > 0 && lines.charCodeAt(last - 1) === CR) last--
  return `${lines.slice(0, last)}\n`
}

/** The 256 one-character strings of decoded bytes. */
const BYTE_CHARS = Array.from({ length: 256 }, (_, byte) => String.fromCharCode(byte))

/**
 * Quoted-printable over an all-ASCII body, as text with one character per decoded byte. The same reading as the
 * line decoder below: a line's trailing carriage returns go, an escape lies inside its line (hex digits are never
 * a line break or `=`), a final `=` joins the next line, a bad escape stays literal, every other line ends with a
 * line feed. Scanned from `=` to `=`: the text between is copied as is.
 */
function quotedPrintableText(region: string): { text: string; ascii: boolean } {
  const lines = region.includes('\r') ? region.replace(/\r+(?=\n|$)/g, '') : region
  const out: string[] = []
  let ascii = true
  let copied = 0
  for (let at = lines.indexOf('='); at >= 0; ) {
    const next = lines.charCodeAt(at + 1)
    const high = hexNibble(next)
    const low = high >= 0 ? hexNibble(lines.charCodeAt(at + 2)) : -1
    if (low >= 0) {
      const byte = (high << 4) | low
      if (byte >= 0x80) ascii = false
      out.push(lines.slice(copied, at), BYTE_CHARS[byte]!)
      copied = at + 3
    } else if (next === LF || at + 1 === lines.length) {
      out.push(lines.slice(copied, at))
      copied = at + 2
    }
    at = lines.indexOf('=', low >= 0 ? at + 3 : at + 1)
  }
  out.push(lines.slice(Math.min(copied, lines.length)))
  let text = out.join('')
  // The body's last line has no line feed of its own (the message ends there): it gets one unless it is soft.
  if (region.length > 0 && !region.endsWith('\n') && !lines.endsWith('=')) text += '\n'
  return { text, ascii }
}

/** Whether every byte is ASCII; a word at a time where the bytes are aligned. */
export function isAscii(bytes: Uint8Array): boolean {
  let i = 0
  const n = bytes.length
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) if (bytes[i++]! >= 0x80) return false
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, Math.floor((n - i) / 4))
  for (let w = 0; w < words.length; w++) if ((words[w]! & 0x80808080) !== 0) return false
  for (i += words.length * 4; i < n; i++) if (bytes[i]! >= 0x80) return false
  return true
}

/** Whether `text` has a character outside ASCII. */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text)
}

/** The part's decoded bytes under its transfer encoding (`base64`, `quoted-printable`, anything else as is). */
export function decodeBody(body: BodyRange, encoding: string): Uint8Array {
  if (encoding.includes('base64')) return decodeBase64Body(body)
  if (encoding.includes('quoted-printable')) {
    const region = body.text.slice(body.start, body.end)
    if (!body.ascii && NON_ASCII.test(region)) return decodeQuotedPrintable(body)
    const { text } = quotedPrintableText(region)
    const out = new Uint8Array(text.length)
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
    return out
  }
  return passThrough(body)
}

/**
 * Base64: every character outside the alphabet is dropped and each run of `=` ends a unit that is decoded on its
 * own (some mailers pad every line), as postal-mime's decoder does. Two passes over the units, sizing then decoding
 * into one buffer: a body of millions of tiny units ("QQ==" a line) allocates nothing per unit.
 */
function decodeBase64Body({ text, start, end }: BodyRange): Uint8Array {
  const clean = text.slice(start, end).replace(/[^a-zA-Z0-9+/=]+/g, '')
  let size = 0
  forEachUnit(clean, (from, to) => {
    size += unitSize(to - from)
  })
  const out = new Uint8Array(size)
  let p = 0
  forEachUnit(clean, (from, to) => {
    p = decodeUnit(clean, from, to, out, p)
  })
  return out
}

/** Calls `each` with the bounds of every non-empty run between runs of `=`. */
function forEachUnit(clean: string, each: (from: number, to: number) => void): void {
  let from = 0
  for (let i = 0; i <= clean.length; i++) {
    if (i < clean.length && clean.charCodeAt(i) !== EQUALS) continue
    if (i > from) each(from, i)
    from = i + 1
  }
}

/** The bytes a unit of `length` characters decodes to; a trailing single character (a truncated group) is dropped. */
function unitSize(length: number): number {
  const len = length % 4 === 1 ? length - 1 : length
  const remainder = len % 4
  return Math.floor(len / 4) * 3 + (remainder ? remainder - 1 : 0)
}

/** Decodes the unit `text[from, to)` into `out` at `p`; returns where the next unit goes. */
function decodeUnit(text: string, from: number, to: number, out: Uint8Array, p: number): number {
  const length = to - from
  const len = length % 4 === 1 ? length - 1 : length
  const end = p + unitSize(length)
  for (let i = from; i < from + len; i += 4) {
    const a = BASE64_LOOKUP[text.charCodeAt(i)]!
    const b = (i + 1 < from + len ? BASE64_LOOKUP[text.charCodeAt(i + 1)] : 0) ?? 0
    const c = (i + 2 < from + len ? BASE64_LOOKUP[text.charCodeAt(i + 2)] : 0) ?? 0
    const d = (i + 3 < from + len ? BASE64_LOOKUP[text.charCodeAt(i + 3)] : 0) ?? 0
    out[p++] = (a << 2) | (b >> 4)
    if (p < end) out[p++] = ((b & 15) << 4) | (c >> 2)
    if (p < end) out[p++] = ((c & 3) << 6) | (d & 63)
  }
  return end
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

/**
 * Calls `visit` with each line's bounds, without its line feed and the carriage returns before it. Lines are
 * found in the single-byte text (V8's string search is far faster than `Uint8Array.prototype.indexOf`).
 */
function forEachLine({ text, start, end }: BodyRange, visit: (start: number, end: number) => void): void {
  let pos = start
  while (pos < end) {
    const lf = text.indexOf('\n', pos)
    const next = lf < 0 || lf >= end ? end : lf + 1
    let stop = lf < 0 || lf >= end ? end : lf
    while (stop > pos && text.charCodeAt(stop - 1) === CR) stop--
    visit(pos, stop)
    pos = next
  }
}
