import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import worker from '../../src/index'
import { readReturnPath, returnPathLocal } from '../../src/lib/return-path'
import arf from '../fixtures/inbound/arf-01.eml?raw'
import postfix from '../fixtures/inbound/lhost-postfix-02.eml?raw'
import sendmail from '../fixtures/inbound/lhost-sendmail-01.eml?raw'
import autoreply from '../fixtures/inbound/rfc3834-01.eml?raw'
import { api, checkAddress, emailMessage } from '../helpers'

const post = (body: string | Uint8Array<ArrayBuffer>, type = 'message/rfc822') =>
  api('/v1/inbound', { method: 'POST', headers: { 'content-type': type }, body })

async function deliver(message: ForwardableEmailMessage, vars: Record<string, string> = {}) {
  const ctx = createExecutionContext()
  await worker.email(message, { ...env, ...vars })
  await waitOnExecutionContext(ctx)
}

/** POST /v1/inbound to an app that trusts unsigned bounces (TRUST_UNSIGNED_BOUNCES=true). */
async function postTrusting(body: string) {
  const { newApp } = await import('../../src/app')
  return newApp().request(
    '/v1/inbound',
    {
      method: 'POST',
      headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'message/rfc822' },
      body,
    },
    { ...env, TRUST_UNSIGNED_BOUNCES: 'true' }
  )
}

describe('POST /v1/inbound', () => {
  it('parses a Postfix DSN with two recipients, applies both (unsigned bounces trusted), and the check drops them', async () => {
    const post = postTrusting
    const res = await post(postfix)
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.kind).toBe('dsn')
    expect(body.results.map((r: any) => [r.recipient, r.reason, r.status, r.replycode, r.command])).toEqual([
      ['filtered@example.co.jp', 'userunknown', '5.2.1', '550', 'rcpt'],
      ['userunknown@example.co.jp', 'userunknown', '5.1.1', '550', 'rcpt'],
    ])
    expect(body.applied).toBe(2)
    expect(await checkAddress('userunknown@example.co.jp')).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
    })
    const again = (await (await post(postfix)).json()) as any
    expect(again).toMatchObject({ applied: 0, duplicates: 2 })
  })

  it("counts bounces of different messages apart when they carry no Message-ID (qmail's failure notice)", async () => {
    // qmail-send writes Date, From, To and Subject, no Message-ID: three days' bounces of three messages read the same
    // but for their Date. A re-delivery of one (same Date) is still the same event.
    const notice = (day: number) =>
      [
        `Date: ${day} Jun 2025 06:00:0${day} -0000`,
        'From: MAILER-DAEMON@relay.sender.example',
        'To: news@sender.example',
        'Subject: failure notice',
        '',
        'Hi. This is the qmail-send program at relay.sender.example.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<full@qmail-notice.example>:',
        '192.0.2.7 does not like recipient.',
        'Remote host said: 552 5.2.2 <full@qmail-notice.example>: Recipient address rejected: Mailbox is full',
        'Giving up on 192.0.2.7.',
        '',
        '--- Below this line is a copy of the message.',
        '',
        `Message-ID: <digest-${day}@sender.example>`,
        'Subject: Daily digest',
      ].join('\r\n')
    const post = postTrusting
    const answers = []
    for (const day of [1, 1, 2, 3]) answers.push(await (await post(notice(day))).json())
    expect(answers.map((a: any) => [a.applied, a.duplicates])).toEqual([
      [1, 0],
      [0, 1],
      [1, 0],
      [1, 0],
    ])
    expect(await checkAddress('full@qmail-notice.example')).toMatchObject({
      action: 'drop',
      disposition: 'soft',
    })
  })

  it('stores the classification it answers, even where the report alone decides it (an X-Unix exit)', async () => {
    const address = `xunix.${crypto.randomUUID().slice(0, 8)}@example.org`
    const raw = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      `Final-Recipient: rfc822; ${address}`,
      'Action: failed',
      'Status: 4.3.0',
      'Diagnostic-Code: x-unix; temporary failure',
      '',
      '--b--',
      '',
    ].join('\r\n')
    const body = (await (await post(raw)).json()) as any
    expect(body.results[0]).toMatchObject({ recipient: address, reason: 'mailererror' })
    const row = await env.DB.prepare('SELECT reason, rule FROM events WHERE address = ?')
      .bind(address)
      .first()
    expect(row).toEqual({ reason: 'mailererror', rule: body.results[0].rule })
  })

  it('answers a pseudo status for a report without a code but stores none, and records a delay warning uncounted', async () => {
    const address = `delay.${crypto.randomUUID().slice(0, 8)}@example.org`
    const raw = [
      'From: Mail Delivery Subsystem <mailer-daemon@mx.example.net>',
      'To: sender@example.com',
      'Subject: Delivery Status Notification (Delay)',
      '',
      'THIS IS A WARNING MESSAGE ONLY.',
      '',
      'Delivery to the following recipient has been delayed:',
      '',
      `     ${address}`,
      '',
      'Message will be retried for 2 more day(s)',
      '',
    ].join('\r\n')
    const body = (await (await post(raw)).json()) as any
    expect(body.results[0]).toMatchObject({
      recipient: address,
      status: '4.0.0',
      pseudoStatus: true,
      action: 'delayed',
    })
    const row = await env.DB.prepare('SELECT kind, status FROM events WHERE address = ?')
      .bind(address)
      .first()
    expect(row).toEqual({ kind: 'deferred', status: null })
    // The message is still queued and may yet arrive: recorded, never counted, the address still sendable.
    expect(body.results[0]).toMatchObject({ disposition: 'none', rule: 'text:expired+delayed' })
    expect(await checkAddress(address)).toMatchObject({ action: 'send', suppressed: false })
  })

  it('reads an ARF complaint and an auto-reply (which never suppresses)', async () => {
    const complaint = (await (await post(arf)).json()) as any
    // Read as a complaint, and recorded only: its sender is not a configured feedback loop.
    expect(complaint.results[0]).toMatchObject({
      reason: 'feedback',
      feedbacktype: 'abuse',
      disposition: 'none',
      rule: expect.stringMatching(/^untrusted:.*\+/),
      trusted: false,
    })
    const vacation = (await (await post(autoreply)).json()) as any
    expect(vacation.results[0]).toMatchObject({
      recipient: 'kijitora@example.net',
      reason: 'vacation',
      disposition: 'none',
    })
    expect(await checkAddress('kijitora@example.net')).toMatchObject({ action: 'send' })
  })

  it('answers 400 with a reason, never 500, for empty, garbage, truncated and hostile messages', async () => {
    const deep = `${'Content-Type: multipart/mixed; boundary=b\n\n--b\n'.repeat(300)}x`
    const cases: (string | Uint8Array<ArrayBuffer>)[] = [
      'just some text, no headers',
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      postfix.slice(0, 400),
      deep,
      'Content-Type: text/plain; charset=klingon\n\n\u0000\u0000\u0000',
    ]
    for (const body of cases) {
      const res = await post(body)
      expect(res.status, String(body).slice(0, 30)).toBe(400)
      expect(((await res.json()) as any).error.code).toBe('invalid_request')
    }
    expect((await post('')).status).toBe(400)
  })

  it('refuses other content types with 415 and needs the write scope', async () => {
    expect((await post(postfix, 'application/json')).status).toBe(415)
    const res = await exports.default.fetch(
      new Request('https://x/v1/inbound', { method: 'POST', body: postfix })
    )
    expect(res.status).toBe(401)
  })
})

describe('email() handler', () => {
  it('applies a bounce (unsigned bounces trusted) and never rejects it back to the sender', async () => {
    const message = emailMessage(sendmail)
    await deliver(message, { TRUST_UNSIGNED_BOUNCES: 'hard' })
    expect(message.setReject).not.toHaveBeenCalled()
    expect(await checkAddress('userunknown@bouncehammer.jp')).toMatchObject({ action: 'drop' })
    const row = await env.DB.prepare(
      "SELECT outcome, kind FROM inbound_messages WHERE via = 'email' ORDER BY id DESC"
    ).first()
    expect(row).toEqual({ outcome: 'applied', kind: 'dsn' })
  })

  it('records an unreadable message with its reason, without rejecting it', async () => {
    const message = emailMessage(
      'From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\nThe mail system could not deliver your message.'
    )
    await deliver(message)
    expect(message.setReject).not.toHaveBeenCalled()
    const row = await env.DB.prepare(
      "SELECT outcome, why FROM inbound_messages WHERE via = 'email' ORDER BY id DESC"
    ).first<any>()
    expect(row.outcome).toBe('unparsable')
    expect(row.why).toMatch(/recipient/)
  })

  it('records a message that reports no failure as no bounce, counting nobody it names', async () => {
    const message = emailMessage(
      'From: Example Support <support@example.com>\nSubject: [Ticket #1234] We received your request\n\nThanks for contacting us. For urgent matters write to help@example.com.'
    )
    await deliver(message)
    expect(message.setReject).not.toHaveBeenCalled()
    const row = await env.DB.prepare(
      "SELECT outcome, why FROM inbound_messages WHERE via = 'email' ORDER BY id DESC"
    ).first<any>()
    expect(row).toMatchObject({ outcome: 'not_bounce', why: 'not a bounce: no-report' })
    expect(await checkAddress('help@example.com')).toMatchObject({ action: 'send' })
  })

  it("records a message that is not a bounce (a person's reply) as not_bounce, with its kind, and applies nothing", async () => {
    const reply = 'From: Jane <jane@example.org>\r\nSubject: Re: our meeting\r\n\r\nThanks, see you then.\r\n'
    await deliver(emailMessage(reply))
    const row = await env.DB.prepare(
      "SELECT outcome, why, results FROM inbound_messages WHERE via = 'email' ORDER BY id DESC"
    ).first<any>()
    expect(row).toEqual({ outcome: 'not_bounce', why: 'not a bounce: reply', results: 0 })
  })

  it('stores an odd recipient a report names without its parser-only oddity field, recorded and never suppressed', async () => {
    const odd = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Delivery failed.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; f.b@a.b.c',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <f.b@a.b.c>: Recipient address rejected: User unknown',
      '--b--',
      '',
    ].join('\r\n')
    const { receiveBounce } = await import('../../src/pipeline/receive')
    const { applied } = await receiveBounce(
      { ...env, TRUST_UNSIGNED_BOUNCES: 'true' },
      new TextEncoder().encode(odd),
      {
        via: 'api',
        receivedAt: new Date().toISOString(),
      }
    )
    // The event that reaches the ledger (and a queue message) is a BounceEvent: the oddity lives in its rule.
    expect(Object.keys(applied[0]!.event)).not.toContain('addressOddity')
    const stored = await env.DB.prepare(
      "SELECT disposition, rule FROM events WHERE address = 'f.b@a.b.c' ORDER BY seq DESC"
    ).first<any>()
    expect(stored.disposition).toBe('none')
    expect(stored.rule).toMatch(/\+address:odd/)
    expect(await env.SUPPRESSIONS.get('f.b@a.b.c')).toBeNull()
  })

  it('lands a bounce that names no recipient on the address a signed return path carries', async () => {
    const address = `vip.${crypto.randomUUID().slice(0, 8)}@example.com`
    const local = await returnPathLocal(address, env.RETURN_PATH_SECRET!)
    const bounce =
      'From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\nDelivery failed: 550 5.1.1 user unknown\n'
    await deliver(emailMessage(bounce, { to: `${local}@bounce.example.org` }))
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', reason: 'userunknown' })
  })

  it('counts a bounce to a forged return-path token as unauthenticated and ignores it', async () => {
    const address = `victim.${crypto.randomUUID().slice(0, 8)}@example.com`
    const forged = (await returnPathLocal(address, 'not-our-secret')).toLowerCase()
    await deliver(emailMessage(sendmail, { to: `${forged}@bounce.example.org` }))
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
    const row = await env.DB.prepare(
      "SELECT outcome FROM inbound_messages WHERE via = 'email' ORDER BY id DESC"
    ).first()
    expect(row).toEqual({ outcome: 'unauthenticated' })
  })
})

describe('return-path tokens', () => {
  it('round-trips an address and refuses a changed one', async () => {
    const local = await returnPathLocal('jane.doe@example.com', 's3cret')
    expect(local).toMatch(/^bounces\+jane\.doe=example\.com-[0-9a-f]{16}$/)
    expect(await readReturnPath(`${local}@b.example.org`, ['s3cret'])).toEqual({
      kind: 'valid',
      address: 'jane.doe@example.com',
    })
    expect(await readReturnPath(`${local.replace('jane', 'john')}@b.example.org`, ['s3cret'])).toEqual({
      kind: 'invalid',
    })
    expect(await readReturnPath('bounces@b.example.org', ['s3cret'])).toEqual({ kind: 'none' })
  })
})

describe('parser robustness', () => {
  it('never throws, whatever the bytes', async () => {
    const samples = [
      new Uint8Array(0),
      new Uint8Array(100_000).fill(0xff),
      new TextEncoder().encode('\r\n\r\n\r\n'),
    ]
    for (const bytes of samples) await expect(parseBounce(bytes)).resolves.toMatchObject({ results: [] })
  })
})
