/**
 * Helpers for provider webhook tests: an app with an injectable clock and extra secrets, and signers for the
 * schemes whose private side we control in tests.
 * @module
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { newApp } from '../src/app'
import type { Env } from '../src/env'
import { concatBytes, fromBase64, toBase64 } from '../src/lib/base64'
import { hmacSha256Hex, utf8 } from '../src/lib/crypto'

/** Posts to a webhook through a fresh app whose clock and secrets the test chooses. */
export async function postWebhook(
  path: string,
  body: string | Uint8Array<ArrayBuffer>,
  options: { headers?: Record<string, string>; now?: number; secrets?: Partial<Env> } = {}
): Promise<Response> {
  const app = newApp(options.now === undefined ? {} : { now: () => options.now! })
  const ctx = createExecutionContext()
  const res = await app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body,
    },
    { ...env, ...options.secrets },
    ctx
  )
  await waitOnExecutionContext(ctx)
  return res
}

export const unix = (ms = Date.now()) => Math.floor(ms / 1000)

// --- Standard Webhooks / Svix ----------------------------------------------------------------------------

export async function standardSignature(
  secret: string,
  id: string,
  timestamp: string,
  body: string
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64(secret.replace(/^whsec_/, ''))!,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  const mac = await crypto.subtle.sign('HMAC', key, utf8(`${id}.${timestamp}.${body}`))
  return `v1,${toBase64(mac)}`
}

export async function standardHeaders(
  secret: string,
  body: string,
  options: { prefix?: 'webhook' | 'svix'; id?: string; timestamp?: number } = {}
): Promise<Record<string, string>> {
  const prefix = options.prefix ?? 'webhook'
  const id = options.id ?? `msg_${crypto.randomUUID()}`
  const timestamp = String(options.timestamp ?? unix())
  return {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: timestamp,
    [`${prefix}-signature`]: await standardSignature(secret, id, timestamp, body),
  }
}

// --- SendGrid ECDSA ---------------------------------------------------------------------------------------

/** A fresh P-256 key pair: the public half as SendGrid shows it (base64 DER SPKI). */
export async function sendgridKeys(): Promise<{ publicKey: string; privateKey: CryptoKey }> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const spki = (await crypto.subtle.exportKey('spki', pair.publicKey)) as ArrayBuffer
  return { publicKey: toBase64(spki), privateKey: pair.privateKey }
}

/** Raw r‖s (what WebCrypto signs) → DER `SEQUENCE { INTEGER r, INTEGER s }` (what SendGrid sends). */
export function rawToDer(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const integer = (bytes: Uint8Array) => {
    let i = 0
    while (i < bytes.length - 1 && bytes[i] === 0) i++
    let value = bytes.subarray(i)
    if (value[0]! & 0x80) value = concatBytes(new Uint8Array([0]), value)
    return concatBytes(new Uint8Array([0x02, value.length]), value)
  }
  const body = concatBytes(integer(raw.subarray(0, 32)), integer(raw.subarray(32)))
  return concatBytes(new Uint8Array([0x30, body.length]), body)
}

export async function sendgridHeaders(
  privateKey: CryptoKey,
  body: string,
  timestamp = String(unix())
): Promise<Record<string, string>> {
  const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, utf8(timestamp + body))
  return {
    'x-twilio-email-event-webhook-signature': toBase64(rawToDer(new Uint8Array(raw))),
    'x-twilio-email-event-webhook-timestamp': timestamp,
  }
}

// --- Mailgun ----------------------------------------------------------------------------------------------

export const MAILGUN_KEY = 'mg-test-signing-key-0f1e2d3c4b5a69788796a5b4c3d2e1f0'

/** Re-signs a Mailgun fixture with a fresh timestamp and token (or the given ones). */
export async function mailgunBody(
  fixture: string,
  options: {
    token?: string
    timestamp?: number
    key?: string
    mutate?: (data: Record<string, unknown>) => void
  } = {}
): Promise<string> {
  const doc = JSON.parse(fixture)
  const timestamp = String(options.timestamp ?? unix())
  const token = options.token ?? crypto.randomUUID().replace(/-/g, '')
  doc.signature = {
    timestamp,
    token,
    signature: await hmacSha256Hex(options.key ?? MAILGUN_KEY, timestamp + token),
  }
  doc['event-data'].timestamp = Number(timestamp) - 1
  options.mutate?.(doc['event-data'])
  return JSON.stringify(doc)
}
