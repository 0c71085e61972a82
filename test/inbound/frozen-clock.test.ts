/**
 * Hostile messages timed as a deployed Worker runs them: the clock frozen (it moves only at I/O there), so only the
 * work itself bounds a message. Each shape took seconds to minutes before its fix (stop 43's review, frozen-clock
 * CPU); the ceilings are far above the linear time each takes now and far below the time it took.
 */
import { describe, expect, it } from 'vitest'
import { MAX_FALLBACK_LINES, MAX_PARTS } from '../../src/inbound/mime-reader'
import { parseBounce } from '../../src/inbound/parse'

const FROZEN = { budget: { now: () => 0 } }
const CEILING_MS = 1500

const bounceHeader = (contentType: string) =>
  `From: MAILER-DAEMON@mx.example.net\nTo: bounces@example.com\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <m@mx.example.net>\nMIME-Version: 1.0\nContent-Type: ${contentType}\n\n`

/** A person's own message (a mail client's), whose body is `body`. */
const personsMessage = (body: string) =>
  `From: Jane <jane@example.com>\nTo: helpdesk@example.com\nSubject: mail problem\nX-Mailer: Thunderbird\nMessage-ID: <p@example.com>\n\n${body}`

async function timed(raw: string) {
  const start = performance.now()
  const report = await parseBounce(raw, FROZEN)
  return { report, ms: performance.now() - start }
}

describe('a message costs what its size allows, with the clock frozen', () => {
  it('refuses a multipart of tens of thousands of empty parts at once, naming why', async () => {
    // Each text part under one multipart/alternative copied the list so far: 30,000 parts took 5 s in workerd.
    const raw = `${bounceHeader('multipart/alternative; boundary="b"')}${'--b\n\nx\n'.repeat(30_000)}--b--\n`
    const { report, ms } = await timed(raw)
    expect(report.why).toBe(`unreadable MIME: more than ${MAX_PARTS} MIME parts`)
    expect(ms).toBeLessThan(CEILING_MS)
  })

  it('still reads a report with some hundreds of parts', async () => {
    const parts = Array.from({ length: 300 }, (_, i) => `--b\nContent-Type: text/plain\n\npart ${i}\n`).join(
      ''
    )
    const raw = `${bounceHeader('multipart/mixed; boundary="b"')}--b\nContent-Type: text/plain\n\n<joe@example.org>: 550 5.1.1 User unknown\n${parts}--b--\n`
    const { report } = await timed(raw)
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'userunknown'],
    ])
  })

  it('does not hand postal-mime a message of more lines than it can afford', async () => {
    // A comment in Content-Type sends the message to postal-mime, which took 17 s for 24 MiB of short lines.
    const raw = `${bounceHeader('multipart/mixed (c); boundary="b"')}--b\nContent-Type: text/plain\n\n${'x\n'.repeat(MAX_FALLBACK_LINES + 10)}--b--\n`
    const { report, ms } = await timed(raw)
    expect(report.why).toBe(`unreadable MIME: more than ${MAX_FALLBACK_LINES} lines`)
    expect(ms).toBeLessThan(CEILING_MS)
  })

  it('reads a DSN of 500 aliases in a notice of 460 KiB once, not once per recipient', async () => {
    // Whether an alias heads an entry split the whole notice again for each recipient: 250 recipients took 9 s.
    const expansions = Array.from(
      { length: 500 },
      (_, i) => `<m${i}@m.net> (expanded from <r${i}@example.org>)`
    )
    const blocks = Array.from(
      { length: 500 },
      (_, i) =>
        `Final-Recipient: rfc822; r${i}@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n\n`
    )
    const raw = `${bounceHeader('multipart/report; report-type=delivery-status; boundary="B"')}--B\nContent-Type: text/plain\n\n${expansions.join('\n')}\n${'\n'.repeat(460 * 1024)}\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${blocks.join('')}--B--\n`
    const { report, ms } = await timed(raw)
    expect(report.results).toHaveLength(500)
    expect(ms).toBeLessThan(CEILING_MS)
  })

  it("reads each of 500 recipients' error line without walking every line that names an address", async () => {
    // Each recipient's reading visited all 87,000 lines naming an address: 250 recipients took 2.5 s, 1,000 took 10 s.
    const names = Array.from({ length: 500 }, (_, i) => `r${i}@example.org`).join('\n')
    const filler = 'a@b.c\n'.repeat(Math.floor((512 * 1024 - names.length) / 6))
    const { report, ms } = await timed(
      `From: MAILER-DAEMON@mx.example.net\nTo: bounces@example.com\nSubject: Undelivered Mail Returned to Sender\n\n${names}\n${filler}`
    )
    expect(report.results.length).toBeGreaterThanOrEqual(500)
    expect(ms).toBeLessThan(CEILING_MS)
  })

  it("reads a person's paste naming tens of thousands of addresses in one paragraph in linear time", async () => {
    // Each word was looked up in the list of the paragraph's local parts: 64,000 addresses took 6 s.
    const names = Array.from({ length: 64_000 }, (_, i) => `u${i}@d${i % 97}.com word${i}\n`).join('')
    const raw = personsMessage(
      `Hi,\n\n550 5.1.1 user unknown\n\n<joe@example.org>: error here\n${names}\nthanks\n`
    )
    const { report, ms } = await timed(raw)
    expect(report.results.length).toBeGreaterThan(0)
    expect(ms).toBeLessThan(CEILING_MS)
  })

  it("never throws on a person's paste of three hundred thousand failure paragraphs", async () => {
    // Math.min over the pasted paragraphs' numbers, as call arguments, overflowed the stack (the bounce was lost).
    const body = Array.from({ length: 300_000 }, (_, i) => `550 5.1.1 r${i}@example.org failed\n`).join('\n')
    const report = await parseBounce(personsMessage(body), FROZEN)
    expect(report.results.length).toBeGreaterThan(0)
    expect(report.results.length).toBeLessThanOrEqual(1000)
  })
})
