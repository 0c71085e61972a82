import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { api, call, NYLAS_FIXTURES, nylasEvent, postNylas } from '../helpers'
import { createKey, keyWith, signIn } from './helpers'

/** Every dashboard route and what it needs: a session with this scope, or nothing (sign-in, assets). */
const ROUTES: Record<string, 'open' | 'read' | 'write' | 'admin'> = {
  'GET /dashboard/assets/app.css': 'open',
  'GET /dashboard/login': 'open',
  'POST /dashboard/login': 'open',
  'POST /dashboard/logout': 'read',
  'GET /dashboard': 'read',
  'GET /dashboard/addresses': 'read',
  'GET /dashboard/addresses/:address': 'read',
  'POST /dashboard/addresses/:address/lift': 'write',
  'POST /dashboard/addresses/:address/suppress': 'write',
  'GET /dashboard/suppressions': 'read',
  'POST /dashboard/suppressions/lift': 'write',
  'GET /dashboard/suppressions/export': 'read',
  'GET /dashboard/restore': 'write',
  'POST /dashboard/restore': 'write',
  'GET /dashboard/import': 'write',
  'POST /dashboard/import': 'write',
  'GET /dashboard/dead-letters': 'read',
  'POST /dashboard/dead-letters/:id/replay': 'write',
  'GET /dashboard/keys': 'admin',
  'POST /dashboard/keys': 'admin',
  'POST /dashboard/keys/:id/revoke': 'admin',
  'GET /dashboard/endpoints': 'admin',
  'POST /dashboard/endpoints': 'admin',
  'POST /dashboard/endpoints/:id/enable': 'admin',
  'POST /dashboard/endpoints/:id/disable': 'admin',
  'GET /dashboard/endpoints/:id': 'admin',
  'POST /dashboard/endpoints/:id/deliveries/:delivery/retry': 'admin',
}

const dashboardRoutes = () => [
  ...new Set(
    newApp()
      .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/dashboard'))
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '') || '/'}`)
  ),
]

const concrete = (path: string) =>
  path
    .replace(':address', 'someone%40example.com')
    .replace(':id', 'key_0000')
    .replace(':delivery', 'dlv_0000')

describe('every dashboard route declares what it needs', () => {
  it('lists exactly the routes the app serves under /dashboard', () => {
    expect(dashboardRoutes().sort()).toEqual(Object.keys(ROUTES).sort())
  })

  it('answers a key without the scope 403 (or sends it to sign in), whatever the page showed', async () => {
    const sessions = {
      read: await signIn(await keyWith(['read'], 'walk-read')),
      write: await signIn(await keyWith(['read', 'write'], 'walk-write')),
    }
    for (const [route, needs] of Object.entries(ROUTES)) {
      if (needs === 'open') continue
      const [method, path] = route.split(' ') as [string, string]
      const anonymous = await call(concrete(path), { method, redirect: 'manual' })
      expect([303, 401], `${route} without a session`).toContain(anonymous.status)
      const weaker =
        needs === 'admin' ? [sessions.read, sessions.write] : needs === 'write' ? [sessions.read] : []
      for (const session of weaker) {
        const res =
          method === 'GET' ? await session.get(concrete(path)) : await session.post(concrete(path), {})
        expect(res.status, `${route} with a weaker session`).toBe(403)
      }
    }
  })
})

describe('restore from the dashboard', () => {
  it('previews with a dry run, then lifts on Confirm', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    const addresses = [`rs.a.${tag}@example.com`, `rs.b.${tag}@example.com`]
    for (const address of addresses) {
      expect((await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))).status).toBe(200)
    }
    const browser = await signIn(await keyWith(['read', 'write'], 'restorer'))
    const today = new Date().toISOString().slice(0, 10)
    const filter = { since: today, until: today, diagnostic_contains: 'does not exist', source: 'nylas' }
    const preview = await browser.post('/dashboard/restore', filter)
    const html = await preview.text()
    expect(preview.status, html).toBe(200)
    expect(html).toMatch(/\d+ suppressions? match; nothing was changed/)
    expect(html).toContain(addresses[0])
    expect((await api(`/v1/suppressions/${encodeURIComponent(addresses[0]!)}`)).status).toBe(200)

    const confirm = await browser.post('/dashboard/restore', { ...filter, confirm: 'yes' })
    expect(await confirm.text()).toMatch(/Lifted \d+ of \d+ matching suppressions/)
    for (const address of addresses) {
      expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`)).status).toBe(404)
    }
  })

  it('refuses a filter the API would refuse, with the same message', async () => {
    const browser = await signIn()
    const res = await browser.post('/dashboard/restore', { since: 'yesterday', until: '2026-01-01' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('since')
  })
})

describe('import from the dashboard', () => {
  const upload = (browser: Awaited<ReturnType<typeof signIn>>, fields: Record<string, string | Blob>) => {
    const form = new FormData()
    form.set('_csrf', browser.csrf)
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    return call('/dashboard/import', { method: 'POST', headers: { cookie: browser.cookie }, body: form })
  }

  it('reports a dry run with per-line errors, then applies the checked text', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    const csv = `email,reason\nimp.a.${tag}@example.com,hard\nnot-an-address,hard\nimp.b.${tag}@example.com,manual\n`
    const browser = await signIn(await keyWith(['read', 'write'], 'importer'))
    const dry = await upload(browser, { file: new File([csv], 'list.csv', { type: 'text/csv' }) })
    const html = await dry.text()
    expect(dry.status, html).toBe(200)
    expect(html).toContain('3 lines, 2 valid, 1 with errors. Nothing was changed.')
    expect(html).toMatch(/<td class="num">3<\/td>/)
    expect((await api(`/v1/suppressions/${encodeURIComponent(`imp.a.${tag}@example.com`)}`)).status).toBe(404)

    const content = /name="content" value="([^"]*)"/.exec(html)![1]!.replace(/&#10;|&#x0A;/g, '\n')
    const applied = await upload(browser, { apply: 'yes', content: decodeEntities(content) })
    expect(await applied.text()).toContain('2 suppressed')
    expect((await api(`/v1/suppressions/${encodeURIComponent(`imp.a.${tag}@example.com`)}`)).status).toBe(200)
  })

  it('says per line what an apply did, and suppresses again lines lifted since when asked', async () => {
    const address = `imp.again.${crypto.randomUUID().slice(0, 8)}@example.com`
    const csv = `email,reason\n${address},hard\n`
    const browser = await signIn(await keyWith(['read', 'write'], 'reimporter'))
    await upload(browser, { apply: 'yes', content: csv })
    expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'DELETE' })).status).toBe(
      204
    )
    const again = await (await upload(browser, { apply: 'yes', content: csv })).text()
    expect(again).toContain('imported before and lifted since')
    expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`)).status).toBe(404)
    const reapplied = await (await upload(browser, { apply: 'yes', reapply: 'yes', content: csv })).text()
    expect(reapplied).toContain('1 suppressed')
    expect((await api(`/v1/suppressions/${encodeURIComponent(address)}`)).status).toBe(200)
  })

  it('asks for a file when none is chosen', async () => {
    const browser = await signIn()
    const res = await upload(browser, {})
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Choose a CSV or NDJSON file')
  })
})

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('who the history says acted', () => {
  it('records a dashboard lift as key:<id> with the key name beside it, as the API does', async () => {
    const address = `who.${crypto.randomUUID().slice(0, 8)}@example.com`
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))).status).toBe(200)
    const { id, token } = await createKey(['read', 'write'], 'support-bob')
    const browser = await signIn(token)
    const res = await browser.post(`/dashboard/addresses/${encodeURIComponent(address)}/lift`, {
      note: 'ticket 9',
    })
    expect(res.status).toBeLessThan(400)
    const history = (await (await api(`/v1/addresses/${encodeURIComponent(address)}/events`)).json()) as any
    expect(history.items[0]).toMatchObject({ kind: 'lift', actor: `key:${id}`, actor_name: 'support-bob' })
    // The address page names the key, not its id.
    const page = await (await browser.get(`/dashboard/addresses/${encodeURIComponent(address)}`)).text()
    expect(page).toContain('manual (support-bob)')
    expect(page).not.toContain(`(key:${id})`)
  })

  it("refuses a key named like another key's actor, so no action can be credited to someone else", async () => {
    const res = await api('/v1/keys', {
      method: 'POST',
      body: JSON.stringify({ name: 'key:key_0123', scopes: ['read'] }),
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.code).toBe('invalid_request')
  })
})
