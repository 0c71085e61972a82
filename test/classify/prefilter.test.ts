import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  matchPhrase,
  PHRASES,
  type PhraseRule,
  WEAK_PHRASES,
  withAddressesMasked,
} from '../../src/classify/phrases'
import { LiteralFilter, requiredLiterals, topLevelBranches } from '../../src/classify/phrases/prefilter'
import { caseless, eitherWordings, writtenOut } from '../../src/classify/phrases/rule'
import { DOCUMENTED_PHRASES } from './documented-phrases'

/** Each family's pattern as it is run, built once (building it per text made this test slow). */
const AS_RUN = new Map<PhraseRule, RegExp>()
const asRun = (rule: PhraseRule) => {
  let pattern = AS_RUN.get(rule)
  if (!pattern) {
    pattern = rule.pattern.flags.includes('i') ? eitherWordings(caseless(rule.pattern)) : rule.pattern
    AS_RUN.set(rule, pattern)
  }
  return pattern
}

/** Every family tried in order (on the text its addresses masked), no prefilter: what `matchPhrase` must answer. */
function tryEveryFamily(written: string, rules: readonly PhraseRule[]): PhraseRule | null {
  const text = withAddressesMasked(written)
  const lowered = writtenOut(text.toLowerCase())
  for (const rule of rules)
    if (asRun(rule).test(rule.pattern.flags.includes('i') ? lowered : text)) return rule
  return null
}

/** Every literal the families' filter reads, to build texts that come near many families at once. */
const LITERALS = [...PHRASES, ...WEAK_PHRASES].flatMap((rule) =>
  rule.pattern.flags.includes('i') ? (requiredLiterals(eitherWordings(caseless(rule.pattern))) ?? []) : []
)

describe('requiredLiterals: the text every match of a pattern holds', () => {
  it.each([
    [/mailbox (?:is )?full/, ['mailbox ']],
    [/over quota|quota exceeded/, ['over quota', 'quota exceeded']],
    // A lookaround and \b consume nothing: the text on either side is adjacent in a match.
    [/\buser(?! unknown)\b not found/, ['user not found']],
    [/(?<!timeout )quota exceeded/, ['quota exceeded']],
    // A class or an optional piece splits the literal; a repeated one counts once.
    [/no such [a-z]+ here/, ['no such ']],
    [/rejected\s+by policy/, ['by policy']],
    [/aaa+b{2}c/, ['aaa']],
    [/x{3}yz/, ['xxxyz']],
    [/e-?mail address unknown/, ['mail address unknown']],
    [/(?:sorry, )?(?:unknown|invalid) (?:user|mailbox)/, ['unknown', 'invalid']],
    [/\u00e9chec de livraison/, ['\u00e9chec de livraison']],
    [/smtp\.example\.org said/, ['smtp.example.org said']],
    // A group's own literal is not joined to the text beside it: one of the two is read.
    [/(?<name>quota) full/, ['quota']],
    [/over .{1,20} quota|full?? mailbox/, [' quota', ' mailbox']],
  ])('%s needs one of %j', (pattern, literals) => {
    expect(requiredLiterals(pattern)).toEqual(literals)
  })

  it.each([
    // An alternative with no literal of three characters: nothing can be said.
    /spam|ip/,
    /[a-z]+ unknown|x/,
    /(?:abc)?/,
    // A flag the filter does not read, or a case-insensitive pattern (the families run caseless ones).
    /quota exceeded/i,
    /quota exceeded/u,
    // Escapes the reader does not model: a control character, an octal escape (a back reference here).
    /\cJabc/,
    /(a)\1bcd/,
    // A name or property escape without its end (valid without the u flag): the reader would look for it forever.
    // Built from their sources: the linter rewrites such a pattern as a literal and drops the escape.
    ...['\\k<abc', 'abc\\p{L'].map((source) => new RegExp(source)),
  ])('says nothing for %s', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull()
  })
})

describe('topLevelBranches: a pattern cut at its top-level alternation', () => {
  it.each([
    ['over quota|mailbox (?:is )?full|no such user', ['over quota', 'mailbox (?:is )?full', 'no such user']],
    // A "|" inside a group, a class or escaped is not a branch's end.
    ['(?:a|b)cd|[|x]yz|p\\|q|(?<=r|s)t', ['(?:a|b)cd', '[|x]yz', 'p\\|q', '(?<=r|s)t']],
    ['[\\]|]abc|def', ['[\\]|]abc', 'def']],
    ['^(?:x|y)$|', ['^(?:x|y)$', '']],
  ])('%s has the branches %j', (source, branches) => {
    expect(topLevelBranches(source)).toEqual(branches)
    // Each branch a pattern of its own, and the whole pattern matches where one of them does.
    for (const branch of branches) expect(() => new RegExp(branch)).not.toThrow()
  })

  it('says nothing for one branch, or a back reference whose group could lie in another branch', () => {
    expect(topLevelBranches('mailbox (?:full|over quota)')).toBeNull()
    expect(topLevelBranches('(a)b|\\1c')).toBeNull()
    expect(topLevelBranches('(?<q>a)b|\\k<q>c')).toBeNull()
  })
})

describe('the phrase families behind their literal filter answer as every family tried in order', () => {
  it('reads every documented sentence, and its lower- and upper-cased forms, as the families do', () => {
    for (const [, diagnostic] of DOCUMENTED_PHRASES) {
      for (const text of [diagnostic, diagnostic.toUpperCase(), diagnostic.toLowerCase()]) {
        for (const rules of [PHRASES, WEAK_PHRASES]) {
          expect(matchPhrase(text, rules)?.name ?? null, text).toBe(tryEveryFamily(text, rules)?.name ?? null)
        }
      }
    }
  })

  it('reads texts made of the families own literals and random glue as the families do', () => {
    const piece = fc.oneof(
      fc.constantFrom(...LITERALS),
      fc.constantFrom(...LITERALS).map((literal) => literal.toUpperCase()),
      fc.constantFrom(' ', '.', '-', ': ', '<joe@example.org> ', '550 5.1.1 ', 'x', '\u00e9'),
      fc.string({ maxLength: 6 })
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        for (const rules of [PHRASES, WEAK_PHRASES]) {
          expect(matchPhrase(text, rules)?.name ?? null).toBe(tryEveryFamily(text, rules)?.name ?? null)
        }
      }),
      { numRuns: 3000 }
    )
  })

  it('marks a pattern possible only when the text holds one of its literals, and a null pattern always', () => {
    const filter = new LiteralFilter([/mailbox full/, null, /over quota|quota exceeded/])
    expect([...filter.scan('550 sorry, mailbox full')]).toEqual([1, 1, 0])
    expect([...filter.scan('552 quota exceeded')]).toEqual([0, 1, 1])
    // A literal at the very end of the text, and one cut short by it.
    expect([...filter.scan('over quota')]).toEqual([0, 1, 1])
    expect([...filter.scan('mailbox ful')]).toEqual([0, 1, 0])
  })

  it('finds literals that start with characters outside ASCII, or have one among their first three', () => {
    const filter = new LiteralFilter([/宛先不明/, /boîte pleine/, /über quota/, /no such user/])
    expect([...filter.scan('550 宛先不明のため')]).toEqual([1, 0, 0, 0])
    expect([...filter.scan('la boîte pleine')]).toEqual([0, 1, 0, 0])
    expect([...filter.scan('über quota, no such user')]).toEqual([0, 0, 1, 1])
    // The same first characters, a different literal: nothing.
    expect([...filter.scan('宛先 boîte vide, übermorgen, no such host')]).toEqual([0, 0, 0, 0])
  })

  it('marks every pattern whose literals share their first three characters with another', () => {
    const filter = new LiteralFilter([/not found/, /not allowed/, /nothing/])
    expect([...filter.scan('relay not allowed')]).toEqual([0, 1, 0])
    expect([...filter.scan('nothing was not found')]).toEqual([1, 0, 1])
  })
})
