/**
 * One-click unsubscribe (RFC 8058), open by design: the token is the credential, no key, no cookie.
 * - `POST /u/{token}` with `List-Unsubscribe=One-Click` (form-encoded or multipart, as RFC 8058 §3.1 has mail
 *   clients send it) unsubscribes and answers 200, also when already unsubscribed;
 * - `GET /u/{token}` only shows a page with a button (a link scanner that follows links changes nothing);
 * - `POST /u/{token}/undo` undoes it for a few minutes, with the signed stamp the confirmation page carries.
 * @module
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../lib/errors'
import { log } from '../lib/log'
import {
  signUndo,
  type UnsubscribeTarget,
  verifyUndo,
  verifyUnsubscribeToken,
} from '../lib/unsubscribe-token'
import { limitBody } from '../middleware/body-limit'
import { resubscribe, unsubscribe, unsubscribeSecrets } from '../operator/unsubscribe'
import { ConfirmPage, DonePage, InvalidPage, UndonePage } from './unsubscribe-pages'

export const unsubscribePages = new Hono<AppEnv>()

unsubscribePages.use(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('X-Robots-Tag', 'noindex')
  // Never framed: a framed confirm button could be click-jacked; X-Frame-Options for older browsers.
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
  )
  c.header('X-Frame-Options', 'DENY')
})

/** The token's target, or a page saying why not (404 invalid, 503 not configured). */
async function targetOf(
  c: { env: AppEnv['Bindings'] },
  token: string
): Promise<
  { ok: true; target: UnsubscribeTarget; secrets: string[] } | { ok: false; error: 'invalid' | 'unavailable' }
> {
  const secrets = unsubscribeSecrets(c.env)
  if (!secrets) return { ok: false, error: 'unavailable' }
  const target = await verifyUnsubscribeToken(token, secrets)
  return target ? { ok: true, target, secrets } : { ok: false, error: 'invalid' }
}

unsubscribePages.get('/:token', async (c) => {
  const found = await targetOf(c, c.req.param('token'))
  if (!found.ok) return c.html(InvalidPage({ reason: found.error }), found.error === 'invalid' ? 404 : 503)
  return c.html(ConfirmPage({ target: found.target, action: `/u/${c.req.param('token')}` }))
})

unsubscribePages.post('/:token', limitBody(4096), async (c) => {
  const token = c.req.param('token')
  const found = await targetOf(c, token)
  if (!found.ok) {
    if (found.error === 'unavailable')
      throw new ApiError('not_configured', 'One-click unsubscribe needs UNSUBSCRIBE_SECRET.')
    throw new ApiError('not_found', 'This unsubscribe link is not valid.')
  }
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  if (form['List-Unsubscribe'] !== 'One-Click') {
    throw new ApiError('invalid_request', 'The body must be "List-Unsubscribe=One-Click" (RFC 8058).')
  }
  const now = c.get('now')()
  const { already } = await unsubscribe(c.env, found.target, 'one-click', now)
  log('info', 'unsubscribe.applied', {
    via: 'one-click',
    already,
    tenant: found.target.tenant,
    stream: found.target.stream,
  })
  const undo = already
    ? null
    : { action: `/u/${token}/undo`, at: now, stamp: await signUndo(token, now, found.secrets) }
  return c.html(DonePage({ target: found.target, already, undo }))
})

unsubscribePages.post('/:token/undo', limitBody(4096), async (c) => {
  const token = c.req.param('token')
  const found = await targetOf(c, token)
  if (!found.ok) return c.html(InvalidPage({ reason: found.error }), found.error === 'invalid' ? 404 : 503)
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const at = Number(form.at)
  const stamp = typeof form.stamp === 'string' ? form.stamp : ''
  const now = c.get('now')()
  const allowed = await verifyUndo(token, at, stamp, found.secrets, now)
  const undone = allowed ? await resubscribe(c.env, found.target, now) : false
  log('info', 'unsubscribe.undone', { undone, tenant: found.target.tenant, stream: found.target.stream })
  return c.html(UndonePage({ target: found.target, undone }), allowed ? 200 : 403)
})
