/**
 * The address the sender mailed, as a notice writes it beside the mailbox that address was forwarded to: Postfix's
 * "<joe.smith@…> (expanded from <joe@…>): host … said: …" (bounce_notify_util.c), Exim's target line followed by
 * "(generated from joe@…)" or, through several redirections, "(ultimately generated from joe@…)" (deliver.c), and
 * Sendmail's "(expanded from: <joe@…>)" under the entry (savemail.c). A DSN's Original-Recipient says the same
 * where the MTA writes one (dsn.ts).
 * @module
 */
import { normalizeAddress } from '../lib/address'

/**
 * Postfix's "<member@…> (expanded from <alias@…>)", with the line wrapped anywhere between the two addresses
 * (bounce_print_wrap breaks at 79 columns) or blank lines there (a notice turned to text from HTML): the member, then
 * the alias. The member is one word: a pipe's or a quoted address's expansion is no forward.
 */
const POSTFIX_EXPANDED = /<([^<>\s]{1,320})>\s{0,40}\(expanded\s{1,40}from\s{1,40}<([^<>\s]{1,320})>\)/gi

/**
 * The alias line inside an entry (Exim's "(generated from …)", Sendmail's "(expanded from: …)"); indented in the
 * MTA's own text, not in one turned from HTML (see {@link flatAlias}).
 */
const ALIAS_LINE =
  /^[ \t]*\((?:(?:ultimately )?generated from|expanded from:)[ \t]+<?([^\s<>()]{1,320}?)>?\)[ \t]*$/

/** An entry of Exim's or Sendmail's list whose lines name the alias it was reached through. */
export interface AliasedEntry {
  /** The entry's first line, trimmed, its angle brackets off: an address, or a pipe, a file, a local name. */
  head: string
  /** The alias as written (not yet normalized). */
  alias: string
}

/**
 * The entries of a list: a line, then the lines indented deeper than it, one of which may be the alias line. Exim
 * writes its entries with no blank line between them (deliver.c: two spaces for the address, four for its details),
 * so an entry ends at the next line indented no deeper than its own, never at a blank line alone.
 */
function listedEntries(text: string): { head: string; alias: string | null }[] {
  const lines = text.split(/\r?\n/)
  const entries: { head: string; alias: string | null }[] = []
  lines.forEach((line, i) => {
    const head = line.trim()
    if (!head || head.startsWith('(')) return
    const indent = line.length - line.trimStart().length
    let alias: string | null = null
    let details = 0
    for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
      const next = lines[j]!
      if (!next.trim() || next.length - next.trimStart().length <= indent) break
      details++
      alias ??= ALIAS_LINE.exec(next)?.[1] ?? null
    }
    if (details === 0) {
      alias = flatAlias(lines, i)
      if (alias === null) return
    }
    // Sendmail prints the entry as the alias list wrote it, a full name too ("Joe Smith <joe.smith@…>").
    entries.push({ head: head.replace(/^(?:[^<>]*<)?([^<>]*)>$/, '$1'), alias })
  })
  return entries
}

/**
 * The alias of an entry whose lines have lost their indentation (a notice turned to text from HTML: leading spaces
 * collapse), read from the MTA's fixed order instead: Exim writes "(generated from …)" on the line right after the
 * address (deliver.c), Sendmail "(expanded from: …)" after the entry's "(reason: …)" lines (savemail.c).
 */
function flatAlias(lines: readonly string[], head: number): string | null {
  let at = head + 1
  while (at < lines.length && at <= head + 4 && /^\s*\(reason:/i.test(lines[at]!)) at++
  return at < lines.length ? (ALIAS_LINE.exec(lines[at]!)?.[1] ?? null) : null
}

/** The entries that name the alias they were reached through (see {@link listedEntries}). */
export function aliasedEntries(text: string): AliasedEntry[] {
  if (!text.includes('generated from') && !text.includes('expanded from:')) return []
  return listedEntries(text).filter((entry): entry is AliasedEntry => entry.alias !== null)
}

/**
 * The alias the notice names for `address` (lower-cased, in the form results key it), or null: none named, the
 * alias is no address (Sendmail's local "kijitora", a pipe), or it is the address itself.
 */
export function aliasMailed(text: string, address: string): string | null {
  // Both MTAs write these words in lower case: a cheap check skips the scans in every other notice.
  if (!text.includes('(expanded') && !text.includes('generated from')) return null
  for (const m of text.matchAll(POSTFIX_EXPANDED))
    if (m[1]!.toLowerCase() === address) return storable(m[2]!, address)
  for (const entry of aliasedEntries(text))
    if (entry.head.toLowerCase() === address) return storable(entry.alias, address)
  return hiddenAlias(text, address)
}

/**
 * For a recipient the report names as the alias mailed, the target the notice lists under it: Exim's DSN names the
 * top-level address as Final-Recipient (deliver.c, print_dsn_addr_action), Sendmail's gives an alias's targets the
 * alias's own (recipient.c), while the text lists the target with "(generated from <alias>)" / "(expanded from:
 * <alias>)". Not when the alias heads an entry of its own, nor when its own mailbox failed under it (its local copy,
 * "\joe" for joe@…): then the failure is the alias's own. A pipe, a file or another local account the alias delivers
 * to is one more of its targets, named as the notice writes it: a stale "|/usr/bin/vacation oldlogin" (vacation exits
 * EX_NOUSER, "User unknown") or a removed member "alice" says nothing of whether the alias's mail is delivered.
 */
export function forwardTarget(text: string, address: string, blocks = 1): string | null {
  if (!text.includes('(expanded') && !text.includes('generated from')) return null
  // Exim writes one DSN block per failed address, all naming the top-level address, and not in its text's order
  // (deliver.c prepends each to the list the DSN part walks): which block is which entry's is not known. An address
  // with several failed deliveries, one of them to another mailbox, reaches more than its own mailbox: each of its
  // blocks is counted as a forward's (never a suppression outright), its own copy's failure too.
  if (blocks > 1) {
    const forwards = listedEntries(text)
      .filter((entry) => entry.alias?.toLowerCase() === address)
      .map((entry) => normalizeAddress(entry.head))
      .filter((target) => target.ok && target.address !== address && !sameMailbox(target.address, address))
    const first = forwards[0]
    if (first?.ok) return first.address
  }
  const entries = [
    ...aliasedEntries(text),
    ...[...text.matchAll(POSTFIX_EXPANDED)].map((m) => ({ head: m[1]!, alias: m[2]! })),
  ].filter((entry) => entry.alias.toLowerCase() === address)
  if (entries.length === 0 || headsAnEntry(text, address)) return null
  if (entries.some((entry) => ownCopy(entry.head, address))) return null
  // A target that is no address first: a prose report names the alias only for such an entry (an address target is a
  // result of its own), and reads the alias's failure from it.
  const targets = entries.map((entry) => ({ head: entry.head, normalized: normalizeAddress(entry.head) }))
  const other = targets.find((target) => !target.normalized.ok)
  if (other) return other.head
  for (const { normalized } of targets)
    if (normalized.ok && !sameMailbox(normalized.address, address)) return normalized.address
  return null
}

/**
 * Whether an entry is the alias's own mailbox: Sendmail's local copy "\joe" for joe@… (aliases(5)), a local delivery
 * agent run for that user ("|/usr/lib/dovecot/dovecot-lda -d joe", procmail's and maildrop's "-d joe"), or its spool
 * file ("/var/mail/joe"). Any other program or file (vacation, an archive) is one more of its targets.
 */
export function ownCopy(head: string, address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@'))
  const entry = head.replace(/^"|"$/g, '').toLowerCase()
  if (entry === `\\${local}`) return true
  if (entry.startsWith('|'))
    return entry.split(/\s+/).some((word, i, words) => word === local && words[i - 1] === '-d')
  return entry === `/var/mail/${local}` || entry === `/var/spool/mail/${local}`
}

/**
 * For a Sendmail DSN block, the target its X-Actual-Recipient names, when the notice lists that address as an entry
 * reached through an alias (an "(expanded from: …)" line under it, naming the alias mailed or, through nested aliases,
 * the one in between): each block is then its own target's. Sendmail also writes X-Actual-Recipient for every local
 * delivery (user@its host name), where the notice lists the local name, not that address: no forward then. Null
 * where the block has no X-Actual-Recipient; undefined where it has one that names no forward.
 */
export function actualForward(
  text: string,
  address: string,
  actual: string | null
): string | null | undefined {
  if (actual === null) return null
  const normalized = normalizeAddress(actual)
  if (!normalized.ok || sameMailbox(normalized.address, address)) return undefined
  // Another local account the alias delivers to: the notice lists its local name ("alice", savemail.c), the DSN block
  // its address at the host (alice@mx.…).
  const local = normalized.address.slice(0, normalized.address.lastIndexOf('@'))
  const listed = aliasedEntries(text).some((entry) => {
    const head = entry.head.toLowerCase()
    return head === normalized.address || (head === local && entry.alias.toLowerCase() === address)
  })
  return listed ? normalized.address : undefined
}

/**
 * The mailbox itself under another host name: the same local part at the domain or a host under it (an Exim redirect
 * to its own mail store, joe@alumni.example → joe@mailstore.alumni.example).
 */
function sameMailbox(target: string, address: string): boolean {
  const at = target.lastIndexOf('@')
  const addressAt = address.lastIndexOf('@')
  const domain = address.slice(addressAt + 1)
  const targetDomain = target.slice(at + 1)
  return (
    target.slice(0, at) === address.slice(0, addressAt) &&
    (targetDomain === domain || targetDomain.endsWith(`.${domain}`))
  )
}

/** Whether a line of the notice opens an entry with this address: alone on its line, or Postfix's "<joe@…>:". */
function headsAnEntry(text: string, address: string): boolean {
  return text.split(/\r?\n/).some((line) => {
    const head = line.trim().toLowerCase()
    return head === address || head === `<${address}>` || head.startsWith(`<${address}>:`)
  })
}

/** How Exim writes an entry whose address `hide_child_in_errmsg` hides (deliver.c, print_address_information). */
const HIDDEN = 'an undisclosed address'

/**
 * For a DSN recipient the notice never names, the alias of the notice's one hidden entry: Exim writes "an undisclosed
 * address" over "(generated from joe@…)", with no reason, and its DSN part names the target. The alias is the address
 * mailed; a DSN recipient named in the text is another entry's.
 */
export function hiddenAlias(text: string, address: string): string | null {
  const hidden = hiddenEntries(text)
  if (hidden.length !== 1 || text.toLowerCase().includes(address)) return null
  return storable(hidden[0]!.alias, address)
}

/**
 * For a recipient the report names as the alias itself (a prose reading takes it from the returned message's To),
 * the hidden target it led to, when Exim writes only "an undisclosed address (generated from <that alias>)": the
 * failure is the target's. The target is not known, so it is named as Exim names it.
 */
export function hiddenTarget(text: string, address: string): string | null {
  return hiddenEntries(text).some(
    (entry) => normalizeAddress(entry.alias).ok && entry.alias.toLowerCase() === address
  )
    ? HIDDEN
    : null
}

/** The entries Exim hides, each with its alias. */
function hiddenEntries(text: string): AliasedEntry[] {
  return text.includes(HIDDEN) ? aliasedEntries(text).filter((entry) => entry.head === HIDDEN) : []
}

function storable(alias: string, address: string): string | null {
  const normalized = normalizeAddress(alias)
  return normalized.ok && normalized.address !== address ? normalized.address : null
}
