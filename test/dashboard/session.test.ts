import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { newApp } from '../../src/app'
import { api, call, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'
import { cookiesOf, createKey, keyWith, postLogin, setCookies, signIn } from './helpers'

describe('dashboard sign-in', () => {
  it('exchanges a read key for an HttpOnly, SameSite=Strict, Secure cookie of at most 12 h', async () => {
    const res = await postLogin(await keyWith(['read']))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/dashboard')
    const line = setCookies(res).find((l) => l.startsWith('ricochet_session='))!
    expect(line).toMatch(/HttpOnly/i)
    expect(line).toMatch(/SameSite=Strict/i)
    expect(line).toMatch(/Secure/i)
    expect(Number(/Max-Age=(\d+)/i.exec(line)![1])).toBeLessThanOrEqual(12 * 3600)
  })

  it('leaves Secure off only on plain-HTTP loopback, where wrangler dev serves', async () => {
    const form = await exports('http://127.0.0.1:8787/dashboard/login')
    expect(setCookies(form)[0]).not.toMatch(/Secure/i)
  })

  it('never puts the key in the cookie, a URL or the page', async () => {
    const key = await keyWith(['read'])
    const res = await postLogin(key)
    const cookie = cookiesOf(res).get('ricochet_session')!
    expect(decodeURIComponent(cookie)).not.toContain(key)
    expect(res.headers.get('location')).not.toContain(key)
  })

  it('writes the sign-in to the log by key name, never the key', async () => {
    const key = await keyWith(['read'], 'logged-reader')
    const lines: string[] = []
    const spies = (['log', 'warn', 'error'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')))
    )
    try {
      expect((await postLogin(key)).status).toBe(303)
      expect((await postLogin(`${key}x`)).status).toBe(401)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    expect(lines.some((l) => l.includes('"dashboard.signed_in"') && l.includes('logged-reader'))).toBe(true)
    expect(lines.some((l) => l.includes('"dashboard.sign_in_refused"'))).toBe(true)
    expect(lines.join('\n')).not.toContain(key)
  })

  it('refuses a check-only key with a clear message and no session', async () => {
    const res = await postLogin(await keyWith(['check']))
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('This key can only check addresses')
    expect(cookiesOf(res).has('ricochet_session')).toBe(false)
  })

  it('refuses an unknown key', async () => {
    const res = await postLogin('rk_not_a_real_key')
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('unknown or revoked')
  })

  it('refuses a sign-in form without its double-submit token', async () => {
    const res = await call('/dashboard/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: env.ADMIN_TOKEN!, _login: 'forged' }),
    })
    expect(res.status).toBe(403)
    expect(cookiesOf(res).has('ricochet_session')).toBe(false)
  })

  it('sends a request without a session to the sign-in page', async () => {
    const res = await call('/dashboard/addresses/a%40example.com', { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/dashboard/login')
  })

  it('ends a session after 12 hours, whatever the browser keeps', async () => {
    const browser = await signIn()
    const at = (offsetMs: number) =>
      newApp({ now: () => Date.now() + offsetMs }).request(
        'https://ricochet.test/dashboard/suppressions',
        { headers: { cookie: browser.cookie }, redirect: 'manual' },
        env
      )
    expect((await at(11 * 3600_000)).status).toBe(200)
    const late = await at(12 * 3600_000 + 1000)
    expect(late.status).toBe(303)
    expect(late.headers.get('location')).toBe('/dashboard/login')
  })

  it('refuses a tampered session cookie', async () => {
    const browser = await signIn()
    const tampered = browser.cookie.replace(/ricochet_session=([^;]+)/, (_m, v: string) => {
      const json = decodeURIComponent(v).replace(/"expiresAt":\d+/, '"expiresAt":99999999999999')
      return `ricochet_session=${encodeURIComponent(json)}`
    })
    const res = await call('/dashboard/addresses/a%40example.com', {
      headers: { cookie: tampered },
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
  })

  it('ends the sessions of a revoked key', async () => {
    const { id, token } = await createKey(['read'], 'to-revoke')
    const browser = await signIn(token)
    expect((await browser.get('/dashboard/addresses/a%40example.com')).status).toBe(200)
    expect((await api(`/v1/keys/${id}`, { method: 'DELETE' })).status).toBe(204)
    const after = await browser.get('/dashboard/addresses/a%40example.com')
    expect(after.status).toBe(303)
    expect(after.headers.get('location')).toBe('/dashboard/login')
  })

  it('signs out with the CSRF token, and the cookie is cleared', async () => {
    const browser = await signIn()
    const refused = await browser.post('/dashboard/logout', {}, null)
    expect(refused.status).toBe(403)
    const res = await browser.post('/dashboard/logout', {})
    expect(res.status).toBe(303)
    expect(setCookies(res).find((l) => l.startsWith('ricochet_session='))).toMatch(/Max-Age=0/i)
  })
})

describe('dashboard headers', () => {
  it('sends a strict CSP, X-Frame-Options DENY and no-store on pages, the sign-in page included', async () => {
    const browser = await signIn()
    for (const res of [
      await call('/dashboard/login'),
      await browser.get('/dashboard/addresses/a%40example.com'),
    ]) {
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('serves its stylesheet from the Worker', async () => {
    const res = await call('/dashboard/assets/app.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/css')
  })
})

describe('dashboard actions are checked on the server', () => {
  it('lifts with a note only with a write key and the CSRF token', async () => {
    const address = `dash.lift.${crypto.randomUUID().slice(0, 8)}@example.com`
    const put = await api(`/v1/suppressions/${encodeURIComponent(address)}`, {
      method: 'PUT',
      body: JSON.stringify({ reason: 'manual' }),
    })
    expect(put.status).toBe(200)
    const path = `/dashboard/addresses/${encodeURIComponent(address)}/lift`

    const reader = await signIn(await keyWith(['read']))
    expect((await reader.post(path, { note: 'nope' })).status).toBe(403)
    const writer = await signIn(await keyWith(['read', 'write']))
    expect((await writer.post(path, { note: 'forged' }, 'not-the-token')).status).toBe(403)
    expect((await writer.post(path, { note: 'forged' }, reader.csrf)).status).toBe(403)
    expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`)).status).toBe(200)

    const ok = await writer.post(path, { note: 'customer asked, ticket 42' })
    expect(ok.status).toBe(303)
    expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`)).status).toBe(404)
    const history = (await (await api(`/v1/addresses/${encodeURIComponent(address)}/events`)).json()) as any
    expect(history.items[0]).toMatchObject({
      kind: 'lift',
      actor: expect.stringMatching(/^key:key_/),
      actor_name: 'dash-read-write',
    })
    expect(history.items[0].diagnostic).toBe('customer asked, ticket 42')
  })

  it('shows an address from a real webhook: verdict, explain sentence and cause', async () => {
    const address = uniqueAddress('dash.hard')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))).status).toBe(200)
    const browser = await signIn()
    const page = await browser.get(`/dashboard/addresses/${encodeURIComponent(address)}`)
    const html = await page.text()
    expect(page.status, html).toBe(200)
    expect(html).toContain('class="verdict drop"')
    expect(html).toContain('Suppressed since')
    expect(html).toContain('Lift suppression')
  })

  it('suppresses by hand with a reason and an expiry, through the same validation as the API', async () => {
    const address = `dash.supp.${crypto.randomUUID().slice(0, 8)}@example.com`
    const browser = await signIn()
    const path = `/dashboard/addresses/${encodeURIComponent(address)}/suppress`
    const bad = await browser.post(path, { reason: 'no spaces allowed' })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('reason')
    const ok = await browser.post(path, { reason: 'legal_hold', expires_at: '2099-01-31', note: 'x' })
    expect(ok.status).toBe(303)
    const detail = (await (await api(`/v1/suppressions/${encodeURIComponent(address)}`)).json()) as any
    expect(detail.record).toMatchObject({ reason: 'legal_hold', expires_at: '2099-01-31T23:59:59.000Z' })
  })
})

function exports(url: string): Promise<Response> {
  return import('cloudflare:workers').then((m) => m.exports.default.fetch(new Request(url)))
}
