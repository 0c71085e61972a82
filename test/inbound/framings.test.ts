import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { classifyDocumented, DOCUMENTED_PHRASES } from '../classify/documented-phrases'
import { FRAMES, MULTI_RECIPIENT, statusFor } from './framings'

/** The documented rows that are a remote server's SMTP reply, the only ones an MTA relays in these frames. */
const REPLIES = DOCUMENTED_PHRASES.filter(([, diagnostic]) => /^[45]\d\d[ -]/.test(diagnostic))
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/

describe('a documented reply reads the same whichever MTA relays it', () => {
  it('covers most of the documented table', () => {
    expect(REPLIES.length).toBeGreaterThan(DOCUMENTED_PHRASES.length / 2)
  })

  for (const [mta, frame] of Object.entries(FRAMES)) {
    it(`inside ${mta}'s bounce, every reply keeps the reason it has with what the bounce tells`, async () => {
      const differ: string[] = []
      for (const [source, diagnostic, , context] of REPLIES) {
        // Prose that states no enhanced status cannot carry the rows whose reading needs one.
        if (context?.status && !frame.statesStatus) continue
        const reply = diagnostic.replace(/\s*\n\s*/g, ' ')
        const recipient = ADDRESS.exec(reply)?.[0] ?? `joe@${context?.domain ?? 'example.org'}`
        const report = await parseBounce(frame.build(recipient, reply, statusFor(reply, context?.status)))
        const found = report.results.find((result) => result.address === recipient)
        const hosts = [recipient.slice(recipient.indexOf('@') + 1), ...frame.hosts]
        const want = classifyDocumented(diagnostic, context, { stage: frame.stage, hosts })
        const got = found?.classification.reason ?? `nothing (${report.why})`
        if (got !== want) differ.push(`${source}: ${want} alone, ${got} in ${mta}'s bounce (${reply})`)
      }
      expect(differ).toEqual([])
    })
  }

  for (const [mta, build] of Object.entries(MULTI_RECIPIENT)) {
    it(`inside ${mta}'s bounce for two recipients, each keeps its own reply's reason, and neither is lost`, async () => {
      const full = {
        recipient: 'ann@example.org',
        reply: '552 5.2.2 <ann@example.org>: Mailbox full',
        status: '5.2.2',
      }
      const differ: string[] = []
      for (const [source, diagnostic, , context] of REPLIES) {
        if (context || ADDRESS.test(diagnostic)) continue
        const reply = diagnostic.replace(/\s*\n\s*/g, ' ')
        const joe = { recipient: 'joe@example.org', reply, status: statusFor(reply) }
        const want = classifyDocumented(diagnostic, {}, { hosts: ['example.org'] })
        for (const failures of [
          [joe, full],
          [full, joe],
        ]) {
          const results = (await parseBounce(build(failures))).results
          const reasons = ['joe@example.org', 'ann@example.org'].map(
            (a) => results.find((r) => r.address === a)?.classification.reason ?? 'lost'
          )
          if (reasons[0] !== want || reasons[1] !== 'mailboxfull')
            differ.push(`${source}: joe ${reasons[0]} (alone ${want}), ann ${reasons[1]} (${reply})`)
        }
      }
      expect(differ).toEqual([])
    })
  }

  it("reads qmail-remote's refusal at RCPT TO as that stage, and its closing 'Giving up on <IP>' as no expiry", async () => {
    const report = await parseBounce(FRAMES.qmail!.build('joe@example.org', '550 User unknown', '5.0.0'))
    expect(report.results[0]).toMatchObject({ stage: 'rcpt', classification: { reason: 'userunknown' } })
    const access = await parseBounce(
      FRAMES.qmail!.build('joe@example.org', '550 5.7.1 <joe@example.org>: Relay access denied', '5.7.1')
    )
    expect(access.results[0]?.classification.reason).toBe('norelaying')
  })
})
