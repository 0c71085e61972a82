import { createHmac, randomUUID } from 'node:crypto'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import { Ricochet } from 'ricochet-client'
import { type RicochetSendReport, RicochetSuppressedError, withRicochet } from 'ricochet-nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort, live } from '../../js/test/support'
import { type Sink, startSink } from './smtp-sink'

let sink: Sink
beforeAll(async () => {
  sink = await startSink()
})
afterAll(() => sink.close())

// A generous timeout: the local runtime shares a small machine.
const client = () => new Ricochet({ baseUrl: live().url, apiKey: live().adminToken, timeoutMs: 20_000 })

/** A real SMTP transport to the sink, guarded. */
function guardedSmtp(ricochet = client(), extra: Partial<Parameters<typeof withRicochet>[1]> = {}) {
  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
  })
  return withRicochet(smtp, { client: ricochet, ...extra })
}

/** Addresses on a domain of their own, so tests never share state; the sink refuses `dead@`. */
const domain = () => `${randomUUID().slice(0, 8)}.example.com`
const message = (to: SendMailOptions['to'], extra: Partial<SendMailOptions> = {}): SendMailOptions => ({
  from: 'app@sender.example',
  to,
  subject: 'Hello',
  text: 'Hi there',
  ...extra,
})
const ricochetOf = (info: unknown) => (info as { ricochet: RicochetSendReport }).ricochet

/** Posts a hard bounce to /webhooks/standard, signed as the Standard Webhooks spec says. */
async function hardBounceWebhook(address: string) {
  const body = JSON.stringify([
    { id: randomUUID(), kind: 'bounce', address, reply_code: '550', status: '5.1.1' },
  ])
  const id = `msg_${randomUUID()}`
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(live().secrets.STANDARD_WEBHOOK_SECRET!.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  const res = await fetch(`${live().url}/webhooks/standard`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    },
    body,
  })
  expect(res.status).toBe(200)
}

describe('withRicochet around a real SMTP transport', () => {
  it('sends to a live recipient unchanged and says nothing was removed', async () => {
    const to = `jane@${domain()}`
    const info = await guardedSmtp().sendMail(message(to))
    expect(info.accepted).toEqual([to])
    expect(ricochetOf(info)).toEqual({ dropped: [], deferred: [], unverified: [], reported: [] })
    expect(sink.delivered.at(-1)?.to).toEqual([to])
  })

  it('reports the first refusal of dead@, then drops the second send before any SMTP session', async () => {
    const transporter = guardedSmtp()
    const dead = `dead@${domain()}`
    const first = await transporter.sendMail(message(dead)).catch((e: unknown) => e)
    expect(first).toMatchObject({ code: 'EENVELOPE' })
    expect((first as { ricochet: RicochetSendReport }).ricochet.reported).toEqual([dead])
    expect(await client().check(dead)).toMatchObject({ action: 'drop', reason: 'userunknown' })

    const connections = sink.connections
    const second = await transporter.sendMail(message(dead)).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(RicochetSuppressedError)
    expect(second).toMatchObject({
      name: 'RicochetSuppressedError',
      ricochet: { dropped: [{ address: dead, reason: 'userunknown' }] },
    })
    expect(sink.connections).toBe(connections)
  })

  it('reports a refusal within a mixed send (info.rejectedErrors) while the live recipient gets the mail', async () => {
    const d = domain()
    const [live1, dead] = [`ann@${d}`, `dead@${d}`]
    const info = await guardedSmtp().sendMail(message([live1, dead]))
    expect(info.accepted).toEqual([live1])
    expect(info.rejected).toEqual([dead])
    expect(ricochetOf(info).reported).toEqual([dead])
    const explanation = await client().explain(dead)
    expect(explanation?.cause).toMatchObject({ provider: 'smtp', reply_code: '550', status: '5.1.1' })
  })

  it("checks in the transport's tenant and stream, a message's own scope winning, and reports with it", async () => {
    const address = `reader@${domain()}`
    await client().report([{ address, type: 'complaint', tenant: 'acme', stream: 'news' }])
    const transporter = guardedSmtp(client(), { tenant: 'acme', stream: 'news' })
    const dropped = await transporter.sendMail(message(address)).catch((e: unknown) => e)
    expect(dropped).toBeInstanceOf(RicochetSuppressedError)
    const billing = { ...message(address), ricochet: { stream: 'billing' } } as SendMailOptions
    const info = await transporter.sendMail(billing)
    expect(info.accepted).toEqual([address])
    const dead = `dead@${domain()}`
    await transporter.sendMail(message(dead)).catch((e: unknown) => e)
    const explanation = await client().explain(dead)
    expect(explanation?.cause).toMatchObject({ tenant: 'acme', stream: 'news' })
  })

  it('drops an address hard-bounced through a webhook before any SMTP session', async () => {
    const bounced = `gone@${domain()}`
    await hardBounceWebhook(bounced)
    const connections = sink.connections
    const dropped: unknown[] = []
    const error = await guardedSmtp(client(), { onDrop: (d) => dropped.push(d) })
      .sendMail(message(bounced))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RicochetSuppressedError)
    expect(dropped).toEqual([{ address: bounced, reason: 'userunknown' }])
    expect(sink.connections).toBe(connections)
  })

  it('sends a mixed message only to the live ones, in to, cc, bcc and the headers', async () => {
    const d = domain()
    const [ann, bob, gone, held] = [`ann@${d}`, `bob@${d}`, `gone@${d}`, `held@${d}`]
    await hardBounceWebhook(gone)
    await client().suppress(held, { reason: 'legal-hold' })
    const info = await guardedSmtp().sendMail(
      message(`"Ann A." <${ann}>, ${gone}`, { cc: [{ name: 'Held', address: held }], bcc: bob })
    )
    expect(sink.delivered.at(-1)?.to.sort()).toEqual([ann, bob].sort())
    expect(sink.delivered.at(-1)?.raw).not.toContain(gone)
    expect(sink.delivered.at(-1)?.raw).not.toContain(held)
    expect(ricochetOf(info).dropped).toEqual([
      { address: gone, reason: 'userunknown' },
      { address: held, reason: 'legal-hold' },
    ])
  })

  it('removes a deferred recipient and gives its retry_after', async () => {
    const d = domain()
    const [soft, ok] = [`full@${d}`, `ok@${d}`]
    await client().report([
      {
        address: soft,
        type: 'bounce',
        reply_code: '452',
        status: '4.2.2',
        diagnostic: '452 4.2.2 Mailbox full',
      },
    ])
    const deferred: unknown[] = []
    const info = await guardedSmtp(client(), { onDefer: (x) => deferred.push(x) }).sendMail(
      message([soft, ok])
    )
    expect(info.accepted).toEqual([ok])
    expect(ricochetOf(info).deferred).toEqual([
      { address: soft, retry_after: expect.stringMatching(/^\d{4}-/) },
    ])
    expect(deferred).toHaveLength(1)
  })

  it('guards the envelope too: a suppressed envelope recipient is removed from the SMTP envelope', async () => {
    const d = domain()
    const [shown, hidden] = [`list@${d}`, `gone@${d}`]
    await hardBounceWebhook(hidden)
    const info = await guardedSmtp().sendMail(
      message(shown, { envelope: { from: 'bounces@sender.example', to: [shown, hidden] } })
    )
    expect(info.accepted).toEqual([shown])
    expect(sink.delivered.at(-1)?.to).toEqual([shown])
    expect(ricochetOf(info).dropped.map((x) => x.address)).toEqual([hidden])
  })

  it('keeps the callback style of sendMail', async () => {
    const d = domain()
    await hardBounceWebhook(`gone@${d}`)
    const transporter = guardedSmtp()
    const info = await new Promise((resolve, reject) =>
      transporter.sendMail(message([`ok@${d}`, `gone@${d}`]), (err, result) =>
        err ? reject(err) : resolve(result)
      )
    )
    expect(ricochetOf(info).dropped).toHaveLength(1)
    const error = await new Promise((resolve) =>
      transporter.sendMail(message(`gone@${d}`), (err) => resolve(err))
    )
    expect(error).toBeInstanceOf(RicochetSuppressedError)
  })

  it('sends unverified when Ricochet cannot be reached (fail-open), and refuses to when fail-open is off', async () => {
    const to = `someone@${domain()}`
    const baseUrl = `http://127.0.0.1:${await closedPort()}`
    const open = guardedSmtp(new Ricochet({ baseUrl, apiKey: 'k' }))
    const info = await open.sendMail(message(to))
    expect(info.accepted).toEqual([to])
    expect(ricochetOf(info).unverified).toEqual([to])
    const closed = guardedSmtp(new Ricochet({ baseUrl, apiKey: 'k', failOpen: false }))
    await expect(closed.sendMail(message(to))).rejects.toMatchObject({
      name: 'RicochetError',
      code: 'network_error',
    })
  })

  it('never fails a send because its refusals could not be reported', async () => {
    const d = domain()
    const broken = new Ricochet({ baseUrl: live().url, apiKey: live().adminToken, timeoutMs: 20_000 })
    broken.report = async () => {
      throw new Error('report endpoint down')
    }
    const reportErrors: unknown[] = []
    const info = await guardedSmtp(broken, { onReportError: (e) => reportErrors.push(e) }).sendMail(
      message([`ok@${d}`, `dead@${d}`])
    )
    expect(info.accepted).toEqual([`ok@${d}`])
    expect(ricochetOf(info).reported).toEqual([])
    expect(reportErrors).toHaveLength(1)
  })
})

describe('withRicochet around other transports', () => {
  it('works with the JSON transport: drops before it, keeps the transporter API', async () => {
    const d = domain()
    await hardBounceWebhook(`gone@${d}`)
    const json = withRicochet(nodemailer.createTransport({ jsonTransport: true }), { client: client() })
    const info = await json.sendMail(message([`ok@${d}`, `gone@${d}`]))
    const sent = JSON.parse(info.message as unknown as string) as { to: { address: string }[] }
    expect(sent.to.map((t) => t.address)).toEqual([`ok@${d}`])
    expect(typeof json.close).toBe('function')
    expect(json.options).toMatchObject({ jsonTransport: true })
  })

  it('refuses to wrap without a client', () => {
    expect(() => withRicochet(nodemailer.createTransport({ jsonTransport: true }), {} as never)).toThrow(
      TypeError
    )
  })
})
