import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { execAll, oneSpace } from '../../src/lib/regex'

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m])
const asExecAll = (pattern: RegExp, text: string) => execAll(pattern, text).map((m) => [m.index, ...m])

describe('execAll', () => {
  it('gives the matches matchAll gives, captures and indexes included', () => {
    const pattern = /<([^<>@\s]+)@([^<>\s]+)>/g
    const text = 'a <joe@example.org> b <jane@example.net>, c <bad>'
    expect(asExecAll(pattern, text)).toEqual(asMatchAll(pattern, text))
    expect(asExecAll(pattern, text)).toHaveLength(2)
  })

  it('steps over empty matches, by code point under the u flag', () => {
    expect(asExecAll(/x*/g, 'axxb')).toEqual(asMatchAll(/x*/g, 'axxb'))
    expect(asExecAll(/(?:)/gu, 'a😀b')).toEqual(asMatchAll(/(?:)/gu, 'a😀b'))
    expect(asExecAll(/(?:)/g, 'a😀b')).toEqual(asMatchAll(/(?:)/g, 'a😀b'))
  })

  it('leaves the shared pattern reusable: lastIndex back at 0, also after a partial earlier use', () => {
    const pattern = /\d+/g
    pattern.lastIndex = 3
    expect(execAll(pattern, '12 345 6').map((m) => m[0])).toEqual(['12', '345', '6'])
    expect(pattern.lastIndex).toBe(0)
  })

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => execAll(/a/, 'aaa')).toThrow(TypeError)
  })

  it('agrees with matchAll on any text', () => {
    const patterns = [/[a-c]+/g, /b*/g, /\b\w/gi, /(?<=a)b?/g, /./gsu]
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        for (const pattern of patterns) expect(asExecAll(pattern, text)).toEqual(asMatchAll(pattern, text))
      })
    )
  })
})

describe('oneSpace', () => {
  it("writes each whitespace run as one space, as replace(/\\s+/g, ' ') does", () => {
    expect(oneSpace('a  b\r\n c\td \u00a0e f')).toBe('a b c d e f')
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\r\n',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u3000',
      'a',
      'bc',
      '\u200b'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('')
        expect(oneSpace(text)).toBe(text.replace(/\s+/g, ' '))
      }),
      { numRuns: 3000 }
    )
  })
})
