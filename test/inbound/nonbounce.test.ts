import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { NON_BOUNCES } from './non-bounce-layouts'

const mail = (headers: string, body: string) => `${headers}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`

describe('raw messages that are not bounces are never counted', () => {
  // Outlook's Slovak and Czech "Automatic reply:" subjects (an e-shop's mailbox analysis and a CMS's auto-reply words
  // list them: "Automatická odpoveď", "Automatická odpověď"), sent by Exchange without RFC 3834 headers.
  for (const subject of ['Automatická odpoveď: Novinky august', 'Automatická odpověď: Novinky srpen']) {
    it(`reads "${subject.split(':')[0]}" as the sender's auto-reply, never the colleague it names`, async () => {
      const report = await parseBounce(
        mail(
          `From: Eva Novak <eva.novak@firma.example>\r\nTo: news@sender.example\r\nSubject: =?utf-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(subject)))}?=\r\nContent-Type: text/plain; charset=utf-8`,
          'Dobrý deň, do 15. 8. som na dovolenke. V naliehavých prípadoch kontaktujte kolegu peter.horvath@firma.example, tel. +421 2 450 123 45.'
        )
      )
      expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
        ['eva.novak@firma.example', 'vacation'],
      ])
    })
  }

  it("answers Mailman's bounce probe, whose attached sample bounce is no report, and Mailman 3's disable notice", async () => {
    // Mailman's probe.txt, with the member's old bounce attached as a sample (send_probe attaches it).
    const sample = [
      'From: MAILER-DAEMON@mx.fastmx.example (Mail Delivery System)',
      'To: test-bounces+anne=sender.example@lists.example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
      '',
      '--B1',
      'Content-Type: text/plain',
      '',
      '<anne@sender.example>: host mx.fastmx.example[192.0.2.9] said: 550 5.1.1 User unknown',
      '--B1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.fastmx.example',
      '',
      'Final-Recipient: rfc822; anne@sender.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '--B1--',
    ].join('\r\n')
    const probe = await parseBounce(
      [
        'From: test-bounces+0001@lists.example.org',
        'To: anne@sender.example',
        'Subject: Test mailing list probe message',
        'Content-Type: multipart/mixed; boundary="PROBE"',
        '',
        '--PROBE',
        'Content-Type: text/plain',
        '',
        'This is a probe message.  You can ignore this message.',
        '',
        'The test@lists.example.org mailing list has received a number of bounces from you.  A sample is attached below.',
        '--PROBE',
        'Content-Type: message/rfc822',
        '',
        sample,
        '--PROBE--',
      ].join('\r\n'),
      { recipient: 'anne@sender.example' }
    )
    expect(probe).toMatchObject({ results: [], notBounce: 'list-notice' })
    const disabled = await parseBounce(
      mail(
        'From: test-owner@lists.example.org\r\nTo: anne@sender.example\r\nSubject: Your subscription for Test mailing list has been disabled',
        'Your subscription has been disabled on the test@lists.example.org mailing list\nbecause it has received a number of bounces indicating that there may\nbe a problem delivering messages to anne@sender.example.'
      )
    )
    expect(disabled).toMatchObject({ results: [], notBounce: 'list-notice' })
    // qmail's bounce of the probe copies it inline, its sample's DSN fields included: qmail's own failure decides.
    const bounced = await parseBounce(
      mail(
        'From: MAILER-DAEMON@mx.member.example\r\nTo: test-bounces+0001@lists.example.org\r\nSubject: failure notice',
        [
          'Hi. This is the qmail-send program at mx.member.example.',
          "I'm afraid I wasn't able to deliver your message to the following addresses.",
          "This is a permanent error; I've given up. Sorry it didn't work out.",
          '',
          '<anne@member.example>:',
          'Sorry, no mailbox here by that name. (#5.1.1)',
          '',
          '--- Below this line is a copy of the message.',
          '',
          'Subject: Test mailing list probe message',
          '',
          'This is a probe message.  You can ignore this message.',
          '',
          'Final-Recipient: rfc822; anne@member.example',
          'Action: failed',
          'Status: 4.2.2',
          'Diagnostic-Code: smtp; 452 4.2.2 Mailbox full',
        ].join('\n')
      )
    )
    expect(bounced.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['anne@member.example', 'hard'],
    ])
  })

  it("answers Exchange's relay receipt without its DSN part with no result", async () => {
    // "Relayed: …", the wording Microsoft's KB 3184617 quotes: delivered onward, the destination sent no receipt.
    const report = await parseBounce(
      mail(
        'From: Microsoft Outlook <postmaster@sender.example>\r\nTo: bounces@sender.example\r\nSubject: Relayed: Your June newsletter',
        'Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\njane.doe@fastmx.example (jane.doe@fastmx.example)<mailto:jane.doe@fastmx.example>\n\nSubject: Your June newsletter'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'delivery-notice' })
  })

  it("takes no phone number in a person's note for a reply code", async () => {
    // A subject no list knows; the only "code" is the phone number's "450 ".
    const report = await parseBounce(
      mail(
        'From: Eva Novak <eva.novak@firma.example>\r\nTo: news@sender.example\r\nSubject: Szabadság',
        'Augusztus 15-ig szabadságon vagyok. Sürgős esetben: peter.horvath@firma.example, tel. +36 1 450 1234.'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'no-report' })
  })

  it('answers a challenge-response request (confirm you are human) with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: Jane Doe <jane@example.org>\r\nTo: sender@example.com\r\nSubject: Please confirm your message',
        'Hello, I use a spam filter.\nPlease click the link below to verify that you are a real person:\nhttps://verify.example/abc\nJane <jane@example.org>'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'challenge', why: 'not a bounce: challenge' })
  })

  it("answers Postfix's success notice without its DSN part with no result, and still reads one that quotes a failure", async () => {
    const headers =
      'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\r\nTo: ann@example.net\r\nSubject: Successful Mail Delivery Report'
    const notice = (entry: string) =>
      `This is the mail system at host mx.example.org.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n${entry}`
    const delivered = await parseBounce(
      mail(
        headers,
        notice('<joe@example.org>: delivery via mx.example.org[10.4.5.6]:25: 250 2.0.0 Ok: queued')
      )
    )
    expect(delivered).toMatchObject({ results: [], notBounce: 'delivery-notice' })
    const failed = await parseBounce(
      mail(headers, notice('<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown'))
    )
    expect(failed.notBounce).toBeUndefined()
    expect(failed.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'userunknown'],
    ])
  })

  it("answers Postfix's verify report and Stalwart's success notice without their DSN parts with no result", async () => {
    const verify = await parseBounce(
      mail(
        'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\r\nTo: ann@example.net\r\nSubject: Mail Delivery Status Report',
        'This is the mail system at host mx.example.org.\n\nEnclosed is the mail delivery report that you requested.\n\n                   The mail system\n\n<joe@example.org>: delivery via mx.example.org[192.0.2.1]:25: 250 2.1.5 Ok'
      )
    )
    expect(verify).toMatchObject({ results: [], notBounce: 'delivery-notice' })
    const stalwart = await parseBounce(
      mail(
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\r\nTo: ann@example.net\r\nSubject: Successfully delivered message',
        "Your message has been successfully delivered to the following recipients:\n\n<joe@example.org> (delivered to 'mx.example.org' with code 250 (2.0.0) 'Ok: queued as 4F1A2B')"
      )
    )
    expect(stalwart).toMatchObject({ results: [], notBounce: 'delivery-notice' })
  })

  // Exchange's "Delivered:" receipt, as a real one reads (pasted into a public test app): its Status is built from
  // non-delivery codes a receipt does not carry (MS-OXCMAIL 2.1.3.6.1), so it says 5.4.0 beside Action: delivered and
  // X-Supplementary-Info: < #2.0.0>.
  const exchangeReceipt = (
    dsn: boolean,
    block = 'Action: delivered\r\nStatus: 5.4.0\r\nX-Supplementary-Info: < #2.0.0>'
  ) =>
    [
      'From: "postmaster@corp.example" <postmaster@corp.example>',
      'To: Ann <ann@example.net>',
      'Subject: Delivered: FW: Ransomware Trojan Warning',
      `Content-Type: multipart/report; boundary="b1"; report-type=delivery-status`,
      'MIME-Version: 1.0',
      '',
      '--b1',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Your message has been delivered to the following recipients:',
      '',
      'Tanel Doe (info@example.org)<mailto:info@example.org>',
      '',
      'Bianca Doe (bianca@example.org)<mailto:bianca@example.org>',
      '',
      'Subject: FW: Ransomware Trojan Warning',
      '',
      ...(dsn
        ? [
            '--b1',
            'Content-Type: message/delivery-status',
            '',
            'Reporting-MTA: dns; corp.example',
            '',
            `Final-recipient: RFC822; info@example.org\r\n${block}\r\nX-Display-Name: Tanel Doe`,
            '',
            `Final-recipient: RFC822; bianca@example.org\r\n${block}\r\nX-Display-Name: Bianca Doe`,
            '',
          ]
        : []),
      '--b1--',
      '',
    ].join('\r\n')

  it("reads Exchange's delivery receipt as delivered, though its Status says 5.4.0", async () => {
    const report = await parseBounce(exchangeReceipt(true))
    expect(report.results.map((r) => [r.address, r.kind, r.classification.reason])).toEqual([
      ['info@example.org', 'delivered', 'delivered'],
      ['bianca@example.org', 'delivered', 'delivered'],
    ])
  })

  it('still reads a delivered Action as failed where the block carries a failure diagnostic of its own', async () => {
    for (const diagnostic of [
      'smtp; 550 5.1.1 <info@example.org>: User unknown',
      // OpenSMTPD before its fix (issues #586, #687) wrote every bounce as delivered, its diagnostic in words.
      'smtp; Bad destination mailbox address',
    ]) {
      const report = await parseBounce(
        exchangeReceipt(true, `Action: delivered\r\nStatus: 5.1.1\r\nDiagnostic-Code: ${diagnostic}`)
      )
      expect(
        report.results.map((r) => [r.kind, r.classification.reason]),
        diagnostic
      ).toEqual([
        ['bounce', 'userunknown'],
        ['bounce', 'userunknown'],
      ])
    }
  })

  it("answers Exchange's delivery receipt without its DSN part with no result", async () => {
    expect(await parseBounce(exchangeReceipt(false))).toMatchObject({
      results: [],
      notBounce: 'delivery-notice',
    })
  })

  it("answers AgentJ's request to confirm a sender (English and French) as a challenge", async () => {
    for (const text of [
      'You tried to send an email to: bob@example.net\n\nFor security reasons we are obliged to check your email.\n\nPlease confirm your email by clicking on the following link:\nhttps://agentj.example.net/check/abc',
      "Vous avez tenté d'envoyer un mail à destination : bob@example.net\n\nMerci de confirmer votre email en cliquant sur le lien suivant :\nhttps://agentj.example.net/check/abc",
    ]) {
      const report = await parseBounce(
        mail(
          'From: Bob <no-reply-auth@example.net>\r\nTo: ann@example.org\r\nSubject: Re : Quote\r\nAuto-Submitted: auto-replied',
          text
        )
      )
      expect(report).toMatchObject({ results: [], notBounce: 'challenge' })
    }
  })

  it('answers a whitelist request with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: jane@example.org\r\nSubject: Your message to jane@example.org',
        'To get your message delivered, please add me to your approved senders list: jane@example.org'
      )
    )
    expect(report.notBounce).toBe('challenge')
  })

  it('answers a sender-verification request in other words (verify to reach, delivered once verified)', async () => {
    const report = await parseBounce(
      mail(
        'From: "Jane Doe (via Mailverify)" <verify@mailverify.example>\r\nSubject: Please verify your email address to reach Jane Doe',
        'You recently sent a message to jane@example.com. Jane uses a sender verification service.\nYour message will be delivered once you have verified your address: https://mailverify.example/v/abc'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'challenge' })
  })

  it('answers a message with no sign of a failure report (a ticket acknowledgement) with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: Example Support <support@example.com>\r\nSubject: [Ticket #1234] We received your request\r\nAuto-Submitted: auto-generated',
        'Thanks for contacting Example Support. Your request has been received.\nFor urgent matters write to help@example.com.'
      ),
      // Not even a signed return path makes it a report about that address.
      { recipient: 'jane@example.org' }
    )
    expect(report).toMatchObject({ results: [], notBounce: 'no-report', why: 'not a bounce: no-report' })
  })

  it("answers a person's thank-you note naming a colleague with no result", async () => {
    const report = await parseBounce(
      mail(
        'From: Jane Doe <jane@example.com>\r\nSubject: Thank you for your message',
        'Thank you for your email. We will review it shortly.\nFor urgent matters please contact john@example.com.'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'no-report' })
  })

  it('still reads a report from no mail system under no bounce subject when its words say a delivery failed', async () => {
    for (const body of [
      "Your message to jane@example.org couldn't be delivered. jane wasn't found at example.org.",
      'Die Nachricht an jane@example.org ist unzustellbar.',
      'jane@example.org: mailbox is full',
    ]) {
      const report = await parseBounce(
        mail('From: Mail Administrator <admin@mx.example.org>\r\nSubject: Message status', body)
      )
      expect(report.notBounce, body).toBeUndefined()
      expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
    }
  })

  it('answers a read receipt (RFC 8098) with no result', async () => {
    const raw = mail(
      'From: jane@example.org\r\nSubject: Read: hello\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary="b"',
      '--b\nContent-Type: text/plain\n\nYour message was displayed.\n--b\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; jane@example.org\nDisposition: manual-action/MDN-sent-manually; displayed\n--b--'
    )
    expect(await parseBounce(raw)).toMatchObject({ results: [], notBounce: 'receipt' })
  })

  it('records a Sieve rejection sent as an MDN (RFC 5429) as the recipient’s filter, not a receipt', async () => {
    const mdn = (disposition: string, words: string) =>
      mail(
        'From: Mail Sieve Subsystem <postmaster@example.org>\r\nTo: a@example.net\r\nSubject: Automatically rejected mail\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary="b"',
        `--b\nContent-Type: text/plain\n\n${words}\n--b\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; beth@example.org\nDisposition: ${disposition}\n--b\nContent-Type: message/rfc822\n\nFrom: a@example.net\nTo: beth@example.org\nSubject: hi\n\nhello\n--b--`
      )
    const rejected = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message was automatically rejected by Sieve, a mail filtering language.'
      )
    )
    expect(
      rejected.results.map((r) => [r.address, r.classification.reason, r.classification.hardbounce])
    ).toEqual([['beth@example.org', 'filtered', false]])
    // The recipient is the one the MDN names, never an address the script's words mention (a contact, the sender);
    // and the script's words, its owner's free text, never make a dead address.
    const contact = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message was automatically rejected by Sieve, a mail filtering language.\n\nThe following reason was given:\nThis mailbox no longer accepts mail. Please write to support@example.org or reply to a@example.net.'
      )
    )
    expect(contact.results.map((r) => [r.address, r.classification.hardbounce])).toEqual([
      ['beth@example.org', false],
    ])
    // Dovecot's rejection of a full mailbox keeps its cause.
    const full = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message to <beth@example.org> was automatically rejected:\nQuota exceeded (mailbox for user is full)'
      )
    )
    expect(full.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['beth@example.org', 'mailboxfull'],
    ])
    // Its preamble wrapped over two lines, or naming a quoted local part with a space, is the same rejection.
    const wrapped = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message to <"beth smith"@example.org> was\nautomatically rejected:\nI am not taking mail from you.'
      )
    )
    expect(wrapped.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['beth@example.org', 'filtered'],
    ])
    // Cyrus without virtual domains names its user id ("rfc822; beth"): the rejected original's To is the mailbox.
    const userId = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message was automatically rejected by Sieve, a mail filtering language.'
      ).replace('Final-Recipient: rfc822; beth@example.org', 'Final-Recipient: rfc822; beth')
    )
    expect(userId.results.map((r) => r.address)).toEqual(['beth@example.org'])
    // Dovecot 1.x's preamble, for a Sieve reject or a full mailbox.
    const dovecot1 = await parseBounce(
      mdn(
        'automatic-action/MDN-sent-automatically; deleted',
        'Your message was automatically rejected by Dovecot Mail Delivery Agent.\n\nThe following reason was given:\nQuota exceeded'
      )
    )
    expect(dovecot1.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['beth@example.org', 'mailboxfull'],
    ])
    // A receipt whose quoted subject says "automatically rejected" is still a receipt: the words must open the text.
    expect(
      await parseBounce(
        mdn(
          'automatic-action/MDN-sent-automatically; deleted',
          'Your message\n\n  Subject: Your claim was automatically rejected\n\nwas deleted without being read.'
        )
      )
    ).toMatchObject({ results: [], notBounce: 'receipt' })
    // Apache James's RejectAction: "This message was refused …", and its disposition's own "error" modifier says so
    // whatever the words (an admin may reword a preamble, never the field).
    for (const [disposition, words] of [
      [
        'automatic-action/MDN-sent-automatically;deleted/error',
        "This message was refused by the recipient's mail filtering program.\nThe reason given was:\nI am not taking mail from you.",
      ],
      ['automatic-action/MDN-sent-automatically; deleted/error', 'Ihre Nachricht wurde abgewiesen.'],
    ]) {
      const james = await parseBounce(mdn(disposition!, words!))
      expect(james.results.map((r) => [r.address, r.classification.reason])).toEqual([
        ['beth@example.org', 'filtered'],
      ])
    }
    // A person's client deleting the message unread, or an automatic receipt without those words, is a receipt.
    for (const [disposition, words] of [
      ['manual-action/MDN-sent-manually; deleted', 'Your message was deleted without being read.'],
      ['automatic-action/MDN-sent-automatically; deleted', 'Your message was deleted without being read.'],
      ['automatic-action/MDN-sent-automatically; displayed', 'Your message was automatically rejected.'],
    ])
      expect(await parseBounce(mdn(disposition!, words!))).toMatchObject({
        results: [],
        notBounce: 'receipt',
      })
  })

  it('reads a bounce carrying X-Autoreply or X-Autorespond (a relay or ticket system passing it on) as the bounce', async () => {
    for (const header of ['X-Autoreply: yes', 'X-Autorespond: yes']) {
      const report = await parseBounce(
        mail(
          `From: MAILER-DAEMON@mx.example.net\r\nTo: a@example.net\r\nSubject: failure notice\r\n${header}`,
          "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<gone@example.net>:\nSorry, no mailbox here by that name. (#5.1.1)\n"
        )
      )
      expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
        ['gone@example.net', 'userunknown'],
      ])
    }
    // An out-of-office with the header is still an auto-reply, also where it quotes a failure from the original.
    const quoting = await parseBounce(
      mail(
        'From: joe@example.com\r\nTo: a@example.net\r\nSubject: Away until Monday\r\nX-Autoreply: yes',
        'I am out of the office until Monday.\n\n> Your message to <ann@customer.example> could not be delivered:\n> 550 5.1.1 <ann@customer.example>: Recipient address rejected: User unknown\n'
      )
    )
    expect(quoting.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.com', 'vacation'],
    ])
    // An out-of-office with the header and no failure is still an auto-reply.
    const away = await parseBounce(
      mail(
        'From: jane@example.org\r\nTo: a@example.net\r\nSubject: Away\r\nX-Autoreply: yes',
        'I am away until Monday.'
      )
    )
    expect(away.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'vacation'],
    ])
  })

  it('answers a person’s reply with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: Jane <jane@example.org>\r\nSubject: Re: our meeting',
        'Thanks, see you then. Bob <bob@example.net>'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'reply' })
  })

  it("answers a person's reply that talks about a bounce (it answers a message and quotes it) with no result", async () => {
    const report = await parseBounce(
      mail(
        'From: Joe Example <joe@example.org>\r\nTo: Ann <sender@example.com>\r\nSubject: Re: Quarterly report\r\n' +
          'In-Reply-To: <q1@example.com>\r\nReferences: <q1@example.com>',
        'Hi Ann,\n\nBob says your copy to bob@example.org never arrived; his server answered "550 5.1.1 user\n' +
          'unknown" because he moved to robert@example.org. Could you resend it there?\n\nJoe\n\n' +
          'On Mon, 4 May 2026 at 09:59, Ann <sender@example.com> wrote:\n> Hi Joe, the quarterly report is attached.'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'reply' })
  })

  it("reads a ticket system's acknowledgement quoting a customer's failure as an auto-reply, never a bounce", async () => {
    // Request Tracker's default "Autoreply" template puts the ticket tag first; Zendesk's trigger says "[Request
    // received]". Both quote the customer's own message, here about a failure.
    const quoted =
      'Your message said:\n-------------\nMy mail to billing@example.org bounced: 550 5.1.1 user unknown'
    for (const subject of [
      '[example.org #48213] AutoReply: mail bounced',
      '[Request received] mail bounced',
    ]) {
      const report = await parseBounce(
        mail(`From: Support <support@example.org>\r\nTo: sender@example.com\r\nSubject: ${subject}`, quoted)
      )
      expect(report.kind, subject).toBe('autoreply')
      expect(
        report.results.every((r) => r.classification.disposition === 'none'),
        subject
      ).toBe(true)
    }
  })

  it('still reads a carrier bounce written as a reply ("Re:" from post_master with a 550)', async () => {
    const report = await parseBounce(
      mail(
        'From: post_master@vtext.example.com\r\nTo: sender@example.com\r\nSubject: Re: Test',
        'Error: 550 5.1.1 <nobody@vtext.example.com>: Recipient address rejected: User unknown'
      )
    )
    expect(report.notBounce).toBeUndefined()
    expect(report.results.map((r) => r.address)).toEqual(['nobody@vtext.example.com'])
  })

  it('still reads a bounce whose report quotes "confirm you are human" from the original', async () => {
    const report = await parseBounce(
      mail(
        'From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\nSubject: Undelivered Mail Returned to Sender',
        '<jane@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n\nPlease confirm you are human'
      )
    )
    expect(report.results.map((r) => r.classification.reason)).toEqual(['userunknown'])
  })

  it('reads localized auto-reply subjects as vacation notices, recorded with disposition none', async () => {
    for (const subject of ['Automatische Antwort: Hallo', 'Réponse automatique : bonjour', 'Autosvar: hej']) {
      const report = await parseBounce(
        mail(`From: jane@example.org\r\nSubject: ${subject}`, 'Away until Monday.')
      )
      expect(
        report.results.map((r) => r.classification.disposition),
        subject
      ).toEqual(['none'])
    }
  })
})

describe('unsubscribe requests sent to a list-unsubscribe mailto address', () => {
  it("answers Apple Mail's opt-out mail (Auto-Submitted, X-Apple-Unsubscribe) as a request, not a vacation", async () => {
    const report = await parseBounce(
      mail(
        'From: jane@icloud.com\r\nTo: opt-out-1@example.org\r\nSubject: unsubscribe\r\n' +
          'Auto-Submitted: auto-replied\r\nX-Apple-Unsubscribe: true',
        'Apple Mail sent this email to unsubscribe from the message \u201cWeekly news\u201d.'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'unsubscribe', why: 'not a bounce: unsubscribe' })
  })

  it('answers a mail client\'s bare "unsubscribe" request (RFC 2369 mailto with subject=unsubscribe)', async () => {
    const report = await parseBounce(
      mail('From: Jane <jane@example.net>\r\nTo: list-request@example.org\r\nSubject: Unsubscribe', '')
    )
    expect(report.notBounce).toBe('unsubscribe')
  })

  it('still reads a bounce of a mail whose subject was "unsubscribe"', async () => {
    const report = await parseBounce(
      mail(
        'From: MAILER-DAEMON@mx.example.net\r\nTo: s@example.com\r\nSubject: Undelivered Mail Returned to Sender',
        '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO ' +
          'command)\n\n--- original ---\nSubject: unsubscribe'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })
})

describe("a mailing list's notices are not bounces of its own address", () => {
  it('answers a post held for moderation (Mailman 2 postheld.txt) with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: mylist-owner@lists.example.org\r\nTo: poster@example.com\r\nSubject: Your message to Mylist awaits moderator approval',
        "Your mail to 'Mylist' with the subject\n\n    Hello\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list"
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'list-notice' })
  })

  it('answers a post refused by the moderator (Mailman 2 refuse.txt) without taking the list address for a recipient', async () => {
    const report = await parseBounce(
      mail(
        'From: mylist-owner@lists.example.org\r\nTo: poster@example.com\r\nSubject: Request to mailing list Mylist rejected',
        'Your request to the Mylist mailing list\n\n    Posting of your message titled "Hello"\n\nhas been rejected by the list moderator.\n\nAny questions should be directed to the list administrator at:\n\n    mylist-owner@lists.example.org'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'list-notice' })
  })

  it('reads any message Mailman marks as administrivia as a notice', async () => {
    const report = await parseBounce(
      mail(
        'From: mylist-bounces@lists.example.org\r\nTo: member@example.com\r\nX-List-Administrivia: yes\r\nSubject: Your membership in the Mylist mailing list has been disabled',
        'Your membership in the mailing list Mylist has been disabled due to excessive bounces.'
      )
    )
    expect(report.notBounce).toBe('list-notice')
  })

  it('still reads a delivery report a list forwards', async () => {
    const report = await parseBounce(
      mail(
        'From: mylist-bounces@lists.example.org\r\nX-List-Administrivia: yes\r\nSubject: Uncaught bounce notification\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\n--b--'
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['gone@example.net', 'userunknown'],
    ])
  })
})

describe('localized automatic replies', () => {
  it.each([
    'Resposta automática: Hello',
    'Automatyczna odpowiedź: Hello',
    '自動応答: Hello',
    '自动回复: Hello',
    'Автоматический ответ: Hello',
  ])('reads %s as a vacation notice of its sender', async (subject) => {
    const report = await parseBounce(
      mail(`From: jane@example.org\r\nTo: sender@example.com\r\nSubject: ${subject}`, 'Back on Monday.')
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'vacation'],
    ])
  })
})

describe('out-of-office notes with no auto-reply header and the original subject', () => {
  it("reads the note's opening words as a vacation notice of its sender, never a bounce of a colleague it names", async () => {
    for (const body of [
      "I'm currently out of the office until 10 December with limited access to email; replies may be delayed. For urgent matters contact john@example.com.",
      'Thank you for your message. I am on parental leave. Please write to team@example.com instead.',
      "I'll respond to your email when I return on Monday.",
    ]) {
      const report = await parseBounce(
        mail('From: Jane <jane@example.org>\r\nTo: sender@example.com\r\nSubject: Quarterly figures', body)
      )
      expect(
        report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition]),
        body
      ).toEqual([['jane@example.org', 'vacation', 'none']])
    }
  })

  it('still reads a bounce whose quoted original says its writer is out of the office', async () => {
    const report = await parseBounce(
      mail(
        'From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\nSubject: Quarterly figures',
        "<gone@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n\n--- Original message follows ---\nI'm out of the office until Monday."
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['gone@example.org', 'userunknown'],
    ])
  })
})

describe('encoded subjects', () => {
  it('reads an RFC 2047 encoded subject (a Japanese automatic reply, ISO-2022-JP in base64)', async () => {
    // "自動応答: Hello" in ISO-2022-JP, as Japanese mail clients send it.
    const subject = `=?ISO-2022-JP?B?${btoa(String.fromCharCode(0x1b, 0x24, 0x42, 0x3c, 0x2b, 0x46, 0x30, 0x31, 0x7e, 0x45, 0x7a, 0x1b, 0x28, 0x42))}?=: Hello`
    const report = await parseBounce(
      mail(`From: jane@example.org\r\nTo: sender@example.com\r\nSubject: ${subject}`, 'Back on Monday.')
    )
    expect(report.results.map((r) => r.classification.reason)).toEqual(['vacation'])
  })
})

describe('non-bounces as the software that sends them writes them (non-bounce-layouts.ts, sources cited there)', () => {
  // Left out: a person forwarding a bounce they got ("Fwd: Undelivered Mail …"): the bounce inside is real, and
  // its dead address is read, which may be right.
  for (const sample of NON_BOUNCES.filter((s) => s.name !== 'human-forwards-bounce')) {
    it(`${sample.name} (${sample.kind}) counts no failed recipient`, async () => {
      const report = await parseBounce(sample.raw)
      expect(report.results.filter((r) => r.classification.disposition !== 'none')).toEqual([])
      if (sample.kind === 'autoreply')
        expect(report.results.every((r) => r.classification.reason === 'vacation')).toBe(true)
    })
  }
})

describe('raw reports: a bounce under a plain sender and subject is still a report', () => {
  it('reads a Postfix paragraph whose reply code ends its line ("said: 550" wrapped) as a report', async () => {
    const raw = [
      'From: Example ISP <support@isp.example>',
      'To: a@example.net',
      'Subject: Notification',
      '',
      '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550',
      '   Requested action not taken: mailbox unavailable (in reply to RCPT TO command)',
      '',
    ].join('\r\n')
    const report = await parseBounce(raw)
    expect(report.notBounce).toBeUndefined()
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'userunknown'],
    ])
  })
})

describe('raw reports: list words in a bounce leave it a bounce', () => {
  it("reads a bounce whose quoted list footer says 'If you are not a subscriber to this list'", async () => {
    const raw = [
      'From: Mail Administrator <mailadmin@isp.example>',
      'To: s@example.com',
      'Subject: Message not delivered: [team] hello',
      '',
      'Your message could not be delivered to joe@example.org: 550 5.1.1 user unknown.',
      '',
      '> hello team',
      '> If you are not a subscriber to this list, please ignore this message.',
      '',
    ].join('\r\n')
    const report = await parseBounce(raw)
    expect(report.notBounce).toBeUndefined()
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })
})

describe("stop 30's gathering: a person's answer to a bounce, a filter's digest", () => {
  const ndr =
    '> Delivery has failed to these recipients or groups:\n> jane@example.org\n' +
    "> Remote Server returned '550 5.4.317 Message expired, connection refused'"

  it('answers a person\'s "Re: Undeliverable:" that quotes the NDR under "wrote:" with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: Bob Smith <bob@example.net>\r\nTo: list@lists.example.org\r\nSubject: Re: Undeliverable: [PATCH] fix\r\n' +
          'In-Reply-To: <ndr1@example.org>',
        `Who can fix this address?\n\nOn Mon, 1 Dec 2026, Microsoft Outlook wrote:\n${ndr}`
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'reply' })
  })

  it('still reads a daemon\'s bounce under a "Re:" subject, and a quoted NDR without In-Reply-To, as reports', async () => {
    const daemon = await parseBounce(
      mail(
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nTo: s@example.com\r\nSubject: Re: hello\r\n' +
          'In-Reply-To: <orig@example.com>',
        '<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'
      )
    )
    expect(daemon.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it("answers a spam filter's quarantine digest with no result, and still reads a bounce of one", async () => {
    const digest = await parseBounce(
      mail(
        "From: postmaster@example.org\r\nTo: joe@example.org\r\nSubject: Daily Spam Report for 'joe@example.org' - 03/12/2026",
        'There are 1 messages for joe@example.org in the spam quarantine.\n\nQuarantined message(s):\n\n' +
          '- 02/12/2026 21:14:09 from: offers@example.com\n  Subject: Your mailbox is almost full'
      )
    )
    expect(digest).toMatchObject({ results: [], notBounce: 'quarantine-digest' })
    const bounce = await parseBounce(
      mail(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: postmaster@example.org\r\nSubject: Undeliverable: Daily Spam Report for 'joe@example.org'",
        '<joe@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)'
      )
    )
    expect(bounce.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'mailboxfull'],
    ])
  })
})

describe("stop 30's third review: what the digest and reply rules must still read as bounces", () => {
  const postfix =
    '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'

  it.each([
    'Nicht zustellbar: Spam Quarantine Summary',
    'Non recapitabile: Daily Spam Report for joe@example.org',
    'Delivery delayed: Quarantine Summary',
  ])('reads a bounce of a digest under "%s"', async (subject) => {
    const report = await parseBounce(
      mail(`From: MAILER-DAEMON@mx.example.net\r\nSubject: ${subject}`, postfix)
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it('reads a refusal that names a quarantine in its reply as a bounce, not a digest', async () => {
    const report = await parseBounce(
      mail(
        'From: Mail Gateway <gateway@example.org>\r\nSubject: Message blocked',
        'Your message to joe@example.org could not be delivered: 550 5.7.1 Message in quarantine (spam).'
      )
    )
    expect(report.notBounce).toBeUndefined()
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it('reads a gateway\'s "RE: Returned mail" with a Sendmail transcript (">>>" is no quotation) as a bounce', async () => {
    const report = await parseBounce(
      mail(
        'From: Mail Gateway <gw@example.org>\r\nSubject: RE: Returned mail: see transcript for details\r\n' +
          'References: <orig1@example.net>',
        '   ----- The following addresses had permanent fatal errors -----\n<joe@example.org>\n\n' +
          '   ----- Transcript of session follows -----\n>>> RCPT To:<joe@example.org>\n<<< 550 5.1.1 User unknown'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })
})
