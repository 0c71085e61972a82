import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { MORE_NON_BOUNCES } from './non-bounce-more'
import { NON_BOUNCE_PAGES } from './non-bounce-pages'
import { ROBOT_NON_BOUNCES } from './non-bounce-robots'
import { NON_BOUNCE_THREADS } from './non-bounce-threads'

describe('messages that are not bounces, as their software and pages show them: never a counted failure', () => {
  for (const c of [...NON_BOUNCE_PAGES, ...NON_BOUNCE_THREADS, ...MORE_NON_BOUNCES, ...ROBOT_NON_BOUNCES]) {
    it(`${c.name}: ${c.expect}`, async () => {
      const report = await parseBounce(new TextEncoder().encode(c.raw))
      // Nothing counts: no result may suppress or count a recipient.
      expect(report.results.filter((r) => r.classification.disposition !== 'none')).toEqual([])
      // An auto-reply is recorded as one (its sender's mailbox is live); anything else names nobody.
      if (c.expect === 'vacation')
        expect(report.results.every((r) => r.classification.reason === 'vacation')).toBe(true)
      else expect(report.results.every((r) => r.classification.reason === 'delivered')).toBe(true)
    })
  }
})
