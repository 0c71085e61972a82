import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import worker from '../../src/index'
import { returnPathLocal } from '../../src/lib/return-path'
import { signedMessageId } from '../../src/lib/signed-message-id'
import arf from '../fixtures/inbound/arf-01.eml?raw'
import { checkAddress, emailMessage, uniqueAddress } from '../helpers'

const json = async (res: Response) => (await res.json()) as Record<string, any>

/** POST /v1/inbound through an app whose env may carry extra vars. */
function post(raw: string, query = '', vars: Record<string, string> = {}) {
  return newApp().request(
    `/v1/inbound${query}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'message/rfc822' },
      body: raw,
    },
    { ...env, ...vars }
  )
}

/**
 * A DSN reporting each recipient as a hard `550 5.1.1` (or a soft `4.2.2`), optionally quoting the original's
 * Message-ID. A recipient may be `[address, status]` to give it its own status.
 */
function dsn(recipients: (string | [string, string])[], status = '5.1.1', originalId?: string): string {
  const blocks = recipients.flatMap((entry) => {
    const [r, code] = typeof entry === 'string' ? [entry, status] : entry
    return [
      `Final-Recipient: rfc822; ${r}`,
      // A temporary status in a failure: the MTA gave up on a temporary cause (counted soft). A delay notice
      // (Action: delayed) is never counted, so it would say nothing of trust.
      'Action: failed',
      `Status: ${code}`,
      `Diagnostic-Code: smtp; ${code.startsWith('5') ? '550 5.1.1 user unknown' : '450 4.2.2 mailbox full'}`,
      '',
    ]
  })
  return [
    'From: MAILER-DAEMON@mx.example.net',
    'To: bounces@bounce.example.org',
    `Message-ID: <${crypto.randomUUID()}@mx.example.net>`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    ...blocks,
    '--b',
    'Content-Type: text/rfc822-headers',
    '',
    'From: news@sender.example.com',
    ...(originalId ? [`Message-ID: <${originalId}>`] : []),
    'Subject: hello',
    '',
    '--b--',
    '',
  ].join('\r\n')
}

const signedTo = async (address: string) =>
  `${await returnPathLocal(address, env.RETURN_PATH_SECRET!)}@bounce.example.org`

async function historyOf(address: string) {
  const { results } = await env.DB.prepare('SELECT disposition, rule FROM events WHERE address = ?')
    .bind(address)
    .all<{ disposition: string; rule: string }>()
  return results
}

describe('raw bounces: who may suppress whom', () => {
  it('records a hard bounce mailed to the unsigned bounce address without suppressing its victim', async () => {
    const victim = uniqueAddress('victim')
    const res = await post(dsn([victim]))
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.results[0]).toMatchObject({
      recipient: victim,
      reason: 'userunknown',
      // What is stored: the report's own reading stays in the rule after untrusted:…
      disposition: 'none',
      rule: expect.stringMatching(/^untrusted:unsigned\+/),
      trusted: false,
      untrusted_why: 'unsigned',
      check: 'send',
    })
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
    expect(await historyOf(victim)).toEqual([
      { disposition: 'none', rule: expect.stringMatching(/^untrusted:unsigned\+/) },
    ])
  })

  it('suppresses from an unsigned address when the operator trusts that disposition', async () => {
    const victim = uniqueAddress('trusted')
    const body = await json(await post(dsn([victim]), '', { TRUST_UNSIGNED_BOUNCES: 'hard,complaint' }))
    expect(body.results[0]).toMatchObject({ trusted: true, check: 'drop' })
    expect(await checkAddress(victim)).toMatchObject({ action: 'drop', reason: 'userunknown' })
  })

  it('applies an unsigned soft bounce by default: it can only defer', async () => {
    const address = uniqueAddress('soft')
    const body = await json(await post(dsn([address], '4.2.2')))
    expect(body.results[0]).toMatchObject({ disposition: 'soft', trusted: true, check: 'defer' })
  })

  it('lets a signed return path affect only the recipient it was signed for', async () => {
    const attacker = uniqueAddress('attacker')
    const victim = uniqueAddress('victim')
    const body = await json(
      await post(dsn([attacker, victim]), `?to=${encodeURIComponent(await signedTo(attacker))}`)
    )
    expect(body.results.map((r: any) => [r.recipient, r.trusted, r.untrusted_why, r.check])).toEqual([
      [attacker, true, null, 'drop'],
      [victim, false, 'not the signed recipient', 'send'],
    ])
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
  })

  /** A Postfix-style DSN from a forwarder: the alias the sender mailed went on to a final mailbox, which refused. */
  const forwarded = (
    final: string,
    mailed: string,
    status = '5.1.1',
    words = 'The email account that you tried to reach does not exist.',
    originalId?: string
  ) =>
    dsn([final], status, originalId)
      .replace(
        `Final-Recipient: rfc822; ${final}`,
        `Final-Recipient: rfc822; ${final}\r\nOriginal-Recipient: rfc822;${mailed}`
      )
      .replace(/Diagnostic-Code: smtp; [^\r]*/, `Diagnostic-Code: smtp; 550-${status} ${words}`)

  it("counts a forward target's failure for the signed address the sender mailed, soft: never a suppression", async () => {
    const mailed = uniqueAddress('alias')
    const final = uniqueAddress('target')
    const body = await json(
      await post(forwarded(final, mailed), `?to=${encodeURIComponent(await signedTo(mailed))}`)
    )
    expect(
      body.results.map((r: any) => [r.recipient, r.mailedAs, r.trusted, r.disposition, r.check])
    ).toEqual([
      [final, mailed, false, 'none', 'send'],
      [mailed, null, true, 'soft', 'defer'],
    ])
    // The report's words and reason are kept; only the disposition is the forward's: an alias may have other,
    // live members, so one dead target never suppresses it outright.
    expect(body.results[1]).toMatchObject({
      reason: 'userunknown',
      hardbounce: false,
      rule: expect.stringMatching(/^forwarded:/),
    })
    expect(await checkAddress(final)).toMatchObject({ action: 'send' })
  })

  it('keeps a hard failure hard when the target is the same mailbox at its Microsoft 365 routing address', async () => {
    const mailed = uniqueAddress('hybrid').replace('@example.com', '@contoso.example')
    const routed = mailed.replace('@contoso.example', '@contoso.mail.onmicrosoft.com')
    const body = await json(
      await post(forwarded(routed, mailed), `?to=${encodeURIComponent(await signedTo(mailed))}`)
    )
    expect(body.results[1]).toMatchObject({
      recipient: mailed,
      trusted: true,
      disposition: 'hard',
      check: 'drop',
    })
    // Another local part at the routing domain is another mailbox: counted soft, as any forward.
    const other = uniqueAddress('hybrid-other')
    const elsewhere = await json(
      await post(
        forwarded(`someone.else@contoso.mail.onmicrosoft.com`, other),
        `?to=${encodeURIComponent(await signedTo(other))}`
      )
    )
    expect(elsewhere.results[1]).toMatchObject({ recipient: other, disposition: 'soft' })
    // The same local part at another organisation's tenant is another mailbox (anyone can make a tenant).
    const role = uniqueAddress('info').replace('@example.com', '@contoso.example')
    const stranger = role.replace('@contoso.example', '@someone-else.mail.onmicrosoft.com')
    const foreign = await json(
      await post(forwarded(stranger, role), `?to=${encodeURIComponent(await signedTo(role))}`)
    )
    expect(foreign.results[1]).toMatchObject({ recipient: role, disposition: 'soft', check: 'defer' })
  })

  it("counts an alias the DSN names as its recipient by its forward target's failure (Sendmail, Exim): soft", async () => {
    // Sendmail gives an alias's targets the alias's DSN fields (recipient.c), Exim names the top-level address: the
    // DSN's recipient is the alias mailed, and its text lists the target under it.
    const withText = (address: string, entries: string) =>
      dsn([address]).replace(
        '--b\r\nContent-Type: message/delivery-status',
        `--b\r\nContent-Type: text/plain\r\n\r\n   ----- The following addresses had permanent fatal errors -----\r\n${entries}\r\n\r\n--b\r\nContent-Type: message/delivery-status`
      )
    const mailed = uniqueAddress('sendmail-alias')
    const body = await json(
      await post(
        withText(
          mailed,
          `<joe.smith@gmail.example>\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <${mailed}>)`
        ),
        `?to=${encodeURIComponent(await signedTo(mailed))}`
      )
    )
    expect(body.results).toHaveLength(1)
    expect(body.results[0]).toMatchObject({
      recipient: mailed,
      forwardedTo: 'joe.smith@gmail.example',
      trusted: true,
      disposition: 'soft',
      rule: expect.stringMatching(/^forwarded:/),
      check: 'defer',
    })
    // Where the alias's own local copy failed under it, the failure is its own: hard.
    const own = uniqueAddress('sendmail-own')
    const ownBody = await json(
      await post(
        withText(
          own,
          `\\${own.slice(0, own.indexOf('@'))}\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <${own}>)`
        ),
        `?to=${encodeURIComponent(await signedTo(own))}`
      )
    )
    expect(ownBody.results[0]).toMatchObject({ recipient: own, disposition: 'hard', check: 'drop' })
    // A stale vacation pipe under the alias exits EX_NOUSER ("User unknown"): a program's failure, which says nothing
    // of whether the alias's mail arrives. Recorded for the alias, never counted.
    const piped = uniqueAddress('sendmail-pipe')
    const pipeBody = await json(
      await post(
        withText(
          piped,
          `"|/usr/bin/vacation oldlogin"\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <${piped}>)`
        ),
        `?to=${encodeURIComponent(await signedTo(piped))}`
      )
    )
    expect(pipeBody.results[0]).toMatchObject({
      recipient: piped,
      forwardedTo: '"|/usr/bin/vacation oldlogin"',
      trusted: true,
      disposition: 'none',
      rule: expect.stringMatching(/^forwarded:.*\+program-or-file$/),
      check: 'send',
    })
    // Exim's own layout for it (deliver.c): "pipe to |…", "generated by <alias>".
    const eximPiped = uniqueAddress('exim-pipe')
    const eximBody = await json(
      await post(
        [
          'From: Mail Delivery System <Mailer-Daemon@mx.alumni.example>',
          'To: bounces@bounce.example.org',
          'Subject: Mail delivery failed: returning message to sender',
          '',
          'A message that you sent could not be delivered to one or more of its',
          'recipients. This is a permanent error. The following address(es) failed:',
          '',
          '  pipe to |/usr/bin/vacation oldlogin',
          `    generated by ${eximPiped}`,
          '    Child process of address_pipe transport returned 67 (could mean addressee',
          '    unknown) from command: /usr/bin/vacation',
          '',
        ].join('\r\n'),
        `?to=${encodeURIComponent(await signedTo(eximPiped))}`
      )
    )
    expect(eximBody.results[0]).toMatchObject({
      recipient: eximPiped,
      forwardedTo: '|/usr/bin/vacation oldlogin',
      disposition: 'none',
      check: 'send',
    })
  })

  it("keeps a forward target's block as a block for the address mailed (a forward's broken SPF is no dead mailbox)", async () => {
    const mailed = uniqueAddress('alias-block')
    const final = uniqueAddress('target-block')
    const body = await json(
      await post(
        forwarded(
          final,
          mailed,
          '5.7.26',
          "Unauthenticated email from sender.example.com is not accepted due to domain's DMARC policy."
        ),
        `?to=${encodeURIComponent(await signedTo(mailed))}`
      )
    )
    expect(body.results[1]).toMatchObject({
      recipient: mailed,
      trusted: true,
      disposition: 'block',
      check: 'send',
    })
  })

  it("takes a forward target's failure for a message we sent to the address mailed (its Message-ID signed for it)", async () => {
    const mailed = uniqueAddress('alias-id')
    const final = uniqueAddress('target-id')
    const id = await signedMessageId(mailed, env.RETURN_PATH_SECRET!, 'sender.example.com')
    const body = await json(await post(forwarded(final, mailed, '5.1.1', 'User unknown', id)))
    expect(body.results.map((r: any) => [r.recipient, r.trusted, r.disposition])).toEqual([
      [final, false, 'none'],
      [mailed, true, 'soft'],
    ])
  })

  /**
   * qmail-send's notice for a .qmail forward (qmail-local forwards with the envelope sender kept): it names only the
   * target, and the copy below the line shows the original as the sender addressed it.
   */
  const qmailForward = (
    target: string,
    addressees: string[] | null,
    deliveredTo = addressees?.[0],
    received: string[] = []
  ) =>
    [
      'From: MAILER-DAEMON@mx.alumni.example',
      'To: bounces@bounce.example.org',
      'Subject: failure notice',
      '',
      'Hi. This is the qmail-send program at mx.alumni.example.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      `<${target}>:`,
      '192.0.2.27 does not like recipient.',
      'Remote host said: 550 5.1.1 The email account that you tried to reach does not exist.',
      'Giving up on 192.0.2.27.',
      '',
      ...(addressees
        ? [
            '--- Below this line is a copy of the message.',
            '',
            'Return-Path: <bounces@bounce.example.org>',
            ...received,
            ...(deliveredTo ? [`Delivered-To: ${deliveredTo}`] : []),
            'Received: from mail.sender.example.com (198.51.100.7)',
            '  by mx.alumni.example with SMTP; 7 Dec 2026 06:10:02 -0000',
            'From: News <news@sender.example.com>',
            `To: ${addressees.join(', ')}`,
            'Subject: December news',
            '',
            'Hello',
          ]
        : []),
      '',
    ].join('\r\n')

  it('records, never counts, a forward only the returned header shows (a .qmail forward, a Sieve redirect)', async () => {
    const mailed = uniqueAddress('dotqmail')
    const target = uniqueAddress('dotqmail-target')
    const body = await json(
      await post(qmailForward(target, [mailed]), `?to=${encodeURIComponent(await signedTo(mailed))}`)
    )
    expect(body.results.map((r: any) => [r.recipient, r.forwardedTo, r.trusted, r.disposition])).toEqual([
      [target, null, false, 'none'],
      [mailed, target, true, 'none'],
    ])
    // In the history, with the target's reason: a redirect that keeps a copy, or a member's own, looks the same there.
    expect(body.results[1]).toMatchObject({
      reason: 'userunknown',
      rule: expect.stringMatching(/^forwarded:.*\+header-only$/),
    })
    expect(await historyOf(mailed)).toEqual([
      { disposition: 'none', rule: expect.stringMatching(/^forwarded:.*\+header-only$/) },
    ])
    expect(await checkAddress(mailed)).toMatchObject({ action: 'send' })
    // vpopmail's virtual domain: qmail-local delivers to the local part prefixed with the domain.
    const virtual = uniqueAddress('vpop')
    const domain = virtual.slice(virtual.indexOf('@') + 1)
    const prefixed = await json(
      await post(
        qmailForward(uniqueAddress('vpop-target'), [virtual], `${domain}-${virtual}`),
        `?to=${encodeURIComponent(await signedTo(virtual))}`
      )
    )
    expect(prefixed.results.map((r: any) => [r.recipient, r.trusted])).toEqual([
      [expect.any(String), false],
      [virtual, true],
    ])
    // The target's server took the message and bounced it later: still the forward's failure.
    const later = uniqueAddress('later')
    const laterTarget = uniqueAddress('later-target')
    const accepted = await json(
      await post(
        qmailForward(laterTarget, [later], later, [
          `Received: from mx.alumni.example by mx.target.example with ESMTP id 1 for <${laterTarget}>; 7 Dec 2026 06:10:03 +0000`,
        ]),
        `?to=${encodeURIComponent(await signedTo(later))}`
      )
    )
    expect(accepted.results.map((r: any) => [r.recipient, r.trusted])).toEqual([
      [laterTarget, false],
      [later, true],
    ])
  })

  it('counts no forward when the original does not show one: the failed address was addressed too, or no copy', async () => {
    const mailed = uniqueAddress('several')
    const other = uniqueAddress('several-other')
    const to = `?to=${encodeURIComponent(await signedTo(mailed))}`
    // One message to several people under one signed return path (misused): the other's failure is the other's.
    const several = await json(await post(qmailForward(other, [mailed, other]), to))
    // An archive copy in Bcc under the same return path: addressed to the signed address, delivered to no server for it.
    const bcc = await json(await post(qmailForward(other, [mailed], ''), to))
    // A recipient the receiving organisation added (an Exchange transport rule's Bcc): the sender's own relay wrote
    // "for <the signed address>", but no delivery agent took the message for it before the added one failed.
    const added = await json(
      await post(
        qmailForward(other, [mailed], '', [
          `Received: from app1.sender.example by mail.sender.example (Postfix) with ESMTP id 4N3x for <${mailed}>; 7 Dec 2026 06:10:01 +0000`,
        ]),
        to
      )
    )
    // A member's own Sieve redirect: the alias mailed forwarded to her (Postfix's local(8) writes Delivered-To for the
    // alias as it forwards), her script redirected it on. And X-Original-To alone: the address as mailed, written into
    // every member's delivered copy.
    const memberRedirect = await json(
      await post(
        qmailForward(other, [mailed], mailed, [
          'X-Sieve-Redirected-From: alice@example.com',
          'Delivered-To: alice@example.com',
        ]),
        to
      )
    )
    const originalTo = await json(
      await post(qmailForward(other, [mailed], '', [`X-Original-To: ${mailed}`]), to)
    )
    // No copy returned, or a copy addressed and delivered to someone else.
    const noCopy = await json(await post(qmailForward(other, null), to))
    const elsewhere = await json(await post(qmailForward(other, [uniqueAddress('list')]), to))
    for (const body of [several, bcc, added, memberRedirect, originalTo, noCopy, elsewhere])
      expect(body.results.map((r: any) => [r.recipient, r.trusted])).toEqual([[other, false]])
    expect(await checkAddress(mailed)).toMatchObject({ action: 'send' })
  })

  it('never lets a report name someone else as the address mailed: only the signed one is ever affected', async () => {
    const attacker = uniqueAddress('attacker-fwd')
    const victim = uniqueAddress('victim-fwd')
    // Forged by the holder of a signed path: the victim as the address "mailed", or as the final target.
    const asMailed = await json(
      await post(forwarded(attacker, victim), `?to=${encodeURIComponent(await signedTo(attacker))}`)
    )
    expect(asMailed.results.map((r: any) => [r.recipient, r.trusted])).toEqual([[attacker, true]])
    const asTarget = await json(
      await post(forwarded(victim, attacker), `?to=${encodeURIComponent(await signedTo(attacker))}`)
    )
    expect(asTarget.results.map((r: any) => [r.recipient, r.trusted])).toEqual([
      [victim, false],
      [attacker, true],
    ])
    // Unsigned, the address mailed is believed no more than any other name in the report.
    const unsigned = await json(await post(forwarded(uniqueAddress('t'), victim)))
    expect(unsigned.results.map((r: any) => r.recipient)).not.toContain(victim)
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
  })

  it('trusts a report on a message we sent: its original Message-ID is signed for that recipient', async () => {
    const address = uniqueAddress('ours')
    const other = uniqueAddress('other')
    const id = await signedMessageId(address, env.RETURN_PATH_SECRET!, 'sender.example.com')
    const body = await json(await post(dsn([address, other], '5.1.1', id)))
    expect(body.results.map((r: any) => [r.recipient, r.trusted])).toEqual([
      [address, true],
      [other, false],
    ])
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
    const forged = await signedMessageId(other, 'not-our-secret', 'sender.example.com')
    const again = await json(await post(dsn([other], '5.1.1', forged)))
    expect(again.results[0]).toMatchObject({ trusted: false })
  })

  it("trusts a notice that copies the message below its text (qmail, Exim), by the copy's signed Message-ID", async () => {
    const address = uniqueAddress('qmail-ours')
    const id = await signedMessageId(address, env.RETURN_PATH_SECRET!, 'sender.example.com')
    const notice = (messageId: string) =>
      [
        'From: MAILER-DAEMON@mx.example.net',
        'To: bounces@bounce.example.org',
        'Subject: failure notice',
        '',
        'Hi. This is the qmail-send program at mx.example.net.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        `<${address}>:`,
        'Sorry, no mailbox here by that name. (#5.1.1)',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'Return-Path: <bounces@bounce.example.org>',
        'From: News <news@sender.example.com>',
        `To: ${address}`,
        `Message-ID: <${messageId}>`,
        'Subject: December news',
        '',
        'Hello',
        '',
      ].join('\r\n')
    const body = await json(await post(notice(id)))
    expect(body.results[0]).toMatchObject({ recipient: address, trusted: true, disposition: 'hard' })
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
    // A Message-ID we did not sign for that address is believed no more than any other report.
    const other = uniqueAddress('qmail-other')
    const forged = await signedMessageId(other, 'not-our-secret', 'sender.example.com')
    const again = await json(await post(notice(forged).replaceAll(address, other)))
    expect(again.results[0]).toMatchObject({ recipient: other, trusted: false })
  })

  it('applies an ARF complaint only from a configured feedback-loop sender', async () => {
    const stranger = await json(await post(arf, '?from=abuse%40attacker.example'))
    expect(stranger.results[0]).toMatchObject({
      recipient: expect.any(String),
      disposition: 'none',
      rule: expect.stringMatching(/^untrusted:not-a-feedback-loop\+/),
      trusted: false,
      untrusted_why: 'not a feedback loop',
    })
    const vars = { FEEDBACK_LOOP_SENDERS: 'fbl@isp.example, @feedback.example.net' }
    const noSender = await json(await post(arf, '', vars))
    expect(noSender.results[0]).toMatchObject({ trusted: false })
    const fbl = await json(await post(arf, '?from=reports%40feedback.example.net', vars))
    expect(fbl.results[0]).toMatchObject({ trusted: true, applied: true, check: 'drop' })
  })

  it('refuses a ?to= return path with a token we did not sign (401), and records the message', async () => {
    const victim = uniqueAddress('victim')
    const forged = `${(await returnPathLocal(victim, 'not-our-secret')).toLowerCase()}@bounce.example.org`
    const res = await post(dsn([victim]), `?to=${encodeURIComponent(forged)}`)
    expect(res.status).toBe(401)
    expect(await json(res)).toMatchObject({ error: { code: 'invalid_signature' } })
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
  })

  it('gives the email() handler the same rule: a forged DSN to the plain bounce address suppresses nobody', async () => {
    const victim = uniqueAddress('mailed')
    const message = emailMessage(dsn([victim]))
    const ctx = createExecutionContext()
    await worker.email(message, env)
    await waitOnExecutionContext(ctx)
    expect(await checkAddress(victim)).toMatchObject({ action: 'send' })
    expect(await historyOf(victim)).toEqual([
      { disposition: 'none', rule: expect.stringMatching(/^untrusted:/) },
    ])
  })

  it('answers each result with its own outcome when a report names one address twice, apart', async () => {
    const hard = uniqueAddress('twice')
    const soft = uniqueAddress('between')
    const raw = dsn([hard, [soft, '4.2.2'], hard])
    const body = await json(await post(raw, '', { TRUST_UNSIGNED_BOUNCES: 'true' }))
    expect(body.results.map((r: any) => [r.recipient, r.applied, r.check])).toEqual([
      [hard, true, 'drop'],
      [soft, true, 'defer'],
      [hard, false, 'drop'],
    ])
    expect(body).toMatchObject({ applied: 2, duplicates: 1 })
  })
})

describe('a report that was only recorded says so everywhere', () => {
  it('answers the stored classification (none, untrusted:…), not applied, and announces no event.applied', async () => {
    const victim = uniqueAddress('announced')
    const res = await post(dsn([victim]))
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.results[0]).toMatchObject({
      recipient: victim,
      trusted: false,
      applied: false,
      disposition: 'none',
      hardbounce: false,
      rule: expect.stringMatching(/^untrusted:/),
    })
    expect(body).toMatchObject({ applied: 0, recorded: 1 })
    const feed = await json(
      await newApp().request(
        '/v1/changes?limit=1000',
        { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } },
        env
      )
    )
    expect(feed.items.filter((n: any) => n.data.address === victim)).toEqual([])
  })
})
