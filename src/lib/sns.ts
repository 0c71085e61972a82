/**
 * Amazon SNS message signatures (docs/spec/providers.md §4.4–4.7): the canonical string to sign, the signing-certificate
 * URL check done *before* any fetch, and the certificate's key, cached per URL.
 * @module
 */
import { fromBase64 } from './base64'
import { utf8 } from './crypto'
import { pemToDer, readCertificate } from './der'
import type { JsonObject } from './json'

export type SnsType = 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation'

const KEYS: Record<SnsType, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: [
    'Message',
    'MessageId',
    'SubscribeURL',
    'Timestamp',
    'Token',
    'TopicArn',
    'Type',
  ],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
}
/** Keys every message of the type must carry (Subject is optional). */
const REQUIRED: Record<SnsType, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: KEYS.SubscriptionConfirmation,
  UnsubscribeConfirmation: KEYS.UnsubscribeConfirmation,
}

export function isSnsType(value: unknown): value is SnsType {
  return (
    value === 'Notification' || value === 'SubscriptionConfirmation' || value === 'UnsubscribeConfirmation'
  )
}

/** `Key\nValue\n` over the type's keys that are present, in order; null when a value is not a string. */
export function stringToSign(message: JsonObject, type: SnsType): string | null {
  let out = ''
  for (const key of KEYS[type]) {
    const value = message[key]
    if (value === undefined) {
      if (REQUIRED[type].includes(key)) return null
      continue
    }
    if (typeof value !== 'string') return null
    out += `${key}\n${value}\n`
  }
  return out
}

const HOST = /^sns\.[a-z0-9-]{3,}\.amazonaws\.com(?:\.cn)?$/
const CERT_PATH = /^\/SimpleNotificationService-[a-zA-Z0-9]{32}\.pem$/

/**
 * Accepts only `https://sns.<region>.amazonaws.com[.cn]/SimpleNotificationService-<32>.pem`: no userinfo, no
 * port, no query or fragment, no look-alike host. The raw text is checked too, so URL parsing cannot
 * normalize a trick (`@`, `\`, percent-encoding, IP literals) into a pass.
 */
export function isValidCertUrl(raw: string): boolean {
  if (!/^https:\/\/[a-z0-9.-]+\/[A-Za-z0-9.-]+$/.test(raw)) return false
  const url = snsUrl(raw)
  return (
    url !== null && url.search === '' && url.hash === '' && CERT_PATH.test(url.pathname) && url.href === raw
  )
}

/** An https URL on an SNS host, with no userinfo or port; null otherwise. */
function snsUrl(raw: string): URL | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  const plain = url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === ''
  return plain && HOST.test(url.hostname) ? url : null
}

/** Accepts a `SubscribeURL` only on an SNS host, over https, asking to confirm the given topic. */
export function isValidSubscribeUrl(raw: string, topicArn: string): boolean {
  const url = snsUrl(raw)
  return (
    url !== null &&
    url.pathname === '/' &&
    url.searchParams.get('Action') === 'ConfirmSubscription' &&
    url.searchParams.get('TopicArn') === topicArn &&
    /^[A-Za-z0-9]+$/.test(url.searchParams.get('Token') ?? '') &&
    regionOf(url.hostname) === topicArn.split(':')[3]
  )
}

/** The region in an SNS host name. */
export function regionOf(hostname: string): string | undefined {
  return hostname.split('.')[1]
}

const certKeys = new Map<string, Promise<CryptoKey | null>>()
const MAX_CERT_BYTES = 16 * 1024

/**
 * The RSA key of the certificate at a *validated* URL, for SHA-1 (`SignatureVersion` 1) or SHA-256 (2).
 * Cached per isolate: SNS certificate URLs embed a hash and change rarely. A failed fetch is not cached.
 */
export function certificateKey(
  url: string,
  hash: 'SHA-1' | 'SHA-256',
  fetcher: typeof fetch
): Promise<CryptoKey | null> {
  const cacheKey = `${hash} ${url}`
  let key = certKeys.get(cacheKey)
  if (!key) {
    key = loadKey(url, hash, fetcher)
    if (certKeys.size > 32) certKeys.clear()
    certKeys.set(cacheKey, key)
    key.then((k) => k ?? certKeys.delete(cacheKey)).catch(() => certKeys.delete(cacheKey))
  }
  return key
}

async function loadKey(url: string, hash: 'SHA-1' | 'SHA-256', fetcher: typeof fetch) {
  // No redirects: a redirect could lead anywhere; SNS serves the certificate directly.
  const res = await fetcher(url, { redirect: 'manual' })
  if (res.status !== 200) return null
  const text = await res.text()
  if (text.length > MAX_CERT_BYTES) return null
  const der = pemToDer(text)
  const cert = der ? readCertificate(der) : null
  // Validity against the real clock: the injectable clock exists for message timestamps, not certificates.
  const now = Date.now()
  if (!cert || now < cert.notBefore || now > cert.notAfter) return null
  return crypto.subtle
    .importKey('spki', cert.spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify'])
    .catch(() => null)
}

/** Forgets cached certificate keys (tests). */
export function forgetCertificates(): void {
  certKeys.clear()
}

/** Verifies an SNS `Signature` (base64) over the canonical string with the certificate's key. */
export async function verifySnsSignature(
  key: CryptoKey,
  signature: string,
  canonical: string
): Promise<boolean> {
  const bytes = fromBase64(signature)
  if (!bytes) return false
  return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, bytes, utf8(canonical))
}
