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
  /** The first value of Ricochet's UNSUBSCRIBE_SECRET (the one that signs). */
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

/** The token and headers for one recipient and scope. */
export async function unsubscribeHeaders(options: UnsubscribeHeadersOptions): Promise<UnsubscribeHeaders> {
  const address = options.address
    .trim()
    .normalize('NFC')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
  const stream = options.stream === undefined ? 'marketing' : options.stream
  const encoder = new TextEncoder()
  const payload = toBase64Url(encoder.encode([address, options.tenant ?? 'default', stream ?? ''].join('\n')))
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(options.secret),
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
