import { describe, expect, it } from 'vitest'
import { Budget } from '../../src/inbound/budget'
import { parseBounce } from '../../src/inbound/parse'

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
