/**
 * Notices that sort their recipients under headings. Sendmail's (savemail.c, `errbody`): "----- The following
 * addresses had permanent fatal errors -----", "… had transient non-fatal errors -----" (still queued) and "… had
 * successful delivery notifications -----" (delivered, relayed to a non-DSN-aware mailer, expanded by an alias).
 * Stalwart's mixed notices (queue/dsn.rs): "----- Delivery to the following addresses was successful -----" (an older
 * release spells it "succesful"), "----- There was a temporary problem delivering to these addresses -----" (older: "There
 * has been a delay delivering to these addresses"), "-----
 * Delivery to the following addresses failed -----". Without the notice's DSN part (Sendmail sends it only with
 * SendMimeErrors; a forward or a paste drops it) those headings are all that tells a failure from the others.
 * @module
 */
import { mentionedAddresses } from './prose'

/** What a heading says of the recipients listed under it. */
export type NoticeSection = 'failed' | 'transient' | 'delivered'

const HEADING =
  /^[ \t]*-{3,}[ \t]*(?:the following addresses had (permanent fatal errors|transient non-fatal errors|successful delivery notifications)|delivery to the following addresses (failed|was succ?essful)|there (?:was a (temporary problem)|has been (a delay)) delivering to these addresses)[ \t]*-{3,}[ \t]*$/i
/**
 * The prose intros that head a list the same way, without dashes: Gmail's "Delivery to the following recipient failed
 * permanently:" and "… has been delayed:", Exchange's "Delivery has failed to these recipients or groups:" and
 * "Delivery is delayed to these recipients or groups:". In a mixed notice they tell the failure from the queued one.
 */
const INTRO =
  /^[ \t]*delivery (?:to the following recipients? (?:(failed permanently)|has been delayed|was delayed)[:.]|(has failed) to these recipients or groups:|is delayed to these recipients or groups:)[ \t]*$/i
/** Any other heading of the notice ("----- Transcript of session follows -----") ends a section. */
const OTHER_HEADING = /^[ \t]*-{3,}/

const SECTIONS: Record<string, NoticeSection> = {
  'permanent fatal errors': 'failed',
  failed: 'failed',
  'transient non-fatal errors': 'transient',
  'temporary problem': 'transient',
  'a delay': 'transient',
  'successful delivery notifications': 'delivered',
  'was successful': 'delivered',
  'was succesful': 'delivered',
}

/**
 * The section each listed address (lower-cased) stands under; an address under several counts as failed if it
 * failed anywhere. Empty when the notice has no such headings.
 */
export function noticeSections(lines: readonly string[]): Map<string, NoticeSection> {
  const found = new Map<string, NoticeSection>()
  let section: NoticeSection | null = null
  for (const line of lines) {
    const intro = line.includes('elivery') ? INTRO.exec(line) : null
    if (intro) {
      section = intro[1] || intro[2] ? 'failed' : 'transient'
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const said = heading[1] ?? heading[2] ?? heading[3] ?? heading[4] ?? ''
      section = SECTIONS[said.toLowerCase()] ?? null
      continue
    }
    if (section === null) continue
    if (OTHER_HEADING.test(line)) {
      section = null
      continue
    }
    for (const address of mentionedAddresses(line, new Set())) {
      const key = address.toLowerCase()
      if (found.get(key) !== 'failed') found.set(key, section)
    }
  }
  return found
}
