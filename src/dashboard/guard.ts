/**
 * The dashboard's gatekeeping: security headers on every answer, the session check (which re-identifies the key
 * on each request), the scope each action needs (enforced here, whatever the page shows) and the CSRF check on
 * every state-changing form.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../lib/errors'
import type { Scope } from '../lib/scopes'
import { actorOf, identifyTokenHash, runInBackground } from '../middleware/auth'
import { csrfMatches, csrfToken, endSession, readSession, type Session, sessionSecret } from './session'

/** A form field as Hono parses it (`all: true`: repeated fields become arrays). */
export type FormValue = string | File | (string | File)[]

export interface DashboardEnv {
  Bindings: AppEnv['Bindings']
  Variables: AppEnv['Variables'] & {
    secret: string
    /** The key's name, for "Signed in as" (`actor`, what history records, is `key:<id>`). */
    actorName: string
    session: Session
    /** This session's CSRF token, for the forms a page renders. */
    csrf: string
    /** The parsed body of a checked POST. */
    form: Record<string, FormValue>
  }
}

/** No inline script or style, no framing, no foreign origin; forms post only here. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ')

export const securityHeaders: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  await next()
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  c.header('X-Frame-Options', 'DENY')
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
}

/** The cookie secret, or 503 when neither DASHBOARD_SESSION_SECRET nor ADMIN_TOKEN is set. */
export const withSecret: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  const secret = sessionSecret(c.env)
  if (!secret) {
    throw new ApiError('unavailable', 'Set DASHBOARD_SESSION_SECRET (or ADMIN_TOKEN) to use the dashboard.')
  }
  c.set('secret', secret)
  return next()
}

/**
 * Requires a live session whose key still exists and can read; otherwise the browser goes to the sign-in page
 * (a revoked key's cookie is cleared). Sets `actor`, `scopes`, `session` and `csrf`.
 */
export const signedIn: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  const secret = c.get('secret')
  const session = await readSession(c, secret, c.get('now')())
  const caller = session
    ? await identifyTokenHash(c.env, session.tokenHash, (p) => runInBackground(c, p))
    : null
  if (!session || !caller || !caller.scopes.includes('read')) {
    if (session) endSession(c)
    if (c.req.method === 'GET') return c.redirect('/dashboard/login', 303)
    throw new ApiError('unauthorized', 'Your session has ended; sign in again.')
  }
  c.set('session', session)
  c.set('actor', actorOf(caller))
  c.set('actorName', caller.name)
  c.set('scopes', [...caller.scopes])
  c.set('csrf', await csrfToken(secret, session))
  return next()
}

/** The scope an action needs; a key without it gets 403 whether or not the page showed the button. */
export function allow(scope: Scope): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    if (!c.get('scopes').includes(scope)) {
      throw new ApiError('forbidden', `Your API key lacks the "${scope}" scope this action needs.`)
    }
    return next()
  }
}

/** Parses the form of a POST and refuses it unless `_csrf` is this session's token. */
export const csrfChecked: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  const form = await c.req.parseBody({ all: true })
  if (!(await csrfMatches(c.get('secret'), c.get('session'), form._csrf))) {
    throw new ApiError(
      'forbidden',
      'The form has expired or did not come from this dashboard; reload the page.'
    )
  }
  c.set('form', form)
  return next()
}

/** One text field of a parsed form (the first, when repeated), trimmed; `undefined` when absent or empty. */
export function field(form: Record<string, FormValue>, name: string): string | undefined {
  const value = form[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined
}

/** Every text value of a repeated field (checkboxes). */
export function fields(form: Record<string, FormValue>, name: string): string[] {
  const value = form[name]
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return all.filter((v): v is string => typeof v === 'string' && v !== '')
}
