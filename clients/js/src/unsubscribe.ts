/**
 * List-Unsubscribe headers built offline (RFC 2369, RFC 8058): the same signed, storage-free token Ricochet's
 * `POST /v1/unsubscribe-links` answers, from the same `UNSUBSCRIBE_SECRET`, so a mailer adds the headers to each
 * message without a request. Needs Web Crypto (`globalThis.crypto.subtle`: Node ≥ 20, Workers, browsers).
 * @module
 */

export interface UnsubscribeHeadersOptions {
  /** The recipient, normalized as Ricochet does (trimmed, lower-case ASCII, NFC; punycode domain). */
  address: string
  /** Default `default`. */
  tenant?: string
  /** Default `marketing`; `null` for every stream of the tenant. */
  stream?: string | null
  /** Ricochet's UNSUBSCRIBE_SECRET; of a comma list the first signs, as Ricochet does. */
  secret: string
  /** Ricochet's public origin, e.g. `https://ricochet.example.com`. */
  baseUrl: string
  /** UNSUBSCRIBE_MAILBOX, for the `mailto:` form. */
  mailbox?: string
}

export interface UnsubscribeHeaders {
  token: string
  url: string
  mailto: string | null
  headers: { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The token and headers for one recipient and scope; a `TypeError` for what could only make a dead link. */
export async function unsubscribeHeaders(options: UnsubscribeHeadersOptions): Promise<UnsubscribeHeaders> {
  const address = normalizeAddress(options.address)
  const secret = options.secret
    .split(',')
    .map((s) => s.trim())
    .find(Boolean)
  if (!secret) throw new TypeError('unsubscribeHeaders needs the secret (UNSUBSCRIBE_SECRET).')
  scopeName(options.tenant ?? 'default', 'tenant')
  if (options.stream !== undefined && options.stream !== null) scopeName(options.stream, 'stream')
  const stream = options.stream === undefined ? 'marketing' : options.stream
  const encoder = new TextEncoder()
  const payload = toBase64Url(encoder.encode([address, options.tenant ?? 'default', stream ?? ''].join('\n')))
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, encoder.encode(`unsubscribe\n${payload}`)),
    0,
    16
  )
  const token = `u1.${payload}.${toBase64Url(mac)}`
  const url = `${options.baseUrl.replace(/\/+$/, '')}/u/${token}`
  const mailto = options.mailbox
    ? `mailto:${options.mailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`
    : null
  return {
    token,
    url,
    mailto,
    headers: {
      'List-Unsubscribe': mailto ? `<${url}>, <${mailto}>` : `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

const SCOPE_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

function scopeName(value: string, what: string): void {
  if (!SCOPE_NAME.test(value)) {
    throw new TypeError(
      `The ${what} must be 1 to 100 letters, digits, ".", "_", ":" or "-", starting with one.`
    )
  }
}

/**
 * Ricochet's key for an address (src/lib/address.ts) in the cases a mailer meets: trimmed, one pair of angle
 * brackets off, NFC, A–Z lower-cased (never other letters), an IDN domain as punycode, no trailing dot. A token
 * over any other spelling would not verify: Ricochet accepts only the normalized address.
 */
function normalizeAddress(input: string): string {
  let text = input.trim().normalize('NFC')
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim()
  const at = text.lastIndexOf('@')
  if (at <= 0 || at === text.length - 1) {
    throw new TypeError('Not an e-mail address: it needs a local part, one @ and a domain.')
  }
  const lower = (part: string) => part.replace(/[A-Z]/g, (c) => c.toLowerCase())
  let domain = lower(text.slice(at + 1))
  if (domain.endsWith('.')) domain = domain.slice(0, -1)
  // IDNA (UTS 46), as Ricochet maps a domain with non-ASCII letters.
  if (/[^ -~]/.test(domain)) domain = new URL(`http://${domain}`).hostname
  return `${lower(text.slice(0, at))}@${domain}`
}
