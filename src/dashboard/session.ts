/**
 * Dashboard sessions: an API key is exchanged for a signed cookie that holds the key's SHA-256 (never the key),
 * a random nonce and an expiry of at most 12 h. Each request re-identifies the hash through the API's key cache,
 * so revoking a key ends its sessions within the same 60 s. CSRF tokens are an HMAC of the session's nonce.
 * @module
 */
import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import type { CookieOptions } from 'hono/utils/cookie'
import type { Env } from '../env'
import { hmacSha256Hex, secretsEqual, toHex } from '../lib/crypto'
import { HOUR_MS } from '../lib/time'

export const SESSION_COOKIE = 'ricochet_session'
/** The double-submit cookie that guards the sign-in form (there is no session to bind a token to yet). */
export const LOGIN_COOKIE = 'ricochet_login'
export const SESSION_MS = 12 * HOUR_MS

export interface Session {
  /** SHA-256 (hex) of the API key. */
  tokenHash: string
  nonce: string
  /** Epoch ms. */
  expiresAt: number
}

/** The secret that signs cookies and CSRF tokens, or null when the dashboard cannot hold sessions. */
export function sessionSecret(env: Env): string | null {
  if (env.DASHBOARD_SESSION_SECRET) return env.DASHBOARD_SESSION_SECRET
  return env.ADMIN_TOKEN ? `dashboard-session:${env.ADMIN_TOKEN}` : null
}

/** `Secure` everywhere but plain-HTTP loopback (wrangler dev), where a browser would drop a Secure cookie. */
export function cookieOptions(url: string, maxAgeMs: number): CookieOptions {
  const { protocol, hostname } = new URL(url)
  const loopback = protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
  return {
    path: '/dashboard',
    httpOnly: true,
    sameSite: 'Strict',
    secure: !loopback,
    maxAge: Math.floor(maxAgeMs / 1000),
  }
}

export const randomToken = () => toHex(crypto.getRandomValues(new Uint8Array(16)))

export async function startSession(c: Context, secret: string, tokenHash: string, now: number) {
  const session: Session = { tokenHash, nonce: randomToken(), expiresAt: now + SESSION_MS }
  await setSignedCookie(
    c,
    SESSION_COOKIE,
    JSON.stringify(session),
    secret,
    cookieOptions(c.req.url, SESSION_MS)
  )
}

/** The session the request carries, when its signature holds and it has not expired. */
export async function readSession(c: Context, secret: string, now: number): Promise<Session | null> {
  const raw = await getSignedCookie(c, secret, SESSION_COOKIE)
  if (!raw) return null
  try {
    const session = JSON.parse(raw) as Partial<Session>
    if (typeof session.tokenHash !== 'string' || typeof session.nonce !== 'string') return null
    if (typeof session.expiresAt !== 'number' || session.expiresAt <= now) return null
    if (session.expiresAt > now + SESSION_MS) return null
    return session as Session
  } catch {
    return null
  }
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c.req.url, 0))
}

/** The CSRF token of a session: forms carry it in `_csrf`. */
export function csrfToken(secret: string, session: Session): Promise<string> {
  return hmacSha256Hex(secret, `csrf:${session.nonce}`)
}

export async function csrfMatches(secret: string, session: Session, sent: unknown): Promise<boolean> {
  return typeof sent === 'string' && sent.length > 0 && secretsEqual(sent, await csrfToken(secret, session))
}
