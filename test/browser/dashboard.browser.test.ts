/**
 * The dashboard in a real Chromium against `wrangler dev` (started by ./server.ts): a person's path through
 * every page, controls found by role and label, and a screenshot of each page at desktop and phone width.
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const ctx = inject('ricochet')
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let profile: string
let browser: BrowserContext
let page: Page

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  profile = mkdtempSync(path.join(tmpdir(), 'ricochet-chromium-'))
  // A persistent context on a fresh directory is Chromium's --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: ctx.chromium,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  })
  page = browser.pages()[0] ?? (await browser.newPage())
}, 60_000)

afterAll(async () => {
  await browser?.close()
  rmSync(profile, { recursive: true, force: true })
})

/** Full-page screenshots of the current page at desktop (1280×800) and phone (390×844) width. */
async function shoot(name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: path.join(SHOTS, `${name}.desktop.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: path.join(SHOTS, `${name}.phone.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 800 })
}

async function signIn(key: string): Promise<void> {
  await browser.clearCookies()
  await page.goto(`${ctx.base}/dashboard/login`)
  await page.getByLabel('API key').fill(key)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Waits until the locator is visible (playwright-core has no expect matchers of its own). */
const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 })

async function textOf(locator: Locator): Promise<string> {
  await visible(locator)
  return locator.innerText()
}

const today = () => new Date().toISOString().slice(0, 10)
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

describe('signing in', () => {
  it('refuses a check key with a clear message', async () => {
    await signIn(ctx.keys.check)
    expect(await textOf(page.getByRole('alert'))).toContain('This key can only check addresses')
    expect(page.url()).toContain('/dashboard/login')
    await shoot('login-refused')
  })

  it('signs in with a write key and reads the overview', async () => {
    await signIn(ctx.keys.write)
    await page.waitForURL(`${ctx.base}/dashboard`)
    const chart = page.getByRole('img', { name: /^Bounces per day/ })
    expect(await chart.getAttribute('aria-label')).toMatch(/: (\d+) in all/)
    const total = Number(/: (\d+) in all/.exec((await chart.getAttribute('aria-label'))!)![1])
    expect(total).toBeGreaterThanOrEqual(10)
    // The table has the same numbers: today's hard bounce is in it.
    const perDay = page.getByRole('table', { name: 'Bounces per day by disposition' })
    const todayRow = perDay.getByRole('row', { name: new RegExp(`^${today()}`) })
    await visible(todayRow)
    expect(await textOf(page.getByRole('table').filter({ hasText: 'Provider' }))).toContain('outlook')
    await visible(page.getByRole('heading', { name: 'Sender health' }))
    const rates = page.getByRole('table').filter({ hasText: 'Complaint rate' })
    expect(await textOf(rates)).toContain('delivered+bounced')
    await visible(page.getByRole('img', { name: /^Complaint rate per day/ }))
    await shoot('overview')
  })
})

describe('finding and fixing an address', () => {
  it('searches, opens the address and lifts it with a note', async () => {
    await signIn(ctx.keys.write)
    await page.getByRole('link', { name: 'Suppressions' }).click()
    await shoot('suppressions')
    await page.getByLabel('Search addresses').fill('jane.d')
    await page.getByRole('button', { name: 'Search' }).click()
    await visible(page.getByRole('link', { name: ctx.addresses.lift }))
    expect(await page.getByRole('link', { name: ctx.addresses.restoreA }).count()).toBe(0)
    await page.getByRole('link', { name: ctx.addresses.lift }).click()

    await visible(page.getByRole('heading', { name: ctx.addresses.lift }))
    await visible(page.getByText('Suppressed since'))
    await visible(page.getByText('drop', { exact: true }))
    await page.getByText('Lift suppression').click()
    await shoot('address')
    await page.getByLabel('Note', { exact: true }).fill('Customer fixed the mailbox, ticket 4711')
    await page.getByRole('button', { name: 'Confirm' }).click()
    expect(await textOf(page.getByRole('status'))).toContain('The suppression was lifted.')
    await visible(page.getByText('send', { exact: true }))
    await visible(page.getByRole('cell', { name: 'lift', exact: true }))
    await shoot('address-lifted')
  })

  it('restores an incident after a dry run', async () => {
    await signIn(ctx.keys.write)
    await page.getByRole('link', { name: 'Restore' }).click()
    await page.getByLabel('From').fill(daysAgo(1))
    await page.getByLabel('Until').fill(today())
    await page.getByLabel('Diagnostic contains').fill('does not exist')
    await page.getByLabel('Source').fill('nylas')
    await page.getByRole('button', { name: 'Preview (dry run)' }).click()
    await visible(page.getByText(/\d+ suppressions? match; nothing was changed/))
    await visible(page.getByRole('link', { name: ctx.addresses.restoreA }))
    await shoot('restore-dry-run')
    await page.getByRole('button', { name: /^Confirm: lift \d+/ }).click()
    await visible(page.getByText(/Lifted \d+ of \d+ matching suppressions/))
    const check = await fetch(`${ctx.base}/v1/check/${ctx.addresses.restoreA}?consistent=true`, {
      headers: { authorization: `Bearer ${ctx.keys.check}` },
    })
    expect(((await check.json()) as { action: string }).action).toBe('send')
  })

  it('imports a file after a dry run', async () => {
    await signIn(ctx.keys.write)
    await page.getByRole('link', { name: 'Import' }).click()
    await shoot('import')
    const csv =
      'email,reason\nimported.one@example.net,hard\nnot an address,hard\nimported.two@example.net,manual\n'
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Check (dry run)' }).click()
    await visible(page.getByText('3 lines, 2 valid, 1 with errors. Nothing was changed.'))
    expect(await textOf(page.getByRole('table', { name: /Lines with errors/ }))).toContain('3')
    await shoot('import-dry-run')
    await page.getByRole('button', { name: /^Apply: suppress 2/ }).click()
    await visible(page.getByText(/2 suppressed/))
    await page.goto(`${ctx.base}/dashboard/addresses/imported.one%40example.net`)
    await visible(page.getByText('drop', { exact: true }))
  })
})

describe('a read-only key', () => {
  it('sees pages but cannot change anything, even by posting the form itself', async () => {
    await signIn(ctx.keys.read)
    await page.goto(`${ctx.base}/dashboard/addresses/${encodeURIComponent(ctx.addresses.readOnly)}`)
    await visible(page.getByText('drop', { exact: true }))
    expect(await page.getByText('Lift suppression').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Restore' }).count()).toBe(0)
    // The server, not the hidden button, decides: a forged post with this session's own CSRF token is refused.
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue()
    const forged = await page.request.post(
      `${ctx.base}/dashboard/addresses/${encodeURIComponent(ctx.addresses.readOnly)}/lift`,
      { form: { _csrf: csrf, note: 'should not happen' }, maxRedirects: 0 }
    )
    expect(forged.status()).toBe(403)
    await page.goto(`${ctx.base}/dashboard/restore`)
    expect(await textOf(page.getByRole('alert'))).toContain('lacks the "write" scope')
    await page.goto(`${ctx.base}/dashboard/addresses/${encodeURIComponent(ctx.addresses.readOnly)}`)
    await visible(page.getByText('drop', { exact: true }))
  })
})

describe('admin pages', () => {
  it('lists keys and dead letters, adds and disables an endpoint, and signs out', async () => {
    await signIn(ctx.keys.admin)
    await page.getByRole('link', { name: 'Keys' }).click()
    await visible(page.getByRole('cell', { name: 'support-read', exact: true }))
    await shoot('keys')
    await page.getByRole('link', { name: 'Dead letters' }).click()
    await visible(page.getByText('No dead letters.'))
    await shoot('dead-letters')
    await page.getByRole('link', { name: 'Endpoints' }).click()
    await page.getByLabel('URL').fill('https://hooks.example.com/browser')
    await page.getByLabel('suppression.created').check()
    await page.getByLabel('Description').fill('browser test')
    await page.getByRole('button', { name: 'Add endpoint' }).click()
    expect(await textOf(page.locator('pre.secret'))).toMatch(/^whsec_/)
    await shoot('endpoints')
    await page.getByRole('link', { name: 'https://hooks.example.com/browser' }).click()
    await visible(page.getByText('No deliveries.'))
    await visible(page.getByLabel('Status'))
    await shoot('deliveries')
    await page.getByRole('link', { name: 'All endpoints' }).click()
    await page.getByRole('button', { name: 'Disable https://hooks.example.com/browser' }).click()
    expect(await textOf(page.getByRole('status'))).toContain('The endpoint is disabled')
    await visible(page.getByRole('button', { name: 'Enable https://hooks.example.com/browser' }))
    await page.getByRole('button', { name: 'Sign out' }).click()
    expect(await textOf(page.getByRole('status'))).toContain('You are signed out.')
    await shoot('login')
    await page.goto(`${ctx.base}/dashboard`)
    expect(page.url()).toBe(`${ctx.base}/dashboard/login`)
  })
})
