/**
 * The shape of a phrase family and the helper that builds its pattern from one alternative per line.
 * @module
 */
import type { Reason } from '../reasons'

export interface PhraseRule {
  reason: Reason
  /** Stable name reported as the deciding rule (`text:<name>`). */
  name: string
  pattern: RegExp
}

/**
 * One RegExp matching any of `alternatives`, in their order, compiled once at module load. Each is a regex
 * literal so its escapes stay checked; only its source is used, so it carries no flags of its own.
 */
export function anyOf(alternatives: readonly RegExp[], flags: string): RegExp {
  for (const alternative of alternatives)
    if (alternative.flags) throw new Error(`anyOf: flags belong to the whole pattern: ${alternative}`)
  return new RegExp(alternatives.map((alternative) => alternative.source).join('|'), flags)
}

/** Escapes a caseless pattern may keep: classes and assertions case does not touch, and escaped punctuation. */
const CASE_NEUTRAL_ESCAPE = /^\\(?:[bBdDsSwW]|[^A-Za-z0-9])$/

/**
 * `pattern` (flag `i`) for text already lower-cased: its literals lower-cased and the flag dropped. V8 compiles and
 * runs a case-sensitive pattern faster (measured: a third less time on the families), and the text is lower-cased
 * once per diagnostic instead of folded at every comparison. An escape whose meaning depends on case (`\u00C0`,
 * `\p{Lu}`, `\k<Name>`) cannot be lowered by rewriting its source: it throws at load, so a family that needs one
 * is caught by the first test run.
 */
export function caseless(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i')) throw new Error(`caseless: ${pattern} is already case-sensitive`)
  const source = pattern.source.replace(/\\.|[^\\]+/g, (piece) => {
    if (!piece.startsWith('\\')) return piece.toLowerCase()
    if (!CASE_NEUTRAL_ESCAPE.test(piece)) throw new Error(`caseless: ${piece} in ${pattern} depends on case`)
    return piece
  })
  return new RegExp(source, pattern.flags.replace('i', ''))
}

/** The auxiliaries servers write both ways: "does not exist" and "doesn't exist", "is not" and "isn't". */
const AUXILIARIES = 'do|does|did|is|are|was|were|could|would|should|has|have|had|need|must'

/** An auxiliary's negation in a pattern's literal run, either spelling. */
const NEGATED = new RegExp(String.raw`(?<![a-z'])(${AUXILIARIES})(?:n'\??t| not)(?![a-z])`, 'g')

/** An auxiliary's contracted negation in a text (straight or curly apostrophe). */
const CONTRACTED = new RegExp(String.raw`\b(${AUXILIARIES})n['\u2019]t\b`, 'g')

/**
 * `pattern` (a caseless one, `caseless`) accepting the other spellings of the same words in its literal runs: a
 * negation written out or contracted ("does not" and "doesn't", "cannot", "can't" and "can not", "will not" and
 * "won't") and "mailbox" as one word or two. Servers write the same sentence both ways (Exim's "does not exist",
 * Gmail's "doesn't exist"), and a family written from one source would miss the other: of 7,424 variants of the
 * documented table's sentences (one such respelling each), 130 changed reason before this. Forms a pattern already
 * spells flexibly ("does ?n[o']?t") and words split by an escape ("is\\snot") are left as they are.
 */
export function eitherWordings(pattern: RegExp): RegExp {
  if (pattern.flags.includes('i')) throw new Error(`eitherWordings: ${pattern} is not caseless`)
  return new RegExp(
    pattern.source.replace(/\\.|[^\\]+/g, (piece) => (piece.startsWith('\\') ? piece : eitherWording(piece))),
    pattern.flags
  )
}

/** One literal run (lower-case) with its words' other spellings as alternatives. */
function eitherWording(literal: string): string {
  return literal
    .replace(NEGATED, "$1(?:n'?t| not)")
    .replace(/(?<![a-z'])(?:can'\??t|cannot|can not)(?![a-z])/g, "(?:can'?t|cannot|can not)")
    .replace(/(?<![a-z'])(?:won'\??t|will not)(?![a-z])/g, "(?:won'?t|will not)")
    .replace(/(?<![a-z'])mail ?box/g, 'mail ?box')
}

/**
 * Lower-cased text with its contracted negations written out ("isn't allowed" → "is not allowed", "can't" →
 * "cannot", "won't" → "will not"): the families accept both spellings where they spell the auxiliary
 * (`eitherWordings`), and a family that names only the negation ("not allowed to connect", "not authenticated")
 * reads the contracted sentence too.
 */
export function writtenOut(lowered: string): string {
  if (!lowered.includes("n't") && !lowered.includes('n\u2019t')) return lowered
  return lowered
    .replace(CONTRACTED, '$1 not')
    .replace(/\bcan['\u2019]t\b/g, 'cannot')
    .replace(/\bwon['\u2019]t\b/g, 'will not')
}
