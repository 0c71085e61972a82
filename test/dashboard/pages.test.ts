import { describe, expect, it } from 'vitest'
import { api, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'
import { keyWith, signIn } from './helpers'

const suppress = (address: string, reason = 'manual') =>
  api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'PUT', body: JSON.stringify({ reason }) })

describe('the overview', () => {
  it('counts real webhook bounces by disposition, in a labelled chart and the same numbers in a table', async () => {
    const gmail = `dash.ov.${crypto.randomUUID().slice(0, 8)}@gmail.com`
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: gmail }))).status).toBe(200)
    const browser = await signIn(await keyWith(['read']))
    const res = await browser.get('/dashboard?days=7')
    const html = await res.text()
    expect(res.status, html).toBe(200)
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Bounces per day[^"]*: [1-9]\d* in all/)
    const today = new Date().toISOString().slice(0, 10)
    expect(html).toMatch(new RegExp(`<th scope="row">${today}</th><td class="num">[1-9]`))
    expect(html).toContain('gmail.com')
    expect(html).toMatch(/<td>gmail<\/td><td class="num">[1-9]/)
  })

  it('shows rates over deliveries plus bounces once deliveries are reported', async () => {
    const address = uniqueAddress('dash.delivered')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txDelivered, { address }))).status).toBe(200)
    const browser = await signIn(await keyWith(['read']))
    const html = await (await browser.get('/dashboard')).text()
    expect(html).toContain('Bounce and complaint rates')
    expect(html).toMatch(
      /<td class="num optional">\d+ <span class="muted">\(delivered\+bounced\)<\/span><\/td>/
    )
    expect(html).toMatch(
      /role="img" aria-label="Bounce rate per day: [^"]*Lines at 5 % \(SES review\), 10 % \(SES pause\)/
    )
    expect(html).toContain('0.3 % Gmail ceiling')
    // A handful of messages is below ALERT_MIN_SENDS: no alert banner, however high the rate.
    expect(html).not.toContain('Rates crossed the alert thresholds')
  })

  it('refuses a range it cannot serve with a page, not a stack', async () => {
    const browser = await signIn()
    const res = await browser.get('/dashboard?days=500')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('days')
  })
})

describe('the suppressions page', () => {
  it('searches by prefix and links each row to its address', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    const wanted = `find.${tag}@example.com`
    await suppress(wanted)
    await suppress(`other.${tag}@example.com`)
    const browser = await signIn(await keyWith(['read']))
    const html = await (await browser.get(`/dashboard/suppressions?q=FIND.${tag}`)).text()
    expect(html).toContain(`href="/dashboard/addresses/${encodeURIComponent(wanted)}"`)
    expect(html).not.toContain(`other.${tag}@example.com`)
    // A read key sees no selection boxes and no lift button.
    expect(html).not.toContain('Lift selected')
  })

  it('pages with the cursor the API issues, keeping the filter', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    for (let i = 0; i < 3; i++) await suppress(`page${i}.${tag}@example.com`, `r${tag}`)
    const browser = await signIn()
    const first = await (await browser.get(`/dashboard/suppressions?reason=r${tag}&limit=2`)).text()
    const next = /href="(\/dashboard\/suppressions\?[^"]*cursor=[^"]+)"/.exec(first)?.[1]
    expect(next).toBeDefined()
    const second = await (await browser.get(next!.replace(/&amp;/g, '&'))).text()
    expect(second).toContain(`page0.${tag}@example.com`)
    expect(second).not.toContain(`page2.${tag}@example.com`)
  })

  it('lifts the selected rows with one note', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    const a = `sel.a.${tag}@example.com`
    const b = `sel.b.${tag}@example.com`
    await suppress(a)
    await suppress(b)
    const browser = await signIn()
    const res = await browser.post('/dashboard/suppressions/lift', { address: [a, b], note: 'batch fix' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toContain('n=2')
    expect((await api(`/v1/suppressions/${encodeURIComponent(a)}`)).status).toBe(404)
    expect((await api(`/v1/suppressions/${encodeURIComponent(b)}`)).status).toBe(404)
  })

  it('lifts the selected entry only, in the scope its row shows', async () => {
    const address = uniqueAddress('dash.sel.scope')
    const put = (body: object) =>
      api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'PUT', body: JSON.stringify(body) })
    await put({ tenant: 'acme', stream: 'news' })
    await put({ global: true })
    const browser = await signIn()
    const list = await (await browser.get(`/dashboard/suppressions?q=${encodeURIComponent(address)}`)).text()
    expect(list).toContain(`value="${address} acme/news"`)
    const res = await browser.post('/dashboard/suppressions/lift', {
      address: `${address} *`,
      note: 'only global',
    })
    expect(res.status).toBe(303)
    const detail = (await (await api(`/v1/suppressions/${encodeURIComponent(address)}`)).json()) as any
    expect(detail.entries.map((e: any) => e.scope)).toEqual([{ tenant: 'acme', stream: 'news' }])
  })

  it('exports the current filter as CSV', async () => {
    const tag = crypto.randomUUID().slice(0, 8)
    await suppress(`csv.${tag}@example.com`)
    const browser = await signIn(await keyWith(['read']))
    const res = await browser.get(`/dashboard/suppressions/export?q=csv.${tag}`)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const body = await res.text()
    expect(body.trim().split('\n')).toHaveLength(2)
    expect(body).toContain(`csv.${tag}@example.com`)
  })

  it('shows the history of an address that is not suppressed', async () => {
    const address = uniqueAddress('dash.hist')
    await suppress(address)
    await api(`/v1/suppressions/${encodeURIComponent(address)}?note=done`, { method: 'DELETE' })
    const browser = await signIn()
    const html = await (await browser.get(`/dashboard/addresses/${encodeURIComponent(address)}`)).text()
    expect(html).toContain('class="verdict send"')
    expect(html).toContain('<td>lift</td>')
    expect(html).not.toContain('Lift suppression')
  })
})

describe('scopes on the pages', () => {
  it('lists each entry with its scope, filters by tenant, and shows every entry on the address page', async () => {
    const address = uniqueAddress('dash.scope')
    const put = (body: object) =>
      api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'PUT', body: JSON.stringify(body) })
    await put({ tenant: 'acme', stream: 'news', reason: 'asked' })
    await put({ tenant: 'globex', reason: 'legal_hold' })
    const browser = await signIn(await keyWith(['read']))
    const list = await (await browser.get(`/dashboard/suppressions?q=${encodeURIComponent(address)}`)).text()
    expect(list).toContain('<th scope="col">Scope</th>')
    expect(list).toContain('<td>acme / news</td>')
    expect(list).toContain('<td>globex (every stream)</td>')
    const acme = await (
      await browser.get(`/dashboard/suppressions?q=${encodeURIComponent(address)}&tenant=acme`)
    ).text()
    expect(acme).toContain('acme / news')
    expect(acme).not.toContain('globex (every stream)')
    const page = await (await browser.get(`/dashboard/addresses/${encodeURIComponent(address)}`)).text()
    expect(page).toContain('Entries by scope')
    expect(page).toMatch(/<td>acme \/ news<\/td><td>suppressed<\/td>/)
  })

  it('suppresses from the address page in the tenant and stream the form names', async () => {
    const address = uniqueAddress('dash.form.scope')
    const browser = await signIn()
    const page = await (await browser.get(`/dashboard/addresses/${encodeURIComponent(address)}`)).text()
    expect(page).toContain('name="tenant"')
    const res = await browser.post(`/dashboard/addresses/${encodeURIComponent(address)}/suppress`, {
      reason: 'asked',
      tenant: 'acme',
      stream: 'news',
    })
    expect(res.status).toBe(303)
    const detail = (await (await api(`/v1/suppressions/${encodeURIComponent(address)}`)).json()) as any
    expect(detail.entries.map((e: any) => e.scope)).toEqual([{ tenant: 'acme', stream: 'news' }])
  })

  it('opens a domain entry', async () => {
    const domain = `@${crypto.randomUUID().slice(0, 8)}.example.org`
    await suppress(domain, 'domain_closed')
    const browser = await signIn(await keyWith(['read']))
    const res = await browser.get(`/dashboard/addresses/${encodeURIComponent(domain)}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('domain_closed')
  })
})
