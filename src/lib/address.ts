/**
 * Address normalization: the one key under which an address is suppressed, checked and counted.
 * Trim, strip one pair of angle brackets, Unicode NFC, lower-case ASCII letters only (never a case fold outside
 * ASCII in the local part: U+212A KELVIN SIGN must not become `k` and merge two mailboxes), IDN domains to
 * punycode. No provider-specific folding (dots, +tags). Invisible and bidi controls and unpaired surrogates are
 * refused: they would make two keys that look alike, or a key D1 and the check do not agree on.
 *
 * Two strengths: {@link normalizeAddress} (the API's: anything not plausibly deliverable is refused) and
 * {@link reportedAddress} (a report's: what a bounce names is kept with its oddness noted, see docs).
 * @module
 */
import { ApiError } from './errors'

const MAX_ADDRESS = 254 // RFC 5321 path limit (256) minus the angle brackets
const MAX_LOCAL = 64
const MAX_DOMAIN = 253
// Printable characters allowed unquoted in a local part (RFC 5322 atext plus dots), and any non-ASCII (SMTPUTF8).
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\u0080-\uFFFF-]+$/
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
/**
 * Characters no address key may hold: controls (C0, DEL, C1), format characters (zero-width space/joiners, soft
 * hyphen, BOM, bidi embeddings, overrides and isolates: Unicode category Cf), line/paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
// A high surrogate not followed by a low one, or a low one not preceded by a high one (not UTF-16 text).
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// What a domain a report names may never hold, however odd it is otherwise: it would not be one host name.
const DOMAIN_BREAKERS = /[\s/\\?@:%[\]<>"(),;]/
/** RFC 5321's quoted local part (printable ASCII, `\` quoting `"` and `\`), as a report may name one. */
const QUOTED_LOCAL = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])+"$/
/** A quoted local part holding only what a dot-atom may hold: `"joe"@example.org`. */
const NEEDLESS_QUOTES = /^<?"([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\u0080-\uFFFF-]{1,62})"@([^<>"\s]+?)>?$/
/**
 * An unquoted local part of dot-atom characters with a double dot or a dot before the @ ("ta..ro.@docomo.ne.jp"):
 * NTT docomo and au issued such addresses until 2009 and their servers still deliver to them, so reports name them
 * unquoted. Read as the quoted local part RFC 5321 would write ("ta..ro."@), so one mailbox has one key. Not with a
 * leading dot or a run of three (an ellipsis: "failed:...joe@", Google Groups' shortened "jo...@example.net"), an
 * encoded word ("=?utf-8?q?…?=@") or a domain with an empty label: they would make a second, false key.
 */
const DOTTED_LOCAL =
  /^<?((?!=\?)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-](?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|\.(?!\.\.)){0,61})@([^<>"\s.]+(?:\.[^<>"\s.]+)*\.?)>?$/
/** Exchange's IMCEA encapsulation of a non-SMTP address in a local part (IMCEAEX-, IMCEAX400-, IMCEANOTES-, …). */
const ENCAPSULATED = /^imcea[a-z0-9]{0,8}-/i
/** RFC 5321's address literal (an IPv4 address, or `IPv6:` and one) in place of a domain. */
const ADDRESS_LITERAL = /^\[(?:\d{1,3}(?:\.\d{1,3}){3}|ipv6:[0-9a-f:.]{2,45})\]$/

export type NormalizeResult = { ok: true; address: string } | { ok: false; why: string }
export type ReportedResult = { ok: true; address: string; oddity: string | null } | { ok: false; why: string }

/**
 * Normalizes an e-mail address or explains why it is not one.
 * @example normalizeAddress(' <Jane.Doe@Bücher.example> ') // { ok: true, address: 'jane.doe@xn--bcher-kva.example' }
 */
export function normalizeAddress(input: unknown): NormalizeResult {
  const parts = splitAddress(input)
  if (!parts.ok) return parts
  const domain = toAsciiDomain(parts.domain)
  if (!domain) return { ok: false, why: 'the domain is not a valid host name' }
  return withinLimit(`${parts.local}@${domain}`)
}

/** The normalized address, or a 400 `invalid_address` naming why not (a path parameter, a check input). */
export function requireAddress(input: unknown): string {
  const normalized = normalizeAddress(input)
  if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${normalized.why}.`)
  return normalized.address
}

/**
 * The key of an address a report may have recorded ({@link reportedAddress}: odd ones too), or a 400
 * `invalid_address` naming why not.
 */
export function requireReportedAddress(input: unknown): string {
  const reported = reportedAddress(input)
  if (!reported.ok) throw new ApiError('invalid_address', `Not a valid e-mail address: ${reported.why}.`)
  return reported.address
}

/** The key of an address's domain entry: `@` and the normalized domain. */
export function domainKey(address: string): string {
  return address.slice(address.lastIndexOf('@'))
}

/**
 * A suppression-list entry: an address, or a whole domain written `@example.com` (normalized like an address's
 * domain); a 400 `invalid_address` otherwise.
 */
export function requireEntry(input: unknown): string {
  if (typeof input === 'string' && input.trim().startsWith('@')) {
    const normalized = normalizeAddress(`x${input.trim()}`)
    if (!normalized.ok) throw new ApiError('invalid_address', `Not a valid domain entry: ${normalized.why}.`)
    return domainKey(normalized.address)
  }
  return requireAddress(input)
}

/**
 * The key of an address a bounce report names. The same key as {@link normalizeAddress} when that accepts it;
 * otherwise, when only the domain is implausible (a one-letter top-level domain as in `f.b@a.b.c`, a `#` in the
 * domain, RFC 5321's quoted local part `"john doe"@example.org` or address literal `joe@[192.0.2.1]`, a Japanese
 * carrier's `ta..ro.@docomo.ne.jp`, kept quoted, Exchange's encapsulated `IMCEAEX-…` past 64 characters) but still
 * one safe token, the address lower-cased (ASCII only) with the API's refusal as `oddity`: the report is kept, never
 * silently dropped. Unsafe text (controls, bidi, surrogates, a second @) is refused.
 */
export function reportedAddress(given: unknown): ReportedResult {
  // A quoted local part that needs no quotes is the same mailbox unquoted (RFC 5321 §4.1.2): "joe"@ is joe@, odd
  // domain or not, so one mailbox never gets two keys.
  const trimmed = typeof given === 'string' ? given.trim() : null
  const needless = trimmed === null ? null : NEEDLESS_QUOTES.exec(trimmed)
  const dotAtom = needless && !/^\.|\.$|\.\./.test(needless[1]!)
  const dotted = trimmed === null || needless ? null : DOTTED_LOCAL.exec(trimmed)
  const input =
    needless && dotAtom
      ? `${needless[1]}@${needless[2]}`
      : dotted && /\.$|\.\./.test(dotted[1]!)
        ? `"${dotted[1]}"@${dotted[2]}`
        : given
  const strict = normalizeAddress(input)
  if (strict.ok) return { ...strict, oddity: null }
  const parts = splitAddress(input, true)
  if (!parts.ok) return parts
  const domain = asciiLower(parts.domain.endsWith('.') ? parts.domain.slice(0, -1) : parts.domain)
  const literal = ADDRESS_LITERAL.test(domain)
  if (domain.length === 0 || domain.length > MAX_DOMAIN || (DOMAIN_BREAKERS.test(domain) && !literal))
    return { ok: false, why: 'the domain is not a valid host name' }
  const kept = withinLimit(`${parts.local}@${domain}`)
  return kept.ok ? { ok: true, address: kept.address, oddity: strict.why } : kept
}

type Split = { ok: true; local: string; domain: string } | { ok: false; why: string }

/**
 * Trimmed, unbracketed, NFC, safe text split at its @, the local part checked and lower-cased (ASCII only); with
 * `quoted`, a quoted local part (RFC 5321) passes too.
 */
function splitAddress(input: unknown, quoted = false): Split {
  if (typeof input !== 'string') return { ok: false, why: 'an address must be a string' }
  if (input.length > MAX_ADDRESS * 4) return { ok: false, why: 'the address is too long' }
  if (UNPAIRED_SURROGATE.test(input)) return { ok: false, why: 'the address has an unpaired surrogate' }
  // Before trimming: `trim` removes a BOM, which would let one through.
  if (INVISIBLE.test(input))
    return { ok: false, why: 'the address has an invisible, control or bidi character' }
  let text = input.trim()
  const nfc = text.normalize('NFC')
  // NFC maps a few compatibility singletons onto ASCII (U+212A KELVIN SIGN → K): such an address would merge
  // with another mailbox, so it is refused rather than folded.
  if (asciiCount(nfc) > asciiCount(text))
    return {
      ok: false,
      why: 'the address has a character Unicode folds into ASCII (such as the Kelvin sign)',
    }
  text = nfc
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim()
  if (text.length === 0) return { ok: false, why: 'the address is empty' }
  const at = text.lastIndexOf('@')
  if (at <= 0 || at === text.length - 1)
    return { ok: false, why: 'the address needs a local part, one @ and a domain' }
  const local = asciiLower(text.slice(0, at))
  if (local.includes('@')) return { ok: false, why: 'the address has more than one @' }
  // Exchange's encapsulated addresses ("IMCEAEX-_o=…_cn=Recipients_cn=…@example.org", an X.500 address its NDRs
  // name when an address book entry no longer resolves) run past 64 characters: a report may name one, the API not.
  if (local.length > MAX_LOCAL && !(quoted && ENCAPSULATED.test(local)))
    return { ok: false, why: 'the local part is longer than 64 characters' }
  const dotAtom =
    LOCAL_PART.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  if (!dotAtom && !(quoted && QUOTED_LOCAL.test(local)))
    return { ok: false, why: 'the local part has characters that are not allowed' }
  return { ok: true, local, domain: text.slice(at + 1) }
}

const utf8 = new TextEncoder()

function withinLimit(address: string): NormalizeResult {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short addresses (nearly all) need no encoding to be measured.
  if (address.length * 3 > MAX_ADDRESS && utf8.encode(address).length > MAX_ADDRESS)
    return { ok: false, why: 'the address is too long' }
  return { ok: true, address }
}

function asciiCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 128) n++
  return n
}

/** Lower-cases A–Z only: `toLowerCase` would fold non-ASCII letters (and `toLowerCase('\u212A')` is `k`). */
function asciiLower(text: string): string {
  // Pure ASCII (nearly every address): `toLowerCase` is the same and cheaper than a replace callback.
  return NON_ASCII.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text.toLowerCase()
}

const NON_ASCII = /[^ -~\t\r\n]/

/** Lower-case ASCII (punycode) form of a domain, or `null` when it is not a plausible public host name. */
function toAsciiDomain(raw: string): string | null {
  let domain = asciiLower(raw)
  if (domain.endsWith('.')) domain = domain.slice(0, -1)
  // Refuse before URL parsing: URL would silently accept or rewrite these.
  if (domain.length === 0 || /[\s/\\?#@:%[\]<>"]/.test(domain)) return null
  if (/[^ -~]/.test(domain)) {
    try {
      // IDNA (UTS 46) maps the domain, case folding included: host names are case-insensitive by definition.
      domain = new URL(`http://${domain}`).hostname
    } catch {
      return null
    }
  }
  if (domain.length > MAX_DOMAIN) return null
  const labels = domain.split('.')
  if (labels.length < 2) return null
  if (!labels.every((label) => LABEL.test(label))) return null
  return TLD.test(labels[labels.length - 1]!) ? domain : null
}

/**
 * Whether `line` names the address `lower` whole: not inside a longer one ("ann@example.org" in
 * "joann@example.org", or in "ann@example.org.uk"), which would give one recipient another's sentence. `localChar`:
 * what may not stand before it ({@link COMMON_LOCAL_CHAR} where a quote or "=" before the address opens it).
 */
export function mentions(line: string, lower: string, localChar: RegExp = LOCAL_CHAR): boolean {
  for (let at = line.indexOf(lower); at >= 0; at = line.indexOf(lower, at + 1)) {
    const end = at + lower.length
    const before = at > 0 && localChar.test(line[at - 1]!)
    const after = end < line.length && continuesDomain(line, end)
    if (!before && !after) return true
  }
  return false
}
const LOCAL_CHAR = /[a-z0-9._%+'=!#$&*/?^`{|}~-]/
/** The local-part characters addresses in replies are written with: a quote or "=" before one opens it ('joe@…'). */
export const COMMON_LOCAL_CHAR = /[a-z0-9._%+-]/
const DOMAIN_CHAR = /[a-z0-9-]/

/** Whether the character at `i` goes on with a domain: a letter, digit or hyphen, or a dot before one. */
export function continuesDomain(line: string, i: number): boolean {
  return DOMAIN_CHAR.test(line[i]!) || (line[i] === '.' && DOMAIN_CHAR.test(line[i + 1] ?? ''))
}
