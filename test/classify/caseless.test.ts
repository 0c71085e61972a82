import { describe, expect, it } from 'vitest'
import { matchPhrase, PHRASES, WEAK_PHRASES } from '../../src/classify/phrases'
import { caseless, eitherWordings, writtenOut } from '../../src/classify/phrases/rule'
import { DOCUMENTED_PHRASES } from './documented-phrases'

describe('caseless phrase patterns', () => {
  it('lower-cases literals and classes but keeps case-neutral escapes', () => {
    const pattern = caseless(/\bUser [A-Z]\S+ \(?Unknown\)?\.?\W/i)
    expect(pattern.flags).toBe('')
    expect(pattern.source).toBe(String.raw`\buser [a-z]\S+ \(?unknown\)?\.?\W`)
  })

  it('throws on an escape whose meaning depends on case', () => {
    expect(() => caseless(/caf\u00C9/i)).toThrow(/depends on case/)
    expect(() => caseless(/\p{Lu}/iu)).toThrow(/depends on case/)
    expect(() => caseless(/\x41/i)).toThrow(/depends on case/)
  })

  it('refuses a pattern that is already case-sensitive', () => {
    expect(() => caseless(/OXSUS/)).toThrow(/already case-sensitive/)
  })

  it('agrees with every case-insensitive family on the documented sentences in any case', () => {
    const texts = DOCUMENTED_PHRASES.flatMap(([, diagnostic]) => [diagnostic, diagnostic.toUpperCase()])
    for (const rule of [...PHRASES, ...WEAK_PHRASES].filter((r) => r.pattern.flags.includes('i'))) {
      const lowered = caseless(rule.pattern)
      const disagree = texts.filter((t) => rule.pattern.test(t) !== lowered.test(t.toLowerCase()))
      expect(disagree, rule.name).toEqual([])
    }
  })
})

describe('either wording of the same words', () => {
  const prepared = (pattern: RegExp) => eitherWordings(caseless(pattern))

  it('reads a negation written out and contracted alike, both ways', () => {
    const family = prepared(/\bthe user does not exist\b|\bmailbox isn't available\b/i)
    expect(family.test("550 the user doesn't exist")).toBe(true)
    expect(family.test('550 the user does not exist')).toBe(true)
    expect(family.test('550 mailbox is not available')).toBe(true)
    expect(family.test('550 mail box is not available')).toBe(true)
    expect(prepared(/\bcannot deliver\b/i).test("can't deliver to joe")).toBe(true)
    expect(prepared(/\bcan't deliver\b/i).test('can not deliver to joe')).toBe(true)
    expect(prepared(/\bwill not accept\b/i).test("won't accept mail")).toBe(true)
  })

  it('changes no other word, and no pattern that already spells both', () => {
    expect(prepared(/\bthis not\b/i).source).toBe(String.raw`\bthis not\b`)
    expect(prepared(/\bdoes ?n[o']?t exist\b/i).source).toBe(String.raw`\bdoes ?n[o']?t exist\b`)
    expect(prepared(/\bdoes not exist\b/i).test('550 doesnot exist')).toBe(false)
    expect(prepared(/\bis not\b/i).test('this not')).toBe(false)
  })

  it('writes out contracted negations in the text, so a family naming only the negation reads them', () => {
    expect(writtenOut("that helo isn't allowed to connect")).toBe('that helo is not allowed to connect')
    expect(writtenOut('sender wasn\u2019t authenticated')).toBe('sender was not authenticated')
    expect(writtenOut("we can't and won't deliver")).toBe('we cannot and will not deliver')
    // Other apostrophes and words stay as written.
    expect(writtenOut("o'neill's mailbox isn't full")).toBe("o'neill's mailbox is not full")
    expect(writtenOut("the don'tcare list")).toBe("the don'tcare list")
    expect(matchPhrase("550 5.7.1 that helo isn't allowed to connect")).toEqual(
      matchPhrase('550 5.7.1 that helo is not allowed to connect')
    )
  })

  it('gives every documented sentence the same family with its negation or "mailbox" spelled the other way', () => {
    const respellings: [RegExp, string][] = [
      [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had) not\b/gi, "$1n't"],
      [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had)n't\b/gi, '$1 not'],
      [/\bcannot\b/gi, "can't"],
      [/\bcan't\b/gi, 'cannot'],
      [/\bwill not\b/gi, "won't"],
      [/\bwon't\b/gi, 'will not'],
      [/\bmailbox\b/gi, 'mail box'],
      [/\bmail box\b/gi, 'mailbox'],
    ]
    const differ: string[] = []
    let respelled = 0
    for (const [, text] of DOCUMENTED_PHRASES)
      for (const [words, other] of respellings) {
        const variant = text.replace(words, other)
        if (variant === text) continue
        respelled++
        for (const rules of [PHRASES, WEAK_PHRASES])
          if (matchPhrase(variant, rules)?.name !== matchPhrase(text, rules)?.name) differ.push(variant)
      }
    expect(respelled).toBeGreaterThan(400)
    expect(differ).toEqual([])
  })

  it('refuses a pattern that is not caseless yet', () => {
    expect(() => eitherWordings(/does not/i)).toThrow(/not caseless/)
  })
})

describe('matchPhrase', () => {
  it('reads a shouted sentence as the family it names', () => {
    expect(matchPhrase('550 5.1.1 USER UNKNOWN')?.reason).toBe('userunknown')
    expect(matchPhrase('552 MAILBOX FULL')?.reason).toBe('mailboxfull')
  })

  it('keeps a case-sensitive family case-sensitive', () => {
    // Vade's codes are upper case: the same letters in lower case in prose are not its code.
    expect(matchPhrase('421 OXSUS_101 try again')?.name).toBe('vade-code')
    expect(matchPhrase('421 oxsus_101 try again')?.name).not.toBe('vade-code')
  })

  it('prepares a list it was not prepared with', () => {
    const rule = { reason: 'blocked' as const, name: 'test', pattern: /Listed At Example/i }
    expect(matchPhrase('your ip is LISTED AT EXAMPLE', [rule])).toBe(rule)
    expect(matchPhrase('not here', [rule])).toBeNull()
  })
})
