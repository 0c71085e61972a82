import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import worker from '../../src/index'
import { sendSummary } from '../../src/notify/forward'
import { summaryMessage, summaryText, wantsSummary } from '../../src/notify/summary'
import type { Notification } from '../../src/notify/types'
import sendmail from '../fixtures/inbound/lhost-sendmail-01.eml?raw'
import { api, checkAddress, emailMessage, ownEvents, postEvents, uniqueAddress } from '../helpers'

afterEach(() => vi.restoreAllMocks())

const FORWARDING = {
  BOUNCE_FORWARD_TO: 'bounces-copy@app.example.com',
  BOUNCE_FORWARD_FROM: 'ricochet@app.example.com',
}

function forwarding(raw: string, forward = vi.fn(async (_to: string) => undefined)) {
  return { message: emailMessage(raw, { forward }), forward }
}

async function notificationsOf(address: string): Promise<Notification[]> {
  const res = await api('/v1/changes?limit=1000')
  return ((await res.json()) as { items: Notification[] }).items.filter((n) => n.data.address === address)
}

describe('forwarding raw bounces', () => {
  it('forwards a recorded raw bounce unchanged to BOUNCE_FORWARD_TO', async () => {
    const { message, forward } = forwarding(sendmail)
    // This deployment trusts unsigned bounces, so the report applies (docs/raw-bounces.md, who may suppress whom).
    await worker.email(message, { ...env, ...FORWARDING, TRUST_UNSIGNED_BOUNCES: 'true' })
    expect(forward).toHaveBeenCalledWith('bounces-copy@app.example.com')
    // …after it was recorded and applied.
    expect(await checkAddress('userunknown@bouncehammer.jp')).toMatchObject({ action: 'drop' })
  })

  it('forwards nothing when BOUNCE_FORWARD_TO is unset', async () => {
    const { message, forward } = forwarding(sendmail)
    await worker.email(message, env)
    expect(forward).not.toHaveBeenCalled()
  })

  it('never lets a failed forward fail the handler (no backscatter, the bounce is still applied)', async () => {
    const failing = vi.fn(async () => {
      throw new Error('destination address not verified')
    })
    const { message } = forwarding(sendmail, failing)
    await expect(worker.email(message, { ...env, ...FORWARDING })).resolves.toBeUndefined()
    expect(failing).toHaveBeenCalledOnce()
    expect(message.setReject).not.toHaveBeenCalled()
  })
})

describe('summaries of webhook-reported hard bounces and complaints', () => {
  function fakeBinding() {
    const sent: EmailMessage[] = []
    const binding = { send: vi.fn(async (m: EmailMessage) => void sent.push(m)) } as unknown as SendEmail
    return { sent, binding }
  }

  it('sends one plain-text summary per address per day, from BOUNCE_FORWARD_FROM', async () => {
    const address = uniqueAddress('summary')
    await postEvents(ownEvents.hard(address))
    const applied = (await notificationsOf(address)).find((n) => n.type === 'event.applied')!
    expect(wantsSummary(applied)).toBe(true)
    const { sent, binding } = fakeBinding()
    const withBinding: Env = { ...env, ...FORWARDING, FORWARD_EMAIL: binding }
    expect(await sendSummary(withBinding, applied, Date.now())).toBe(true)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ from: FORWARDING.BOUNCE_FORWARD_FROM, to: FORWARDING.BOUNCE_FORWARD_TO })
    // A second hard bounce the same day: no second summary.
    await postEvents(ownEvents.hard(address))
    const second = (await notificationsOf(address)).filter((n) => n.type === 'event.applied')[1]!
    expect(await sendSummary(withBinding, second, Date.now())).toBe(false)
    // …but the next day, yes.
    expect(await sendSummary(withBinding, second, Date.now() + 86_400_000)).toBe(true)
  })

  it('writes the address, the explain sentence, the evidence and the history route', async () => {
    const address = uniqueAddress('text')
    await postEvents(ownEvents.hard(address))
    const applied = (await notificationsOf(address)).find((n) => n.type === 'event.applied')!
    const text = summaryText(applied)
    expect(text).toContain(`${address}: hard bounce reported by standard.`)
    expect(text).toContain(applied.data.explain!)
    expect(text).toContain('5.1.1')
    expect(text).toContain(`/v1/addresses/${encodeURIComponent(address)}/events`)
    const mime = summaryMessage(
      applied,
      FORWARDING.BOUNCE_FORWARD_FROM,
      FORWARDING.BOUNCE_FORWARD_TO,
      Date.now()
    )
    expect(mime).toMatch(/^From: ricochet@app\.example\.com\r\nTo: bounces-copy@app\.example\.com\r\n/)
    expect(mime).toContain('Content-Type: text/plain; charset=utf-8')
  })

  it('sends none for soft bounces, blocks, deliveries or when not configured', async () => {
    const address = uniqueAddress('none')
    await postEvents([ownEvents.soft(address), ownEvents.block(address), ownEvents.delivered(address)])
    const { sent, binding } = fakeBinding()
    for (const n of await notificationsOf(address)) {
      expect(wantsSummary(n)).toBe(false)
      expect(await sendSummary({ ...env, ...FORWARDING, FORWARD_EMAIL: binding }, n, Date.now())).toBe(false)
    }
    const hard = uniqueAddress('unconfigured')
    await postEvents(ownEvents.hard(hard))
    const applied = (await notificationsOf(hard)).find((n) => n.type === 'event.applied')!
    expect(await sendSummary({ ...env, FORWARD_EMAIL: binding }, applied, Date.now())).toBe(false)
    expect(sent).toHaveLength(0)
  })

  it('is accepted by the send_email binding as wrangler dev simulates it', async () => {
    const address = uniqueAddress('real-binding')
    await postEvents(ownEvents.complaint(address))
    const applied = (await notificationsOf(address)).find((n) => n.type === 'event.applied')!
    expect(env.FORWARD_EMAIL).toBeDefined()
    expect(await sendSummary({ ...env, ...FORWARDING }, applied, Date.now())).toBe(true)
  })
})
