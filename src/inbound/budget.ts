/**
 * A per-message work budget for the raw-bounce parser. Every pattern it runs is linear (test/inbound/
 * backtracking.test.ts times each on adversarial input), but linear work per recipient times many recipients in
 * a large report still adds up: the per-recipient steps charge the characters they scan, and stop when the
 * message has spent its share. The clock is a second guard where it moves (Node, `wrangler dev`, tests); inside
 * a deployed Worker it stands still during synchronous work, so the character count is the guard that holds.
 * @module
 */

/**
 * Characters of per-recipient scanning one message may cost: a thousand recipients each looked up in a 1 MiB
 * report (about a second of work), far above any real report.
 */
export const MESSAGE_BUDGET_UNITS = 1024 * 1024 * 1024
/** Wall time one message may take, where the clock moves. */
export const MESSAGE_BUDGET_MS = 1000

export interface BudgetOptions {
  units?: number
  ms?: number
  /** The clock (milliseconds); injectable for tests. */
  now?: () => number
}

export class Budget {
  private units: number
  private readonly deadline: number
  private readonly now: () => number
  /** Set once the budget ran out: the extractors stop taking recipients. */
  exhausted = false

  constructor(options: BudgetOptions = {}) {
    this.now = options.now ?? (() => performance.now())
    this.units = options.units ?? MESSAGE_BUDGET_UNITS
    this.deadline = this.now() + (options.ms ?? MESSAGE_BUDGET_MS)
  }

  /** Charges `units` of work; false (and `exhausted`) when the message has no budget left for it. */
  spend(units: number): boolean {
    if (this.exhausted) return false
    this.units -= units
    if (this.units < 0 || this.now() > this.deadline) this.exhausted = true
    return !this.exhausted
  }
}
