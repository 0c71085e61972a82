import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { HELP_PAGE_BOUNCES } from './help-pages/agreement'

/**
 * The help pages' bounces in the other forms the same report reaches a return path in: what the parser reads may
 * not depend on the line ends, the transfer encoding, an attached original or an HTML-only body. (A first run found
 * 16 of 110 bounces read otherwise as HTML: the source's line breaks made a blank line after each line, and a
 * Sendmail transcript's heading without its indentation cut the report as if an original followed; stop 42 found
 * Postfix's "(expanded from <alias>)" not read as HTML, so the address mailed was lost.)
 */
const CRLF = '\r\n'
const headerAndBody = (raw: string) => {
  const at = raw.indexOf(`${CRLF}${CRLF}`)
  return { header: raw.slice(0, at), body: raw.slice(at + 4) }
}
/** The header without its Content-Type (and folded lines) and Content-Transfer-Encoding fields. */
const withoutContentFields = (header: string) =>
  header
    .split(CRLF)
    .filter(
      (line, i, all) =>
        !/^content-(?:type|transfer-encoding):/i.test(line) &&
        !(/^[ \t]/.test(line) && /^content-type:/i.test(all[i - 1] ?? ''))
    )
    .join(CRLF)
const utf8 = (text: string) => new TextEncoder().encode(text)
const base64 = (text: string) => btoa(String.fromCharCode(...utf8(text))).replace(/.{76}/g, `$&${CRLF}`)
const quotedPrintable = (text: string) =>
  String.fromCharCode(...utf8(text))
    .split(CRLF)
    .map((line) =>
      line
        .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        // Soft breaks every ≤ 73 characters, never inside an =XX escape (a cut one would be a broken byte).
        .replace(/(?:=[0-9A-F]{2}|[^=]){1,73}(?=.)/g, `$&=${CRLF}`)
    )
    .join(CRLF)
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Each form of a single-part bounce; null for a multipart one (its parts are already MIME). */
const FORMS: Record<string, (raw: string, recipient: string) => string | null> = {
  'LF line ends': (raw) => raw.replace(/\r\n/g, '\n'),
  base64: (raw) => {
    const { header, body } = headerAndBody(raw)
    if (/^content-type:\s*multipart/im.test(header)) return null
    return `${withoutContentFields(header)}${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64(body)}${CRLF}`
  },
  'quoted-printable': (raw) => {
    const { header, body } = headerAndBody(raw)
    if (/^content-type:\s*multipart/im.test(header)) return null
    return `${withoutContentFields(header)}${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${quotedPrintable(body)}${CRLF}`
  },
  // The original is addressed as a real one is: to the recipient that failed.
  'with the original attached': (raw, recipient) => {
    const { header, body } = headerAndBody(raw)
    if (/^content-type:\s*multipart/im.test(header)) return null
    return [
      `${withoutContentFields(header)}${CRLF}Content-Type: multipart/mixed; boundary="form-1"`,
      '',
      '--form-1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      body,
      '--form-1',
      'Content-Type: message/rfc822',
      '',
      'From: a@example.net',
      `To: ${recipient}`,
      'Subject: hello',
      '',
      'hi',
      '--form-1--',
      '',
    ].join(CRLF)
  },
  'HTML only': (raw) => {
    const { header, body } = headerAndBody(raw)
    if (/^content-type:\s*multipart/im.test(header)) return null
    const html = `<html><body><p>${body.split(CRLF).map(escaped).join(`<br>${CRLF}`)}</p></body></html>`
    return `${withoutContentFields(header)}${CRLF}Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: 8bit${CRLF}${CRLF}${html}${CRLF}`
  },
}

// The address mailed and the forward target too: a forward read in one form and lost in another is a dead target
// mailed for ever (the trust step counts a forward only for the address the report says was mailed).
const reading = async (raw: string) =>
  (await parseBounce(utf8(raw))).results.map((r) => [
    r.address,
    r.classification.reason,
    r.mailedAs,
    r.forwardedTo,
  ])

describe('a help page bounce reads the same in every form it can arrive in', () => {
  for (const [form, make] of Object.entries(FORMS)) {
    it(`as ${form}`, async () => {
      const differ: string[] = []
      for (const c of HELP_PAGE_BOUNCES) {
        const other = make(c.raw, c.expect[0]!.recipient)
        if (other === null) continue
        const [plain, formed] = [await reading(c.raw), await reading(other)]
        if (JSON.stringify(plain) !== JSON.stringify(formed))
          differ.push(`${c.name}: ${JSON.stringify(plain)} → ${JSON.stringify(formed)}`)
      }
      expect(differ).toEqual([])
    })
  }
})
