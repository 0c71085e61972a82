/**
 * How often the parser's reading of the help pages' bounces agrees with the cause each page gives: reported by
 * `eval:corpus` beside the corpus, and held by help-pages.test.ts.
 * @module
 */
import { parseBounce } from '../../../src/inbound/parse'
import type { HelpPageBounce } from './case'
import { ENGLISH_PAGES } from './english'
import { JAPANESE_PAGES } from './japanese'
import { OTHER_LANGUAGE_PAGES } from './other-languages'

export const HELP_PAGE_BOUNCES: readonly HelpPageBounce[] = [
  ...JAPANESE_PAGES,
  ...ENGLISH_PAGES,
  ...OTHER_LANGUAGE_PAGES,
]

/**
 * Cases where we answer otherwise than the page on purpose, with the reason we give. An unknown-user sentence that
 * no RCPT stage and no address status (x.1.x) pins to the recipient's directory reads as the recipient's filter
 * (filtered, soft): Sisimai's convention, which the corpus's labels follow throughout (11 of 11 such corpus results
 * are labelled filtered), so these pages' "the address does not exist" is not what we record.
 */
export const BY_CONVENTION: Readonly<Record<string, string>> = {
  'asahinet-postfix-user-unknown-ja': 'filtered',
  'openfind-mail2000-no-mailbox': 'filtered',
}

export interface CaseReading {
  name: string
  /** The failed recipients read, in order, with their reason and hard-bounce flag. */
  read: { recipient: string; reason: string; hardbounce: boolean }[]
  /** Whether the reading agrees with the page (recipients, reasons, and the hard-bounce flag where given). */
  agrees: boolean
}

/** Reads one case and compares with what its page says. */
export async function readCase(c: HelpPageBounce): Promise<CaseReading> {
  const report = await parseBounce(new TextEncoder().encode(c.raw))
  const read = report.results.map((r) => ({
    recipient: r.address,
    reason: r.classification.reason,
    hardbounce: r.classification.hardbounce,
  }))
  const agrees =
    read.length === c.expect.length &&
    c.expect.every((e, i) => {
      const got = read[i]
      return (
        got?.recipient === e.recipient.toLowerCase() &&
        got.reason === e.reason &&
        (e.hardbounce === undefined || got.hardbounce === e.hardbounce)
      )
    })
  return { name: c.name, read, agrees }
}

/** Agreement over every case; the misses named with what was read. */
export async function helpPageAgreement(): Promise<{ agree: number; total: number; misses: string[] }> {
  const readings = await Promise.all(HELP_PAGE_BOUNCES.map(readCase))
  const misses = readings
    .filter((r) => !r.agrees)
    .map((r) => `${r.name}: read ${r.read.map((x) => `${x.recipient} ${x.reason}`).join(', ') || 'nothing'}`)
  return { agree: readings.length - misses.length, total: readings.length, misses }
}
