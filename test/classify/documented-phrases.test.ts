import { describe, expect, it } from 'vitest'
import { classifyDocumented, DOCUMENTED_PHRASES, documentedAgreement } from './documented-phrases'

describe('what servers are documented to write (MTA sources, provider tables, RFC 3463)', () => {
  for (const [source, diagnostic, reason, context] of DOCUMENTED_PHRASES) {
    const under = context ? ` under ${JSON.stringify(context)}` : ''
    it(`${source}: ${JSON.stringify(diagnostic)}${under} is ${reason}`, () => {
      expect(classifyDocumented(diagnostic, context)).toBe(reason)
    })
  }

  it('reads every row the same however a report carries it: folded, spaced, prefixed, followed', () => {
    const carriers: [string, (text: string) => string][] = [
      ['folded every five words', (text) => text.replace(/((?:\S+ ){5})/g, '$1\r\n    ')],
      ['with double spaces', (text) => text.replace(/ /g, '  ')],
      ['typed smtp;', (text) => `smtp; ${text}`],
      ["after Postfix's host said:", (text) => `host mx.example.org[192.0.2.1] said: ${text}`],
      ["before Postfix's stage", (text) => `${text} (in reply to RCPT TO command)`],
      ['in upper case', (text) => text.toUpperCase()],
    ]
    // A sending platform's status field, whole (Mailgun's "Too old", SendGrid's drop reasons), is never carried
    // inside a report: those rows are read alone only (their own test above).
    const wholeStatuses = new Set(['Too old', 'Bounced Address', 'Spam Content'])
    const differ: string[] = []
    for (const [source, diagnostic, , context] of DOCUMENTED_PHRASES) {
      if (wholeStatuses.has(diagnostic)) continue
      const alone = classifyDocumented(diagnostic, context)
      for (const [how, carry] of carriers) {
        const carried = classifyDocumented(carry(diagnostic), context)
        if (carried !== alone) differ.push(`${source} ${how}: ${carried}, alone ${alone}`)
      }
    }
    expect(differ).toEqual([])
  })

  it('reports the agreement eval:corpus prints, row by row', () => {
    const { agree, total, misses } = documentedAgreement()
    expect(total).toBe(DOCUMENTED_PHRASES.length)
    expect(agree + misses.length).toBe(total)
  })

  it('never reads a documented bare code with no words as a dead address unless the code says so', () => {
    expect(classifyDocumented('552 5.2.2')).toBe('mailboxfull')
    expect(classifyDocumented('554 5.7.9')).not.toBe('userunknown')
  })
})
