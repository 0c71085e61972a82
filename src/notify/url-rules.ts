/**
 * Which endpoint URLs are accepted: https only, no credentials, no IP literal in a private, loopback,
 * link-local or otherwise internal range (a notification must not become a way to reach internal services).
 * `allowHttpLocal` (ALLOW_HTTP_ENDPOINTS=true, local development only) admits http://127.0.0.1:<port> and
 * http://localhost:<port>. Pure.
 * @module
 */

/** Why `raw` is refused, or null when it is acceptable. */
export function refuseEndpointUrl(raw: string, allowHttpLocal: boolean): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'it is not an absolute URL'
  }
  if (raw.length > 2048) return 'it is longer than 2048 characters'
  if (url.username || url.password) return 'it must not carry credentials'
  const host = url.hostname.toLowerCase()
  if (url.protocol === 'http:') {
    const local = host === '127.0.0.1' || host === 'localhost'
    if (allowHttpLocal && local && url.port !== '') return null
    return allowHttpLocal
      ? 'http:// is allowed only for 127.0.0.1 or localhost with a port'
      : 'it must use https://'
  }
  if (url.protocol !== 'https:') return 'it must use https://'
  if (host === 'localhost' || host.endsWith('.localhost')) return 'it must not point to localhost'
  const internal = internalIpReason(host)
  return internal ? `it must not point to ${internal}` : null
}

/** The kind of internal range `host` is an IP literal in, or null (a name, or a public address). */
function internalIpReason(host: string): string | null {
  if (host.startsWith('[')) return ipv6Reason(host.slice(1, -1))
  const octets = ipv4(host)
  return octets ? ipv4Reason(octets) : null
}

function ipv4(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null
  const octets = parts.map(Number)
  return octets.every((o) => o <= 255) ? octets : null
}

function ipv4Reason([a, b]: number[]): string | null {
  if (a === 127) return 'a loopback address'
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'a private address'
  if (a === 169 && b === 254) return 'a link-local address'
  if (a === 100 && b! >= 64 && b! <= 127) return 'a shared (carrier-grade NAT) address'
  if (a === 0 || a! >= 224) return 'a reserved address'
  return null
}

function ipv6Reason(host: string): string | null {
  const h = host.toLowerCase()
  if (h === '::1' || h === '::') return 'a loopback address'
  // IPv4-mapped (::ffff:a.b.c.d; URL serializes it as ::ffff:xxxx:xxxx).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h)
  if (mapped) {
    const hi = Number.parseInt(mapped[1]!, 16)
    const lo = Number.parseInt(mapped[2]!, 16)
    return ipv4Reason([hi >> 8, hi & 255, lo >> 8, lo & 255]) ?? null
  }
  if (/^fe[89ab]/.test(h)) return 'a link-local address'
  if (/^f[cd]/.test(h)) return 'a private address'
  return null
}
