import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { RFC_NON_BOUNCES } from './help-pages/rfc-examples'
import { DELAY_NOTICES, LOCALE_NON_BOUNCES } from './non-bounce-locales'
import { MORE_NON_BOUNCES } from './non-bounce-more'
import { NON_BOUNCE_PAGES } from './non-bounce-pages'
import { PANEL_NON_BOUNCES } from './non-bounce-panels'
import { ROBOT_NON_BOUNCES } from './non-bounce-robots'
import { NON_BOUNCE_THREADS } from './non-bounce-threads'
import { NON_BOUNCE_THREADS_34, NON_BOUNCE_THREADS_34B } from './non-bounce-threads-34'
import { NON_BOUNCE_THREADS_35 } from './non-bounce-threads-35'
import { NON_BOUNCE_THREADS_35B } from './non-bounce-threads-35b'
import { NON_BOUNCE_THREADS_36 } from './non-bounce-threads-36'
import { NON_BOUNCE_THREADS_36B } from './non-bounce-threads-36b'

describe('messages that are not bounces, as their software and pages show them: never a counted failure', () => {
  for (const c of [
    ...NON_BOUNCE_PAGES,
    ...NON_BOUNCE_THREADS,
    ...MORE_NON_BOUNCES,
    ...ROBOT_NON_BOUNCES,
    ...LOCALE_NON_BOUNCES,
    ...RFC_NON_BOUNCES,
    ...PANEL_NON_BOUNCES,
    ...NON_BOUNCE_THREADS_34,
    ...NON_BOUNCE_THREADS_34B,
    ...NON_BOUNCE_THREADS_35,
    ...NON_BOUNCE_THREADS_35B,
    ...NON_BOUNCE_THREADS_36,
    ...NON_BOUNCE_THREADS_36B,
  ]) {
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

describe('delay notices, as their software writes them: a deferral of the named recipient, never a hard bounce', () => {
  for (const c of DELAY_NOTICES) {
    it(c.name, async () => {
      const report = await parseBounce(new TextEncoder().encode(c.raw))
      // The recipient still being retried is recorded (nothing a report names is dropped) as delayed, and only that.
      expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
      for (const r of report.results) {
        expect(r.action).toBe('delayed')
        expect(r.classification.hardbounce).toBe(false)
        expect(r.classification.disposition).not.toBe('hard')
      }
    })
  }
})
