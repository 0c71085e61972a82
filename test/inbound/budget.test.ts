import { describe, expect, it } from 'vitest'
import { Budget } from '../../src/inbound/budget'
import { MAX_NESTED_REPORTS } from '../../src/inbound/mime'
import { parseBounce } from '../../src/inbound/parse'
import { MAX_SENTENCE, reportLines, sentenceAbout } from '../../src/inbound/prose'
import { dsn } from './messages'

/** A Postfix-style prose bounce naming `count` recipients, each with its own refusal. */
const manyRecipients = (count: number) => {
  const lines = Array.from({ length: count }, (_, i) => `<user${i}@example.org>: 550 5.1.1 User unknown`)
  return `From: MAILER-DAEMON@mx.example.net\r\nTo: s@example.com\r\nSubject: Undelivered Mail Returned to Sender\r
\r\n${lines.join('\r\n\r\n')}\r\n`
}

describe('the per-message work budget', () => {
  it('reads every recipient of an ordinary report and says nothing was cut', async () => {
    const report = await parseBounce(manyRecipients(20))
    expect(report.results).toHaveLength(20)
    expect(report.truncated).toBeUndefined()
  })

  it('stops taking recipients once the clock passes the budget, and says so', async () => {
    let now = 0
    // Every reading of the clock is 100 ms later: the 250 ms budget lasts two recipients.
    const report = await parseBounce(manyRecipients(20), { budget: { ms: 250, now: () => (now += 100) } })
    expect(report.results.length).toBeGreaterThan(0)
    expect(report.results.length).toBeLessThan(20)
    expect(report.truncated).toBe('budget')
    expect(report.results[0]?.address).toBe('user0@example.org')
  })

  it('stops on the character budget where the clock stands still (as in a deployed Worker)', async () => {
    const report = await parseBounce(manyRecipients(200), { budget: { units: 50_000, now: () => 0 } })
    expect(report.results.length).toBeGreaterThan(0)
    expect(report.results.length).toBeLessThan(200)
    expect(report.truncated).toBe('budget')
  })

  it('refuses further work once spent, whatever the next charge', () => {
    const budget = new Budget({ units: 10, now: () => 0 })
    expect(budget.spend(5)).toBe(true)
    expect(budget.spend(6)).toBe(false)
    expect(budget.spend(0)).toBe(false)
    expect(budget.exhausted).toBe(true)
  })
})

/** `inner` attached whole to a report of its own that carries no delivery-status part (a relay's or a person's). */
const wrapped = (inner: string, level: number) =>
  `From: postmaster@relay${level}.example.net\r
Subject: Returned mail\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="w${level}"\r
\r
--w${level}\r
Content-Type: text/plain\r
\r
The report is attached.\r
--w${level}\r
Content-Type: message/rfc822\r
\r
${inner}--w${level}--\r
`
const nestedIn = (inner: string, levels: number) =>
  Array.from({ length: levels }, (_, i) => i).reduce((message, i) => wrapped(message, i), inner)

describe('reports wrapped in reports', () => {
  const report = dsn('joe@example.org', '550 5.1.1 User unknown')

  it('reads a report wrapped as deep as a relay and a person wrap one', async () => {
    for (let levels = 1; levels <= MAX_NESTED_REPORTS; levels++) {
      const found = await parseBounce(nestedIn(report, levels))
      expect(
        found.results.map((r) => [r.address, r.classification.reason]),
        `${levels}`
      ).toEqual([['joe@example.org', 'userunknown']])
    }
  })

  it('looks no deeper: thousands of nested reports are not each parsed and held while the next is read', async () => {
    // Each level waited on keeps its parsed copy: 4,000 levels (350 KB) took 1.3 GB and 8 s before the limit.
    const deeper = await parseBounce(nestedIn(report, MAX_NESTED_REPORTS + 1))
    expect(deeper.results.map((r) => r.classification.reason)).not.toContain('userunknown')
    const hostile = await parseBounce(nestedIn('Subject: hi\r\n\r\nhello\r\n', 4000))
    expect(hostile.results).toEqual([])
  })
})

describe('recipients listed on one long line', () => {
  const line = (count: number) =>
    `Delivery has failed to these recipients: ${Array.from({ length: count }, (_, i) => `u${i}@example.org`).join(', ')} user unknown`

  it("reads each with the list's shared reason from a sentence no longer than the limit", async () => {
    const report = reportLines(line(50_000))
    const sentence = sentenceAbout(report, 'u25000@example.org')!
    // Read whole, the 1 MB line was normalized and classified once per recipient: 10–20 s for a thousand.
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE)
    expect(sentence.startsWith('Delivery has failed to these recipients: u0@example.org')).toBe(true)
    expect(sentence.endsWith('u49999@example.org user unknown')).toBe(true)
  })

  it('gives a hundred recipients on one line the reason it ends with, as it gives three (not undetermined)', async () => {
    const read = async (count: number) =>
      (
        await parseBounce(
          `From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n${line(count)}\r\n`
        )
      ).results
    const [few, many] = [await read(3), await read(100)]
    expect(few[0]!.classification.reason).not.toBe('onhold')
    expect(new Set(many.map((r) => r.classification.reason))).toEqual(
      new Set([few[0]!.classification.reason])
    )
    // What is kept on the event keeps both ends too, within its 1,000 characters.
    const kept = many[50]!.diagnostic!
    expect(kept.length).toBeLessThanOrEqual(1000)
    expect(kept.startsWith('Delivery has failed to these recipients: u0@example.org')).toBe(true)
    expect(kept.endsWith('user unknown')).toBe(true)
  })

  it('keeps a sentence within the limit whole, and still reports every recipient of a long line', async () => {
    expect(sentenceAbout(reportLines(line(3)), 'u1@example.org')).toBe(line(3))
    const found = await parseBounce(
      `From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n${line(2000)}\r\n`
    )
    expect(found.results).toHaveLength(1000)
  })
})
