/**
 * Address normalization: the one key under which an address is suppressed, checked and counted.
 * Trim, strip one pair of angle brackets, lower-case both parts, IDN domains to punycode. No provider-specific
 * folding (dots, +tags). Anything not plausibly deliverable is refused rather than stored.
 * @module
 */

const MAX_ADDRESS = 254 // RFC 5321 path limit (256) minus the angle brackets
const MAX_LOCAL = 64
const MAX_DOMAIN = 253
// Printable characters allowed unquoted in a local part (RFC 5322 atext plus dots), and any non-ASCII (SMTPUTF8).
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\u0080-\uFFFF-]+$/
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

export type NormalizeResult = { ok: true; address: string } | { ok: false; why: string }

/**
 * Normalizes an e-mail address or explains why it is not one.
 * @example normalizeAddress(' <Jane.Doe@Bücher.example> ') // { ok: true, address: 'jane.doe@xn--bcher-kva.example' }
 */
export function normalizeAddress(input: unknown): NormalizeResult {
  if (typeof input !== 'string') return { ok: false, why: 'an address must be a string' }
  let text = input.trim()
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim()
  if (text.length === 0) return { ok: false, why: 'the address is empty' }
  if (text.length > MAX_ADDRESS * 4) return { ok: false, why: 'the address is too long' }
  const at = text.lastIndexOf('@')
  if (at <= 0 || at === text.length - 1)
    return { ok: false, why: 'the address needs a local part, one @ and a domain' }
  const local = text.slice(0, at).toLowerCase()
  const rawDomain = text.slice(at + 1)
  if (local.includes('@')) return { ok: false, why: 'the address has more than one @' }
  if (local.length > MAX_LOCAL) return { ok: false, why: 'the local part is longer than 64 characters' }
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return { ok: false, why: 'the local part has characters that are not allowed' }
  }
  const domain = toAsciiDomain(rawDomain)
  if (!domain) return { ok: false, why: 'the domain is not a valid host name' }
  const address = `${local}@${domain}`
  if (new TextEncoder().encode(address).length > MAX_ADDRESS)
    return { ok: false, why: 'the address is too long' }
  return { ok: true, address }
}

/** Lower-case ASCII (punycode) form of a domain, or `null` when it is not a plausible public host name. */
function toAsciiDomain(raw: string): string | null {
  let domain = raw.toLowerCase()
  if (domain.endsWith('.')) domain = domain.slice(0, -1)
  // Refuse before URL parsing: URL would silently accept or rewrite these.
  if (domain.length === 0 || /[\s/\\?#@:%[\]<>"]/.test(domain)) return null
  if (/[^ -~]/.test(domain)) {
    try {
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
