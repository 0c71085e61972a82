import { describe, expect, it } from 'vitest'
import { withErrorLine } from '../../src/inbound/error-line'
import { parseBounce } from '../../src/inbound/parse'
import { reportLines, reportText, sentenceAbout, stageOf, transcriptStage } from '../../src/inbound/prose'
import { dsn } from './messages'

const message = (body: string, headers = '') =>
  `From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n${headers}\r\n${body.replace(/\n/g, '\r\n')}`

describe('raw reports: what the error line may bring along', () => {
  it("brings the line a colon introduces, never another recipient's transcript line", async () => {
    const report = await parseBounce(
      message(`We could not deliver your message to joe@example.org.

We could not deliver your message to ann@example.org.

Details of the errors:
550 5.1.1 ann... User unknown
`)
    )
    const joe = report.results.find((r) => r.address === 'joe@example.org')
    const ann = report.results.find((r) => r.address === 'ann@example.org')
    expect(ann?.classification.reason).toBe('userunknown')
    expect(joe?.classification.hardbounce).toBe(false)
  })

  it('keeps a recipient a local error names after "Write to"; only a sentence\'s "Write <contact>" is a contact', async () => {
    const local = await parseBounce(
      message('Your message could not be delivered.\nWrite to joe@example.org failed: mailbox is full\n')
    )
    expect(local.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'mailboxfull'],
    ])
    const earthlink = await parseBounce(
      message(
        'Delivery to the following recipient failed permanently: jane@example.net\nPERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write delist@abuse.example.net\n'
      )
    )
    expect(earthlink.results.map((r) => r.address)).toEqual(['jane@example.net'])
  })

  it('never reports the delisting contact a refusal asks to forward the bounce to (Microsoft FOPE)', async () => {
    const report = await parseBounce(
      message(`did not reach the following recipient(s):

joe@example.com on Thu, 14 Apr 2011 10:12:13 +0800
    <mail.example.cn #5.7.1 smtp;550 5.7.1 :127.0.0.3:Client host 192.0.2.33 blocked using 88.blocklist.zap; Mail from IP banned. To request removal from this list please forward this message to delist.forefront@messaging.microsoft.com>
`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'blocked'],
    ])
  })

  it("reads every entry of hMailServer's list, each with its details under it, never AT&T's abuse contact", async () => {
    const entry = (address: string, reply: string) =>
      `${address}\n   Error Type: SMTP\n   Remote server (192.0.2.25) issued an error.\n   hMailServer sent: RCPT TO:<${address}>\n   Remote server replied: ${reply}\n\n`
    const report = await parseBounce(
      message(
        `Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 06 Nov 2023 09:00:00 +0000\n   Subject: November newsletter\n\nThe following recipient(s) could not be reached:\n\n${entry('ann@example.net', '550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}${entry('bob@example.net', '452 4.2.2 <bob@example.net>: Mailbox full')}${entry('joe@att.example.net', '553 5.3.0 flpd568 DNSBL:RBL 521< 198.51.100.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net')}\nhMailServer\n`
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['ann@example.net', 'userunknown'],
      ['bob@example.net', 'mailboxfull'],
      ['joe@att.example.net', 'blocked'],
    ])
  })

  it('never reports the sender Exim\'s sender verification names ("Verification failed for <a@…>")', async () => {
    const report = await parseBounce(
      message(`The following recipient(s) could not be reached:

joe@example.net
   Error Type: SMTP
   Remote server (192.0.2.25) issued an error.
   hMailServer sent: DATA
   Remote server replied: 550 Verification failed for <news@sender.example.com>
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.net'])
  })

  it('keeps the recipient a sentence names after "send the message to", or whose own verification failed', async () => {
    const sent = await parseBounce(
      message(
        'We could not send the message to joe@example.com.\nThe remote server replied: 550 5.1.1 User unknown\n'
      )
    )
    expect(sent.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'userunknown'],
    ])
    const verified = await parseBounce(
      message(
        '<joe@example.com>: 550 Recipient verification failed for <joe@example.com>\n<ann@example.org>: 550 5.1.1 User unknown\n'
      )
    )
    expect(verified.results.map((r) => r.address)).toEqual(['joe@example.com', 'ann@example.org'])
  })

  it("ends a list's entry details at a blank line or a deeper address (a quoted header's folded To)", async () => {
    const report = await parseBounce(
      message(`The following recipient(s) could not be reached:

joe@example.com
   Error Type: SMTP
   Remote server replied: 550 5.1.1 User unknown
   Original message header:
     To: joe@example.com,
       ann@example.org,
       bob@example.org
     Subject: Hello
`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'userunknown'],
    ])
  })

  it("reads the second review's shapes: contacts only as a request to forward, a footer no entry, advice no entry", async () => {
    const removal = await parseBounce(
      message(
        'Delivery has failed to these recipients or groups:\n\njoe@example.com\n550 5.7.1 Client host [192.0.2.1] blocked. To request removal, forward this message to delist@rbl.example.org\n'
      )
    )
    expect(removal.results.map((r) => r.address)).toEqual(['joe@example.com'])
    const again = await parseBounce(
      message(
        'Your message could not be delivered.\nPlease send the message to joe@example.com again later; the remote server said:\n452 4.2.2 Mailbox full\n'
      )
    )
    expect(again.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'mailboxfull'],
    ])
    const footer = await parseBounce(
      message(
        'The following recipient(s) could not be reached:\n\njoe@example.com\n   Error Type: SMTP\n   Remote server replied: 550 5.1.1 <joe@example.com>: User unknown\n\nhelpdesk@example.net\n\nhMailServer\n'
      )
    )
    expect(footer.results.map((r) => r.address)).toEqual(['joe@example.com'])
    // Exchange 2003's entry shows a display name only: a later advice line naming the address is no reason.
    const advice = await parseBounce(
      message(
        'Your message\n\n  To:      joe@example.com\n  Subject: Hello\n  Sent:    Mon, 1 Jan 2024 10:00:00 +0000\n\ndid not reach the following recipient(s):\n\nJOE SMITH on Mon, 1 Jan 2024 10:00:05 +0000\n    <mx.example.com #5.4.0 smtp;554 5.4.0 Message rejected>\n\nIf joe@example.com has moved, ask them for their new address.\n'
      )
    )
    expect(advice.results.map((r) => [r.address, r.classification.hardbounce])).toEqual([
      ['joe@example.com', false],
    ])
    for (const kind of ['Address', 'Callout', 'RCPT']) {
      const verified = await parseBounce(
        message(
          `<joe@example.com>: 550 ${kind} verification failed for <joe@example.com>\n<ann@example.org>: 550 5.1.1 User unknown\n`
        )
      )
      expect(
        verified.results.map((r) => r.address),
        kind
      ).toEqual(['joe@example.com', 'ann@example.org'])
    }
  })

  it("ends an Exim entry at the next one, which Exim writes with no blank line between (deliver.c's layout)", async () => {
    const exim = (entries: string) =>
      message(
        `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

${entries}
`,
        'X-Failed-Recipients: (several)\r\n'
      )
    const ANN = `  ann@example.org
    host mx.example.org [192.0.2.10]
    SMTP error from remote mail server after RCPT TO:<ann@example.org>:
    550 5.1.1 User unknown`
    const CAT = `  cat@example.com
    host mx.example.com [203.0.113.30]
    SMTP error from remote mail server after RCPT TO:<cat@example.com>:
    554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org`
    const DAN = '  dan@example.info\n    retry timeout exceeded'
    const read = async (entries: string) =>
      Object.fromEntries(
        (await parseBounce(exim(entries))).results.map((r) => [
          r.address,
          [r.classification.reason, r.classification.hardbounce],
        ])
      )
    // A host that was never reached is no dead mailbox: the next entry's "User unknown" is not dan's.
    expect(await read(`${CAT}\n${DAN}\n${ANN}`)).toEqual({
      'cat@example.com': ['blocked', false],
      'dan@example.info': ['expired', false],
      'ann@example.org': ['userunknown', true],
    })
    // ann's own "User unknown" is not outweighed by the block list the next entry names.
    expect(await read(`${ANN}\n${CAT}`)).toEqual({
      'ann@example.org': ['userunknown', true],
      'cat@example.com': ['blocked', false],
    })
    // Exim's own test output sets "host …" level with the address: the entry still reads its reply.
    expect(await read(ANN.replace('    host', '  host'))).toEqual({
      'ann@example.org': ['userunknown', true],
    })
  })

  it("reads Sendmail's headings: delivered recipients are no failures, still-queued ones are deferred", async () => {
    const notice = (sections: string, transcript = '') =>
      message(
        `The original message was received at Mon, 3 Mar 2025 09:00:00 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<ann@example.org>
    (reason: 550 5.1.1 <ann@example.org>... User unknown)
${sections}
   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> RCPT To:<ann@example.org>
<<< 550 5.1.1 <ann@example.org>... User unknown
${transcript}`,
        'Subject: Returned mail: see transcript for details\r\n'
      )
    const read = async (sections: string, transcript = '') =>
      (await parseBounce(notice(sections, transcript))).results.map((r) => [
        r.address,
        r.kind,
        r.classification.reason,
        r.classification.disposition,
      ])
    // savemail.c: "%s  (%s)" with "successfully delivered to mailbox", "relayed to non-DSN-aware mailer".
    expect(
      await read(`
   ----- The following addresses had successful delivery notifications -----
<eve@example.com>  (relayed to non-DSN-aware mailer)
<fay@example.com>  (successfully delivered to mailbox)
`)
    ).toEqual([['ann@example.org', 'bounce', 'userunknown', 'hard']])
    const queued = await read(
      `
   ----- The following addresses had transient non-fatal errors -----
<dan@example.net>
`,
      '<dan@example.net>... Deferred: 451 4.3.0 Temporary system failure. Please try again later.\n'
    )
    expect(queued[0]).toEqual(['ann@example.org', 'bounce', 'userunknown', 'hard'])
    expect(queued[1]?.[0]).toBe('dan@example.net')
    expect(queued[1]?.[1]).toBe('deferred')
    expect(queued[1]?.[3]).not.toBe('hard')
  })

  it("reads Stalwart's mixed notice by its headings when its DSN part is gone (queue/dsn.rs)", async () => {
    const report = await parseBounce(
      message(
        `Your message could not be delivered to some recipients:

    ----- Delivery to the following addresses was successful -----
<eve@example.com> (delivered to 'mx.example.com' with code 250 (2.0.0) 'Ok: queued as 4F1A2B')

    ----- There was a temporary problem delivering to these addresses -----
<bob@example.net> (connection to 'mx.example.net' failed: Connection timed out)

    ----- There has been a delay delivering to these addresses -----
<dee@example.net> (connection to 'mx.example.net' failed: Connection timed out)

    ----- Delivery to the following addresses failed -----
<carol@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<carol@example.org>' with code 550 (5.1.1) 'User unknown')
`,
        ''
      ).replace(
        'Undelivered Mail Returned to Sender',
        'Warning: Temporary and permanent failures during message delivery'
      )
    )
    expect(report.results.map((r) => [r.address, r.kind, r.classification.disposition])).toEqual([
      ['bob@example.net', 'deferred', 'none'],
      ['dee@example.net', 'deferred', 'none'],
      ['carol@example.org', 'bounce', 'hard'],
    ])
  })

  it("reads Exchange's delay notice by its own words whatever its subject", async () => {
    const report = await parseBounce(
      message(`Delivery is delayed to these recipients or groups:

bob@example.org

Subject: Spring offer

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes.
`).replace('Undelivered Mail Returned to Sender', 'Spring offer')
    )
    expect(report.results.map((r) => [r.address, r.kind, r.classification.hardbounce])).toEqual([
      ['bob@example.org', 'deferred', false],
    ])
  })

  it("reads every entry of Exchange's list, each with its sentence under it, though one reply names its address", async () => {
    const report = await parseBounce(
      message(`Delivery has failed to these recipients or groups:

ann@example.org
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

bob@example.net
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

cat@example.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: DM6PR01MB1234.namprd01.prod.outlook.com

ann@example.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ann@example.org not found by SMTP address lookup'

bob@example.net
mx.example.net
Remote Server returned '552 5.2.2 Mailbox full'

cat@example.com
mx.example.com
Remote Server returned '554 5.7.1 Service unavailable; Client host [40.107.1.2] blocked using zen.spamhaus.org'
`)
    )
    expect(
      report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition])
    ).toEqual([
      ['ann@example.org', 'userunknown', 'hard'],
      ['bob@example.net', 'mailboxfull', 'soft'],
      ['cat@example.com', 'blocked', 'block'],
    ])
  })

  it("reads OpenSMTPD's notices (bounce.c): every 'rcpt: reason' line, its warning as a delay, not the original", async () => {
    const notice = (intro: string, entries: string, after = '') =>
      message(
        `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

${intro}

${entries}
${after}
    Below is a copy of the original message:

From: Shop <sender@example.com>
To: list@example.com
Subject: Your storage is full: expired offers
`,
        ''
      ).replace('Undelivered Mail Returned to Sender', 'Delivery status notification: error')
    const read = async (intro: string, entries: string, after = '') =>
      (await parseBounce(notice(intro, entries, after))).results.map((r) => [
        r.address,
        r.kind,
        r.classification.reason,
      ])
    const ERROR =
      '    An error has occurred while attempting to deliver a message for\n    the following list of recipients:'
    // "Envelope expired" has no code: it was dropped beside the coded lines.
    expect(
      await read(
        ERROR,
        'dan@example.info: Envelope expired\nann@example.org: 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown\nbob@example.net: 552 5.2.2 Mailbox full'
      )
    ).toEqual([
      ['dan@example.info', 'bounce', 'expired'],
      ['ann@example.org', 'bounce', 'userunknown'],
      ['bob@example.net', 'bounce', 'mailboxfull'],
    ])
    const warning = await read(
      '    A message is delayed for more than 4 hours for the following\n    list of recipients:',
      'ann@example.org: 421 4.7.0 Try again later, closing connection.',
      '    Please note that this is only a temporary failure report.\n    The message is kept in the queue for up to 4 days.\n    You DO NOT NEED to re-send the message to these recipients.\n'
    )
    expect(warning.map(([address, kind]) => [address, kind])).toEqual([['ann@example.org', 'deferred']])
    for (const success of [
      '    Your message was successfully delivered to these recipients.',
      '    Your message was relayed to these recipients.',
    ]) {
      // Its subject for a success: "dsn" in older releases, "delivered" or "relayed" in newer ones.
      for (const type of [': dsn', ': delivered', ': relayed']) {
        const report = await parseBounce(
          notice(success, 'ann@example.org: 250 2.0.0 Ok: queued').replace(': error', type)
        )
        expect(report.results, type).toEqual([])
      }
    }
  })

  it("reports the recipient Gmail's sentence names, never the sender or the list command a quoted reply names", async () => {
    const gmail = (headline: string, sentence: string, reply: string) =>
      message(
        `\n** ${headline} **\n\n${sentence}\n\nThe response from the remote server was:\n${reply}\n`,
        ''
      )
        .replace(
          'From: MAILER-DAEMON@mx.example.net',
          'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>'
        )
        .replace('To: sender@example.com', 'To: bounces+u7@mail.example.com')
        .replace('Undelivered Mail Returned to Sender', 'Delivery Status Notification (Failure)')
    const addresses = async (raw: string) => (await parseBounce(raw)).results.map((r) => r.address)
    // groups.io's reply, as a Gmail bounce archived by xen-devel quotes it (here without its DSN part, as a forward
    // or a paste has it).
    expect(
      await addresses(
        gmail(
          'Address not found',
          "Your message wasn't delivered to list@groups.io because the address couldn't be found, or is unable to receive mail.",
          '510 5.1.1 Your email address, jane@example.com, is not subscribed to that group. To subscribe, send an email to list+subscribe@groups.io, or visit https://groups.io/g/list'
        )
      )
    ).toEqual(['list@groups.io'])
    // Mimecast's anti-spoofing refusal names the From it refused: the sender.
    expect(
      await addresses(
        gmail(
          'Message blocked',
          'Your message to joe@example.org has been blocked. See technical details below for more information.',
          '550 Rejected by header based Anti-Spoofing policy: news@example.com - https://community.mimecast.com/docs/DOC-1369#550 [VUJUo2t1Pr]'
        )
      )
    ).toEqual(['joe@example.org'])
    // A refusal's own free text giving a contact as advice.
    expect(
      await addresses(
        gmail(
          'Address not found',
          "Your message wasn't delivered to john@example.org because the address couldn't be found, or is unable to receive mail.",
          '550 5.1.1 <john@example.org>: Recipient address rejected: John has left Example Ltd, please email office@example.org'
        )
      )
    ).toEqual(['john@example.org'])
  })

  it("mends the second review's shapes: a quoted notice, a recipient named in advice, a recipient's own code", async () => {
    const addresses = async (body: string) => (await parseBounce(message(body))).results.map((r) => r.address)
    // A quoted earlier notice ("> Your message to boss@… couldn't be delivered.") names no recipient of this one.
    expect(
      await addresses(
        "<joe@example.org>: host mx[192.0.2.1] said: 452 4.2.2 Mailbox full\n\n> Your message to boss@example.com couldn't be delivered.\n> Remote Server returned '550 5.1.1 User unknown'\n"
      )
    ).toEqual(['joe@example.org'])
    // Advice that names the recipient itself keeps it: "email joe@… again later", "contact the user at joe@…".
    for (const advice of ['please email joe@example.org again later', 'contact the user at joe@example.org'])
      expect(
        await addresses(`<joe@example.org>: host mx[192.0.2.1] said: 452 4.2.2 Mailbox busy, ${advice}\n`)
      ).toEqual(['joe@example.org'])
    // A recipient with its own words keeps the coded transcript line that names it.
    const report = await parseBounce(
      message(`   ----- The following addresses had permanent fatal errors -----
<joe@example.org>
    (reason: User unknown)
<ann@example.org>
    (reason: User unknown)

   ----- Transcript of session follows -----
<<< 451 4.3.0 <joe@example.org>... Temporary lookup failure
<<< 550 5.1.1 <ann@example.org>... User unknown
`)
    )
    expect(report.results.find((r) => r.address === 'joe@example.org')?.status).toBe('4.3.0')
  })

  it('never reports the address a leaver rule sends mail to instead, nor the sender a notice greets', async () => {
    const exchange = (advice: string) =>
      message(`Delivery has failed to these recipients or groups:

john@example.org
Your message wasn't delivered because of security policies.

Diagnostic information for administrators:

Generating server: mail.example.org

john@example.org
Remote Server returned '550 5.7.1 John Smith has left Example Ltd. ${advice}'
`)
    for (const advice of [
      'Please send your email to sales@example.org instead.',
      'Please direct your enquiries to sales@example.org',
      'Please contact your system administrator at sales@example.org',
    ])
      expect(
        (await parseBounce(exchange(advice))).results.map((r) => r.address),
        advice
      ).toEqual(['john@example.org'])
    // Google Groups' refusal, its bounce sent to a VERP address: the greeted reader is the sender.
    const groups = await parseBounce(
      message(
        "Hello news@example.com,\n\nWe're writing to let you know that the group you tried to contact (sales) may not exist, or you may not have permission to post messages to the group.\n"
      )
        .replace('To: sender@example.com', 'To: bounces+u7@mail.example.com')
        .replace('Undelivered Mail Returned to Sender', 'Address not found')
    )
    expect(groups.results.map((r) => r.address)).not.toContain('news@example.com')
  })

  it("mends the third review's shapes: advice naming the entry, a greeting in a quoted body, joann@ for ann@", async () => {
    const addresses = async (body: string) => (await parseBounce(message(body))).results.map((r) => r.address)
    // Advice that names the address heading the entry is about the recipient: it stays reported.
    for (const advice of ['please email joe@example.org later', 'please email joe@example.org, again later'])
      expect(
        await addresses(`<joe@example.org>: host mx[192.0.2.1] said: 550 5.1.1 User unknown, ${advice}\n`),
        advice
      ).toEqual(['joe@example.org'])
    // The same advice in German and French free text names a live contact or new address, never a recipient.
    expect(
      await addresses(
        '<anna@example.de>: host mx[192.0.2.1] said: 550 5.1.1 <anna@example.de>: Recipient address rejected: Frau Schmidt ist nicht mehr im Unternehmen. Bitte wenden Sie sich an zentrale@example.de\n'
      )
    ).toEqual(['anna@example.de'])
    expect(
      await addresses(
        "<jean@example.fr>: host mx[192.0.2.1] said: 550 5.1.1 Adresse invalide. Merci d'écrire désormais à j.dupont@example.com\n"
      )
    ).toEqual(['jean@example.fr'])
    // A greeting further down is a quoted message's, to anyone: only the notice's first line greets its reader.
    expect(
      await addresses(
        '<joe@example.org>: host mx[192.0.2.1] said: 550 5.1.1 User unknown\n\nHi joe@example.org,\nhere is the report.\n'
      )
    ).toEqual(['joe@example.org'])
    // ann@ owns no line of joann@'s: joann's 5.1.1 is not ann's status.
    const report = await parseBounce(
      message(`   ----- The following addresses had permanent fatal errors -----
<ann@example.org>
    (reason: Mailbox full)
<joann@example.org>
    (reason: User unknown)

   ----- Transcript of session follows -----
<<< 550 5.1.1 <joann@example.org>... User unknown
`)
    )
    const ann = report.results.find((r) => r.address === 'ann@example.org')
    expect(ann?.status).not.toBe('5.1.1')
    expect(ann?.classification.hardbounce).toBe(false)
  })

  it('never gives ann@ the error line of joann@, whose address holds hers, without a DSN part', async () => {
    // Exchange 2010's NDR as its text part reads (the DSN part dropped by a forwarder or gateway): each recipient's
    // "#5xx …" line under its address in the administrators' section.
    const exchange = await parseBounce(
      'From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\r\nTo: news@sender.example\r\nSubject: Undeliverable: June newsletter\r\n\r\n' +
        [
          'Delivery has failed to these recipients or groups:',
          '',
          'ann@example.org',
          "The recipient's mailbox is full and can't accept messages now.",
          '',
          'joann@example.org',
          "The e-mail address you entered couldn't be found.",
          '',
          'Diagnostic information for administrators:',
          '',
          'Generating server: EXCH01.corp.example.org',
          '',
          'ann@example.org',
          '#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##',
          '',
          'joann@example.org',
          '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
          '',
        ].join('\r\n')
    )
    expect(
      exchange.results.map((r) => [r.address, r.classification.reason, r.classification.disposition])
    ).toEqual([
      ['ann@example.org', 'mailboxfull', 'soft'],
      ['joann@example.org', 'userunknown', 'hard'],
    ])
    // Sendmail writes no "(reason: …)" under an entry without a recorded status (savemail.c): ann@'s own words are
    // its transcript's "Deferred: Connection timed out", never joann@'s "User unknown".
    const sendmail = await parseBounce(
      message(`   ----- The following addresses had permanent fatal errors -----
<joann@example.org>
    (reason: 550 5.1.1 <joann@example.org>... User unknown)
<ann@example.org>

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> RCPT To:<joann@example.org>
<<< 550 5.1.1 <joann@example.org>... User unknown
550 5.1.1 <joann@example.org>... User unknown
<ann@example.org>... Deferred: Connection timed out with mx2.example.org.
Message could not be delivered for 5 days
`)
    )
    const ann = sendmail.results.find((r) => r.address === 'ann@example.org')
    expect(ann?.classification.disposition).toBe('soft')
    expect(ann?.status).not.toBe('5.1.1')
  })

  it('reads every entry of a Microsoft 365 NDR without its DSN part whose entries carry their mailto links', async () => {
    // The NDR's text as made of its HTML ("joe@…<mailto:joe@…>"); only joann@'s remote reply quotes her address.
    const entry = (address: string, sentence: string) => `${address}<mailto:${address}>\r\n${sentence}\r\n`
    const ndr = await parseBounce(
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\r\nTo: news@sender.example\r\nSubject: Undeliverable: June newsletter\r\n\r\n' +
        [
          'Delivery has failed to these recipients or groups:\r\n',
          entry('joann@example.org', "The recipient's mailbox is full and can't accept messages now."),
          entry('ann@example.org', "The email address you entered couldn't be found."),
          entry('bob@example.org', 'A problem occurred while delivering this message to this email address.'),
          'Diagnostic information for administrators:\r\n',
          'joann@example.org',
          "Remote Server returned '552 5.2.2 <joann@example.org>: Recipient address rejected: Mailbox full'\r\n",
          'ann@example.org',
          "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\r\n",
          'bob@example.org',
          "Remote Server returned '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'\r\n",
        ].join('\r\n')
    )
    expect(ndr.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['joann@example.org', 'soft'],
      ['ann@example.org', 'hard'],
      ['bob@example.org', 'block'],
    ])
    // A recipient with a display name ("MyGroup (mygroup@groups.contoso.com)" in Microsoft's article on group
    // delivery failures) is an entry too.
    const named = await parseBounce(
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\r\nTo: news@sender.example\r\nSubject: Undeliverable: June newsletter\r\n\r\n' +
        [
          'Delivery has failed to these recipients or groups:\r\n',
          "Joann Doe (joann@example.org)<mailto:joann@example.org>\r\nThe recipient's mailbox is full and can't accept messages now.\r\n",
          "Ann Doe (ann@example.org)<mailto:ann@example.org>\r\nThe email address you entered couldn't be found.\r\n",
          'Diagnostic information for administrators:\r\n',
          'joann@example.org',
          "Remote Server returned '552 5.2.2 <joann@example.org>: Recipient address rejected: Mailbox full'\r\n",
          'ann@example.org',
          "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\r\n",
        ].join('\r\n')
    )
    expect(named.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['joann@example.org', 'soft'],
      ['ann@example.org', 'hard'],
    ])
  })

  it('never reports the address a note under a pasted failure says to use from now on', async () => {
    const report = await parseBounce(
      'From: Petra Office <office@firma.example>\r\nTo: news@sender.example\r\nSubject: Your newsletter\r\n\r\n' +
        [
          'Hello, your newsletter to our colleague came back with this:',
          '',
          "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
          '',
          'Ms Schulz has left, please send to info@firma.example from now on.',
        ].join('\r\n')
    )
    expect(report.results.map((r) => r.address)).not.toContain('info@firma.example')
  })

  it("mends the fourth review's shapes: advice to write to the recipient again, a quoted address, a banner", async () => {
    const FOOTER = '\nFor help, write to postmaster@mx.example.net.\n'
    const addresses = async (body: string) => (await parseBounce(message(body))).results.map((r) => r.address)
    // Advice naming the recipient itself, in a sentence that heads no entry: still the recipient.
    expect(
      await addresses(
        `Your mail to joe@example.org could not be delivered: 452 4.2.2 Mailbox busy, please email joe@example.org again later.\n${FOOTER}`
      )
    ).toContain('joe@example.org')
    // A French local error ("impossible d'écrire à joe@…") is no advice to write there.
    expect(
      await addresses(
        `Remise impossible : impossible d'écrire à joe@example.org : quota dépassé (552 5.2.2)\n${FOOTER}`
      )
    ).toContain('joe@example.org')
    // A recipient's line that quotes its address ('joe@…') is still its own.
    const quoted = await parseBounce(
      message(
        "joe@example.org: failed, see below\nann@example.org: failed, see below\n\n550 5.1.1 mailbox 'joe@example.org' unknown\n552 5.2.2 mailbox 'ann@example.org' full\n"
      )
    )
    expect(quoted.results.find((r) => r.address === 'joe@example.org')?.classification.reason).toBe(
      'userunknown'
    )
    // A gateway's banner above Gmail's sentence: the sentence is still the notice's first mention of anyone.
    const banner = await parseBounce(
      message(
        "[EXTERNAL] This message came from outside your organization.\nDo not click links unless you trust the sender.\n\n** Address not found **\n\nYour message wasn't delivered to joe@example.org because the address couldn't be found, or is unable to receive mail.\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\nNeed help? helpdesk-team@example.com\n"
      )
    )
    expect(banner.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it("never gives a recipient whose own words state a reason another recipient's coded line (Domino)", async () => {
    const entry = (address: string, reason: string) =>
      `was not delivered to:\n\n  ${address}\n\nbecause:\n\n  ${reason}\n`
    const report = await parseBounce(
      message(
        `Your message\n\n  Subject: Quarterly newsletter\n\n${entry('ann@example.org', '550 5.1.1 User unknown')}\n${entry('dan@example.net', "Unable to deliver message because recipient's mailbox is full")}`
      ).replace('Undelivered Mail Returned to Sender', 'DELIVERY FAILURE: User unknown')
    )
    const read = Object.fromEntries(report.results.map((r) => [r.address, r]))
    expect(read['ann@example.org']?.classification.reason).toBe('userunknown')
    // Its own words: a full mailbox, soft; never ann's 5.1.1 and a hard bounce.
    expect(read['dan@example.net']?.classification.hardbounce).toBe(false)
    expect(read['dan@example.net']?.status).not.toBe('5.1.1')
    // Each "was not delivered to:" heads an entry: none is dropped where one reason names its own address.
    const named = await parseBounce(
      message(
        `Your message\n\n  Subject: Quarterly newsletter\n\n${entry('cat@example.com', "Message rejected: the sender's IP address is listed on a blocklist")}\n${entry('ann@example.org', '550 5.1.1 <ann@example.org>... User unknown')}`
      ).replace('Undelivered Mail Returned to Sender', 'DELIVERY FAILURE: User unknown')
    )
    expect(named.results.map((r) => [r.address, r.classification.reason]).sort()).toEqual([
      ['ann@example.org', 'userunknown'],
      ['cat@example.com', 'blocked'],
    ])
  })

  it('reads "successfully" as no error word, but a glued "MailboxFull" as one', async () => {
    const report = await parseBounce(
      message(`<ann@example.org>: 550 5.1.1 User unknown
<fay@example.com>  (successfully handed over)
<bob@example.net>: MailboxFull
<cat@example.net>: mailbox_full
`)
    )
    expect(report.results.map((r) => r.address)).toEqual([
      'ann@example.org',
      'bob@example.net',
      'cat@example.net',
    ])
  })

  it("never drops the recipient for an address a sentence beside 'expired' or 'timed out' names", async () => {
    const report = await parseBounce(
      message(`Your message to joe@example.org could not be delivered.

Message from alice@example.com expired after 5 days.
Contact helpdesk@example.net if the request timed out.
`)
    )
    // Such a word makes an entry's line only where the line opens with the address (OpenSMTPD's "rcpt: Envelope
    // expired"): here joe, whom the report says it could not deliver to, stays reported.
    expect(report.results.map((r) => r.address)).toContain('joe@example.org')
    expect(report.results.map((r) => r.address)).not.toContain('helpdesk@example.net')
  })

  it("reads Exchange 2003's entry, not its summary's To line, so the subject is never read as the reason", async () => {
    const report = await parseBounce(
      message(`Your message

  To:      joe@example.com
  Subject: Your mailbox is full
  Sent:    Thu, 14 Apr 2011 10:11:53 +0800

did not reach the following recipient(s):

joe@example.com on Thu, 14 Apr 2011 10:12:13 +0800
    The e-mail account does not exist at the organization this message was sent to.
    <mail.example.cn #5.1.1 smtp;550 5.1.1 <joe@example.com>: Recipient address rejected: User unknown>
`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'userunknown'],
    ])
    expect(report.results[0]?.diagnostic).toMatch(/^joe@example\.com on Thu/)
  })
})

describe("raw reports: Exchange's display names over an address it could not resolve", () => {
  const ndr = (top: string, heading = 'Diagnostic information for administrators:') =>
    message(
      `Delivery has failed to these recipients or groups:

${top}

ba@example.net
The e-mail address you entered couldn't be found.

${heading}

Generating server: EX01.corp.example.com

IMCEAEX-_o=Corp_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=a+40example+2Enet@corp.example.com
#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##

ba@example.net
mx.example.net #550 5.1.1 user unknown ##

Original message headers:

From: sender@corp.example.com
To: a@example.net
`
    )
  it("reports the X.500 address the diagnostics name, never the contact's address-like display name", async () => {
    const report = await parseBounce(ndr("a@example.net\nThe e-mail address you entered couldn't be found."))
    const addresses = report.results.map((r) => r.address)
    expect(addresses).toContain('ba@example.net')
    expect(addresses.some((a) => a.startsWith('imceaex-'))).toBe(true)
    // "a@example.net" stands inside "ba@example.net" in the diagnostics: only a whole address counts.
    expect(addresses).not.toContain('a@example.net')
  })

  it.each([
    'Diagnoseinformationen für Administratoren:',
    'Informations de diagnostic pour les administrateurs :',
    'Informazioni di diagnostica per gli amministratori:',
  ])('reads the diagnostics under their heading in other languages too (%s)', async (heading) => {
    const report = await parseBounce(
      ndr("a@example.net\nThe e-mail address you entered couldn't be found.", heading)
    )
    expect(report.results.map((r) => r.address)).not.toContain('a@example.net')
  })

  it("keeps a Postfix entry whose own reply says 'sender rejected': the recipient's entry, not a sender", async () => {
    const report = await parseBounce(
      message(`<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1
    <joe@example.org>: sender rejected by recipient policy (in reply to RCPT
    TO command)

<ann@example.net>: host mx.example.net[192.0.2.2] said: 550 5.1.1
    <ann@example.net>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org', 'ann@example.net'])
  })
})

describe('raw reports: prose and transcripts', () => {
  it('never takes a transcript’s envelope sender for a failed recipient, nor a 250 step for the status', async () => {
    const report = await parseBounce(
      message(`Transcript of session:
 In:  MAIL
     FROM:<list-bounce=example.com@bounce.example.net> SIZE=2000
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<jane@example.org>
 Out: 250 2.1.5 Ok
 In:  DATA
 Out: 451 4.3.0 Error: queue file write error
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    expect(report.results[0]).toMatchObject({
      status: '4.3.0',
      classification: { reason: 'systemerror', disposition: 'soft' },
    })
  })

  it('reads the stage of an Exim reply to a pipelined command (transports/smtp.c writes "after pipelined …")', () => {
    expect(stageOf('SMTP error from remote mail server after pipelined DATA:')).toBe('data')
    expect(stageOf('SMTP error from remote mail server after pipelined MAIL FROM:<a@example.com>:')).toBe(
      'mail'
    )
    expect(stageOf('SMTP error from remote mail server after pipelined RCPT TO:<jane@example.org>:')).toBe(
      'rcpt'
    )
    expect(stageOf('SMTP error from remote mail server after pipelined EHLO mx.example.com:')).toBe('helo')
    expect(stageOf('Connected to 192.0.2.2 but my name was rejected.')).toBe('helo')
    expect(stageOf('host mx.example.net [192.0.2.20]: 550 5.1.1 unknown')).toBeNull()
  })

  it('reads the MAIL command as the stage, never a reply\'s own words "mail from"', () => {
    expect(stageOf('in reply to MAIL FROM command')).toBe('mail')
    expect(stageOf('>>> MAIL From:<a@example.com> SIZE=1234')).toBe('mail')
    // AOL's help: the recipient refuses this sender, at RCPT; read at MAIL it became the sender's refusal.
    expect(stageOf('550 joe@aol.com is not accepting mail from this sender')).toBeNull()
    expect(
      stageOf('550 5.7.1 We do not accept mail from your domain. After review, mail from you is refused')
    ).toBeNull()
  })

  it("reads a transcript's commands, never a summary's Mail From / Rcpt To fields, as the stage", () => {
    expect(transcriptStage('>>> RCPT TO:<joe@example.org>\n<<< 550 5.1.1 unknown')).toBe('rcpt')
    expect(transcriptStage('RCPT TO:<joe@example.org>\n550 5.1.1 unknown')).toBe('rcpt')
    // XMail's bounce lists the envelope above the reply it quotes: no command was answered there.
    const xmail = 'ID: <S1@mail.example.net>\nMail From: <a@example.net>\nRcpt To:   <joe@example.org>\n'
    expect(transcriptStage(`${xmail}Server:    <mx.example.org> [192.0.2.1]\n\n550 User unknown`)).toBeNull()
  })

  it("does not repeat the error line a recipient's sentence already holds", () => {
    const sentence =
      'joe@example.org There was a SMTP communication problem. <mx.example.org #5.5.0 SMTP; 550 Nope>'
    expect(withErrorLine(sentence, `${sentence}\n<mx.example.org #5.5.0 SMTP; 550 Nope>`)).toBe(sentence)
  })

  it("reads no reply code in an IP address's octets: the server's reply below is still the recipient's reason", () => {
    // Gmail's old notice: the sentence names the host's address ("[162.250.144.109]", whose 250 is no reply code).
    const sentence =
      'joe@example.org Technical details of permanent failure: Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [162.250.144.109].'
    const section = `${sentence}\n\nThe error that the other server returned was:\n500 Internal Server Error`
    expect(withErrorLine(sentence, section, undefined, 'joe@example.org')).toBe(
      `${sentence} 500 Internal Server Error`
    )
  })

  it("reads a recipient's uncoded reason in its own block before the intro's words", () => {
    // Exchange 2010's NDR: "4.1.1.1" in the reply is no code, and "Delivery has failed" above is no reason.
    const sentence = "joe@example.org Your message wasn't delivered because of security policies."
    const section = [
      'Delivery has failed to these recipients or distribution lists:',
      '',
      sentence,
      '',
      'Diagnostic information for administrators:',
      '',
      'joe@example.org',
      'mx.example.org #Access denied - Invalid HELO name (See RFC2821 4.1.1.1) ##',
    ].join('\n')
    expect(withErrorLine(sentence, section, undefined, 'joe@example.org')).toBe(
      `${sentence} mx.example.org #Access denied - Invalid HELO name (See RFC2821 4.1.1.1) ##`
    )
  })

  it('reads the reason below a lead-in however many blank lines set it off, and a run ends an unled block', () => {
    const report = reportLines(`joe@example.org:${'\n'.repeat(12)}Sorry, no mailbox here by that name.`)
    expect(sentenceAbout(report, 'joe@example.org')).toBe(
      'joe@example.org: Sorry, no mailbox here by that name.'
    )
    // Without a lead-in (a line after the address, not ending in ":"), a blank line ends the block; an Exchange
    // 2003 trailer after a single one is still read, after a run it is not.
    const unled = 'joe@example.org\nmailbox unavailable.'
    const read = 'joe@example.org mailbox unavailable.'
    expect(sentenceAbout(reportLines(`${unled}\n\n\n<mx.example.org #5.1.1>`), 'joe@example.org')).toBe(read)
    expect(sentenceAbout(reportLines(`${unled}\n\n<mx.example.org #5.1.1>`), 'joe@example.org')).toBe(
      `${read} <mx.example.org #5.1.1>`
    )
  })

  it("takes the returned original's addressee when the report names no address and quotes the original inline", async () => {
    const report = await parseBounce(
      message(`Your message to Jane Doe couldn't be delivered.
The mailbox is full.

--- Below this line is a copy of the message.

Received: from mail.example.com by mx.example.net
From: sender@example.com
To: Jane Doe <jane@example.org>
Subject: Hello

hi
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    expect(report.results[0]!.classification.reason).toBe('mailboxfull')
  })

  it("never takes a quoted original's addressee from a message that does not present itself as a bounce", async () => {
    const raw = `From: bob@example.com\r\nTo: sender@example.com\r\nSubject: Hello again\r\n\r\nSee below.\r\n\r\n-----Original Message-----\r\nFrom: sender@example.com\r\nTo: jane@example.org\r\nSubject: Hello\r\n\r\nhi\r\n`
    expect((await parseBounce(raw)).results).toEqual([])
  })

  it('never takes an address from the quoted body of the original, only from its header block', async () => {
    const report = await parseBounce(
      message(`Your message couldn't be delivered.

--- Below this line is a copy of the message.

Just a note: write to someone@example.org
`)
    )
    expect(report.results).toEqual([])
  })

  it("never gives one recipient another's reason, nor a footer's words", async () => {
    // qmail with a localized intro: bob's own line has no words the families read; alice's reason is not his.
    const qmail = await parseBounce(
      message(`Hallo. Hier ist das qmail-send Programm auf mail.example.org.
Dies ist ein permanenter Fehler; ich habe aufgegeben.

<alice@example.net>:
Sorry, no mailbox here by that name. (#5.1.1)

<bob@example.net>:
Die Mailbox von bob ist voll.
`)
    )
    const bob = qmail.results.find((r) => r.address === 'bob@example.net')
    expect(bob?.classification.disposition).not.toBe('hard')
    // A report labelling each recipient ("Recipient: …"): the next entry's reply is not this one's.
    const labelled = await parseBounce(
      message(`Your message could not be delivered to one or more recipients.

Recipient: alice@example.net
The remote server answered:

Recipient: bob@example.org
The remote server answered:
550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
`)
    )
    expect(
      labelled.results.find((r) => r.address === 'alice@example.net')?.classification.disposition
    ).not.toBe('hard')
    expect(labelled.results.find((r) => r.address === 'bob@example.org')?.classification.reason).toBe(
      'userunknown'
    )
    // A footer below the address is no reason of the recipient's.
    const footer = await parseBounce(
      message(`Ihre Nachricht konnte an folgende Empfaenger nicht zugestellt werden:

alice@example.de
Das Postfach des Empfaengers ist voll.

Diese Nachricht wurde automatisch erstellt und auf Spam und Viren geprueft.
`)
    )
    expect(footer.results[0]?.classification.reason).not.toBe('spamdetected')
  })

  it("never reads a person's reply to, or forward of, a bounce as a report of the quoted original's addressee", async () => {
    const raw = `From: Bob Smith <bob@customer.com>\r\nTo: bounces@sender.example\r\nSubject: RE: Undeliverable: Your invoice 1234\r\n\r\nHi, your system keeps saying the domain was not found but we receive mail fine.\r\n\r\n-----Original Message-----\r\nFrom: Microsoft Outlook <postmaster@customer.com>\r\nSent: Monday, January 1, 2024 9:00 AM\r\nTo: Alice Jones <alice@customer.com>\r\nSubject: Undeliverable: Your invoice 1234\r\n\r\nDelivery has failed to these recipients or groups:\r\n`
    expect((await parseBounce(raw)).results).toEqual([])
  })

  it('reads a reason set above the address even when it has none of the usual error words', async () => {
    const report = await parseBounce(
      message(`The following message could not be delivered.

Sorry, no mailbox here by that name.

<jane@example.org>
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    expect(report.results[0]!.diagnostic).toContain('Sorry, no mailbox here by that name.')
    expect(report.results[0]!.classification.rule).not.toBe('fallback')
  })

  it('reads the reason after a lead-in line and a blank line ("For the following reason:")', async () => {
    const report = await parseBounce(
      message(`A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

jane@example.org

For the following reason:

Sorry, no mailbox here by that name.
http://postmaster.example.net/en/error-messages
`)
    )
    expect(report.results[0]!.diagnostic).toContain('Sorry, no mailbox here by that name.')
    expect(report.results[0]!.classification.rule).not.toBe('fallback')
  })

  it('reads the indented reason of an Exim report, not its boilerplate', async () => {
    const report = await parseBounce(
      message(
        `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jane@example.org
    mailbox is full: retry timeout exceeded
`
      )
    )
    expect(report.results[0]).toMatchObject({
      address: 'jane@example.org',
      classification: { reason: 'mailboxfull' },
    })
  })

  it('skips section headings when looking for the error line', async () => {
    const report = await parseBounce(
      message(`------- Failure Reasons  --------

User  not listed in public Name & Address Book
jane@example.org

------- Returned Message --------
Received: from mx.example.org by mx.example.net
`)
    )
    expect(report.results[0]).toMatchObject({
      address: 'jane@example.org',
      classification: { reason: 'userunknown' },
    })
  })

  it('reads a refusal after the initial connection as a block of the sending host, not of the recipient', async () => {
    const report = await parseBounce(
      message(`jane@example.org
    SMTP error from remote mail server after initial connection:
    host mx.example.org [192.0.2.1]: 554 You've reached your daily relay quota
`)
    )
    expect(report.results[0]).toMatchObject({
      address: 'jane@example.org',
      classification: { disposition: 'block' },
    })
  })
})

describe('raw reports: what mail systems append to a report', () => {
  const FOOTERS = [
    // MailScanner's default inline signature; Avast's and AVG's; clamsmtp's.
    'This message has been scanned for viruses and\ndangerous content by MailScanner, and is\nbelieved to be clean.',
    'This email has been checked for viruses by Avast antivirus software.',
    'No virus found in this message.\nChecked by AVG - www.avg.com',
    'Virus-free. www.avast.com',
    // MessageLabs' banner on the mail it relays (an Exchange DSN's notice carries it when the relay added it).
    '**** This email has come from the internet and has been scanned for all viruses and potentially offensive content by Messagelabs on behalf of Example Ltd ****',
  ]
  const REPORT =
    '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <joe@example.org>: Recipient address ' +
    'rejected: User unknown (in reply to RCPT TO command)\n'

  it.each(
    FOOTERS
  )('a virus scanner clean notice after a signature separator is no verdict: %s', async (footer) => {
    const report = await parseBounce(message(`${REPORT}\n-- \n${footer}\n`))
    expect(
      report.results.map((r) => [r.address, r.classification.reason, r.classification.hardbounce])
    ).toEqual([['joe@example.org', 'userunknown', true]])
  })

  it.each(FOOTERS)('nor without one, after a blank line: %s', async (footer) => {
    const report = await parseBounce(
      message(`550 joe@example.org: Recipient address rejected: User unknown\n\n${footer}\n`)
    )
    expect(report.results.map((r) => r.classification.reason)).not.toContain('virusdetected')
  })

  it('still reads a scanner that found a virus', async () => {
    const report = await parseBounce(
      message(
        '<joe@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 Scanned for viruses: infected ' +
          'with Eicar-Test-Signature (in reply to end of DATA command)\n'
      )
    )
    expect(report.results.map((r) => r.classification.reason)).toEqual(['virusdetected'])
  })
})

describe('raw reports: quoted headers', () => {
  it("skips the original's To line that an Exchange report quotes, and finds the recipient it names", async () => {
    const report = await parseBounce(
      message(`Your message

  To:      colleague@example.com
  Subject: Hello
  Sent:    Thu, 29 Apr 2010 00:00:00 -0000

did not reach the following recipient(s):

jane@example.org on Thu, 29 Apr 2010 00:00:00 -0000
    The recipient name is not recognized
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    expect(report.results[0]?.classification.reason).toBe('userunknown')
  })

  it("never reports a quoted header block's To as a failed recipient beside the one that failed", async () => {
    // 1&1 / WEB.DE: the original's headers follow the report under their own marker.
    for (const marker of ['--- The header of the original message is following. ---']) {
      const report = await parseBounce(
        message(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

joe@gmx.net:
SMTP error from remote server for RCPT TO command, host: mx.example.org (192.0.2.1) reason: 550 5.1.1 User unknown

${marker}

From: a@example.net
To: someone@example.org
Subject: hello
`)
      )
      expect(
        report.results.map((r) => [r.address, r.classification.reason]),
        marker
      ).toEqual([['joe@gmx.net', 'userunknown']])
    }
    // Under no marker at all, a "To:" inside a header block ("From: … / To: … / Subject: …") is still no label.
    const unmarked = await parseBounce(
      message(`<joe@gmx.net>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown

From: a@example.net
To: someone@example.org
Subject: hello
`)
    )
    expect(unmarked.results.map((r) => r.address)).toEqual(['joe@gmx.net'])
  })

  it('still finds a recipient named only in the quoted original after "Unsent message follows"', async () => {
    const report = await parseBounce(
      message(`   ----- Transcript of session follows -----
554 <jane@example.org>... 550 Host unknown (Authoritative answer from name server)

   ----- Unsent message follows -----
From: sender@example.com
To: jane@example.org
Subject: Hello
`)
    )
    expect(report.results[0]).toMatchObject({
      address: 'jane@example.org',
      classification: { reason: 'hostunknown' },
    })
  })
})

describe('raw reports: host rules', () => {
  it("reads au's bare '550 : User unknown' as a filter and the addressed form as an unknown user", async () => {
    const filtered = await parseBounce(dsn('neko@ezweb.ne.jp', '550 : User unknown'))
    expect(filtered.results[0]).toMatchObject({
      classification: { reason: 'filtered', hardbounce: false, disposition: 'soft' },
    })
    const unknown = await parseBounce(dsn('neko@ezweb.ne.jp', '550 <neko@ezweb.ne.jp>: User unknown'))
    expect(unknown.results[0]).toMatchObject({
      classification: { reason: 'userunknown', hardbounce: true, disposition: 'hard' },
    })
  })

  it('applies a provider rule named by the Remote-MTA when the recipient domain is hosted there', async () => {
    const report = await parseBounce(
      dsn(
        'jane@example.com',
        '541 5.4.1 Mail rejected by destination domain',
        'Remote-MTA: dns; mx.zoho.com\r\n'
      )
    )
    expect(report.results[0]).toMatchObject({ classification: { reason: 'rejected', disposition: 'block' } })
  })

  it('applies a provider rule named by the host a prose report quotes, as a Remote-MTA', async () => {
    // Gmail's IPv6 refusal, from a Workspace-hosted domain, as Postfix quotes it (wiki.kreonet.net's sample).
    const said = (host: string) =>
      message(
        `<joe@example.org>: host ${host}[2404:6800:4008:c03::1b] said:\n` +
          '    550-5.7.1 [2001:db8::1] Gmail has detected that this 550-5.7.1 message does\n' +
          '    not meet IPv6 sending guidelines regarding PTR records 550-5.7.1 and\n' +
          '    authentication. - gsmtp (in reply to end of DATA command)\n'
      )
    const google = await parseBounce(said('aspmx.l.google.com'))
    expect(google.results[0]?.classification).toMatchObject({ reason: 'requireptr', rule: 'host:google' })
    // Another host's words get no Google reading.
    const other = await parseBounce(said('mx.example.org'))
    expect(other.results[0]?.classification.rule).not.toBe('host:google')
  })

  it('reads a generic 5.0.0 unknown-user reply with no SMTP stage as a filter, as Sisimai does', async () => {
    const report = await parseBounce(dsn('jane@example.com', '550 Unknown user jane@example.com'))
    expect(report.results[0]).toMatchObject({ classification: { reason: 'filtered', disposition: 'soft' } })
  })
})

describe('raw reports: recipients', () => {
  it('reads a text part whose Content-Type parameters are malformed', async () => {
    const raw = `From: MAILER-DAEMON@mx.example.net\r
To: sender@example.com\r
Subject: Returned Mail: User unknown\r
Content-Type: multipart/mixed; boundary="---b"\r
\r
-----b\r
Content-Type: text/plain\r
   charset="iso-2022-jp"\r
\r
---The following addresses had delivery errors---\r
\r
jane@example.org [User unknown]\r
\r
-----b\r
Received: from mx.example.net by relay.example.net\r
From: sender@example.com\r
To: jane@example.org\r
\r
Hello\r
-----b--\r
`
    const report = await parseBounce(raw)
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it('prefers the address the report names over an X-Failed-Recipients rewritten by an alias', async () => {
    const report = await parseBounce(
      message(
        `The following address(es) failed:

  jane@example.org
    SMTP error from remote mail server after end of data:
    host mx.example.net [192.0.2.20]: 554 5.7.0 Header error
`,
        'X-Failed-Recipients: jane@mailbox.example.net\r\n'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it('falls back to the Original-Recipient when the Final-Recipient is an internal alias it cannot store', async () => {
    const report = await parseBounce(
      dsn('jane@mailhub0', 'procmail: Lock failure', 'Original-Recipient: rfc822;jane@example.org\r\n')
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it("decodes the Original-Recipient's xtext, as Sendmail writes the ORCPT back (joe+2Bnews is joe+news)", async () => {
    const sent = async (original: string) =>
      (
        await parseBounce(
          dsn('jane@mailhub0', '550 5.1.1 User unknown', `Original-Recipient: rfc822;${original}\r\n`)
        )
      ).results.map((r) => r.address)
    expect(await sent('jane+2Bnews@example.org')).toEqual(['jane+news@example.org'])
    expect(await sent('srs0+3Dab@example.org')).toEqual(['srs0=ab@example.org'])
    // Only the characters xtext must encode: an ordinary plus-address (as Postfix writes it, decoded) is left as
    // written, "+42" is no "B".
    for (const address of ['jane+news@example.org', 'jane+42@example.org', 'jane+2bnews@example.org'])
      expect(await sent(address)).toEqual([address])
  })

  it('names the address the sender mailed when the report names its forward target (Original-Recipient)', async () => {
    const mailedAs = async (final: string, original?: string) =>
      (
        await parseBounce(
          dsn(
            final,
            '550 5.1.1 The email account that you tried to reach does not exist.',
            original ? `Original-Recipient: rfc822;${original}\r\n` : ''
          )
        )
      ).results.map((r) => [r.address, r.mailedAs])
    // An alias forwarded to a dead mailbox elsewhere: the report's own recipient stays the final one (as every
    // reader reports it); the address mailed travels beside it.
    expect(await mailedAs('joe.smith@gmail.example', 'joe@alumni.example')).toEqual([
      ['joe.smith@gmail.example', 'joe@alumni.example'],
    ])
    expect(await mailedAs('joe.smith@gmail.example', 'joe+2Bnews@alumni.example')).toEqual([
      ['joe.smith@gmail.example', 'joe+news@alumni.example'],
    ])
    // The same address (in any case), none, or one no address store would take: nothing mailed under another name.
    expect(await mailedAs('joe@example.org', 'JOE@Example.org')).toEqual([['joe@example.org', null]])
    expect(await mailedAs('joe@example.org')).toEqual([['joe@example.org', null]])
    expect(await mailedAs('joe@example.org', 'joe')).toEqual([['joe@example.org', null]])
    // The internal alias that cannot be stored already falls back to the Original-Recipient: it is the address.
    expect(await mailedAs('jane@mailhub0', 'jane@example.org')).toEqual([['jane@example.org', null]])
  })

  it('names the address mailed from the notice itself: Postfix, Exim and Sendmail write the alias beside the target', async () => {
    const notice = (body: string) =>
      `From: MAILER-DAEMON@mx.alumni.example\r\nTo: bounces@sender.example\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n${body}`
    const mailedAs = async (body: string) =>
      (await parseBounce(notice(body))).results.map((r) => [r.address, r.mailedAs])
    // Postfix's bounce_notify_util.c: "<target> (expanded from <alias>): host … said: …", wrapped where it falls.
    expect(
      await mailedAs(
        'This is the mail system at host mx.alumni.example.\r\n\r\n                   The mail system\r\n\r\n<joe.smith@gmail.example> (expanded from\r\n    <joe@alumni.example>): host gmail-smtp-in.l.google.example[192.0.2.5] said:\r\n    550-5.1.1 The email account that you tried to reach does not exist. (in reply\r\n    to RCPT TO command)\r\n'
      )
    ).toEqual([['joe.smith@gmail.example', 'joe@alumni.example']])
    // Exim's deliver.c: the target, then "(generated from …)", or "(ultimately generated from …)" through several.
    expect(
      await mailedAs(
        'This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  joe.smith@gmail.example\r\n    (ultimately generated from joe@alumni.example)\r\n    host gmail-smtp-in.l.google.example [192.0.2.5]\r\n    SMTP error from remote mail server after RCPT TO:<joe.smith@gmail.example>:\r\n    550 5.1.1 User unknown\r\n'
      )
    ).toEqual([['joe.smith@gmail.example', 'joe@alumni.example']])
    // Sendmail's savemail.c: "(expanded from: <alias>)" under the entry; a local alias name is no address.
    const sendmail = (alias: string) =>
      `   ----- The following addresses had permanent fatal errors -----\r\n<joe.smith@gmail.example>\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: ${alias})\r\n\r\n   ----- Transcript of session follows -----\r\n... while talking to gmail-smtp-in.l.google.example.:\r\n>>> RCPT To:<joe.smith@gmail.example>\r\n<<< 550 5.1.1 User unknown\r\n`
    expect(await mailedAs(sendmail('<joe@alumni.example>'))).toEqual([
      ['joe.smith@gmail.example', 'joe@alumni.example'],
    ])
    expect(await mailedAs(sendmail('joe'))).toEqual([['joe.smith@gmail.example', null]])
    // Postfix wraps inside the words too ("(expanded" / "    from <…>)").
    expect(
      await mailedAs(
        'This is the mail system at host mx.alumni.example.\r\n\r\n<joe.smith.with.a.rather.long.name@gmail.example> (expanded\r\n    from <joe@alumni.example>): host gmail-smtp-in.l.google.example[192.0.2.5]\r\n    said: 550 5.1.1 User unknown (in reply to RCPT TO command)\r\n'
      )
    ).toEqual([['joe.smith.with.a.rather.long.name@gmail.example', 'joe@alumni.example']])
    // Exim writes its entries with no blank line between them: the next entry's alias is not the one above's.
    expect(
      await mailedAs(
        "This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  ann@client.example\r\n    host mx.client.example [192.0.2.6]\r\n    SMTP error from remote mail server after RCPT TO:<ann@client.example>:\r\n    550 5.1.1 <ann@client.example>: Recipient address rejected: User unknown\r\n  joe.smith@gmail.example\r\n    (generated from joe@alumni.example)\r\n    host gmail-smtp-in.l.google.example [192.0.2.5]\r\n    SMTP error from remote mail server after end of data:\r\n    550-5.7.26 Unauthenticated email from sender.example is not accepted due to\r\n    550 5.7.26 domain's DMARC policy.\r\n"
      )
    ).toEqual([
      ['ann@client.example', null],
      ['joe.smith@gmail.example', 'joe@alumni.example'],
    ])
    // Sendmail: an alias whose own local copy ("\\joe") failed under it is a failed recipient itself.
    expect(
      await mailedAs(
        '   ----- The following addresses had permanent fatal errors -----\r\n<joe.smith@gmail.example>\r\n    (reason: 550-5.7.26 This mail has been blocked because the sender is unauthenticated.)\r\n    (expanded from: <joe@alumni.example>)\r\n\\joe\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <joe@alumni.example>)\r\n\r\n   ----- Transcript of session follows -----\r\n'
      )
    ).toContainEqual(['joe@alumni.example', null])
    // Sendmail prints the entry as the alias list wrote it, with a full name too.
    expect(
      await mailedAs(
        sendmail('<joe@alumni.example>').replace(
          '<joe.smith@gmail.example>\r\n',
          'Joe Smith <joe.smith@gmail.example>\r\n'
        )
      )
    ).toEqual([['joe.smith@gmail.example', 'joe@alumni.example']])
    // Another entry's alias is not this one's.
    expect(
      await mailedAs(
        'This is the mail system at host mx.alumni.example.\r\n\r\n<ann@client.example>: host mx.client.example[192.0.2.6] said: 550 5.1.1 User\r\n    unknown (in reply to RCPT TO command)\r\n\r\n<joe.smith@gmail.example> (expanded from <joe@alumni.example>): host\r\n    gmail-smtp-in.l.google.example[192.0.2.5] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\r\n'
      )
    ).toEqual([
      ['ann@client.example', null],
      ['joe.smith@gmail.example', 'joe@alumni.example'],
    ])
  })

  it('reads the alias mailed in a notice turned to HTML, whose lines have lost their indentation', async () => {
    // A gateway that sends HTML only: each line "…<br>", leading spaces collapsed, so Exim's and Sendmail's entries
    // are read by the MTA's fixed order (the alias line right after the address, or after its "(reason: …)").
    const asHtml = (lines: string[]) =>
      new TextEncoder().encode(
        `From: MAILER-DAEMON@mx.alumni.example\r\nTo: bounces@sender.example\r\nSubject: Returned mail\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>${lines
          .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
          .join('<br>\r\n')}</p></body></html>\r\n`
      )
    const read = async (lines: string[]) =>
      (await parseBounce(asHtml(lines))).results.map((r) => [r.address, r.mailedAs, r.classification.reason])
    // Sendmail's savemail.c: the alias is the address mailed, never a failed recipient of its own beside its target.
    expect(
      await read([
        '   ----- The following addresses had permanent fatal errors -----',
        '<joe.smith@gmail.example>',
        '    (reason: 550-5.7.26 This mail has been blocked because the sender is unauthenticated.)',
        '    (expanded from: <joe@alumni.example>)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to gmail-smtp-in.l.google.example.:',
        '>>> DATA',
        '<<< 550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      ])
    ).toEqual([['joe.smith@gmail.example', 'joe@alumni.example', 'authfailure']])
    // Exim's deliver.c: "(generated from …)" on the line after the address.
    expect(
      await read([
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  joe.smith@gmail.example',
        '    (generated from joe@alumni.example)',
        '    host gmail-smtp-in.l.google.example [192.0.2.5]',
        '    SMTP error from remote mail server after RCPT TO:<joe.smith@gmail.example>:',
        '    550 5.1.1 User unknown',
      ])
    ).toEqual([['joe.smith@gmail.example', 'joe@alumni.example', 'userunknown']])
  })

  it("gives a Sendmail alias's own copy its own reason and the target its own, in either order and as HTML", async () => {
    // savemail.c lists each failed entry of the alias: its local copy ("\\joe") as it lists addresses, each with its
    // "(reason: …)" and "(expanded from: <alias>)". Neither entry's reason runs into the other's.
    const own = ['\\joe', '    (reason: 550 5.1.1 User unknown)', '    (expanded from: <joe@alumni.example>)']
    const target = [
      '<joe.smith@gmail.example>',
      '    (reason: 550-5.7.26 This mail has been blocked because the sender is unauthenticated.)',
      '    (expanded from: <joe@alumni.example>)',
    ]
    const notice = (entries: string[], html: boolean) => {
      const lines = [
        'The original message was received at Thu, 3 Dec 2026 09:59:58 GMT',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        ...entries,
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to gmail-smtp-in.l.google.example.:',
        '>>> DATA',
        '<<< 550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      ]
      const body = html
        ? `<html><body><p>${lines.map((l) => l.replace(/</g, '&lt;').replace(/>/g, '&gt;')).join('<br>\r\n')}</p></body></html>`
        : lines.join('\r\n')
      return new TextEncoder().encode(
        `From: MAILER-DAEMON@mx.alumni.example\r\nTo: bounces@sender.example\r\nSubject: Returned mail: see transcript for details\r\nContent-Type: text/${html ? 'html' : 'plain'}; charset=utf-8\r\n\r\n${body}\r\n`
      )
    }
    for (const html of [false, true])
      for (const entries of [
        [...own, ...target],
        [...target, ...own],
      ]) {
        const results = (await parseBounce(notice(entries, html))).results
        const reasons = Object.fromEntries(results.map((r) => [r.address, r.classification.reason]))
        expect(reasons).toEqual({
          'joe@alumni.example': 'userunknown',
          'joe.smith@gmail.example': 'authfailure',
        })
      }
  })

  it('names the forward target when the DSN names the alias mailed as its recipient (Exim, Sendmail)', async () => {
    /** A DSN whose Final-Recipient is the alias, its text listing the entries as `entries` writes them. */
    const aliasDsn = (entries: string, extra = '') =>
      `From: Mail Delivery System <Mailer-Daemon@mx.alumni.example>\r\nTo: bounces@sender.example\r\nSubject: Mail delivery failed: returning message to sender\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe following address(es) failed:\r\n\r\n${entries}\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.alumni.example\r\n\r\nAction: failed\r\nFinal-Recipient: rfc822;joe@alumni.example\r\n${extra}Status: 5.0.0\r\n\r\n--b--\r\n`
    const read = async (entries: string, extra?: string) =>
      (await parseBounce(aliasDsn(entries, extra))).results.map((r) => [r.address, r.mailedAs, r.forwardedTo])
    // Exim's DSN names the top-level address (deliver.c, print_dsn_addr_action); its text, the target under it.
    expect(
      await read(
        '  joe.smith@gmail.example\r\n    (generated from joe@alumni.example)\r\n    host gmail-smtp-in.l.google.example [192.0.2.5]\r\n    SMTP error from remote mail server after RCPT TO:<joe.smith@gmail.example>:\r\n    550 5.1.1 User unknown'
      )
    ).toEqual([['joe@alumni.example', null, 'joe.smith@gmail.example']])
    // Sendmail gives an alias's targets the alias's DSN fields (recipient.c), the target as X-Actual-Recipient.
    const sendmailEntry =
      '<joe.smith@gmail.example>\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <joe@alumni.example>)'
    expect(await read(sendmailEntry, 'X-Actual-Recipient: RFC822; joe.smith@gmail.example\r\n')).toEqual([
      ['joe@alumni.example', null, 'joe.smith@gmail.example'],
    ])
    // Nested aliases: Sendmail's text names the alias in between ("joe.smith"), its block the target.
    expect(
      await read(
        '<joe.smith@gmail.example>\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: joe.smith)',
        'X-Actual-Recipient: RFC822; joe.smith@gmail.example\r\n'
      )
    ).toEqual([['joe@alumni.example', null, 'joe.smith@gmail.example']])
    // Each Sendmail block is its own target's: the alias's archive file failing beside a dead member leaves the
    // member's block a forward, and the file's block is one more target's (X-Unix), never the alias's own mailbox.
    const twoBlocks = aliasDsn(
      `${sendmailEntry}\r\n/var/archive/joe\r\n    (reason: Permission denied)\r\n    (expanded from: <joe@alumni.example>)`,
      'X-Actual-Recipient: RFC822; joe.smith@gmail.example\r\n'
    ).replace(
      'Status: 5.0.0\r\n',
      'Status: 5.0.0\r\n\r\nAction: failed\r\nFinal-Recipient: rfc822;joe@alumni.example\r\nX-Actual-Recipient: X-Unix; /var/archive/joe\r\nStatus: 5.0.0\r\n'
    )
    expect((await parseBounce(twoBlocks)).results.map((r) => r.forwardedTo)).toEqual([
      'joe.smith@gmail.example',
      '/var/archive/joe',
    ])
    // Exim's blocks all name the top-level address, in no known order (deliver.c prepends each to the DSN's list):
    // an alias whose own copy and a member both failed reaches more than its own mailbox, so both count as forwards.
    const eximTwo = (entries: string, blocks: string[]) =>
      aliasDsn(entries).replace(
        'Action: failed\r\nFinal-Recipient: rfc822;joe@alumni.example\r\nStatus: 5.0.0\r\n',
        blocks
          .map((b) => `Action: failed\r\nFinal-Recipient: rfc822;joe@alumni.example\r\nStatus: 5.0.0\r\n${b}`)
          .join('\r\n')
      )
    const own = '  joe@alumni.example\r\n    retry timeout exceeded'
    const member =
      '  joe.smith@gmail.example\r\n    (generated from joe@alumni.example)\r\n    SMTP error from remote mail server after RCPT TO:<joe.smith@gmail.example>:\r\n    550 5.1.1 User unknown'
    const ownBlock = 'X-Exim-Diagnostic: X-str; retry timeout exceeded\r\n'
    const memberBlock = 'Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n'
    for (const [entries, blocks, expected] of [
      [
        `${own}\r\n${member}`,
        [memberBlock, ownBlock],
        ['joe.smith@gmail.example', 'joe.smith@gmail.example'],
      ],
      [
        `${member}\r\n${own}`,
        [ownBlock, memberBlock],
        ['joe.smith@gmail.example', 'joe.smith@gmail.example'],
      ],
    ] as const)
      expect((await parseBounce(eximTwo(entries, [...blocks]))).results.map((r) => r.forwardedTo)).toEqual(
        expected
      )
    // A redirect to the mailbox's own store (its local part at a host under its domain) is no forward.
    expect(
      await read(
        '  joe@mailstore.alumni.example\r\n    (generated from joe@alumni.example)\r\n    550 5.1.1 User unknown'
      )
    ).toEqual([['joe@alumni.example', null, null]])
    // X-Actual-Recipient alone is no forward: Sendmail writes it for every local delivery (user@its host name).
    expect(
      await read(
        '<joe@alumni.example>\r\n    (reason: 550 5.1.1 User unknown)',
        'X-Actual-Recipient: RFC822; jsmith@mx.hosting.example\r\n'
      )
    ).toEqual([['joe@alumni.example', null, null]])
    // The alias's own local copy failed under it, or the alias heads an entry of its own: its own failure.
    expect(
      await read(
        `${sendmailEntry}\r\n\\joe\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <joe@alumni.example>)`
      )
    ).toEqual([['joe@alumni.example', null, null]])
    expect(
      await read(`<joe@alumni.example>\r\n    (reason: 552 5.2.2 Mailbox full)\r\n${sendmailEntry}`)
    ).toEqual([['joe@alumni.example', null, null]])
    // A pipe, a file or another local account under the alias is one more of its targets, never its own mailbox: a
    // stale "|/usr/bin/vacation oldlogin" exits EX_NOUSER (vacation.c), which Sendmail reports as "User unknown".
    const pipe =
      '"|/usr/bin/vacation oldlogin"\r\n    (reason: 550 5.1.1 User unknown)\r\n    (expanded from: <joe@alumni.example>)'
    expect(await read(pipe, 'X-Actual-Recipient: X-Unix; |/usr/bin/vacation oldlogin\r\n')).toEqual([
      ['joe@alumni.example', null, '|/usr/bin/vacation oldlogin'],
    ])
    // A block of its own for vacation naming joe himself is that program's failure alone ("\\joe, |/usr/bin/vacation
    // joe"; a real Sendmail 8.17 for a live mailbox whose vacation database could not be written: "X-Unix; 1").
    for (const program of [
      '|/usr/bin/vacation joe',
      '|exec /usr/bin/vacation joe',
      '|"/usr/bin/vacation" joe',
    ])
      expect(
        await read(
          '"' + program + '"\r\n    (reason: 554 5.3.0 unknown mailer error 1)',
          `X-Actual-Recipient: X-Unix; ${program}\r\n`
        ),
        program
      ).toEqual([['joe@alumni.example', null, program]])
    // A delivery agent run for joe, in that field, is his own copy.
    expect(
      await read(
        '"|/usr/lib/dovecot/dovecot-lda -d joe"\r\n    (reason: 550 5.1.1 User unknown)',
        'X-Actual-Recipient: X-Unix; |/usr/lib/dovecot/dovecot-lda -d joe\r\n'
      )
    ).toEqual([['joe@alumni.example', null, null]])
    const localMember =
      'alice\r\n    (reason: 550 5.1.1 alice... User unknown)\r\n    (expanded from: <joe@alumni.example>)'
    expect(await read(localMember, 'X-Actual-Recipient: RFC822; alice@mx.alumni.example\r\n')).toEqual([
      ['joe@alumni.example', null, 'alice@mx.alumni.example'],
    ])
  })

  it("reads a pipe's or another account's failure under a Sendmail alias as a target's, its own copy's as its own", async () => {
    const notice = (entries: string) =>
      `From: Mail Delivery Subsystem <MAILER-DAEMON@mx.alumni.example>\r\nTo: bounces@sender.example\r\nSubject: Returned mail: see transcript for details\r\n\r\n   ----- The following addresses had permanent fatal errors -----\r\n${entries}\r\n\r\n   ----- Transcript of session follows -----\r\n`
    const read = async (entries: string) =>
      (await parseBounce(notice(entries))).results.map((r) => [
        r.address,
        r.forwardedTo,
        r.classification.reason,
      ])
    const entry = (head: string, reason: string) =>
      `${head}\r\n    (reason: ${reason})\r\n    (expanded from: <joe@alumni.example>)`
    expect(
      await read(entry('"|/usr/local/bin/archive-mail --queue=support"', '550 5.1.1 User unknown'))
    ).toEqual([['joe@alumni.example', '"|/usr/local/bin/archive-mail --queue=support"', 'userunknown']])
    expect(await read(entry('alice', '550 5.1.1 alice... User unknown'))).toEqual([
      ['joe@alumni.example', 'alice', 'userunknown'],
    ])
    // Its own mailbox through a local delivery agent run for it ("-d joe"), or its spool file: its own failure.
    expect(await read(entry('"|/usr/lib/dovecot/dovecot-lda -d joe"', '550 5.1.1 User unknown'))).toEqual([
      ['joe@alumni.example', null, 'userunknown'],
    ])
    expect(await read(entry('/var/mail/joe', '550 5.2.2 Mailbox full'))).toEqual([
      ['joe@alumni.example', null, 'mailboxfull'],
    ])
    // Any program run for the user itself (Cyrus' "deliver joe", "vacation joe", "-djoe"): a user that is gone fails them.
    for (const own of [
      '"|/usr/cyrus/bin/deliver joe"',
      '"|/usr/bin/vacation joe"',
      '"|/usr/bin/maildrop -djoe"',
    ])
      expect(await read(entry(own, '550 5.1.1 User unknown'))).toEqual([
        ['joe@alumni.example', null, 'userunknown'],
      ])
    // Exim's own layout for a program or file an alias delivers to (deliver.c): "pipe to …" / "save to …", then
    // "generated by <alias>".
    const exim = (entries: string) =>
      `From: Mail Delivery System <Mailer-Daemon@mx.alumni.example>\r\nTo: bounces@sender.example\r\nSubject: Mail delivery failed: returning message to sender\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n${entries}\r\n`
    const eximRead = async (entries: string) =>
      (await parseBounce(exim(entries))).results.map((r) => [r.address, r.forwardedTo])
    expect(
      await eximRead(
        '  pipe to |/usr/bin/vacation oldlogin\r\n    generated by joe@alumni.example\r\n    Child process of address_pipe transport returned 67 (could mean addressee\r\n    unknown) from command: /usr/bin/vacation'
      )
    ).toEqual([['joe@alumni.example', '|/usr/bin/vacation oldlogin']])
    expect(
      await eximRead(
        '  save to /srv/archive/joe.mbox\r\n    generated by joe@alumni.example\r\n    Mailbox is full: /srv/archive/joe.mbox: failed to write'
      )
    ).toEqual([['joe@alumni.example', '/srv/archive/joe.mbox']])
    expect(
      await eximRead(
        '  pipe to |/usr/lib/dovecot/dovecot-lda -d joe@alumni.example\r\n    generated by joe@alumni.example\r\n    Child process of address_pipe transport returned 67 (could mean addressee\r\n    unknown) from command: /usr/lib/dovecot/dovecot-lda'
      )
    ).toEqual([['joe@alumni.example', null]])
    // Its own copy beside a pipe: the alias's own failure, read from its own entry.
    expect(
      await read(
        `${entry('"|/usr/bin/vacation joe"', '554 5.3.0 unknown mailer error 1')}\r\n${entry('\\joe', '550 5.1.1 User unknown')}`
      )
    ).toEqual([['joe@alumni.example', null, 'userunknown']])
  })

  it('pairs Exim\'s hidden entry ("an undisclosed address") with its alias', async () => {
    const hidden =
      'This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  an undisclosed address\r\n    (generated from joe@alumni.example)\r\n'
    // With its DSN part, which names the target the text hides: the target, mailed as the alias.
    const withDsn = await parseBounce(
      `From: Mail Delivery System <Mailer-Daemon@mx.alumni.example>\r\nTo: bounces@sender.example\r\nSubject: Mail delivery failed: returning message to sender\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n${hidden}\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.alumni.example\r\n\r\nAction: failed\r\nFinal-Recipient: rfc822;joe.smith@gmail.example\r\nStatus: 5.0.0\r\n\r\n--b--\r\n`
    )
    expect(withDsn.results.map((r) => [r.address, r.mailedAs, r.forwardedTo])).toEqual([
      ['joe.smith@gmail.example', 'joe@alumni.example', null],
    ])
    // Text alone, the alias read from the returned message: its failure is the hidden target's.
    const textOnly = await parseBounce(
      `From: Mail Delivery System <Mailer-Daemon@mx.alumni.example>\r\nTo: bounces@sender.example\r\nSubject: Mail delivery failed: returning message to sender\r\n\r\n${hidden}\r\n------ This is a copy of the message, including all the headers. ------\r\n\r\nFrom: Sender <news@sender.example>\r\nTo: joe@alumni.example\r\nSubject: News\r\n\r\nHello\r\n`
    )
    expect(textOnly.results.map((r) => [r.address, r.forwardedTo])).toEqual([
      ['joe@alumni.example', 'an undisclosed address'],
    ])
  })

  // Exchange 2003's NDR lists a recipient picked from the address book by display name ("'Joe Bloggs' on <date>", KB
  // 284204's layout, madvigsolutions' #4.4.7 example); its DSN part gives each block an X-Display-Name and no
  // Diagnostic-Code.
  const exchange2003ByName = (entries: [name: string, address: string, status: string, words: string][]) =>
    [
      'From: System Administrator <postmaster@example.org>',
      'To: a@example.net',
      'Subject: Undeliverable: hello',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\thello',
      '      Sent:\t12/3/2026 10:00 AM',
      '',
      'The following recipient(s) could not be reached:',
      '',
      ...entries.flatMap(([name, , status, words]) => [
        `      '${name}' on 12/3/2026 10:00 AM`,
        `            ${words}`,
        `            <mail.example.org #${status}>`,
        '',
      ]),
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mail.example.org',
      '',
      ...entries.flatMap(([name, address, status]) => [
        `Final-Recipient: rfc822;${address}`,
        'Action: failed',
        `Status: ${status}`,
        `X-Display-Name: ${name}`,
        '',
      ]),
      '--b--',
      '',
    ].join('\r\n')

  it("reads each recipient an Exchange 2003 NDR names by display name by its own entry, never the first one's", async () => {
    const report = await parseBounce(
      exchange2003ByName([
        [
          'Joe Bloggs',
          'joe@example.org',
          '5.1.1',
          'The e-mail account does not exist at the organization this message was sent to.',
        ],
        [
          'Ann Other',
          'ann@example.org',
          '5.5.0 smtp;554 Transaction failed',
          "There was a SMTP communication problem with the recipient's email server.",
        ],
        [
          'Bob Smith',
          'bob@example.org',
          '4.4.7',
          'Could not deliver the message in the time limit specified. Please retry or contact your administrator.',
        ],
      ])
    )
    expect(
      report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition])
    ).toEqual([
      ['joe@example.org', 'userunknown', 'hard'],
      ['ann@example.org', expect.not.stringMatching(/^userunknown$/), expect.not.stringMatching(/^hard$/)],
      ['bob@example.org', 'expired', 'soft'],
    ])
    // A name that begins another's ("Joe" and "Joe Bloggs") finds its own entry, whichever comes first.
    const prefix = await parseBounce(
      exchange2003ByName([
        [
          'Joe Bloggs',
          'jb@example.org',
          '5.1.1',
          'The e-mail account does not exist at the organization this message was sent to.',
        ],
        [
          'Joe',
          'joe@example.org',
          '4.4.7',
          'Could not deliver the message in the time limit specified. Please retry or contact your administrator.',
        ],
      ])
    )
    expect(prefix.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jb@example.org', 'userunknown'],
      ['joe@example.org', 'expired'],
    ])
  })

  it("reads an Exchange 2003 entry's own status, never another entry's words, when it has no error word", async () => {
    const entry = (address: string, words: string, status: string) =>
      `      ${address} on 12/3/2026 10:00 AM\n            ${words}\n            <mail.example.org #${status}>\n`
    const joe = entry(
      'joe@example.org',
      'The e-mail account does not exist at the organization this message was sent to.',
      '5.1.1'
    )
    const ann = entry(
      'ann@example.org',
      'Could not deliver the message in the time limit specified.  Please retry or contact your administrator.',
      '4.4.7'
    )
    for (const entries of [
      [joe, ann],
      [ann, joe],
    ]) {
      const report = await parseBounce(
        message(
          `Your message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n${entries.join('\n')}`
        )
      )
      const reasons = Object.fromEntries(report.results.map((r) => [r.address, r.classification.reason]))
      expect(reasons).toEqual({ 'joe@example.org': 'userunknown', 'ann@example.org': 'expired' })
    }
  })

  it('never takes a message id for a recipient', async () => {
    const report = await parseBounce(
      message(`jane@example.org
-------server message
550 5.1.1 User unknown

-------original mail info
Message-ID: <20190429222222.ABC@mx.example.net>
`)
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it('reads every report of several concatenated messages, never the report a quoted original carries', async () => {
    const report = (recipient: string, boundary: string, quoted = '') => `From: MAILER-DAEMON@mx.example.net\r
To: sender@example.com\r
Subject: Delivery Status Notification\r
Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"\r
\r
--${boundary}\r
Content-Type: text/plain\r
\r
Delivery report.\r
--${boundary}\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example.net\r
\r
Final-Recipient: rfc822; ${recipient}\r
Action: failed\r
Status: 5.1.1\r
Diagnostic-Code: smtp; 550 5.1.1 user unknown\r
\r
--${boundary}\r
Content-Type: message/rfc822\r
\r
${quoted}From: sender@example.com\r
To: ${recipient}\r
\r
Hello\r
--${boundary}--\r
`
    const quotedBounce =
      'X-Note: quoted\r\n\r\nFinal-Recipient: rfc822; old@example.com\r\nAction: failed\r\n\r\n'
    const parsed = await parseBounce(
      `${report('first@example.org', 'b1', quotedBounce)}\r\n${report('second@example.org', 'b2')}`
    )
    expect(parsed.results.map((r) => r.address).sort()).toEqual(['first@example.org', 'second@example.org'])
  })
})

describe('raw reports: whose words', () => {
  it("gives each recipient of a Sendmail transcript its own line, not the next recipient's error", async () => {
    const report = await parseBounce(
      message(`   ----- Transcript of session follows -----
554 <jane@example.org>... Remote protocol error
554 <joe@example.org>... 550 Host unknown (Authoritative answer from name server)

   ----- Unsent message follows -----
`)
    )
    const byRecipient = Object.fromEntries(report.results.map((r) => [r.address, r]))
    expect(byRecipient['joe@example.org']).toMatchObject({
      classification: { reason: 'hostunknown', hardbounce: true },
    })
    expect(byRecipient['jane@example.org']?.classification.hardbounce).toBe(false)
  })

  it("reads the receiving server's reply that an Amazon SES DSN quotes, with that reply's code", async () => {
    const report = await parseBounce(
      dsn(
        'jane@example.org',
        "5.1.0 - Unknown address error 550-'5.7.1 <x@example.net>... Access denied' (delivery attempts: 0)"
      )
    )
    expect(report.results[0]).toMatchObject({
      status: '5.7.1',
      classification: { reason: 'securityerror', hardbounce: false },
    })
  })
})

describe('raw reports: more of the report', () => {
  it("reads a Status field's comment as the reporting MTA's reading of the code", async () => {
    const raw = dsn('jane@example.org', '550 5.2.1 <jane@example.org>... User Unknown').replace(
      'Status: 5.0.0',
      'Status: 5.2.1 (mailbox disabled, not accepting messages)'
    )
    expect((await parseBounce(raw)).results[0]).toMatchObject({
      classification: { reason: 'suspend', disposition: 'soft' },
    })
  })

  it("reads a local delivery program's exit as a mailer error whatever its status maps to", async () => {
    const raw = dsn('jane@example.org', 'temporary failure').replace(
      'Diagnostic-Code: smtp; temporary failure',
      'Diagnostic-Code: x-unix; temporary failure'
    )
    expect(
      (await parseBounce(raw.replace('Status: 5.0.0', 'Status: 4.3.0'))).results[0]?.classification.reason
    ).toBe('mailererror')
  })

  it('never suppresses a live address for its .forward pipe\'s exit 67, which Postfix words "user unknown"', async () => {
    // What a real Postfix 3.7 wrote for a live fwd@'s "|/bin/sh -c 'exit 67'" (sys_exits.c's EX_NOUSER text), and, for
    // a login that is gone, what its local(8) writes of its own.
    const report = (diagnostic: string) =>
      parseBounce(
        dsn('fwd@example.org', diagnostic)
          .replace(`Diagnostic-Code: smtp; ${diagnostic}`, `Diagnostic-Code: ${diagnostic}`)
          .replace('Status: 5.0.0', 'Status: 5.1.1')
      ).then((r) => r.results[0]?.classification)
    expect(await report('x-unix; user unknown')).toMatchObject({ reason: 'mailererror', disposition: 'soft' })
    expect(await report('X-Postfix; unknown user: "fwd"')).toMatchObject({
      reason: 'userunknown',
      disposition: 'hard',
    })
  })

  it("reads PowerMTA's bounce category when nothing else decides, never over the words or a specific code", async () => {
    const withCategory = (diagnostic: string, category: string, status = '5.0.0') =>
      parseBounce(
        dsn('jane@example.org', diagnostic, `X-PowerMTA-BounceCategory: ${category}\r\n`).replace(
          'Status: 5.0.0',
          `Status: ${status}`
        )
      ).then((r) => r.results[0]?.classification)
    expect(
      await withCategory('554 Transaction failed (in reply to RCPT TO command)', 'bad-mailbox')
    ).toMatchObject({
      reason: 'userunknown',
      rule: 'provider:PowerMTA/bad-mailbox',
    })
    // Its reading of the words gets the words' guard: not refused at RCPT TO and no x.1.x status, not a dead address.
    expect(await withCategory('554 Transaction failed', 'bad-mailbox')).toMatchObject({ reason: 'filtered' })
    expect(await withCategory('554 Transaction failed', 'quota-issues')).toMatchObject({
      reason: 'mailboxfull',
    })
    expect(await withCategory('554 Transaction failed', 'inactive-mailbox')).toMatchObject({
      reason: 'suspend',
    })
    // Words that name a cause, and a specific code, come first.
    expect(await withCategory('550 5.7.1 blocked using zen.spamhaus.org', 'bad-mailbox')).toMatchObject({
      reason: 'blocked',
    })
    expect(await withCategory('550 sorry', 'bad-mailbox', '5.2.2')).toMatchObject({ reason: 'mailboxfull' })
    // A category PowerMTA itself leaves open decides nothing.
    expect(await withCategory('554 Transaction failed', 'other')).toMatchObject({ rule: 'fallback' })
  })

  it('gives each recipient of a one-line-per-recipient list its own line', async () => {
    const report = await parseBounce(
      message(`jane@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <jane@example.org>... User Unknown
joe@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <joe@example.org>... Mailbox Full
`)
    )
    const byRecipient = Object.fromEntries(report.results.map((r) => [r.address, r.classification.reason]))
    expect(byRecipient).toEqual({ 'jane@example.org': 'userunknown', 'joe@example.org': 'mailboxfull' })
  })
})

describe('raw reports: hostile shapes', () => {
  it('reads a report padded with 50,000 whitespace lines (no regex may scan across them from every line)', async () => {
    const padded = message(`x\n${' \n'.repeat(50_000)}jane@example.org 550 5.1.1 user unknown\n`)
    const report = await parseBounce(padded)
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  }, 15_000)

  it('reads a report padded with a long run of address characters (no address match may scan it from every start)', async () => {
    for (const run of ['{', '.', "550-'"]) {
      const report = await parseBounce(
        message(`${run.repeat(150_000 / run.length)}\njane@example.org 550 5.1.1 user unknown\n`)
      )
      expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    }
  }, 15_000)

  it('reads at most 1,000 recipients from a DSN with 20,000 recipient blocks', async () => {
    const blocks = Array.from(
      { length: 20_000 },
      (_, i) => `Final-Recipient: rfc822; u${i}@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n`
    ).join('\r\n')
    const raw = `From: MAILER-DAEMON@mx.example.net\r\nTo: s@example.com\r\nSubject: DSN\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n${blocks}\r\n--b--\r\n`
    // The cap, not the clock, is under test: a loaded test machine must not hit the time budget first.
    const report = await parseBounce(raw, { budget: { ms: 60_000 } })
    expect(report.results.length).toBe(1000)
    expect(report.results[999]).toMatchObject({
      address: 'u999@example.org',
      classification: { reason: 'userunknown' },
    })
  }, 15_000)

  it('reads at most 1,000 recipients from one message, however many it lists', async () => {
    const list = Array.from({ length: 3000 }, (_, i) => `user${i}@example.org: 550 5.1.1 user unknown`).join(
      '\n'
    )
    const report = await parseBounce(message(`${list}\n`), { budget: { ms: 60_000 } })
    expect(report.results.length).toBe(1000)
    expect(report.results[0]?.address).toBe('user0@example.org')
  }, 15_000)
})

describe('raw reports: status and reply code as reported', () => {
  /** A notice's results as [address, kind, disposition], under the subject its kind of notice carries. */
  const readings = async (body: string, subject: string) =>
    (await parseBounce(message(body).replace('Undelivered Mail Returned to Sender', subject))).results.map(
      (r) => [r.address, r.kind, r.classification.disposition]
    )

  it('reports the last attempt’s own code when the DSN Status only says the queue expired (x.4.7)', async () => {
    const report = await parseBounce(
      dsn(
        'jane@example.org',
        '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'
      ).replace('Status: 5.0.0', 'Status: 4.4.7')
    )
    expect(report.results[0]).toMatchObject({
      status: '4.4.2',
      pseudoStatus: null,
      classification: { reason: 'expired' },
    })
  })

  it('keeps an x.4.7 Status when the diagnostic names no other code', async () => {
    const report = await parseBounce(
      dsn('jane@example.org', '550 4.4.7 QUEUE.Expired; message expired').replace(
        'Status: 5.0.0',
        'Status: 4.4.7'
      )
    )
    expect(report.results[0]).toMatchObject({ status: '4.4.7', classification: { reason: 'expired' } })
  })

  it('gives a report without an enhanced code the undefined status of its class, marked as pseudo', async () => {
    const permanent = await parseBounce(
      message(`jane@example.org
    mailbox is full: retry timeout exceeded
`)
    )
    expect(permanent.results[0]).toMatchObject({ status: null, pseudoStatus: '5.0.0', replyCode: null })
    const transient = await parseBounce(
      message('<jane@example.org>: host mx.example.org said: 452 mailbox is full\n')
    )
    expect(transient.results[0]).toMatchObject({ status: null, pseudoStatus: '4.0.0', replyCode: '452' })
  })

  it('reads a prose delay warning as a deferral: temporary, recorded, never counted', async () => {
    const report = await parseBounce(
      message(
        `This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

Delivery to the following recipient has been delayed:

     jane@example.org

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect.
`,
        ''
      ).replace('Undelivered Mail Returned to Sender', 'Delivery Status Notification (Delay)')
    )
    expect(report.results[0]).toMatchObject({
      address: 'jane@example.org',
      action: 'delayed',
      status: null,
      pseudoStatus: '4.0.0',
      classification: { hardbounce: false, disposition: 'none' },
    })
  })

  it('reads a host\'s warning that it "will continue to attempt delivery" as a delay, never counted', async () => {
    // Words hosts document for their delay notices (a cPanel host's "The mail system will continue to attempt to
    // deliver your message", protectedservice.net's "we will continue to attempt delivery for some days").
    expect(
      await readings(
        `This is an automated message created by mail delivery software.

Your message to:
	jane@example.org

has not yet been delivered because the recipient server did not respond.

This is just a warning, you do not need to take any action. We will continue to attempt delivery of this message for 5 days.
`,
        'Warning: message has not yet been delivered'
      )
    ).toEqual([['jane@example.org', 'deferred', 'none']])
    expect(
      await readings(
        `This is an advisory-only email.  Please do not reply to it.

Delivery of email to this address

"calvin@example.com"

has been postponed due to a full mailbox.

We will continue to try to deliver your message over the next few days.
`,
        'Mail Delivery Warning'
      )
    ).toEqual([['calvin@example.com', 'deferred', 'none']])
  })

  it('counts a recipient under a "failed" heading even when the notice is a delay warning for the others', async () => {
    // Sendmail's savemail.c sorts a mixed notice under headings; the warning's words are about the queued ones.
    // The failure counted; the queued one named and recorded, never counted.
    expect(
      await readings(
        `The original message was received at Mon, 3 Mar 2025 09:00:00 +0000

   ----- The following addresses had permanent fatal errors -----
<carol@example.org>
    (reason: 550 5.1.1 <carol@example.org>... User unknown)

   ----- The following addresses had transient non-fatal errors -----
<bob@example.net>
    (reason: 451 4.4.1 reply: read error from mx.example.net.)

Delivery attempts will continue for the addresses with transient errors.
`,
        'Warning: could not send message for past 4 hours'
      )
    ).toEqual([
      ['carol@example.org', 'bounce', 'hard'],
      ['bob@example.net', 'deferred', 'none'],
    ])
  })

  it('counts a recipient whose own words are permanent in a mixed notice without headings (review of stop 45)', async () => {
    // Both are named: the failure counted, the delayed one recorded (never dropped, never counted).
    expect(
      await readings(
        `Delivery to the following recipient failed permanently:

    gone@example.org

Technical details of permanent failure:
    550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown

Delivery to the following recipient has been delayed:

    slow@example.net

Technical details of temporary failure:
    451 4.4.1 Connection timed out

The mail system will continue to try to deliver your message.
`,
        'Delivery Status Notification'
      )
    ).toEqual([
      ['gone@example.org', 'bounce', 'hard'],
      ['slow@example.net', 'deferred', 'none'],
    ])
  })

  it('tells a mixed notice by its intros when the failure quotes no code (second review of stop 45)', async () => {
    const mixed = await parseBounce(
      message(`Delivery to the following recipient failed permanently:

     gone@example.org

The email account that you tried to reach does not exist.

Delivery to the following recipient has been delayed:

     slow@example.net

Message will be retried for 2 more day(s)
`).replace('Undelivered Mail Returned to Sender', 'Delivery Status Notification')
    )
    // The failure is counted (a code-less unknown user reads soft by the corpus's convention), the queued one not.
    expect(mixed.results.map((r) => [r.address, r.kind, r.classification.disposition !== 'none'])).toEqual([
      ['gone@example.org', 'bounce', true],
      ['slow@example.net', 'deferred', false],
    ])
  })

  it("never reads a delay warning's quantities as a permanent reply (second review of stop 45)", async () => {
    for (const words of ['the message (552 KB) is queued', 'no answer after 540 seconds', 'call 555-0100'])
      expect(
        (
          await parseBounce(
            message(`THIS IS A WARNING MESSAGE ONLY.

Delivery to the following recipient has been delayed:

     jane@example.org

Technical details of temporary failure: ${words}
`).replace('Undelivered Mail Returned to Sender', 'Delivery Status Notification (Delay)')
          )
        ).results.map((r) => [r.kind, r.classification.disposition]),
        words
      ).toEqual([['deferred', 'none']])
  })

  it("reads a delay in the notice's own subject, never in the original's subject it copies", async () => {
    const failure = `Your message did not reach some or all of the intended recipients.

   Sent: Mon, 3 Mar 2025 09:00:00 +0000

The following recipient(s) could not be reached:

   bob@example.org
      Error Type: SMTP
      Remote server replied: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
`
    // The same notice with a temporary reply: what its subject says decides.
    const queued = failure.replace(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted'
    )
    const read = async (subject: string, body = failure) => {
      const report = await parseBounce(message(body).replace('Undelivered Mail Returned to Sender', subject))
      return [report.results[0]?.kind, report.results[0]?.classification.disposition]
    }
    expect(await read('Message undeliverable: Your order has been delayed')).toEqual(['bounce', 'hard'])
    expect(await read('Undeliverable: Flight delay compensation')).toEqual(['bounce', 'hard'])
    // The notice's own words: Exchange's "Delivery delayed:", Exim's and Sendmail's warnings.
    expect((await read('Delivery delayed: Your order', queued))[0]).toBe('deferred')
    expect((await read('Warning: message 1abcde-000001-AB delayed 24 hours', queued))[0]).toBe('deferred')
    // A forward's or a gateway's tag before the notice's own subject is not its first word.
    expect((await read('Fwd: Delayed Mail (still being retried)', queued))[0]).toBe('deferred')
    expect((await read('[EXT] Delivery delayed: Your order', queued))[0]).toBe('deferred')
    // A recipient whose own words are permanent failed, whatever the subject says (review of stop 45).
    expect(await read('Delivery delayed: Your order')).toEqual(['bounce', 'hard'])
  })

  it('does not read a failure report as a delay because it mentions retrying', async () => {
    const report = await parseBounce(
      message(`This is a permanent error; I've given up. Sorry it didn't work out.

<jane@example.org>:
550 5.1.1 The email account that you tried to reach does not exist
`)
    )
    expect(report.results[0]).toMatchObject({
      action: null,
      status: '5.1.1',
      classification: { disposition: 'hard' },
    })
  })

  it('reads the reply code Exim quotes after the refused command', async () => {
    const report = await parseBounce(
      message(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jane@example.org
    SMTP error from remote mail server after RCPT TO:<jane@example.org> SIZE=1024:
    550 unknown user
`)
    )
    expect(report.results[0]).toMatchObject({ address: 'jane@example.org', replyCode: '550' })
  })

  it('reports the 2.x.x status of a delivered DSN recipient', async () => {
    const report = await parseBounce(
      dsn('jane@example.org', '250 2.1.5 OK')
        .replace('Action: failed', 'Action: delivered')
        .replace('Status: 5.0.0', 'Status: 2.1.5')
    )
    expect(report.results[0]).toMatchObject({
      status: '2.1.5',
      pseudoStatus: null,
      classification: { reason: 'delivered' },
    })
  })
})

describe('raw reports: localized Exchange NDRs', () => {
  it('never reads the quoted original under a French heading as the report', async () => {
    const report = await parseBounce(
      message(
        `Informations de diagnostic pour les administrateurs :

Serveur de génération : mx.example.fr

jane@example.fr
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

En-têtes de message d'origine :

To: someone.else@example.com
From: sender@example.com
`,
        ''
      ).replace('Undelivered Mail Returned to Sender', 'Non remis : hello')
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.fr'])
    expect(report.results[0]).toMatchObject({
      status: '5.1.1',
      replyCode: '550',
      classification: { reason: 'userunknown' },
    })
  })
})

describe('raw reports: formats of MTAs the corpus has few or none of', () => {
  const raw = (headers: string, body: string) => `${headers.trim()}\r\n\r\n${body.replace(/\n/g, '\r\n')}`
  const cases: [string, string, Record<string, unknown>][] = [
    [
      'Smail 3 / Deutsche Telekom (recipient in angle brackets, reason on the next line)',
      raw(
        'From: Mail Delivery System <Mailer-Daemon@t-online.de>\r\nSubject: mail failed, returning to sender',
        `|------------------------- Failed addresses follow: ---------------------|
 <jane@t-online.de>
   552 5.2.2 <jane@t-online.de> Quota exceeded (mailbox for user is full)

|------------------------- Message header follows: ----------------------|
To: jane@t-online.de
`
      ),
      {
        address: 'jane@t-online.de',
        status: '5.2.2',
        replyCode: '552',
        classification: { reason: 'mailboxfull' },
      },
    ],
    [
      'Smail 3 ("address ... reason")',
      raw(
        'From: MAILER-DAEMON@mx.example.com\r\nSubject: mail failed, returning to sender',
        `|------------------------- Failed addresses follow: ---------------------|
 jane@nowhere.example.com ... unknown host
|------------------------- Message text follows: ------------------------|
`
      ),
      { address: 'jane@nowhere.example.com', classification: { reason: 'hostunknown' } },
    ],
    [
      'InterScan MSS transcript (Sent <<< / Received >>>)',
      raw(
        'From: "InterScan MSS" <postmaster@mx.example.jp>\r\nSubject: Mail could not be delivered',
        `Sent <<< RCPT TO:<jane@example.jp>
Received >>> 550 5.1.1 <jane@example.jp>... user unknown
`
      ),
      { address: 'jane@example.jp', status: '5.1.1', classification: { reason: 'userunknown' } },
    ],
    [
      'an unnamed MTA that writes "SMTP Server <host> rejected recipient <address>"',
      raw(
        'From: postmaster@mx.example.jp\r\nSubject: There was an error sending your mail',
        `We had trouble delivering your message. Full details follow:

1 error(s):

SMTP Server <mta2.example.jp> rejected recipient <jane@example.jp>  (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]
`
      ),
      {
        address: 'jane@example.jp',
        status: '5.1.1',
        replyCode: '550',
        classification: { reason: 'userunknown' },
      },
    ],
    [
      'fml mailing-list manager (not a member)',
      raw(
        'From: list-admin@example.org\r\nSubject: NOT MEMBER article from sender@example.com\r\nX-MLServer: fml [fml 4.0.3]',
        `You are not a member of this mailing list <list@example.org>.

Original mail as follows:
`
      ),
      { address: 'list@example.org', classification: { reason: 'rejected', disposition: 'block' } },
    ],
  ]
  it.each(cases)('%s', async (_name, message, expected) => {
    const report = await parseBounce(message)
    expect(report.results).toHaveLength(1)
    expect(report.results[0]).toMatchObject(expected)
  })
})

describe('raw reports: the stage qmail names', () => {
  it('reads "Connected to … but greeting failed" as a refusal at connection (blocked, not a recipient fault)', async () => {
    const report = await parseBounce(
      message(`Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jane@example.org>:
Connected to 192.0.2.1 but greeting failed.
Remote host said: 554 go away
`)
    )
    expect(report.results[0]).toMatchObject({ address: 'jane@example.org', stage: 'connect' })
    expect(report.results[0]?.classification.reason).toBe('blocked')
  })
})

describe('report text: where the quoted original starts', () => {
  it('cuts at the earliest marker, whichever it is', () => {
    const body = 'User unknown: a@example.com\n\nReceived: from x\n------ Original message follows ------\n'
    expect(reportText(body)).toBe('User unknown: a@example.com\n\n')
    expect(reportText('Failed.\n--- Original message follows ---\nReceived: from x\n')).toBe('Failed.\n')
  })

  it('ignores a marker that opens the body, also where it recurs later', () => {
    const body = 'Received: from a\nmailbox full: b@example.com\nReceived: from c\n'
    expect(reportText(body)).toBe(body)
    expect(reportText('Received: from a\nfull\n-- original message\nx\n')).toBe('Received: from a\nfull\n')
  })
})

describe("raw reports: DTI's Mail System Error (dream.jp's sample)", () => {
  const returned = (body: string) =>
    `From: Mail Administrator <Postmaster@point.example.jp>\r\nTo: sender@example.jp\r\nSubject: Mail System Error - Returned Mail\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}`

  it('reads "rejected by a remote mail server" as a refusal at RCPT TO: an unknown user is dead', async () => {
    const report = await parseBounce(
      returned(`This Message was undeliverable due to the following reason:

Each of the following recipients was rejected by a remote mail server.

    Recipient: <pwd1234567@m1.point.example.jp>
    Reason:    <pwd1234567@m1.point.example.jp>... User unknown
`)
    )
    expect(
      report.results.map((r) => [r.address, r.classification.reason, r.classification.hardbounce])
    ).toEqual([['pwd1234567@m1.point.example.jp', 'userunknown', true]])
  })

  it('reads a reason given before the address, and leaves its courtesy footer out of the sentence', async () => {
    const report = await parseBounce(
      returned(`This Message was undeliverable due to the following reason:

The user(s) account is temporarily over quota.

<kijitora@example.ne.jp>

Please reply to <Postmaster@example.ne.jp>
if you feel this message to be in error.
`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason, r.diagnostic])).toEqual([
      [
        'kijitora@example.ne.jp',
        'mailboxfull',
        '<kijitora@example.ne.jp> The user(s) account is temporarily over quota.',
      ],
    ])
  })

  it('reads its Japanese text the same way', async () => {
    const report = await parseBounce(
      returned(`このメールは以下の原因により届けることが出来ませんでした:

以下の受取人は、相手のメールサーバに拒否されました。

受取人: <pwd1234567@m1.point.example.jp>
原因:  <pwd1234567@m1.point.example.jp> のユーザーは登録されていません
`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['pwd1234567@m1.point.example.jp', 'userunknown'],
    ])
  })
})
