/**
 * The shapes of a provider's host rule and the helpers that read its tables: sentences alone, or a documented
 * enhanced code together with its sentence. Pure; no bindings.
 * @module
 */
import type { Reason } from '../reasons'

/** Reasons and the provider's sentences (lower-case) that mean them, in the order they are tried. */
export type SentenceTable = readonly [Reason, readonly string[]][]

export interface HostRule {
  name: string
  /** Domain suffixes of the provider's mailboxes and mail hosts. */
  hosts: readonly string[]
  /** A code format only this provider uses: the rule applies wherever it appears. */
  signature?: RegExp
  /** The provider's codes (or words whose meaning depends on more than a sentence); tried first. */
  decide?(text: string, lower: string, permanent: boolean, status: string | null): Reason | null
  /** The provider's sentences, tried when `decide` finds nothing. */
  sentences?: SentenceTable
}

/**
 * A provider's documented replies: an enhanced code, or a range of its last number (`5.7.606-649`), with its
 * sentence (lower-case). Both must match: the same words under another code mean something else.
 */
export type CodeTable = readonly [code: string, sentence: string, reason: Reason][]

/** The first reason whose sentences occur in `lower` (already lower-cased). */
export function bySentence(table: SentenceTable, lower: string): Reason | null {
  for (const [reason, sentences] of table) if (sentences.some((s) => lower.includes(s))) return reason
  return null
}

/** Whether `status` is `code`, or falls in its range (`5.7.606-649`: the last number from 606 to 649). */
function codeMatches(status: string, code: string): boolean {
  const dash = code.indexOf('-')
  if (dash < 0) return status === code
  const prefix = code.slice(0, code.lastIndexOf('.', dash) + 1)
  if (!status.startsWith(prefix)) return false
  const last = Number(status.slice(prefix.length))
  return last >= Number(code.slice(prefix.length, dash)) && last <= Number(code.slice(dash + 1))
}

/** The first entry of `table` whose code the status matches and whose sentence the text has. */
export function byCodeTable(table: CodeTable, status: string | null, lower: string): Reason | null {
  if (!status) return null
  for (const [code, sentence, reason] of table)
    if (codeMatches(status, code) && lower.includes(sentence)) return reason
  return null
}
