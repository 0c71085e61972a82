import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../src/inbound/fields'

describe('splitLines', () => {
  it('splits as /\\r?\\n/ does, whatever mix of line breaks', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\u2028', 'é'), maxLength: 40 })
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(t.split(/\r?\n/))
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps a carriage return no line feed follows', () => {
    expect(splitLines('a\r\r\nb\rc\r')).toEqual(['a\r', 'b\rc\r'])
  })
})
