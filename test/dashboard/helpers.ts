/**
 * Dashboard test helpers: sign in as a person would (GET the form, POST the key with the form's token and
 * cookie), then send pages' forms with the session cookie and CSRF token.
 * @module
 */
import { env } from 'cloudflare:workers'
import { api, call } from '../helpers'

/** Every Set-Cookie line of a response (workerd has getSetCookie; these types predate it). */
export function setCookies(res: Response): string[] {
  return (res.headers as unknown as { getSetCookie(): string[] }).getSetCookie()
}

/** `name=value` pairs of every Set-Cookie of a response, by name. */
export function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>()
  for (const line of setCookies(res)) {
    const pair = line.split(';')[0]!
    const at = pair.indexOf('=')
    jar.set(pair.slice(0, at), pair.slice(at + 1))
  }
  return jar
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')

/** The value of a hidden input in a page. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]+)"`).exec(html)
  if (!match) throw new Error(`no hidden ${name} in the page`)
  return match[1]!
}

/** Posts the sign-in form with `key`; returns the answer and the cookies it set. */
export async function postLogin(key: string): Promise<Response> {
  const form = await call('/dashboard/login')
  const jar = cookiesOf(form)
  const body = new URLSearchParams({ _login: hiddenValue(await form.text(), '_login'), key })
  return call('/dashboard/login', {
    method: 'POST',
    headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  })
}

export interface Browser {
  cookie: string
  csrf: string
  get(path: string): Promise<Response>
  post(path: string, fields: Record<string, string | string[]>, csrf?: string | null): Promise<Response>
}

/** Signs in with `key` and returns a small client that carries the session cookie and CSRF token. */
export async function signIn(key: string = env.ADMIN_TOKEN!): Promise<Browser> {
  const res = await postLogin(key)
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`)
  const cookie = cookieHeader(cookiesOf(res))
  const overview = await call('/dashboard', { headers: { cookie } })
  const csrf = hiddenValue(await overview.text(), '_csrf')
  const browser: Browser = {
    cookie,
    csrf,
    get: (path) => call(path, { headers: { cookie }, redirect: 'manual' }),
    post: (path, fields, token = csrf) => {
      const body = new URLSearchParams()
      if (token !== null) body.append('_csrf', token)
      for (const [name, value] of Object.entries(fields)) {
        for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
      }
      return call(path, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      })
    },
  }
  return browser
}

/** A new API key with these scopes: its id and token. */
export async function createKey(scopes: string[], name = `dash-${scopes.join('-')}`) {
  const res = await api('/v1/keys', { method: 'POST', body: JSON.stringify({ name, scopes }) })
  return (await res.json()) as { id: string; token: string }
}

/** A new API key with these scopes (its token). */
export async function keyWith(scopes: string[], name?: string): Promise<string> {
  return (await createKey(scopes, name)).token
}
