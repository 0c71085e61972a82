/**
 * Charset and text helpers of `mime-reader.ts`: which labels it decodes itself, and RFC 3676 flowed text, as
 * postal-mime 4 reads them.
 * @module
 */

/** Charsets that read ASCII bytes as ASCII, so an all-ASCII body needs no decoding. */
export const ASCII_COMPATIBLE: ReadonlySet<string> = new Set([
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
])

/** WHATWG labels postal-mime resolves straight to the runtime's decoder (their first lookup). */
export const CHARSETS: ReadonlySet<string> = new Set([
  ...ASCII_COMPATIBLE,
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

/** Escape and shift bytes, which ISO-2022 decoders read as more than themselves. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control bytes are what the test looks for
export const SHIFTS = /[\x0e\x0f\x1b]/

/**
 * A label postal-mime resolves by aliases or a fallback: every decoder it can end on reads ASCII as ASCII (escape
 * and shift bytes aside) except UTF-16's, which only labels like these reach.
 */
export function asciiSafeLabel(label: string): boolean {
  return /utf-?7/.test(label) || !/16|ucs|unicode|10646|fffe|feff/.test(label)
}

/**
 * RFC 3676 `format=flowed`: space-stuffing removed, a line ending in a space joined to the next (its space dropped
 * with `delsp=yes`), the signature separator kept on its own line — postal-mime's `decodeFlowedText`.
 */
export function unflow(text: string, delSp: boolean): string {
  const parts: string[] = []
  let lineStart = 0
  let lineLength = 0
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (line.charAt(0) === ' ') line = line.slice(1)
    if (i) {
      const last = parts.length ? parts[parts.length - 1]! : ''
      const isSignature = lineLength === 3 && parts.slice(lineStart).join('') === '-- '
      if (last.endsWith(' ') && !isSignature) {
        if (delSp) {
          if (last.length > 1) parts[parts.length - 1] = last.slice(0, -1)
          else parts.pop()
          lineLength--
        }
      } else {
        parts.push('\n')
        lineStart = parts.length
        lineLength = 0
      }
    }
    if (line) {
      parts.push(line)
      lineLength += line.length
    }
  }
  return parts.join('')
}
