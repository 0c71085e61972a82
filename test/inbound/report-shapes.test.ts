/**
 * Shapes of notice that other bounce parsers' test suites keep and ours had not read (stop 44): Boxbe's
 * challenge-response sent as a delivery report, and AOL's AIRmail notice that lists screen names without a domain
 * and opens by addressing its reader ("Sorry a@example.net.").
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { dsn } from './messages'

function boxbe(status: string, diagnostic: string) {
  return [
    'From: noreply@boxbe.com',
    'Reply-To: jane@example.org',
    'To: News <bounces+1234@mail.example.com>',
    'Subject: Re: Your December newsletter (Action Required)',
    'Date: Mon, 15 Nov 2010 19:32:07 -0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; boundary="R"; report-type=delivery-status',
    '',
    '--R',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Hello News,',
    '',
    'Your message about "Your December newsletter" has been waitlisted.',
    '',
    'Please add yourself to my Boxbe Guest List so your messages will go to my Inbox.',
    '',
    '--R',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; boxbe.com',
    'Action: failed',
    '',
    'Final-Recipient: rfc822; jane@example.org',
    `Diagnostic-Code: ${diagnostic}`,
    `Status: ${status}`,
    '',
    '--R--',
    '',
  ].join('\r\n')
}

function airmail(greeting: string, names: string[], headers = ['Mailer: AIRmail [v110.15]']) {
  return [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    'Date: Tue, 1 Aug 2006 13:58:02 EDT',
    'To: <news@example.com>',
    'Subject: Mail Delivery Problem',
    ...headers,
    '',
    '',
    `${greeting}Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:`,
    ...names.map((name) => `\t${name}`),
    '',
  ].join('\r\n')
}

describe("Boxbe's challenge sent as a delivery report", () => {
  it('is a challenge, not a bounce: the message waits for the sender to answer', async () => {
    const report = await parseBounce(
      boxbe('4.7.0', 'X-Boxbe-Notice; Sender not pre-approved.  Follow instructions in above notice')
    )
    expect(report.notBounce).toBe('challenge')
    expect(report.results).toEqual([])
  })

  it('is read by its words too, when the diagnostic type is another', async () => {
    const report = await parseBounce(boxbe('4.7.0', 'smtp; 450 Sender not pre-approved'))
    expect(report.notBounce).toBe('challenge')
  })

  it('stays a refusal when its status is permanent', async () => {
    // A server that refuses for good and asks to be whitelisted has refused: the sender must hear of it.
    const report = await parseBounce(boxbe('5.7.1', 'smtp; 550 5.7.1 Sender not pre-approved'))
    expect(report.notBounce).toBeUndefined()
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['jane@example.org', 'block'],
    ])
  })
})

describe("AOL's AIRmail notice", () => {
  it('names each screen name it lists as an address at its domain, with the reason it gives the list', async () => {
    const report = await parseBounce(airmail('Sorry news@example.com. ', ['janedoe', 'joe.smith']))
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['janedoe@aol.com', 'block'],
      ['joe.smith@aol.com', 'block'],
    ])
    expect(report.results[0]?.diagnostic).toContain('not accepting mail with attachments or embedded images')
  })

  it('never names its reader, whom it greets, as the recipient', async () => {
    // Without the screen names the greeting's address was all the notice named: the sender's own address, reported.
    const report = await parseBounce(airmail('Sorry reader@example.net. ', ['@@@']))
    expect(report.results.map((r) => r.address)).not.toContain('reader@example.net')
  })

  it("reads the names after a blank line, and never the sender a member's block refuses (review of stop 44)", async () => {
    // As mySociety's commonlib keeps one: "… because they are not accepting mail from <sender>:", a blank line, "\tanon".
    const raw = airmail('', ['', 'anon', 'joe.b'])
      .replace('with attachments or embedded images', 'from news@example.com')
      .replace('To: <news@example.com>', 'To: <bounces@example.com>')
    const report = await parseBounce(raw)
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['anon@aol.com', 'filtered'],
      ['joe.b@aol.com', 'filtered'],
    ])
  })

  it("reads the names where a relay kept only AOL's own Message-ID of AIRmail's headers", async () => {
    // An Exchange gateway re-wrote the header (X-MimeOLE, no Mailer, no X-AOL-IP): the id AOL's mail host gave the
    // notice ("<…@omr-d25.mx.aol.com>") still says who wrote it.
    const raw = airmail('', ['screenname'], ['Message-ID: <200907171908.7d834a6104831b4@omr-d25.mx.aol.com>'])
    const report = await parseBounce(raw)
    expect(report.results.map((r) => r.address)).toEqual(['screenname@aol.com'])
  })

  it('never reports the sender whose mail a block refuses, even when no recipient can be read', async () => {
    // The notice's only address is the sender in "not accepting mail from <sender>:"; the names are unreadable here.
    const raw = airmail('', ['janedoe'], ['X-Mailer: Other 1.0'])
      .replace('with attachments or embedded images', 'from list@lists.example.com')
      .replace('To: <news@example.com>', 'To: <list-bounces@lists.example.com>')
    const report = await parseBounce(raw)
    expect(report.results.map((r) => r.address)).not.toContain('list@lists.example.com')
  })

  it('reads no screen names in a notice of another mailer', async () => {
    const report = await parseBounce(airmail('', ['janedoe'], ['X-Mailer: Other 1.0']))
    expect(report.results.map((r) => r.address)).not.toContain('janedoe@aol.com')
  })
})

describe('an automatic notice whose From is the null path', () => {
  const notice = (from: string) =>
    [
      `From: ${from}`,
      'To: bounces+7da1@mail.example.com',
      'Auto-Submitted: auto-replied',
      'In-Reply-To: <20091229121253.615A@mail.example.com>',
      'Date: Tue, 29 Dec 2009 12:12:54 +0000',
      '',
      "You sent mail to jane@example.org. That's not a valid user here.",
      '',
    ].join('\r\n')

  it('is a server speaking, not a person away: read for the recipient it names', async () => {
    const report = await parseBounce(notice('<>'))
    expect(report.kind).toBe('prose')
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    expect(report.results[0]?.classification.disposition).not.toBe('none')
  })

  it('stays an auto-reply, or a challenge, when its words say no address is dead (review of stop 44)', async () => {
    // Microsoft 365 writes "From: <>" on mail that came without a From, and Exim's autoreply transport leaves it so:
    // an out-of-office note or a challenge from <> is still one.
    const away = notice('<>').replace(
      "You sent mail to jane@example.org. That's not a valid user here.",
      'jane@example.org is temporarily unavailable. Mail to this address is not being read until 10 January.'
    )
    expect((await parseBounce(away)).kind).toBe('autoreply')
    const challenge = notice('<>').replace(
      "You sent mail to jane@example.org. That's not a valid user here.",
      'Your message to jane@example.org is being held. Please click the link below to verify that you are a real person.'
    )
    const read = await parseBounce(challenge)
    expect(read.results.filter((r) => r.classification.disposition !== 'none')).toEqual([])
  })

  it('is read so under a reply subject too, and never names the successor a departure note gives', async () => {
    // Second review of stop 44: "Re: …" made it a person's reply; a responder's "contact his successor …" was reported.
    const re = notice('<>').replace('To: bounces', 'Subject: Re: Newsletter\r\nTo: bounces')
    expect((await parseBounce(re)).results.map((r) => r.address)).toEqual(['jane@example.org'])
    const departed = notice('<>').replace(
      "You sent mail to jane@example.org. That's not a valid user here.",
      'John Smith has left Example Corp and this mailbox does not exist anymore. Please contact his successor jane.doe@example.org.'
    )
    expect((await parseBounce(departed)).results.map((r) => r.address)).not.toContain('jane.doe@example.org')
  })

  it('stays an auto-reply from a person, whatever it says', async () => {
    const report = await parseBounce(notice('Jane <jane@example.org>'))
    expect(report.kind).toBe('autoreply')
    expect(report.results.every((r) => r.classification.disposition === 'none')).toBe(true)
  })
})

describe('a forward path the refusal gives (second review of stop 44)', () => {
  const postfix = (reply: string) =>
    [
      'From: MAILER-DAEMON@mail.example.com',
      'To: bounces@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      '<joe@rahul.example>: host mx.rahul.example[192.0.2.1] said: 550 5.7.1 <joe@rahul.example>:',
      `    ${reply} (in reply to RCPT TO command)`,
      '',
    ].join('\r\n')

  it("is never reported: rahul.net's bounce alias, wrapped by Postfix, is the old address's move", async () => {
    const report = await parseBounce(
      postfix('Recipient address rejected: PLEASE RESEND YOUR EMAIL TO: joe@new.example')
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@rahul.example', 'hasmoved'],
    ])
  })

  it('nor the new address of a user who "has moved; please write to …"', async () => {
    const report = await parseBounce(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        'To: bounces@example.com',
        'Subject: Undelivered Mail Returned to Sender',
        '',
        'This is the mail system at host mail.example.com.',
        '',
        '<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.6 jane@example.org has moved; please write to jane@new.example (in reply to RCPT TO command)',
        '',
      ].join('\r\n')
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })
})

describe('a recipient labelled with its address type (stop 45, from Mailman 2.1 bounce tests)', () => {
  const mailEnable = (recipient: string) =>
    [
      'From: "Delivery Subsystem" <POSTMASTER@mail.example.net>',
      'To: <list-bounces@lists.example.com>',
      'Subject: Message Delivery Failure',
      '',
      '',
      'MailEnable: Message could not be delivered to some recipients.',
      'The following recipient(s) could not be reached:',
      '',
      `\tRecipient: ${recipient}`,
      '\tReason: Remote SMTP Server Returned: 550 5.1.1 User unknown.',
      '',
      '',
      'Message headers follow:',
      '',
    ].join('\r\n')

  it('is read without its type and brackets (MailEnable\'s "[SMTP:…]"), never dropped', async () => {
    for (const written of [
      '[SMTP:joe@example.org]',
      'SMTP:joe@example.org',
      '[joe@example.org]',
      'smtp=joe@example.org',
    ]) {
      const report = await parseBounce(mailEnable(written))
      expect(
        report.results.map((r) => [r.address, r.classification.reason]),
        written
      ).toEqual([['joe@example.org', 'userunknown']])
    }
  })

  it('keeps an address literal whole', async () => {
    const report = await parseBounce(mailEnable('joe@[192.0.2.1]'))
    expect(report.results.map((r) => r.address)).toEqual(['joe@[192.0.2.1]'])
  })
})

describe("Haraka's default refusal, 'I cannot deliver mail for <…>' (stop 48)", () => {
  // The DSN's Reporting-MTA is mx.example.net; the refusing host is its Remote-MTA.
  const postfixDsn = (relay: string, recipient: string) =>
    dsn(recipient, `550 I cannot deliver mail for <${recipient}>`, `Remote-MTA: dns; ${relay}\r\n`)

  it("is counted soft from the recipient's server: an unknown user or a domain it does not host", async () => {
    const report = await parseBounce(postfixDsn('mx.qmd.example', 'gone@qmd.example'))
    expect(report.results.map((r) => [r.classification.reason, r.classification.disposition])).toEqual([
      ['onhold', 'soft'],
    ])
  })

  it("is a refusal to relay from the sender's own smarthost, never counted against the recipient", async () => {
    const report = await parseBounce(postfixDsn('relay.example.net', 'ann@gmail.com'))
    expect(report.results.map((r) => [r.classification.reason, r.classification.disposition])).toEqual([
      ['norelaying', 'block'],
    ])
  })
})
