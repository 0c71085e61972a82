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
