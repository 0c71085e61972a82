/**
 * Header-style field blocks (RFC 3464 delivery-status, RFC 5965 feedback-report, RFC 822 header sections):
 * unfolded `Name: value` lines, grouped by blank lines. Keys are lower-cased.
 * @module
 */

export type FieldBlock = Map<string, string>

/**
 * `text.split(/\r?\n/)`, without a regular expression: split at line feeds, then one carriage return dropped from
 * each line a line feed ended (the hot path of every field and report reader).
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!
    if (line.charCodeAt(line.length - 1) === 0x0d) lines[i] = line.slice(0, -1)
  }
  return lines
}

/**
 * Splits `text` into blocks of fields; continuation lines (leading whitespace) are unfolded. With
 * `splitOnRepeat` (delivery-status parts) a field seen again starts the next block, since some MTAs omit the
 * blank line between recipients; otherwise (header sections) the first occurrence wins.
 */
export function fieldBlocks(text: string, splitOnRepeat = false): FieldBlock[] {
  const blocks: FieldBlock[] = []
  let current: FieldBlock = new Map()
  let lastKey: string | null = null
  for (const raw of splitLines(text)) {
    if (raw.trim() === '') {
      if (current.size > 0) blocks.push(current)
      current = new Map()
      lastKey = null
      continue
    }
    const first = raw.charCodeAt(0)
    if ((first === 0x20 || first === 0x09) && lastKey) {
      current.set(lastKey, unfolded(current.get(lastKey)!, raw))
      continue
    }
    const m = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s?(.*)$/.exec(raw)
    if (!m) {
      lastKey = null
      continue
    }
    const key = m[1]!.toLowerCase()
    lastKey = key
    if (current.has(key)) {
      // The first occurrence wins, folded lines and all: a repeat's continuation is not appended to it. Exim names
      // the remote host twice in one recipient's block ("Remote-MTA: dns; mx…" and "Remote-MTA: X-ip; [192.0.2.1]"):
      // that repeat starts no new recipient.
      if (!splitOnRepeat || key === 'remote-mta') {
        lastKey = null
        continue
      }
      blocks.push(current)
      current = new Map()
    }
    current.set(key, m[2]!.trim())
  }
  if (current.size > 0) blocks.push(current)
  return blocks
}

/** A field's value with a folded line joined on, by one space (none when the value was empty so far). */
const unfolded = (value: string, line: string) => (value ? `${value} ${line.trim()}` : line.trim())

/** The header section of a raw message (up to the first blank line), as one field block. */
export function headerBlock(message: string): FieldBlock {
  const end = message.search(/\r?\n\r?\n/)
  return fieldBlocks(end >= 0 ? message.slice(0, end) : message)[0] ?? new Map()
}

/**
 * One field of a raw message's header section, as `headerBlock(message).get(name)` gives it (first occurrence,
 * unfolded, trimmed), reading lines only until that field is whole: the parser asks an attached original for its
 * Message-ID alone, and splitting its whole header (Received chains, DKIM signatures) into a map cost more.
 * @param name lower-case
 */
export function headerField(message: string, name: string): string | undefined {
  const end = message.search(/\r?\n\r?\n/)
  const header = end >= 0 ? message.slice(0, end) : message
  let value: string | undefined
  let fields = 0
  for (let from = 0; from <= header.length; ) {
    const lf = header.indexOf('\n', from)
    const stop = lf < 0 ? header.length : lf
    let raw = header.slice(from, stop)
    if (lf >= 0 && raw.charCodeAt(raw.length - 1) === 0x0d) raw = raw.slice(0, -1)
    from = lf < 0 ? header.length + 1 : lf + 1
    // A blank line ends the first block once it holds a field, as in fieldBlocks.
    if (raw.trim() === '') {
      if (fields > 0) break
      continue
    }
    const first = raw.charCodeAt(0)
    if (first === 0x20 || first === 0x09) {
      if (value !== undefined) value = unfolded(value, raw)
      continue
    }
    // Any other line ends the field's continuation: once found, the field is whole.
    if (value !== undefined) break
    const m = FIELD_LINE.exec(raw)
    if (!m) continue
    fields++
    if (m[1]!.toLowerCase() === name) value = m[2]!.trim()
  }
  return value
}
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s?(.*)$/

/**
 * RFC 6533's utf-8-addr-xtext, which a 7-bit delivery-status part must use for a UTF-8 address ("utf-8;
 * \x{7528}\x{6237}@\x{4F8B}\x{5B50}.\x{5E7F}\x{544A}"): each EmbeddedUnicodeChar back to its character. Only under
 * the utf-8 address type, and only a non-ASCII scalar value that is no space, separator or format character; any
 * other is left as written (the field then holds no address).
 */
function embeddedUnicode(value: string, typed: string): string {
  // An address is at most 254 octets (RFC 5321): a longer field is left as written, unread.
  if (typed.length > MAX_XTEXT || !typed.includes('\\x{') || !/^\s*utf-8\s*;/i.test(value)) return typed
  return typed.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (whole, hex: string) => {
    const point = Number.parseInt(hex, 16)
    if (point < 0x80 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return whole
    // Only what RFC 6533 encodes: a non-ASCII character of an address, never a space or a separator that would split
    // the field into another address.
    const char = String.fromCodePoint(point)
    return /[\s\p{Z}\p{C}]/u.test(char) ? whole : char
  })
}
const MAX_XTEXT = 2048

/** A whole field that is one address with RFC 5321's quoted local part (`"john doe"@example.org`). */
const QUOTED_LOCAL_ADDRESS = /^\s*<?("(?:[^"\\\r\n]|\\[ -~]){1,62}"@[^\s<>;"@]+)>?\s*$/

/**
 * `rfc822; <a@b>` → `a@b`; any `type;` prefix, angle brackets and a left-over `smtp=`/`smtp:`/`mailto:` prefix
 * removed. The last word of the value with an `@` is read, after any comment (`rfc822; a@b (Jane Doe)`, which
 * RFC 5322's CFWS allows in the field): scanned once, so a hostile run of `@` stays linear.
 */
export function addressField(value: string | undefined): string | null {
  if (!value) return null
  const typed = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value
  const text = embeddedUnicode(value, typed).replace(/\([^()]*\)/g, ' ')
  // RFC 5321's quoted local part may hold spaces ("rfc822; "john doe"@example.org"): one word of its own.
  const quoted = QUOTED_LOCAL_ADDRESS.exec(text)
  if (quoted) return quoted[1]!
  const words = text.split(/[\s]+/)
  let word = ''
  for (let i = words.length - 1; i >= 0 && !word; i--) if (words[i]!.includes('@')) word = words[i]!
  // The local part holds no @ (the first @ splits), so the match is decided in one pass.
  const m = /^<?(?:(?:smtp|mailto|rfc822)[=:])?([^\s<>;"@]+@[^\s<>;"]+?)>?$/i.exec(word)
  return m ? m[1]!.replace(/[.,]$/, '') : null
}

/** `smtp; 550 5.1.1 …` → `550 5.1.1 …`. */
export function diagnosticField(value: string | undefined): string | null {
  if (!value) return null
  const text = value.replace(/^\s*[A-Za-z-]+\s*;\s*/, '').trim()
  return text || null
}

/** The first address a header value names: `Jane <jane@example.org>` → `jane@example.org`. */
export function firstAddress(value: string | undefined): string | null {
  if (!value) return null
  // Local parts without @ and starting only at a word's start: each character is scanned a bounded number of times.
  const m = /<([^<>\s@]+@[^<>\s]+)>/.exec(value) ?? /(?<![^\s<>,;:"])([^\s<>,;:"@]+@[^\s<>,;:"]+)/.exec(value)
  return m ? m[1]! : null
}

/** A Message-ID header value without its angle brackets, bounded. */
export function cleanId(value: string | undefined | null): string | null {
  if (!value) return null
  const m = /<([^<>]+)>/.exec(value)
  return (m ? m[1]! : value.trim()).slice(0, 300) || null
}
