/**
 * The error line of a prose report: for one recipient, the line of the report's error section that says what went
 * wrong where the recipient's own sentence does not (Sendmail and others put the reason away from the address),
 * and never a line that is another recipient's. The section is read once per report; each recipient's search then
 * visits only the lines that name someone and the lines that answer, so a report of many recipients (or of many
 * blank lines) stays linear in its lines.
 * @module
 */
import { REPLY_MARKERS } from '../classify/codes'
import { COMMON_LOCAL_CHAR, continuesDomain, mentions } from '../lib/address'
import { splitLines } from './fields'
import { ADDRESS_LINE, HEADER_LINE, withoutOtherParties } from './prose'

/** An address `mentions` can be indexed for: its local part of COMMON_LOCAL_CHAR characters, a plain domain. */
const SIMPLE_ADDRESS = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*$/

/** A reply code or an enhanced status, not an IP address's octets ("[162.250.144.109]" holds no 250). */
const CODE = /(?<!\d\.)\b(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})\b(?!\.\d)/
/** A failure's enhanced status (4.x.x or 5.x.x), not an IP address's octets. */
const FAILURE_STATUS = /(?<![\d.])[45]\.\d{1,3}\.\d{1,3}(?![\d.])/
const ERROR_WORDS =
  /error|fail|reject|refus|denied|unknown|invalid|no such|not (?:found|exist|allowed|accept|listed|known)|full|quota|disabled|blocked|expired|timed? ?out|unable to deliver|does not exist|doesn't exist|exceed/i

/**
 * A server's reply where reports quote one: at a line's start, or after the markers of {@link REPLY_MARKERS}
 * ("said:", hMailServer's "replied:", Exchange 2007/2010's "mx.example.org #553 sorry, … ##", …).
 */
const QUOTED_REPLY = new RegExp(String.raw`(?:^|${REPLY_MARKERS})\s*[45]\d\d[ -]\S`, 'i')

/** The mailbox a transcript's reply names by its local part alone ("550 5.1.1 ann... User unknown"). */
const TRANSCRIPT_LOCAL =
  /^(?:<<<[ \t]*)?[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})?[ \t]+<?([^\s<>@]{1,64})>?\.\.\./

/** What a line may answer, by name: each is asked of a line at most once per section. */
const ANSWERS = {
  /** A quoted reply, whatever its words (Exchange's "Remote Server returned '553 sorry, …'"). */
  quotedReply: (text: string) => QUOTED_REPLY.test(text),
  /** A code and error words. */
  codedError: (text: string) => CODE.test(text) && ERROR_WORDS.test(text),
  /** A reply code and an enhanced status ("550 5.7.0 …"). */
  replyWithStatus: (text: string) => /\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/.test(text),
  /** A failure's enhanced status opening the line (Seznam's "5.1.1 szn; User hasn't got the service mapped"). */
  opensWithStatus: (text: string) => /^[45]\.\d{1,3}\.\d{1,3}\s+\S/.test(text),
  /** Error words, on no header line (Domino's "not listed in …"). */
  worded: (text: string) => ERROR_WORDS.test(text) && !HEADER_LINE.test(text),
} as const
type Answer = keyof typeof ANSWERS

/** The answers that make a line an error line, most telling first. */
const CODED: readonly Answer[] = ['quotedReply', 'codedError', 'replyWithStatus', 'opensWithStatus']

/** Whether a line names an address (a full local@domain, not a stray "@"). */
function namesAnAddress(line: string): boolean {
  return /[^\s<>@"]@[a-z0-9-]+\.[a-z0-9.-]/i.test(line)
}

interface SectionLine {
  text: string
  lower: string
  /** It names an address other than a sender's, contact's or forward path's. */
  namesSomeone: boolean
  /** The mailbox a transcript's reply names by its local part alone, lower-cased. */
  transcriptLocal: string | undefined
  /** It is an address alone (a recipient's heading), asked only of lines that name someone. */
  addressLine?: boolean
}

/** The lines found to answer one question so far, and how far the section has been asked it. */
interface Hits {
  found: number[]
  asked: number
}

/** A report's error section, read once: its lines, where its blank lines are, and which lines name someone. */
class Section {
  readonly lines: SectionLine[]
  /** The lines a recipient can make its own or another's: those naming an address or a transcript's mailbox. */
  readonly named: number[] = []
  /** For each line, the nearest blank line at or before it (-1: none). */
  readonly blankBefore: Int32Array
  /** For each line, the nearest blank line at or after it (the number of lines: none). */
  readonly blankAfter: Int32Array
  /** The transcripts' mailboxes the section names whole ("ann@"), found in one pass when first asked. */
  private mailboxes: Set<string> | undefined
  /** The named lines by each address they name whole, lower-cased ({@link mentioning}), made when first asked. */
  private byAddress: Map<string, number[]> | undefined
  /** The lines by the transcript mailbox they name, made when first asked. */
  private byTranscriptLocal: Map<string, number[]> | undefined
  /** The lines that may be another recipient's ({@link Reading}), ascending, and those of them that are headings. */
  private candidates: { lines: number[]; headings: number[] } | undefined
  private readonly hits = new Map<Answer, Hits>()

  constructor(readonly source: string) {
    this.lines = splitLines(source).map((raw): SectionLine => {
      const text = raw.trim()
      return {
        text,
        lower: text.toLowerCase(),
        namesSomeone: text.includes('@') && namesAnAddress(withoutOtherParties(text)),
        transcriptLocal: TRANSCRIPT_LOCAL.exec(text)?.[1]?.toLowerCase(),
      }
    })
    const count = this.lines.length
    this.blankBefore = new Int32Array(count)
    this.blankAfter = new Int32Array(count)
    let blank = -1
    for (let i = 0; i < count; i++) {
      const line = this.lines[i]!
      if (line.text === '') blank = i
      this.blankBefore[i] = blank
      if (line.text.includes('@') || line.transcriptLocal !== undefined) this.named.push(i)
    }
    blank = count
    for (let i = count - 1; i >= 0; i--) {
      if (this.lines[i]!.text === '') blank = i
      this.blankAfter[i] = blank
    }
  }

  /**
   * Whether the section names the transcript's mailbox `local` whole ("ann@" anywhere, as in "joann@" too). All the
   * transcripts' mailboxes are looked for at once, at each "@" (up to 64 characters before it): a report of many
   * mailboxes is read once, not once per mailbox.
   */
  namesMailbox(local: string): boolean {
    this.mailboxes ??= this.mailboxesNamed()
    return this.mailboxes.has(local)
  }

  private mailboxesNamed(): Set<string> {
    const wanted = new Set<string>()
    for (const line of this.lines) if (line.transcriptLocal !== undefined) wanted.add(line.transcriptLocal)
    const found = new Set<string>()
    if (wanted.size === 0) return found
    const lower = this.source.toLowerCase()
    for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1))
      for (let start = at - 1; start >= 0 && at - start <= 64 && !/[\s<>@]/.test(lower[start]!); start--) {
        const local = lower.slice(start, at)
        if (wanted.has(local)) found.add(local)
      }
    return found
  }

  /**
   * The named lines that mention `address` (lower-cased) whole, as `mentions` reads a mention: no local-part character
   * before it, no domain character after. Each line's addresses are indexed once per section (their local part the
   * run of such characters before an "@", their domain the run after it), so a report of a thousand recipients is
   * walked once, not once per recipient. An address with other characters is looked for line by line.
   */
  mentioning(address: string): number[] {
    if (!SIMPLE_ADDRESS.test(address))
      return this.named.filter((i) => mentions(this.lines[i]!.lower, address, COMMON_LOCAL_CHAR))
    if (!this.byAddress) {
      const index = new Map<string, number[]>()
      for (const i of this.named) {
        const line = this.lines[i]!.lower
        for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
          let start = at
          while (start > 0 && COMMON_LOCAL_CHAR.test(line[start - 1]!)) start--
          let end = at + 1
          while (end < line.length && continuesDomain(line, end)) end++
          if (start === at || end === at + 1) continue
          const key = line.slice(start, end)
          const lines = index.get(key)
          if (!lines) index.set(key, [i])
          else if (lines[lines.length - 1] !== i) lines.push(i)
        }
      }
      this.byAddress = index
    }
    return this.byAddress.get(address) ?? []
  }

  /** The lines whose transcript reply names the mailbox `local` by its local part. */
  transcriptLines(local: string): number[] {
    if (!this.byTranscriptLocal) {
      const index = new Map<string, number[]>()
      this.lines.forEach((line, i) => {
        if (line.transcriptLocal === undefined) return
        const lines = index.get(line.transcriptLocal)
        if (lines) lines.push(i)
        else index.set(line.transcriptLocal, [i])
      })
      this.byTranscriptLocal = index
    }
    return this.byTranscriptLocal.get(local) ?? []
  }

  /**
   * The lines that are another recipient's for some recipient (they name someone, or a transcript's mailbox the section
   * names whole), and those of them that are an address alone (a heading). For one recipient, the only ones of them
   * that are not another's are its own lines: a reading walks those, never the whole list.
   */
  otherCandidates(): { lines: number[]; headings: number[] } {
    if (!this.candidates) {
      const lines: number[] = []
      const headings: number[] = []
      for (const i of this.named) {
        const line = this.lines[i]!
        const local = line.transcriptLocal
        if (!line.namesSomeone && (local === undefined || !this.namesMailbox(local))) continue
        lines.push(i)
        line.addressLine ??= ADDRESS_LINE.test(line.text)
        if (line.addressLine) headings.push(i)
      }
      this.candidates = { lines, headings }
    }
    return this.candidates
  }

  /** The first line at or after `from` that answers `answer`, or -1. Each line is asked once per section. */
  firstFrom(answer: Answer, from: number): number {
    let hits = this.hits.get(answer)
    if (!hits) {
      hits = { found: [], asked: 0 }
      this.hits.set(answer, hits)
    }
    // `found` holds every answering line below `asked`: the first one at or after `from` is the answer, if any.
    const known = hits.found[firstAtLeast(hits.found, from)]
    if (known !== undefined) return known
    const test = ANSWERS[answer]
    while (hits.asked < this.lines.length) {
      const i = hits.asked++
      if (test(this.lines[i]!.text)) {
        hits.found.push(i)
        if (i >= from) return i
      }
    }
    return -1
  }
}

/** The index of the first of the ascending `values` at least `value` (their length: none). */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (values[mid]! < value) low = mid + 1
    else high = mid
  }
  return low
}

/** The last of the ascending `values` at most `value`, or -1. */
function lastAtMost(values: readonly number[], value: number): number {
  const i = firstAtLeast(values, value + 1) - 1
  return i < 0 ? -1 : values[i]!
}

/** The section last read: a report's recipients all ask about the same one. Released by {@link forgetSection}. */
let current: Section | null = null

function sectionOf(source: string): Section {
  if (current?.source !== source) current = new Section(source)
  return current
}

/** Lets the last section go (a report's reading is over: no heap kept between messages). */
export function forgetSection(): void {
  current = null
}

/**
 * Which of a section's lines one recipient may read: not another recipient's line, nor the lines under another
 * recipient's heading ("<ann@…>:" or the address alone on its line) to the next blank line or this recipient's own
 * line (qmail's "<ann@…>:" over "Remote host said: …", whose reply names no address). A line that merely mentions
 * someone (a sender, a MAIL FROM) is left out alone.
 */
class Reading {
  /** Lines that end another's paragraph: this recipient's mentions (and its mailbox in a transcript's reply). */
  private readonly own: number[] = []
  /** The lines that mention this recipient whole. */
  private readonly mentioned: ReadonlySet<number> = new Set()
  /** The recipient's last mention (-1: none), and where the block after it ends (another's line, or the end). */
  readonly last: number = -1
  readonly blockEnd: number

  /** This recipient, lower-cased ('' when none), and its local part. */
  private readonly address: string
  private readonly ownLocal: string

  /**
   * Made once per recipient from the section's indexes: its own lines are looked up, and whether a line is another's
   * is asked of that line alone ({@link isOther}), so the work is the recipient's own lines, not the section's.
   */
  constructor(
    private readonly section: Section,
    address: string | null
  ) {
    this.address = address?.toLowerCase() ?? ''
    this.ownLocal = this.address.slice(0, this.address.lastIndexOf('@'))
    this.blockEnd = section.lines.length
    if (!address) return
    // The address whole: "joann@…" holds "ann@…" but is no mention of it.
    const mentioned = section.mentioning(this.address)
    this.mentioned = new Set(mentioned)
    this.last = mentioned.length > 0 ? mentioned[mentioned.length - 1]! : -1
    const own = new Set([...mentioned, ...section.transcriptLines(this.ownLocal)])
    this.own = [...own].sort((a, b) => a - b)
    if (this.last < 0) return
    const { lines } = section.otherCandidates()
    for (let k = firstAtLeast(lines, this.last + 1); k < lines.length; k++)
      if (this.isOther(lines[k]!)) {
        this.blockEnd = lines[k]!
        break
      }
  }

  /**
   * Whether line `i` is another recipient's: it names someone and not this recipient, or a transcript's reply names
   * another mailbox by its local part where the report names that mailbox whole (a virtusertable alias's "550 5.1.1
   * jsmith... User unknown" under joe@'s entry is joe@'s reason).
   */
  private isOther(i: number): boolean {
    if (!this.address) return false
    const line = this.section.lines[i]!
    const local = line.transcriptLocal
    return (
      (line.namesSomeone && !this.mentioned.has(i)) ||
      (local !== undefined && local !== this.ownLocal && this.section.namesMailbox(local))
    )
  }

  /** The last heading of another recipient before line `i`, or -1: own lines among the headings are passed over. */
  private headingBefore(i: number): number {
    if (!this.address) return -1
    const { headings } = this.section.otherCandidates()
    for (let k = firstAtLeast(headings, i) - 1; k >= 0; k--)
      if (this.isOther(headings[k]!)) return headings[k]!
    return -1
  }

  /**
   * The first line that answers `answer` and this recipient may read, or -1. A line under another's heading skips
   * that whole paragraph: each recipient's search is bounded by the lines that name someone, not by the section's
   * length.
   */
  first(answer: Answer): number {
    let i = this.section.firstFrom(answer, 0)
    while (i >= 0) {
      if (this.isOther(i)) i = this.section.firstFrom(answer, i + 1)
      else if (this.underAnother(i)) i = this.section.firstFrom(answer, this.paragraphEnd(i))
      else return i
    }
    return -1
  }

  /** The first line in the block after this recipient's last mention that answers, unfiltered (it is its own). */
  firstInBlock(answer: Answer): number {
    if (this.last < 0) return -1
    const i = this.section.firstFrom(answer, this.last + 1)
    return i >= 0 && i < this.blockEnd ? i : -1
  }

  /**
   * The first line naming this recipient whole (not inside a longer address: "joann@…" holds "ann@…"; nor by its
   * local part alone, as a transcript of another domain's "joe" does) that answers `answer`, or -1.
   */
  firstOwn(answer: Answer): number {
    const test = ANSWERS[answer]
    for (const i of this.own) {
      const line = this.section.lines[i]!
      if (this.address && mentions(line.lower, this.address, COMMON_LOCAL_CHAR) && test(line.text)) return i
    }
    return -1
  }

  /** Whether this recipient may read line `i`: not another's line, nor under another's heading. */
  mayRead(i: number): boolean {
    return !this.isOther(i) && !this.underAnother(i)
  }

  /** Whether line `i` is under another recipient's heading: one above it, with no blank or own line since. */
  private underAnother(i: number): boolean {
    const heading = this.headingBefore(i)
    if (heading < 0) return false
    return heading > Math.max(this.section.blankBefore[i]!, lastAtMost(this.own, i))
  }

  /** Where the paragraph holding line `i` ends: the next blank line, or this recipient's next own line. */
  private paragraphEnd(i: number): number {
    const own = this.own[firstAtLeast(this.own, i + 1)] ?? this.section.lines.length
    return Math.min(this.section.blankAfter[i]!, own)
  }
}

/**
 * Line `i`'s text, and when it is a lead-in ending in a colon, the line it introduces (Gmail's "Technical details of
 * temporary failure:" over "TLS Negotiation failed: …", set apart from the recipient's entry): the error words of a
 * heading are not the error.
 */
function withWhatFollows(section: Section, reading: Reading, i: number): string {
  const { text } = section.lines[i]!
  if (!text.endsWith(':')) return text
  const next = section.lines[i + 1]
  // Never another recipient's line (a transcript's "550 5.1.1 ann... User unknown" names ann by its local part).
  return next && next.text !== '' && !next.namesSomeone && reading.mayRead(i + 1)
    ? `${text} ${next.text}`
    : text
}

/**
 * The words that say what went wrong for one recipient: its sentence, and if that has no code or error word,
 * the first line of the report that has (Sendmail and others put the reason away from the address).
 */
export function withErrorLine(
  sentence: string | null,
  section: string,
  above: () => string | null = () => null,
  address: string | null = null,
  several = false
): string {
  if (sentence && ANSWERS.codedError(sentence)) return sentence
  const read = sectionOf(section)
  const reading = new Reading(read, address)
  // Where the report gives each recipient its own block (Exchange's diagnostics: the address, then its "#550 …
  // ##"), the lines after this recipient's last mention, up to another recipient's, are read first. Then, in
  // order: a quoted reply, a code with error words, a reply with an enhanced status, a line opening with one.
  const coded = (find: (answer: Answer) => number) => {
    for (const answer of CODED) {
      const i = find(answer)
      if (i >= 0) return read.lines[i]!.text
    }
    return undefined
  }
  // A sentence that states its own reason, in a report that names other recipients too, takes a coded line only from
  // its own block: a line elsewhere that names nobody is as likely another's (Domino's "was not delivered to: … because:
  // 550 5.1.1 User unknown" over a second entry "because: … mail file is full").
  // (Its own lines count as its block: a transcript's "<<< 451 4.3.0 <joe@…>… Temporary lookup failure" is joe's.)
  const statesReason = sentence !== null && ERROR_WORDS.test(sentence)
  // So does one that carries its own failure status (Exchange 2003's "Could not deliver the message in the time limit
  // specified … <mx.example.org #4.4.7>"): another entry's "account does not exist" is not its reason.
  const ownReason = several && (statesReason || (sentence !== null && FAILURE_STATUS.test(sentence)))
  const line =
    coded((a) => reading.firstInBlock(a)) ??
    (ownReason ? coded((a) => reading.firstOwn(a)) : coded((a) => reading.first(a)))
  // The sentence may already hold that line (Exchange 2003's "<mx.example.org #5.5.0 SMTP; 550 …>" under its
  // address): it is not repeated.
  if (sentence && line) return sentence.includes(line) ? sentence : `${sentence} ${line}`
  if (statesReason || ownReason) return sentence
  // No code anywhere: the first line with error words (Domino's "not listed in …", for instance); failing that,
  // the reason the report sets above its only recipient ({@link reasonAbove}: qmail's "Sorry, no mailbox here by
  // that name" has none of the error words).
  // (In the recipient's own block first, as for a coded line: Exchange's "#Access denied - Invalid HELO name ##"
  // under the address, not the intro's "Delivery has failed to these recipients" above it.)
  const inBlock = reading.firstInBlock('worded')
  const wordedAt = inBlock >= 0 ? inBlock : reading.first('worded')
  const worded = (wordedAt >= 0 ? withWhatFollows(read, reading, wordedAt) : above()) ?? undefined
  if (sentence && worded && !worded.includes(sentence) && !sentence.includes(worded))
    return `${sentence} ${worded}`
  return line ?? worded ?? sentence ?? section
}
