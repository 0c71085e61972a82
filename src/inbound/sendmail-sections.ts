/**
 * Sendmail's notices sort their recipients under headings (savemail.c, `errbody`): "----- The following addresses
 * had permanent fatal errors -----", "… had transient non-fatal errors -----" (still queued) and "… had successful
 * delivery notifications -----" (delivered, relayed to a non-DSN-aware mailer, expanded by an alias). Without the
 * notice's DSN part (sent only with SendMimeErrors) those headings are all that tells a failure from the others.
 * @module
 */
import { mentionedAddresses } from './prose'

/** What a heading says of the recipients listed under it. */
export type NoticeSection = 'failed' | 'transient' | 'delivered'

const HEADING =
  /^[ \t]*-{3,}[ \t]*the following addresses had (permanent fatal errors|transient non-fatal errors|successful delivery notifications)[ \t]*-{3,}[ \t]*$/i
/** Any other heading of the notice ("----- Transcript of session follows -----") ends a section. */
const OTHER_HEADING = /^[ \t]*-{3,}/

const SECTIONS: Record<string, NoticeSection> = {
  'permanent fatal errors': 'failed',
  'transient non-fatal errors': 'transient',
  'successful delivery notifications': 'delivered',
}

/**
 * The section each listed address (lower-cased) stands under; an address under several counts as failed if it
 * failed anywhere. Empty when the notice has no such headings.
 */
export function noticeSections(lines: readonly string[]): Map<string, NoticeSection> {
  const found = new Map<string, NoticeSection>()
  let section: NoticeSection | null = null
  for (const line of lines) {
    const heading = HEADING.exec(line)
    if (heading) {
      section = SECTIONS[heading[1]!.toLowerCase()] ?? null
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
