/**
 * Phrase families: what receiving servers write, mapped to a reason. Ordered: the first family that matches
 * decides, so sender-side refusals (blocklists, authentication, spam) come before the recipient-side families
 * they are often worded like ("550 … rejected"). The families live by subject in `sender.ts`, `content.ts`,
 * `recipient.ts` and `delivery.ts`; their order is this file's list.
 * @module
 */
import {
  ATTACHMENT_TYPE,
  CONTENT,
  CONTENT_BLOCKLIST,
  POLICY_VIOLATION,
  SPAM,
  TOO_LARGE,
  VIRUS,
} from './content'
import {
  ACCEPTS_NO_MAIL,
  DNS_TEMPORARY,
  DOMAIN_NOT_FOUND,
  EXPIRED,
  LOCAL_PROGRAM,
  MAILER,
  NETWORK,
  NO_MX,
  RECEIVER_SYSTEM,
  STARTTLS,
  SYSTEM_FULL,
} from './delivery'
import { EXCHANGE_CODES } from './exchange-codes'
import { LiteralFilter, type Need, requiredLiterals, topLevelBranches } from './prefilter'
import {
  ACCOUNT_DISABLED,
  ADDRESS_DISABLED,
  DIRECTORY,
  MAILBOX_FULL,
  MOVED,
  NOT_ACCEPTED_UNSAID,
  RECIPIENT_FILTER,
  SUPPRESSED,
  USER_UNKNOWN,
} from './recipient'
import { caseless, eitherWordings, type PhraseRule, writtenOut } from './rule'
import {
  AUTH_DMARC_SPF_DKIM,
  BLOCKLIST,
  NOT_RFC_COMPLIANT,
  PTR_MISSING,
  RATE_LIMIT,
  RATE_LIMITED_OUTRIGHT,
  RELAY_DENIED,
  REPUTATION,
  SECURITY,
  SENDER_BLOCKLISTED,
  SENDER_REFUSED,
  SYNTAX,
} from './sender'
import { VADE_CODES } from './vade-codes'
import { WEAK_PHRASES } from './weak'

export type { PhraseRule } from './rule'
export { WEAK_PHRASES }

/** The strong families, in the order they are tried. */
export const PHRASES: readonly PhraseRule[] = [
  ...EXCHANGE_CODES,
  ...VADE_CODES,
  // A platform's own suppression notice names the failure it remembers ("bouncing as an invalid address"): the
  // notice decides.
  SUPPRESSED,
  NOT_RFC_COMPLIANT,
  AUTH_DMARC_SPF_DKIM,
  PTR_MISSING,
  REPUTATION,
  RATE_LIMITED_OUTRIGHT,
  SENDER_BLOCKLISTED,
  ATTACHMENT_TYPE,
  CONTENT_BLOCKLIST,
  BLOCKLIST,
  VIRUS,
  SPAM,
  RATE_LIMIT,
  TOO_LARGE,
  RELAY_DENIED,
  POLICY_VIOLATION,
  SENDER_REFUSED,
  RECIPIENT_FILTER,
  STARTTLS,
  SYSTEM_FULL,
  MAILBOX_FULL,
  ACCOUNT_DISABLED,
  ADDRESS_DISABLED,
  LOCAL_PROGRAM,
  DNS_TEMPORARY,
  NO_MX,
  DOMAIN_NOT_FOUND,
  MOVED,
  DIRECTORY,
  USER_UNKNOWN,
  NOT_ACCEPTED_UNSAID,
  ACCEPTS_NO_MAIL,
  NETWORK,
  EXPIRED,
  MAILER,
  RECEIVER_SYSTEM,
  SECURITY,
  SYNTAX,
  CONTENT,
]

/**
 * A family as it is run: a case-insensitive family on the lower-cased text, as its top-level branches (each with its
 * own place in the list's literal filter), the others on the text as written.
 */
interface Prepared {
  rule: PhraseRule
  /** The whole pattern (case-sensitive families). */
  pattern: RegExp
  lower: boolean
  /** A case-insensitive family's branches, and each one's index in the filter. */
  branches: readonly { pattern: RegExp; slot: number }[]
  /** The first branch's index in the filter: the others follow it in order. */
  firstSlot: number
}

/**
 * A list's families as they are run, and the literals that tell which branches of its lower-case families can match a
 * text at all (`prefilter.ts`): one pass over the text instead of every family's scan. The case-sensitive families
 * (Vade's and a few Exchange codes) are always run.
 */
interface PreparedList {
  families: Prepared[]
  filter: LiteralFilter
}

/**
 * A case-insensitive family's branches as they are run: each top-level branch that needs a literal on its own, those
 * that need none joined into one. A family is one alternation of hundreds of sentences, which the regular expression
 * engine tries at every position of the text; run by branch, only the sentences whose literal the text holds are
 * tried. On the corpus's 304 diagnostics a round, matching took 4.9–5.6 ms whole and 4.0–4.3 ms by branch (alternating
 * runs); preparing the lists costs a cold isolate ≈ 6 ms more (≈ 1,160 branches made instead of 69 families).
 */
function branchesOf(pattern: RegExp): { pattern: RegExp; need: Need }[] {
  const sources = topLevelBranches(pattern.source)
  if (!sources) return [{ pattern, need: requiredLiterals(pattern) }]
  const own: { pattern: RegExp; need: Need }[] = []
  const rest: string[] = []
  for (const source of sources) {
    const branch = new RegExp(source, pattern.flags)
    const need = requiredLiterals(branch)
    if (need) own.push({ pattern: branch, need })
    else rest.push(source)
  }
  if (rest.length) own.push({ pattern: new RegExp(rest.join('|'), pattern.flags), need: null })
  return own
}

const prepareList = (rules: readonly PhraseRule[]): PreparedList => {
  const needs: Need[] = []
  const families = rules.map((rule): Prepared => {
    const lower = rule.pattern.flags.includes('i')
    if (!lower) {
      return { rule, pattern: rule.pattern, lower, branches: [], firstSlot: needs.push(null) - 1 }
    }
    const pattern = eitherWordings(caseless(rule.pattern))
    const branches = branchesOf(pattern).map((branch) => ({
      pattern: branch.pattern,
      slot: needs.push(branch.need) - 1,
    }))
    return { rule, pattern, lower, branches, firstSlot: branches[0]?.slot ?? needs.length }
  })
  return { families, filter: new LiteralFilter(needs) }
}

/**
 * The two lists of families as they are run, each prepared on its first use rather than at load: reading every
 * family's literals costs ≈ 20 ms of a cold isolate, which one serving only pre-send checks never needs.
 */
const PREPARED = new Map<readonly PhraseRule[], PreparedList>()

function preparedList(rules: readonly PhraseRule[]): PreparedList {
  const known = PREPARED.get(rules)
  if (known) return known
  const prepared = prepareList(rules)
  // Another list (a test's) is prepared per call: only the two above are kept.
  if (rules === PHRASES || rules === WEAK_PHRASES) PREPARED.set(rules, prepared)
  return prepared
}

/** The first family of `rules` matching `text` (its addresses masked), or null. */
export function matchPhrase(written: string, rules: readonly PhraseRule[] = PHRASES): PhraseRule | null {
  const { families, filter } = preparedList(rules)
  const text = withAddressesMasked(written)
  const lowered = writtenOut(text.toLowerCase())
  const possible = filter.scan(lowered)
  for (let i = 0; i < families.length; i++) {
    const { rule, pattern, lower, branches, firstSlot } = families[i] as Prepared
    if (!lower) {
      if (pattern.test(text)) return rule
      continue
    }
    // The flags are read in order from the filter's array, and a branch only where its flag is set: most are not,
    // and the branch objects (≈ 1,200) stay untouched.
    for (let k = 0; k < branches.length; k++) {
      if (possible[firstSlot + k] !== 1) continue
      if ((branches[k] as { pattern: RegExp }).pattern.test(lowered)) return rule
    }
  }
  return null
}

/** What an address reads as to the families: an address still, with no word of its own. */
const MASK = 'x@x.x'
/**
 * The local part as addresses in replies are written (SRS's and VERP's "=" included): not a URL's "/", "?" or "&"
 * ("…/why.html?sender=joe@…", whose words before the parameter are the reply's), nor RFC 5322's rarer characters.
 */
const LOCAL_CHAR = /[A-Za-z0-9._%+'=-]/
const DOMAIN_CHAR = /[A-Za-z0-9.-]/

/**
 * `text` with each address as {@link MASK}: an address's words are a mailbox's or a domain's name, never a verdict
 * ("<dmarc@example.org>: … User unknown" is no DMARC failure, "<spam@…>" no spam verdict). Found from each "@" outwards,
 * each character looked at a bounded number of times, rather than by one pattern, which would try a run of
 * local-part characters at every position of a long text.
 */
export function withAddressesMasked(text: string): string {
  let at = text.indexOf('@')
  if (at < 0) return text
  let out = ''
  let done = 0
  while (at >= 0) {
    let start = at
    while (start > done && start > at - 64 && LOCAL_CHAR.test(text[start - 1]!)) start--
    let end = at + 1
    while (end < text.length && end < at + 254 && DOMAIN_CHAR.test(text[end]!)) end++
    while (end > at + 1 && text[end - 1] === '.') end--
    // A local part and a domain of two labels at least: "@" alone, "user@host" or an "@" in prose is left as written.
    // (The dot is looked for within the domain only: a search of the whole text per "@" would be quadratic.)
    const domain = text.slice(at + 1, end)
    if (start < at && domain.indexOf('.') > 0) {
      out += text.slice(done, start) + MASK
      done = end
    }
    at = text.indexOf('@', Math.max(at + 1, done))
  }
  return out + text.slice(done)
}

/**
 * `text` with the underscores of joined tokens as spaces ("550 BAD_RECIPIENT", "NO_SUCH_USER": the families read
 * words), but in no word that holds an address: "Unknown user: joe_smith@…" keeps its address for the families
 * that read one. Word by word, so a long token stays linear.
 */
export function spacedTokens(text: string): string {
  return text.includes('_')
    ? text.replace(/\S+/g, (word) => (word.includes('@') ? word : word.replace(/_/g, ' ')))
    : text
}
