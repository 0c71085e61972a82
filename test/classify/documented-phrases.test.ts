import { describe, expect, it } from 'vitest'
import { classifyDocumented, DOCUMENTED_PHRASES, documentedAgreement } from './documented-phrases'

describe('what servers are documented to write (MTA sources, provider tables, RFC 3463)', () => {
  for (const [source, diagnostic, reason, context] of DOCUMENTED_PHRASES) {
    const under = context ? ` under ${JSON.stringify(context)}` : ''
    it(`${source}: ${JSON.stringify(diagnostic)}${under} is ${reason}`, () => {
      expect(classifyDocumented(diagnostic, context)).toBe(reason)
    })
  }

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
