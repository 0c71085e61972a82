import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import worker from '../../src/index'
import { verifyUnsubscribeToken } from '../../src/lib/unsubscribe-token'
import { api, call, checkAddress, emailMessage, uniqueAddress } from '../helpers'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

async function linkFor(body: object) {
  const res = await api('/v1/unsubscribe-links', { method: 'POST', body: JSON.stringify(body) })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

/** The path of a link (`/u/…`), as a mail client would request it of this Worker. */
const pathOf = (url: string) => new URL(url).pathname

const oneClick = (
  url: string,
  init: RequestInit = { method: 'POST', headers: FORM, body: 'List-Unsubscribe=One-Click' }
) => call(pathOf(url), init)

describe('POST /v1/unsubscribe-links', () => {
  it('answers the RFC 8058 headers for a recipient, the link signing address and scope', async () => {
    const address = uniqueAddress('links')
    const links = await linkFor({ address: address.toUpperCase(), tenant: 'acme', stream: 'newsletter' })
    expect(links).toMatchObject({ address, scope: { tenant: 'acme', stream: 'newsletter' }, mailto: null })
    expect(links.url).toBe(`https://ricochet.test/u/${links.token}`)
    expect(links.headers).toEqual({
      'List-Unsubscribe': `<${links.url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(await verifyUnsubscribeToken(links.token, [env.UNSUBSCRIBE_SECRET!])).toEqual({
      address,
      tenant: 'acme',
      stream: 'newsletter',
    })
  })

  it('defaults to the marketing stream of the default tenant, or the whole tenant with all_streams', async () => {
    const address = uniqueAddress('links-default')
    expect((await linkFor({ address })).scope).toEqual({ tenant: 'default', stream: 'marketing' })
    expect((await linkFor({ address, all_streams: true })).scope).toEqual({ tenant: 'default', stream: null })
  })

  it('adds the mailto form and uses PUBLIC_URL when configured', async () => {
    const res = await newApp().request(
      '/v1/unsubscribe-links',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ address: 'jane@example.com' }),
      },
      {
        ...env,
        PUBLIC_URL: 'https://lists.example.com/',
        UNSUBSCRIBE_MAILBOX: 'unsubscribe@bounce.example.com',
      }
    )
    const links = (await res.json()) as any
    expect(links.url).toMatch(/^https:\/\/lists\.example\.com\/u\/u1\./)
    expect(links.mailto).toBe(`mailto:unsubscribe@bounce.example.com?subject=unsubscribe%20${links.token}`)
    expect(links.headers['List-Unsubscribe']).toBe(`<${links.url}>, <${links.mailto}>`)
  })

  it('refuses a bad address or scope, and answers not_configured without UNSUBSCRIBE_SECRET', async () => {
    const bad = await api('/v1/unsubscribe-links', {
      method: 'POST',
      body: JSON.stringify({ address: 'nope' }),
    })
    expect(bad.status).toBe(400)
    const both = await api('/v1/unsubscribe-links', {
      method: 'POST',
      body: JSON.stringify({ address: 'a@example.com', stream: 'x', all_streams: true }),
    })
    expect(((await both.json()) as any).error.code).toBe('invalid_scope')
    const res = await newApp().request(
      '/v1/unsubscribe-links',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ address: 'jane@example.com' }),
      },
      { ...env, UNSUBSCRIBE_SECRET: undefined }
    )
    expect(res.status).toBe(503)
    expect(((await res.json()) as any).error.code).toBe('not_configured')
  })
})

describe('POST /u/{token} (RFC 8058 one-click)', () => {
  it('unsubscribes the stream only: marketing drops, password resets still go', async () => {
    const address = uniqueAddress('oneclick')
    const links = await linkFor({ address, tenant: 'acme', stream: 'marketing' })
    const res = await oneClick(links.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await checkAddress(address, '?tenant=acme&stream=marketing')).toMatchObject({
      action: 'drop',
      disposition: 'unsubscribe',
      reason: 'unsubscribed',
      scope: { tenant: 'acme', stream: 'marketing' },
    })
    expect(await checkAddress(address, '?tenant=acme&stream=transactional')).toMatchObject({ action: 'send' })
  })

  it('answers 200 again when already unsubscribed, without a second history row', async () => {
    const address = uniqueAddress('twice')
    const links = await linkFor({ address })
    expect((await oneClick(links.url)).status).toBe(200)
    const again = await oneClick(links.url)
    expect(again.status).toBe(200)
    expect(await again.text()).toMatch(/already unsubscribed/)
    const history = (await (await api(`/v1/addresses/${address}/events`)).json()) as any
    expect(history.items).toHaveLength(1)
    expect(history.items[0]).toMatchObject({
      kind: 'suppress',
      provider: 'unsubscribe',
      scope: 'default/marketing',
    })
  })

  it('accepts the multipart/form-data body mail clients may send', async () => {
    const address = uniqueAddress('multipart')
    const links = await linkFor({ address })
    const form = new FormData()
    form.set('List-Unsubscribe', 'One-Click')
    expect((await oneClick(links.url, { method: 'POST', body: form })).status).toBe(200)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'drop' })
  })

  it('changes nothing for a link scanner: GET shows a confirm button only', async () => {
    const address = uniqueAddress('scanner')
    const links = await linkFor({ address })
    const page = await call(pathOf(links.url))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"')
    expect(html).toContain(address)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'send' })
    const history = (await (await api(`/v1/addresses/${address}/events`)).json()) as any
    expect(history.items).toHaveLength(0)
  })

  it('serves private pages: not cached, no Referer, no cookie, no script, and never framed', async () => {
    const links = await linkFor({ address: uniqueAddress('private') })
    const pages = [await call(pathOf(links.url)), await oneClick(links.url)]
    for (const page of pages) {
      expect(page.headers.get('cache-control')).toBe('no-store')
      expect(page.headers.get('referrer-policy')).toBe('no-referrer')
      expect(page.headers.get('set-cookie')).toBeNull()
      // A framed confirm button could be clicked by a visitor tricked into it (click-jacking).
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(page.headers.get('x-frame-options')).toBe('DENY')
      expect(await page.text()).not.toContain('<script')
    }
  })

  it('refuses a POST without the One-Click body, a forged or moved token, with no change', async () => {
    const address = uniqueAddress('forged')
    const links = await linkFor({ address })
    const empty = await call(pathOf(links.url), { method: 'POST', headers: FORM, body: '' })
    expect(empty.status).toBe(400)
    const other = await linkFor({ address: uniqueAddress('other') })
    const [, payload] = other.token.split('.')
    const [, , mac] = links.token.split('.')
    expect((await oneClick(`https://x/u/u1.${payload}.${mac}`)).status).toBe(404)
    expect((await call(`/u/u1.${payload}.${mac}`)).status).toBe(404)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'send' })
  })

  it('offers an undo for a few minutes that re-subscribes; a forged stamp is refused', async () => {
    const address = uniqueAddress('undo')
    const links = await linkFor({ address })
    const html = await (await oneClick(links.url)).text()
    const at = html.match(/name="at" value="(\d+)"/)?.[1]
    const stamp = html.match(/name="stamp" value="([A-Za-z0-9_-]+)"/)?.[1]
    expect(at && stamp).toBeTruthy()
    const forged = await call(`${pathOf(links.url)}/undo`, {
      method: 'POST',
      headers: FORM,
      body: `at=${at}&stamp=AAAA`,
    })
    expect(forged.status).toBe(403)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'drop' })
    const undo = await call(`${pathOf(links.url)}/undo`, {
      method: 'POST',
      headers: FORM,
      body: `at=${at}&stamp=${stamp}`,
    })
    expect(undo.status).toBe(200)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'send' })
  })

  it('is lifted through the API like any entry (re-subscribe): DELETE with the scope', async () => {
    const address = uniqueAddress('resub')
    await oneClick((await linkFor({ address, tenant: 'acme', stream: 'news' })).url)
    const res = await api(`/v1/suppressions/${address}?tenant=acme&stream=news`, { method: 'DELETE' })
    expect(res.status).toBe(204)
    expect(await checkAddress(address, '?tenant=acme&stream=news')).toMatchObject({ action: 'send' })
  })
})

describe('the mailto: form through Email Routing', () => {
  const MAILBOX = 'unsubscribe@bounce.example.org'

  async function mail(subject: string) {
    const message = emailMessage('From: jane@example.com\r\nSubject: x\r\n\r\n', {
      to: MAILBOX,
      from: 'jane@example.com',
    })
    message.headers.set('subject', subject)
    const ctx = createExecutionContext()
    await worker.email(message, { ...env, UNSUBSCRIBE_MAILBOX: MAILBOX })
    await waitOnExecutionContext(ctx)
  }

  it('a valid token in the subject unsubscribes its target; the message is not read as a bounce', async () => {
    const address = uniqueAddress('mailto')
    const links = await linkFor({ address, tenant: 'acme', stream: 'digest' })
    const before = ((await env.DB.prepare('SELECT count(*) AS n FROM inbound_messages').first()) as any).n
    await mail(`unsubscribe ${links.token}`)
    expect(await checkAddress(address, '?tenant=acme&stream=digest')).toMatchObject({
      action: 'drop',
      disposition: 'unsubscribe',
    })
    expect(((await env.DB.prepare('SELECT count(*) AS n FROM inbound_messages').first()) as any).n).toBe(
      before
    )
  })

  it('reads the token from a subject sent as RFC 2047 encoded words', async () => {
    const address = uniqueAddress('mailto-encoded')
    const links = await linkFor({ address })
    await mail(`=?utf-8?B?${btoa(`unsubscribe ${links.token}`)}?=`)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'drop' })
  })

  it('a subject without a valid token changes nothing', async () => {
    const address = uniqueAddress('mailto-bad')
    const links = await linkFor({ address })
    await mail(`unsubscribe ${links.token.slice(0, -2)}xx`)
    expect(await checkAddress(address, '?stream=marketing')).toMatchObject({ action: 'send' })
  })
})
