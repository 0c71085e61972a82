/**
 * Just enough DER (X.690) for two jobs WebCrypto cannot do itself: turn an ECDSA DER signature into the raw
 * r‖s form it verifies (SendGrid), and pull the SubjectPublicKeyInfo out of an X.509 certificate (SNS).
 * Every length is checked; anything malformed gives `null`.
 * @module
 */

interface Tlv {
  tag: number
  /** Offset of the value. */
  start: number
  /** Offset just past the value. */
  end: number
  /** Offset of the tag byte (the whole element is bytes[offset, end)). */
  offset: number
}

/** Reads one DER element at `offset`, within `limit`. */
function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | null {
  if (offset + 2 > limit) return null
  const tag = bytes[offset]!
  let length = bytes[offset + 1]!
  let start = offset + 2
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4 || start + count > limit) return null
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!
    start += count
  }
  const end = start + length
  return end > limit ? null : { tag, start, end, offset }
}

/** The children of a constructed element. */
function children(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  const out: Tlv[] = []
  let at = parent.start
  while (at < parent.end) {
    const child = readTlv(bytes, at, parent.end)
    if (!child) return null
    out.push(child)
    at = child.end
  }
  return out
}

/**
 * ECDSA `SEQUENCE { r INTEGER, s INTEGER }` → the IEEE P1363 `r‖s` WebCrypto expects (2 × `size` bytes).
 * WebCrypto given DER simply returns false, so skipping this conversion fails silently.
 */
export function ecdsaDerToRaw(der: Uint8Array, size = 32): Uint8Array<ArrayBuffer> | null {
  const seq = readTlv(der, 0)
  if (!seq || seq.tag !== 0x30 || seq.end !== der.length) return null
  const parts = children(der, seq)
  if (!parts || parts.length !== 2) return null
  const out = new Uint8Array(size * 2)
  for (const [i, part] of parts.entries()) {
    if (part.tag !== 0x02) return null
    let value = der.subarray(part.start, part.end)
    // r and s are positive: a set top bit would make the INTEGER negative. A 0x00 sign byte is dropped.
    if (value.length === 0 || (value[0]! & 0x80) !== 0) return null
    if (value.length > 1 && value[0] === 0) value = value.subarray(1)
    if (value.length > size) return null
    out.set(value, i * size + (size - value.length))
  }
  return out
}

/** PEM text → DER bytes of its first block, or null. */
export function pemToDer(pem: string, label = 'CERTIFICATE'): Uint8Array<ArrayBuffer> | null {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem)
  if (!match) return null
  try {
    const binary = atob(match[1]!.replace(/\s+/g, ''))
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return null
  }
}

export interface CertificateInfo {
  /** DER SubjectPublicKeyInfo, importable with `crypto.subtle.importKey('spki', …)`. */
  spki: Uint8Array<ArrayBuffer>
  notBefore: number
  notAfter: number
}

/** Reads the public key and validity period of a DER X.509 certificate. */
export function readCertificate(der: Uint8Array<ArrayBuffer>): CertificateInfo | null {
  const cert = readTlv(der, 0)
  if (!cert || cert.tag !== 0x30) return null
  const tbs = children(der, cert)?.[0]
  if (!tbs || tbs.tag !== 0x30) return null
  const fields = children(der, tbs)
  if (!fields) return null
  // TBSCertificate: [0] version (optional), serial, signature, issuer, validity, subject, subjectPublicKeyInfo.
  const base = fields[0]?.tag === 0xa0 ? 1 : 0
  const validity = fields[base + 3]
  const spki = fields[base + 5]
  if (!validity || validity.tag !== 0x30 || !spki || spki.tag !== 0x30) return null
  const times = children(der, validity)
  if (!times || times.length !== 2) return null
  const notBefore = readTime(der, times[0]!)
  const notAfter = readTime(der, times[1]!)
  if (notBefore === null || notAfter === null) return null
  return { spki: der.slice(spki.offset, spki.end), notBefore, notAfter }
}

/** UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) → ms. */
function readTime(bytes: Uint8Array, tlv: Tlv): number | null {
  const text = new TextDecoder().decode(bytes.subarray(tlv.start, tlv.end))
  const m =
    tlv.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : tlv.tag === 0x18
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null
  if (!m) return null
  let year = Number(m[1])
  if (tlv.tag === 0x17) year += year < 50 ? 2000 : 1900
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}
