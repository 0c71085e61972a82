/**
 * A prefilter for the phrase families: the literal text any match of a family must contain, read once from its
 * pattern's source, so that one pass over a diagnostic tells which families can match at all and only those run.
 * A family whose source yields no such literal always runs: the filter only ever skips a family that cannot match.
 * @module
 */

/** Literals shorter than this are too common to skip anything: a family that needs one always runs. */
const MIN_LITERAL = 3

/** One of these strings is in every match; `null`: nothing can be said. */
export type Need = readonly string[] | null

/**
 * From an unescaped backslash or parenthesis: `\c`, `\0`-`\9`, a `\k` or `\p` without its closing `>` or `}` (the
 * reader would look for it forever), and a `(?` group other than `(?:`, lookarounds and names.
 */
const UNMODELLED =
  /(?:^|[^\\])(?:\\\\)*(?:\\(?:c|\d)|\\[kp](?![<{][^>}]*[>}])|\((?!\?(?::|=|!|<=|<!|<[A-Za-z]))\?)/

/** Characters that are literals outside a class, escape or group, and not quantifiers or anchors (sticky). */
const PLAIN_RUN = /[^\\[\](){}|.?*+^$]+/y

/** A new row of `LiteralFilter.thirds`: no bucket for any third character yet. */
const EMPTY_ROW: readonly number[] = new Array(128).fill(-1)

/** A counted quantifier, read where the reader stands (sticky: no copy of the rest of the source). */
const BRACES = /\{(\d+)(,\d*)?\}/y

/** A reader over a pattern source (JavaScript syntax, without the `u` or `v` flag). */
class SourceReader {
  position = 0
  constructor(readonly source: string) {}

  /** Alternatives up to the end or the closing parenthesis of the current group (consumed by the caller). */
  alternation(): Need {
    const branches: Need[] = [this.sequence()]
    while (this.source[this.position] === '|') {
      this.position++
      branches.push(this.sequence())
    }
    if (branches.some((branch) => branch === null)) return null
    return (branches as string[][]).flat()
  }

  /** A sequence of atoms: its longest run of literal characters, or the most selective group it requires. */
  private sequence(): Need {
    const needs: string[][] = []
    let run = ''
    const endRun = () => {
      if (run) needs.push([run])
      run = ''
    }
    while (this.position < this.source.length) {
      const char = this.source[this.position] as string
      if (char === '|' || char === ')') break
      const plain = this.plainRun()
      if (plain) {
        run += plain
        continue
      }
      const atom = this.atom()
      const { min, exact } = this.quantifier()
      if (atom.kind === 'empty') continue
      if (atom.kind === 'literal') {
        if (min === 0) {
          endRun()
          continue
        }
        // "ab+c" or "a{2,}": the literal once, then anything may follow it.
        run += atom.text.repeat(exact ? min : 1)
        if (!exact) endRun()
        continue
      }
      endRun()
      if (atom.kind === 'group' && min > 0 && atom.need) needs.push([...atom.need])
    }
    endRun()
    return best(needs)
  }

  /**
   * The characters from here that are each a literal read once (no quantifier after them), taken in one step: most of
   * a family's source is words, and reading them as one atom each made preparing the lists cost a cold process
   * ≈ 40 ms. A character a quantifier may follow is left to `atom` and `quantifier`. Empty when none is.
   */
  private plainRun(): string {
    PLAIN_RUN.lastIndex = this.position
    if (!PLAIN_RUN.test(this.source)) return ''
    let end = PLAIN_RUN.lastIndex
    const next = this.source[end]
    if (next === '?' || next === '*' || next === '+' || next === '{') end--
    const plain = this.source.slice(this.position, end)
    this.position = end
    return plain
  }

  private atom():
    | { kind: 'literal'; text: string }
    | { kind: 'empty' }
    | { kind: 'any' }
    | { kind: 'group'; need: Need } {
    const source = this.source
    const char = source[this.position++] as string
    if (char === '^' || char === '$') return { kind: 'empty' }
    if (char === '.') return { kind: 'any' }
    if (char === '[') {
      if (source[this.position] === '^') this.position++
      while (this.position < source.length && source[this.position] !== ']') {
        this.position += source[this.position] === '\\' ? 2 : 1
      }
      this.position++
      return { kind: 'any' }
    }
    if (char === '(') {
      let lookaround = false
      if (source.startsWith('?:', this.position)) this.position += 2
      else if (/^\?<?[=!]/.test(source.slice(this.position, this.position + 3))) {
        lookaround = true
        this.position += source[this.position + 1] === '<' ? 3 : 2
      } else if (source.startsWith('?<', this.position)) {
        this.position = source.indexOf('>', this.position) + 1
      }
      const need = this.alternation()
      this.position++ // the closing parenthesis
      // A lookaround consumes nothing: the text on either side of it is adjacent in the match.
      return lookaround ? { kind: 'empty' } : { kind: 'group', need }
    }
    if (char === '\\') return this.escape()
    return { kind: 'literal', text: char }
  }

  private escape(): { kind: 'literal'; text: string } | { kind: 'empty' } | { kind: 'any' } {
    const source = this.source
    const char = source[this.position++] as string
    if (char === 'b' || char === 'B') return { kind: 'empty' }
    if (char === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(this.position, this.position + 4))) {
      const text = String.fromCharCode(Number.parseInt(source.slice(this.position, this.position + 4), 16))
      this.position += 4
      return { kind: 'literal', text }
    }
    if (char === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(this.position, this.position + 2))) {
      const text = String.fromCharCode(Number.parseInt(source.slice(this.position, this.position + 2), 16))
      this.position += 2
      return { kind: 'literal', text }
    }
    if (char === 'p' || char === 'P' || char === 'k') {
      if (source[this.position] === '{' || source[this.position] === '<')
        this.position = source.indexOf(source[this.position] === '{' ? '}' : '>', this.position) + 1
      return { kind: 'any' }
    }
    // Classes (\d \w \s …), control and whitespace escapes, back references: not one literal character.
    if (/[A-Za-z0-9]/.test(char)) return { kind: 'any' }
    return { kind: 'literal', text: char }
  }

  /** The quantifier after an atom, if any: its least count, and whether it is exact (`{n}`, or none). */
  private quantifier(): { min: number; exact: boolean } {
    const source = this.source
    const char = source[this.position]
    let min = 1
    let exact = true
    let quantified = true
    if (char === '?' || char === '*') {
      min = 0
      exact = false
      this.position++
    } else if (char === '+') {
      exact = false
      this.position++
    } else if (char === '{') {
      BRACES.lastIndex = this.position
      const braces = BRACES.exec(source)
      if (braces) {
        min = Number(braces[1])
        exact = braces[2] === undefined
        this.position += braces[0].length
      } else quantified = false
    } else quantified = false
    // A lazy quantifier's mark.
    if (quantified && source[this.position] === '?') this.position++
    return { min, exact }
  }
}

/** The most selective requirement: the set whose shortest literal is longest, then the smallest set. */
function best(needs: string[][]): Need {
  let chosen: string[] | null = null
  let chosenShortest = 0
  for (const need of needs) {
    const shortest = Math.min(...need.map((literal) => literal.length))
    if (shortest < MIN_LITERAL) continue
    if (
      !chosen ||
      shortest > chosenShortest ||
      (shortest === chosenShortest && need.length < chosen.length)
    ) {
      chosen = need
      chosenShortest = shortest
    }
  }
  return chosen
}

/**
 * The literals one of which every match of `pattern` contains, or null. Read from the source as written: for a
 * pattern run on lower-cased text (`caseless`) the literals are already lower-case.
 */
export function requiredLiterals(pattern: RegExp): Need {
  if (pattern.flags.includes('u') || pattern.flags.includes('v') || pattern.flags.includes('i')) return null
  // Syntax the reader does not model (control and octal escapes, back references, modifier groups such as "(?i:"):
  // nothing is said rather than a literal that may be wrong.
  if (UNMODELLED.test(pattern.source)) return null
  const reader = new SourceReader(pattern.source)
  const need = reader.alternation()
  // A source the reader did not walk to its end (a construct it does not know): say nothing.
  return reader.position === pattern.source.length && need ? [...new Set(need)] : null
}

/** A named back reference (`\k<name>`), whose group could lie in another branch. */
const NAMED_REFERENCE = /(?:^|[^\\])(?:\\\\)*\\k</

/**
 * A pattern's source cut at its top-level "|": a match of the pattern is a match of one of these, each a pattern of
 * its own (with the same flags). Null when there is one branch only, or the source has a back reference, whose
 * group could lie in another branch.
 */
export function topLevelBranches(source: string): string[] | null {
  if (UNMODELLED.test(source) || NAMED_REFERENCE.test(source)) return null
  const branches: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') {
      // A class ends at its first unescaped "]" (no flag with nested classes is read here).
      i++
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
    } else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(start, i))
      start = i + 1
    }
  }
  branches.push(source.slice(start))
  return branches.length > 1 ? branches : null
}

/** The literals that start with one run of three characters, and the pattern each belongs to. */
interface Bucket {
  literals: string[]
  pattern: number[]
}

/** Key of a run of three characters outside ASCII (each below 65536: a string's code units). */
const otherKey = (first: number, second: number, third: number) => (first * 65536 + second) * 65536 + third

/**
 * Which of a list of patterns can match a text: one pass over the text, looking up the literals that start at each
 * position by their first three characters (every literal has MIN_LITERAL of them), and only those compared whole.
 * A run of ASCII characters is looked up in flat tables (pair, then third character), any other in a map. A null
 * pattern (one run on other text) is always marked possible.
 * Measured against a trie of the literals: the trie bounds a hostile text better ("nonono…" tries every literal that
 * starts "non" at each position), but ordinary reports ran 2–9 % slower with it. Keyed by the first two characters in
 * a map, as this was first, the common pairs ("no", "re", "un") each led to 50–80 literals compared whole: on the
 * corpus's diagnostics the scan took ≈ 75 ns per character, ≈ 30 ns with these tables.
 */
export class LiteralFilter {
  /** Patterns that need no literal (always tried). */
  private readonly always: readonly number[]
  private readonly buckets: Bucket[] = []
  /** For each pair of ASCII characters (first * 128 + second): its row in `thirds`, or -1. */
  private readonly pairs = new Int32Array(128 * 128).fill(-1)
  /** 128 entries per row: the bucket of each ASCII third character after the row's pair, or -1. */
  private readonly thirds: Int32Array
  /** Bucket of each run of three characters not all ASCII (`otherKey`). */
  private readonly others = new Map<number, number>()
  private readonly possible: Uint8Array

  /** `patterns`: each a pattern, or the literals one of which it needs (`requiredLiterals`), or null. */
  constructor(patterns: readonly (RegExp | Need)[]) {
    const always: number[] = []
    const rows: number[] = []
    patterns.forEach((pattern, index) => {
      const need = pattern instanceof RegExp ? requiredLiterals(pattern) : pattern
      if (!need) {
        always.push(index)
        return
      }
      for (const literal of need) {
        const bucket = this.bucketFor(literal, rows)
        bucket.literals.push(literal)
        bucket.pattern.push(index)
      }
    })
    this.always = always
    this.thirds = Int32Array.from(rows)
    this.possible = new Uint8Array(patterns.length)
  }

  private bucketFor(literal: string, rows: number[]): Bucket {
    const [first, second, third] = [0, 1, 2].map((at) => literal.charCodeAt(at)) as [number, number, number]
    let slot: number
    if ((first | second | third) < 128) {
      let row = this.pairs[first * 128 + second] as number
      if (row < 0) {
        row = rows.length / 128
        this.pairs[first * 128 + second] = row
        rows.push(...EMPTY_ROW)
      }
      slot = rows[row * 128 + third] as number
      if (slot < 0) rows[row * 128 + third] = this.buckets.length
    } else {
      slot = this.others.get(otherKey(first, second, third)) ?? -1
      if (slot < 0) this.others.set(otherKey(first, second, third), this.buckets.length)
    }
    if (slot >= 0) return this.buckets[slot] as Bucket
    const bucket: Bucket = { literals: [], pattern: [] }
    this.buckets.push(bucket)
    return bucket
  }

  /** Marks, for each pattern, whether `text` holds one of its literals (or it needs none); valid until the next call. */
  scan(text: string): Uint8Array {
    const possible = this.possible
    possible.fill(0)
    for (const index of this.always) possible[index] = 1
    const pairs = this.pairs
    const thirds = this.thirds
    const others = this.others
    const buckets = this.buckets
    const end = text.length - 2
    for (let i = 0; i < end; i++) {
      const first = text.charCodeAt(i)
      const second = text.charCodeAt(i + 1)
      const third = text.charCodeAt(i + 2)
      let slot: number
      if ((first | second | third) < 128) {
        const row = pairs[first * 128 + second] as number
        if (row < 0) continue
        slot = thirds[row * 128 + third] as number
      } else slot = others.get(otherKey(first, second, third)) ?? -1
      if (slot < 0) continue
      const { literals, pattern } = buckets[slot] as Bucket
      for (let k = 0; k < literals.length; k++) {
        const index = pattern[k] as number
        if (possible[index] === 0 && text.startsWith(literals[k] as string, i)) possible[index] = 1
      }
    }
    return possible
  }
}
