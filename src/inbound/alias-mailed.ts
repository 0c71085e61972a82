/**
 * The address the sender mailed, as a notice writes it beside the mailbox that address was forwarded to: Postfix's
 * "<joe.smith@…> (expanded from <joe@…>): host … said: …" (bounce_notify_util.c), Exim's target line followed by
 * "(generated from joe@…)" or, through several redirections, "(ultimately generated from joe@…)" (deliver.c), and
 * Sendmail's "(expanded from: <joe@…>)" under the entry (savemail.c). A DSN's Original-Recipient says the same
 * where the MTA writes one (dsn.ts).
 * @module
 */
import { normalizeAddress } from '../lib/address'

/** Postfix's, with the line wrapped anywhere between the two addresses. */
const POSTFIX =
  /<([^<>\s]{1,320})>[ \t]{0,40}(?:\r?\n[ \t]{1,40})?\(expanded from[ \t]{0,40}(?:\r?\n[ \t]{1,40})?<([^<>\s]{1,320})>\)/gi

/** An entry's address alone on its line, and the indented lines that follow it (Exim's and Sendmail's lists). */
const ENTRY =
  /^[ \t]{0,8}<?([^\s<>@]{1,64}@[^\s<>]{1,255}?)>?[ \t]*\r?\n((?:[ \t]+\S[^\r\n]*(?:\r?\n|$)){1,12})/gm

/** The alias line inside an entry's indented block. */
const ALIAS_LINE =
  /^[ \t]+\((?:(?:ultimately )?generated from|expanded from:)[ \t]+<?([^\s<>()]{1,320}?)>?\)[ \t]*$/m

/**
 * The alias the notice names for `address` (lower-cased, in the form results key it), or null: none named, the
 * alias is no address (Sendmail's local "kijitora", a pipe), or it is the address itself.
 */
export function aliasMailed(text: string, address: string): string | null {
  // Both MTAs write these words in lower case: a cheap check skips the scans in every other notice.
  if (!text.includes('expanded from') && !text.includes('generated from')) return null
  for (const m of text.matchAll(POSTFIX)) if (m[1]!.toLowerCase() === address) return storable(m[2]!, address)
  for (const m of text.matchAll(ENTRY)) {
    if (m[1]!.toLowerCase() !== address) continue
    const alias = ALIAS_LINE.exec(m[2]!)
    if (alias) return storable(alias[1]!, address)
  }
  return null
}

function storable(alias: string, address: string): string | null {
  const normalized = normalizeAddress(alias)
  return normalized.ok && normalized.address !== address ? normalized.address : null
}
