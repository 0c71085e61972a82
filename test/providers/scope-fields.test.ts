import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { config } from '../../src/config'
import { mailgun } from '../../src/providers/mailgun'
import { postmark } from '../../src/providers/postmark'
import { resend } from '../../src/providers/resend'
import { postmarkStream, scopeFromLabels, scopeFromMap } from '../../src/providers/scope-fields'
import { sendgrid } from '../../src/providers/sendgrid'
import permanent from '../fixtures/mailgun/failed-permanent.json?raw'
import postmarkHard from '../fixtures/postmark/bounce-hard.json?raw'
import resendBounced from '../fixtures/resend/email.bounced.json?raw'
import sendgridBounce from '../fixtures/sendgrid/bounce.json?raw'

const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc)) as Uint8Array<ArrayBuffer>
const context = (headers = new Headers()) => ({ now: Date.now(), config: config(env), headers })
const scopes = (events: { tenant?: string | null; stream?: string | null }[]) =>
  events.map((e) => ({ tenant: e.tenant ?? null, stream: e.stream ?? null }))

describe('scope fields in providers’ payloads', () => {
  it('reads the label convention from lists and ignores invalid names', () => {
    expect(scopeFromLabels(['cat facts', 'ricochet-tenant:acme', 'ricochet-stream:news'])).toEqual({
      tenant: 'acme',
      stream: 'news',
    })
    expect(scopeFromLabels('ricochet-stream:digest')).toEqual({ stream: 'digest' })
    expect(scopeFromLabels(['ricochet-tenant:has space', 42])).toEqual({})
  })

  it('reads maps: SES tags (string lists), Mailgun user-variables, Resend tags in both documented forms', () => {
    expect(scopeFromMap({ 'ricochet-tenant': ['acme'], 'ses:configuration-set': ['x'] })).toEqual({
      tenant: 'acme',
    })
    expect(scopeFromMap({ 'ricochet-stream': 'news' })).toEqual({ stream: 'news' })
    expect(scopeFromMap([{ name: 'ricochet-tenant', value: 'acme' }])).toEqual({ tenant: 'acme' })
    expect(scopeFromMap({ 'ricochet-tenant': '../etc' })).toEqual({})
  })

  it("maps Postmark's default streams and keeps named ones", () => {
    expect(postmarkStream('outbound')).toEqual({ stream: 'transactional' })
    expect(postmarkStream('broadcast')).toEqual({ stream: 'marketing' })
    expect(postmarkStream('product-updates')).toEqual({ stream: 'product-updates' })
    expect(postmarkStream(null)).toEqual({})
  })

  it('Postmark: the MessageStream becomes the event stream', async () => {
    const doc = { ...JSON.parse(postmarkHard), MessageStream: 'broadcast' }
    const { events } = await postmark.parse(bytes(doc), context())
    expect(scopes(events)).toEqual([{ tenant: null, stream: 'marketing' }])
  })

  it('SendGrid: categories by convention, else the unsubscribe group as a stream', async () => {
    const [item] = JSON.parse(sendgridBounce)
    const { events } = await sendgrid.parse(
      bytes([
        { ...item, sg_event_id: 'a', category: ['ricochet-tenant:acme', 'ricochet-stream:news'] },
        { ...item, sg_event_id: 'b', asm_group_id: 42 },
      ]),
      context()
    )
    expect(scopes(events)).toEqual([
      { tenant: 'acme', stream: 'news' },
      { tenant: null, stream: 'asm-42' },
    ])
  })

  it('Mailgun: user-variables first, then tags', async () => {
    const doc = JSON.parse(permanent)
    doc['event-data']['user-variables'] = { 'ricochet-tenant': 'acme' }
    doc['event-data'].tags = ['ricochet-tenant:ignored', 'ricochet-stream:news']
    const { events } = await mailgun.parse(bytes(doc), context())
    expect(scopes(events)).toEqual([{ tenant: 'acme', stream: 'news' }])
  })

  it('Resend: the tags map', async () => {
    const doc = JSON.parse(resendBounced)
    doc.data.tags = { 'ricochet-stream': 'onboarding' }
    const { events } = await resend.parse(bytes(doc), context(new Headers({ 'svix-id': 'msg_1' })))
    expect(scopes(events)[0]).toEqual({ tenant: null, stream: 'onboarding' })
  })
})
