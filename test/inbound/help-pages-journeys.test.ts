import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { HELP_PAGE_BOUNCES } from './help-pages/agreement'

/**
 * The help pages' bounces as mail systems pass them on: a gateway's banner on top, a virus scanner's footer below,
 * trace fields prepended, field names in another case, the text turned HTML. What the parser reads may not change. (A metamorphic run
 * over the corpus and these pages first found a banner's "Report suspicious messages to …" address replacing or
 * joining the failed recipient in 85 of 460 messages, and MailScanner's "scanned for viruses … believed to be
 * clean" turning 22 readings into virusdetected.)
 */
const CRLF = '\r\n'
const split = (raw: string) => {
  const at = raw.indexOf(`${CRLF}${CRLF}`)
  return { header: raw.slice(0, at), body: raw.slice(at + 4) }
}
const singlePart = (header: string) => !/^content-type:\s*multipart/im.test(header)

const BANNER = [
  'CAUTION: This email originated from outside of the organization. Do not click links or open',
  'attachments unless you recognize the sender. Report suspicious messages to phishing@it.example.com.',
  '',
  '',
].join(CRLF)
const MAILSCANNER =
  'This message has been scanned for viruses and\r\ndangerous content by MailScanner, and is\r\nbelieved to be clean.\r\n'
const TRACE = [
  'Received: from mx.example.org (mx.example.org [192.0.2.25])',
  '\tby inbound.example.com (Postfix) with ESMTPS id 4QxYz',
  '\tfor <bounces@example.com>; Thu, 3 Dec 2026 10:00:05 +0000 (UTC)',
  'Authentication-Results: inbound.example.com; spf=pass smtp.helo=mx.example.org; dkim=none',
  'X-Spam-Status: No, score=-0.1 required=5.0',
  'Delivered-To: bounces@example.com',
].join(CRLF)

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const JOURNEYS: Record<string, (raw: string) => string | null> = {
  "behind a gateway's banner": (raw) => {
    const { header, body } = split(raw)
    return singlePart(header) ? `${header}${CRLF}${CRLF}${BANNER}${body}` : null
  },
  "with a virus scanner's footer after a signature separator": (raw) => {
    const { header, body } = split(raw)
    return singlePart(header) ? `${header}${CRLF}${CRLF}${body}${CRLF}-- ${CRLF}${MAILSCANNER}` : null
  },
  "with a virus scanner's footer after a blank line": (raw) => {
    const { header, body } = split(raw)
    return singlePart(header) ? `${header}${CRLF}${CRLF}${body}${CRLF}${MAILSCANNER}` : null
  },
  // Outlook's plain text turned HTML: a paragraph per line, an empty one per blank line ("MsoPlainText").
  'as HTML only, one paragraph per line': (raw) => {
    const { header, body } = split(raw)
    if (!singlePart(header) || /^content-transfer-encoding:\s*(?:base64|quoted)/im.test(header)) return null
    const type = /^content-type:\s*text\/plain/im.test(header)
    const html = body
      .split(CRLF)
      .map((line) => (line.trim() ? `<p class=MsoPlainText>${escapeHtml(line)}</p>` : '<p>&nbsp;</p>'))
      .join(CRLF)
    const htmlHeader = type
      ? header.replace(/^(content-type:\s*)text\/plain/im, '$1text/html')
      : `${header}${CRLF}Content-Type: text/html`
    return `${htmlHeader}${CRLF}${CRLF}<html><body>${CRLF}${html}${CRLF}</body></html>${CRLF}`
  },
  'with trace fields prepended': (raw) => `${TRACE}${CRLF}${raw}`,
  // RFC 3834's mark, which Postfix and Exim set on their bounces, and the null Return-Path a bounce arrives with.
  'marked Auto-Submitted: auto-generated, with a null Return-Path': (raw) =>
    `Return-Path: <>${CRLF}Auto-Submitted: auto-generated${CRLF}${raw}`,
  'under a German subject': (raw) =>
    /^subject:/im.test(raw)
      ? raw.replace(/^subject:[ \t]*/im, 'Subject: Unzustellbar: ')
      : `Subject: Unzustellbar: Ihre Nachricht${CRLF}${raw}`,
  'with field names in upper case': (raw) => {
    const { header, body } = split(raw)
    const upper = header.replace(/^([!-9;-~]+):/gm, (_, name: string) => `${name.toUpperCase()}:`)
    return `${upper}${CRLF}${CRLF}${body}`
  },
}

const reading = async (raw: string) =>
  (await parseBounce(new TextEncoder().encode(raw))).results.map((r) => [
    r.address,
    r.classification.reason,
    r.classification.hardbounce,
  ])

describe('a help page bounce reads the same after what mail systems do to it on the way', () => {
  for (const [journey, make] of Object.entries(JOURNEYS)) {
    it(journey, async () => {
      const differ: string[] = []
      for (const c of HELP_PAGE_BOUNCES) {
        const other = make(c.raw)
        if (other === null) continue
        const [plain, passed] = [await reading(c.raw), await reading(other)]
        if (JSON.stringify(plain) !== JSON.stringify(passed))
          differ.push(`${c.name}: ${JSON.stringify(plain)} → ${JSON.stringify(passed)}`)
      }
      expect(differ).toEqual([])
    })
  }
})
