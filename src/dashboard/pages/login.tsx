/**
 * Sign in (an API key exchanged for a session cookie; a check-only key is refused) and sign out.
 * The sign-in form is guarded by a double-submit cookie, since there is no session to bind a token to yet.
 * @module
 */
import { type Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { sha256Hex } from '../../lib/crypto'
import { log } from '../../lib/log'
import { identify, runInBackground } from '../../middleware/auth'
import { limitBody } from '../../middleware/body-limit'
import { csrfChecked, type DashboardEnv, field, signedIn } from '../guard'
import { Document, type Notice, NoticeBanner } from '../layout'
import { cookieOptions, endSession, LOGIN_COOKIE, randomToken, startSession } from '../session'

export const login = new Hono<DashboardEnv>()

const LOGIN_FORM_MS = 30 * 60_000

function LoginPage(props: { token: string; notice?: Notice }) {
  return (
    <Document title="Sign in">
      <main class="login">
        <h1>Ricochet dashboard</h1>
        {props.notice ? <NoticeBanner notice={props.notice} /> : null}
        <form method="post" action="/dashboard/login">
          <input type="hidden" name="_login" value={props.token} />
          <label>
            API key
            <input name="key" type="password" autocomplete="off" required maxlength={300} />
          </label>
          <button type="submit">Sign in</button>
        </form>
        <p class="muted">A read key sees; a write key may also change; an admin key also manages keys.</p>
      </main>
    </Document>
  )
}

/** Renders the form with a fresh double-submit token. */
function loginForm(c: Context<DashboardEnv>, status: 200 | 401 | 403, notice?: Notice) {
  const token = randomToken()
  setCookie(c, LOGIN_COOKIE, token, cookieOptions(c.req.url, LOGIN_FORM_MS))
  return c.html(<LoginPage token={token} notice={notice} />, status)
}

login.get('/login', (c) => {
  const ended = c.req.query('ended') === '1'
  return loginForm(c, 200, ended ? { kind: 'ok', text: 'You are signed out.' } : undefined)
})

login.post('/login', limitBody(8 * 1024), async (c) => {
  const form = await c.req.parseBody()
  const expected = getCookie(c, LOGIN_COOKIE)
  if (!expected || form._login !== expected) {
    return loginForm(c, 403, { kind: 'error', text: 'The sign-in form expired; enter the key again.' })
  }
  const key = field(form, 'key')
  const caller = key ? await identify(c.env, key, (p) => runInBackground(c, p)) : null
  if (!key || !caller) {
    log('warn', 'dashboard.sign_in_refused', { reason: 'unknown_key', request_id: c.get('requestId') })
    return loginForm(c, 401, { kind: 'error', text: 'This API key is unknown or revoked.' })
  }
  if (!caller.scopes.includes('read')) {
    log('warn', 'dashboard.sign_in_refused', { reason: 'check_only', actor: caller.name })
    const text = 'This key can only check addresses; the dashboard needs a read, write or admin key.'
    return loginForm(c, 403, { kind: 'error', text })
  }
  await startSession(c, c.get('secret'), await sha256Hex(key), c.get('now')())
  log('info', 'dashboard.signed_in', { actor: caller.name, request_id: c.get('requestId') })
  return c.redirect('/dashboard', 303)
})

login.post('/logout', signedIn, csrfChecked, (c) => {
  endSession(c)
  log('info', 'dashboard.signed_out', { actor: c.get('actor'), request_id: c.get('requestId') })
  return c.redirect('/dashboard/login?ended=1', 303)
})
