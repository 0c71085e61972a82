import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { MAX_RESULTS } from '../../src/inbound/result'
import { FRAMES } from './framings'
import { dsn } from './messages'

const USER_UNKNOWN = '550 5.1.1 <x>: Recipient address rejected: User unknown'

/** A Postfix-style prose bounce (no DSN part) with `body` as its report, under `headers` (To, Content-Type). */
const proseBounce = (body: string, headers = 'To: a@example.net') =>
  `From: MAILER-DAEMON@mx.example.net\r\n${headers}\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n${body}\r\n`
const UTF8 = 'To: a@example.net\r\nContent-Type: text/plain; charset=utf-8'

const arf = (rcptLines: string, feedbackType = 'abuse') =>
  `From: fbl@isp.example\r
To: fbl-reports@example.com\r
Subject: Abuse report\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=feedback-report; boundary="b"\r
\r
--b\r
Content-Type: text/plain\r
\r
This is an abuse report.\r
--b\r
Content-Type: message/feedback-report\r
\r
Feedback-Type: ${feedbackType}\r
User-Agent: test/1.0\r
Version: 1\r
${rcptLines}\r
--b--\r
`

const sesMail = (count: number) => {
  const recipients = Array.from({ length: count }, (_, i) => ({ emailAddress: `user${i}@example.org` }))
  const doc = {
    notificationType: 'Bounce',
    bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: recipients },
    mail: { messageId: 'ses-1' },
  }
  return `From: no-reply@sns.amazonaws.com\r\nTo: ops@example.com\r\nSubject: AWS Notification Message\r\n\r\n${JSON.stringify(doc)}\r\n`
}

describe('feedback reports: a complaint only where the report is one', () => {
  it('counts an abuse report as a complaint, and records an auth-failure or not-spam report without counting it', async () => {
    const abuse = await parseBounce(arf('Original-Rcpt-To: joe@example.org'))
    expect(abuse.results.map((r) => r.classification.disposition)).toEqual(['complaint'])
    for (const type of ['auth-failure', 'not-spam']) {
      const report = await parseBounce(arf('Original-Rcpt-To: joe@example.org', type))
      expect(
        report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition])
      ).toEqual([['joe@example.org', 'feedback', 'none']])
      expect(report.results[0]?.feedbackType).toBe(type)
    }
  })
})

describe('raw reports: recipients the report names are never dropped', () => {
  it("keeps the address a notice's own sentence says it could not deliver to, beside the one its reply names", async () => {
    // EarthLink's notice (flufl.bounce's simplematch, "earthlink.net supported domains"): "Sorry, unable to deliver
    // your message to <mailed> for the following reason:" over a reply naming another address (the mailbox an alias
    // leads to). The mailed address had been dropped for the reply's.
    const report = await parseBounce(
      proseBounce(
        'Sorry, unable to deliver your message to jane@example.com for\r\nthe following reason:\r\n\r\n 552 Quota violation for j.doe@example.com\r\n\r\nA copy of the original message below this line:',
        'To: a@example.net\r\nSubject: failure notice'
      )
    )
    expect(report.results.map((r) => r.address).sort()).toEqual(['j.doe@example.com', 'jane@example.com'])
    expect(report.results.every((r) => r.classification.reason === 'mailboxfull')).toBe(true)
  })

  it("reads InterScan's 'Unable to deliver message to <…>' as the notice's own sentence", async () => {
    const report = await parseBounce(
      proseBounce(
        'Unable to deliver message to <jane@example.com>\r\n\r\n   550 5.2.2 Mailbox full for j.doe@example.com\r\n\r\n***** End of message *****'
      )
    )
    expect(report.results.map((r) => r.address)).toContain('jane@example.com')
  })

  it('reports a one-letter top-level domain with its oddity, recorded but never suppressed', async () => {
    const report = await parseBounce(dsn('f.b@a.b.c', USER_UNKNOWN))
    expect(report.results).toHaveLength(1)
    const [event] = report.results
    expect(event?.address).toBe('f.b@a.b.c')
    expect(event?.addressOddity).toBe('the domain is not a valid host name')
    expect(event?.classification.reason).toBe('userunknown')
    expect(event?.classification.disposition).toBe('none')
    expect(event?.classification.rule).toMatch(/\+address:odd$/)
  })

  it('reports a # in the domain with its oddity', async () => {
    const report = await parseBounce(dsn('User@Exa#mple.com', USER_UNKNOWN))
    expect(report.results.map((r) => [r.address, r.addressOddity])).toEqual([
      ['user@exa#mple.com', 'the domain is not a valid host name'],
    ])
  })

  it('reports a # in the domain of a prose report, read whole between its brackets, with its oddity', async () => {
    const postfix = proseBounce(
      '<joe@Exa#mple.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown'
    )
    // qmail-remote's text for a domain it cannot resolve: its "(#5.1.2)" must not join the domain.
    const qmail = proseBounce(
      "<joe@exa#mple.org>:\r\nSorry, I couldn't find any host named exa#mple.org. (#5.1.2)\r\n\r\n" +
        '<ann@example.org>:\r\nSorry, no mailbox here by that name. (#5.1.1)'
    )
    // A domain with a piece after a "#": the whole bracketed address, never its ordinary-looking head.
    const tail = proseBounce(
      '<joe@example.org#2>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown'
    )
    const read = async (raw: string) =>
      (await parseBounce(raw)).results.map((r) => [r.address, r.addressOddity, r.classification.disposition])
    const odd = 'the domain is not a valid host name'
    expect(await read(postfix)).toEqual([['joe@exa#mple.org', odd, 'none']])
    expect(await read(qmail)).toEqual([
      ['joe@exa#mple.org', odd, 'none'],
      ['ann@example.org', null, 'hard'],
    ])
    expect(await read(tail)).toEqual([['joe@example.org#2', odd, 'none']])
  })

  it('never reads text that cannot be in a domain into a bracketed address', async () => {
    const report = await parseBounce(
      proseBounce('<joe@example.org:25>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown')
    )
    expect(report.results.map((r) => [r.address, r.addressOddity])).toEqual([['joe@example.org', null]])
  })

  it("reports RFC 5321's quoted local parts and address literals, from a DSN or a prose report", async () => {
    for (const address of ['"john doe"@example.org', 'joe@[192.0.2.1]']) {
      const fromDsn = await parseBounce(dsn(address, USER_UNKNOWN))
      const fromProse = await parseBounce(
        proseBounce(`${address}: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown`)
      )
      for (const report of [fromDsn, fromProse]) {
        expect(
          report.results.map((r) => [r.address, r.classification.disposition]),
          address
        ).toEqual([[address, 'none']])
      }
    }
  })

  it("reports a Japanese carrier's unquoted double-dot or dot-before-@ address, under its quoted key", async () => {
    // docomo and au issued "ta..ro." local parts until 2009; reports name them unquoted, as the mailbox is written.
    for (const [written, key] of [
      ['ta..ro.@docomo.ne.jp', '"ta..ro."@docomo.ne.jp'],
      ['Hanako.@ezweb.ne.jp', '"hanako."@ezweb.ne.jp'],
    ]) {
      const fromDsn = await parseBounce(dsn(written as string, USER_UNKNOWN))
      const fromProse = await parseBounce(
        proseBounce(`<${written}>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown`)
      )
      for (const report of [fromDsn, fromProse]) {
        expect(
          report.results.map((r) => [r.address, r.addressOddity, r.classification.reason]),
          written
        ).toEqual([[key, 'the local part has characters that are not allowed', 'userunknown']])
      }
    }
  })

  it('never reports a refused sender whose quoted local part holds a space', async () => {
    const report = await parseBounce(
      proseBounce(
        '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 sender <"bad guy"@example.com> black\r\n    listed (in reply to MAIL FROM command)'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it('keeps every recipient of a report naming one with capitals beyond ASCII, keyed as the API keys it, and never the sender', async () => {
    const twoRecipients = await parseBounce(
      proseBounce(
        '<ann@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown\r\nJOÉ@example.org: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown',
        UTF8
      )
    )
    expect(twoRecipients.results.map((r) => r.address)).toEqual(['ann@example.org', 'joÉ@example.org'])
    const fromSender = await parseBounce(
      proseBounce(
        'Your message from JÖRG@example.net to joe@example.org could not be delivered.\r\nReason: 550 5.1.1 user unknown',
        'To: JÖRG@example.net\r\nContent-Type: text/plain; charset=utf-8'
      )
    )
    expect(fromSender.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it('never cuts a local part with Latin letters beyond ASCII to its ASCII tail ("jöe@…" is not "e@…")', async () => {
    const report = await parseBounce(
      proseBounce('<jöe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown', UTF8)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jöe@example.org', 'userunknown'],
    ])
  })

  it('notes no oddity and keeps the disposition for an ordinary address', async () => {
    const [event] = (await parseBounce(dsn('jane@example.org', USER_UNKNOWN))).results
    expect(event?.addressOddity).toBeNull()
    expect(event?.classification.disposition).toBe('hard')
  })

  it('still refuses a recipient with a bidi override: no such key is ever recorded', async () => {
    const report = await parseBounce(dsn('jane\u202E@example.org', USER_UNKNOWN))
    expect(report.results.map((r) => r.address)).not.toContain('jane\u202E@example.org')
  })

  it('keeps the Kelvin sign from merging with a k mailbox', async () => {
    const report = await parseBounce(dsn('\u212Aate@example.org', USER_UNKNOWN))
    expect(report.results.map((r) => r.address)).not.toContain('kate@example.org')
  })

  it('keeps a role address the report calls the recipient (abuse@ mailed and unknown)', async () => {
    const report = await parseBounce(
      proseBounce(
        'Unable to send to abuse@example.org\r\n' +
          "Bounce reason: The recipient's email address (abuse@example.org) does not exist.\r\n" +
          '550 No such user\r\n\r\n' +
          'Unable to send to legal@example.org\r\n' +
          "Bounce reason: The recipient's email address (legal@example.org) does not exist.\r\n" +
          'host mx.example.org[192.0.2.1] said: 550 5.1.1 Address does not exist (in reply to RCPT TO command)'
      )
    )
    // abuse@ was dropped as boilerplate because another address was named: a failed recipient lost.
    expect(report.results.map((r) => r.address)).toEqual(['abuse@example.org', 'legal@example.org'])
  })

  it('still leaves out a postmaster the report only gives as a contact', async () => {
    const report = await parseBounce(
      proseBounce(
        '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO ' +
          'command)\r\n\r\nIf the recipient is unknown to you, contact postmaster@example.org.'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['joe@example.org'])
  })

  it('reads a bilingual NDR by the language it can read: the second mention decides', async () => {
    const report = await parseBounce(
      proseBounce(
        'Échec de la remise pour ces destinataires ou groupes :\r\n\r\n' +
          'Jane (jane@example.org)\r\n' +
          'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages.\r\n\r\n' +
          'Delivery failed for these recipients or groups:\r\n' +
          'Jane (jane@example.org)\r\n' +
          "The recipient's mailbox is full and cannot accept messages at this time.",
        UTF8
      )
    )
    // The French sentence alone was undetermined (onhold): the English one names the cause.
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'mailboxfull'],
    ])
  })

  it('keeps the first sentence when it decides, whatever a later mention says', async () => {
    const report = await parseBounce(
      proseBounce(
        '<jane@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO ' +
          'command)\r\n\r\nFinal-Recipient: jane@example.org; 550 5.1.1 user unknown'
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'mailboxfull'],
    ])
  })

  it('reads a DSN recipient followed by a comment (RFC 5322 CFWS), not the comment', async () => {
    const report = await parseBounce(dsn('jane@example.org (Jane Doe)', USER_UNKNOWN))
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'userunknown'],
    ])
  })
})

describe('raw reports: the recipient cap applies to every kind of report', () => {
  it(`reads at most ${MAX_RESULTS} Original-Rcpt-To lines of one ARF report`, async () => {
    const lines = Array.from({ length: MAX_RESULTS + 100 }, (_, i) => `Original-Rcpt-To: u${i}@example.org`)
    const report = await parseBounce(arf(lines.join('\r\n')))
    expect(report.kind).toBe('arf')
    expect(report.results).toHaveLength(MAX_RESULTS)
    expect(report.results[0]?.address).toBe('u0@example.org')
  })

  it(`reads at most ${MAX_RESULTS} recipients of one SES notification sent by mail`, async () => {
    const report = await parseBounce(sesMail(MAX_RESULTS + 100))
    expect(report.results).toHaveLength(MAX_RESULTS)
    expect(report.results.every((r) => r.classification.disposition === 'hard')).toBe(true)
  })

  it('reads an SES notification under the cap in full', async () => {
    expect((await parseBounce(sesMail(3))).results.map((r) => r.address)).toEqual([
      'user0@example.org',
      'user1@example.org',
      'user2@example.org',
    ])
  })

  it.each([
    ['at 76 columns', 76],
    ['at 998 columns (RFC 5322 line limit)', 998],
  ])('reads an SES notification a mailer hard-wrapped %s with bare line breaks', async (_, width) => {
    const doc = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          { emailAddress: 'jane@example.org', diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
        ],
      },
      mail: {
        messageId: 'ses-1',
        source: 'sender@example.com',
        sourceArn: `identity/sender@example.com${'x'.repeat(900)}`,
      },
    })
    const wrapped = doc.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\r\n')
    const raw = `From: no-reply@sns.amazonaws.com\r\nTo: ops@example.com\r\nSubject: AWS Notification Message\r\n\r\n${wrapped}\r\n`
    // Unread, the JSON fell to the prose reader, which reported the sender as a hard bounce.
    expect((await parseBounce(raw)).results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'userunknown'],
    ])
  })

  it("counts SES's Transient bounce read from mail: sent after SES stopped retrying, no delay notice (review of stop 45)", async () => {
    const doc = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [
          {
            emailAddress: 'full@example.org',
            status: '5.2.2',
            diagnosticCode: 'smtp; 552 5.2.2 Mailbox full',
          },
        ],
        timestamp: '2025-03-03T09:00:00.000Z',
      },
      mail: { messageId: 'ses-2', source: 'sender@example.com' },
    })
    const raw = `From: no-reply@sns.amazonaws.com\r\nTo: ops@example.com\r\nSubject: AWS Notification Message\r\n\r\n${doc}\r\n`
    const [result] = (await parseBounce(raw)).results
    expect([result?.address, result?.classification.disposition]).toEqual(['full@example.org', 'soft'])
    expect(result?.classification.rule).not.toContain('delayed')
  })

  it('answers no result, not an exception, for SES JSON that lacks the object its kind names', async () => {
    const raw = `From: no-reply@sns.amazonaws.com\r\nTo: ops@example.com\r\nSubject: x\r\n\r\n{"notificationType":"Bounce","mail":{}}\r\n`
    const report = await parseBounce(raw)
    expect(report.results).toEqual([])
  })
})

describe('raw reports: what is not a recipient', () => {
  const prose = (body: string) => proseBounce(body, 'To: s@example.com')
  const addressesOf = async (raw: string) => (await parseBounce(raw)).results.map((r) => r.address)

  it("never reports the parties of a quoted original's header block that no marker cut from the report", async () => {
    const quoted = [
      'From: Alice <alice@example.net>',
      'To: joe@example.org,',
      '  ann@example.com',
      'Cc: bob@example.com',
      'Subject: hello',
    ].join('\r\n')
    const addresses = await addressesOf(
      prose(
        `Your message could not be delivered to joe@example.org.\r\nReason: 550 5.1.1 User unknown\r\n\r\n${quoted}`
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it("still reports the quoted original's addressee when the report names nobody else", async () => {
    const addresses = await addressesOf(
      prose('Delivery failed: 550 5.1.1 User unknown\r\n\r\nTo: joe@example.org\r\nSubject: hello')
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it('keeps the recipient Postfix names "(expanded from <…>)": that is the address the sender mailed', async () => {
    const addresses = await addressesOf(
      prose(
        '<"joe@example.org"@autoreply.example.net> (expanded from\r\n    <joe@example.org>): Command died with\r\n' +
          '    status 2: "/usr/bin/autoreply". Command output: error: unrecognized\r\n' +
          '    arguments: s@example.com joe@example.org'
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it('never reports the alias or list Postfix expanded a failed member from; the alias of a pipe it does', async () => {
    const member = await addressesOf(
      prose(
        '<member1@example.com> (expanded from <staff@example.org>): host mx.example.com[192.0.2.1] said:\r\n' +
          '    550-5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command)'
      )
    )
    expect(member).toEqual(['member1@example.com'])
    const local = await addressesOf(
      prose('<joe@example.net> (expanded from <staff@example.org>): unknown user: "joe"')
    )
    expect(local).toEqual(['joe@example.net'])
  })

  it('never reports a single-quoted forward address, and keeps the recipient', async () => {
    const addresses = await addressesOf(
      prose(
        "Delivery to 'joe@example.org' failed:\r\n550 5.1.6 Recipient has moved; please use 'joe@new.example.org' instead"
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it("keeps the quoted original's addressee when outside its header block the report names only its postmaster", async () => {
    const addresses = await addressesOf(
      prose(
        'Delivery failed: 550 5.1.1 User unknown\r\nReport problems to postmaster@mx.example.net\r\n\r\n' +
          'To: joe@example.org\r\nSubject: hello'
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it("leaves out every line of a quoted header block, List-Unsubscribe's and Errors-To's addresses with the rest", async () => {
    const addresses = await addressesOf(
      prose(
        'Your message could not be delivered to joe@example.org.\r\nReason: 550 5.1.1 User unknown\r\n\r\n' +
          'From: news@example.com\r\nTo: joe@example.org\r\nSubject: hello\r\n' +
          'List-Unsubscribe: <mailto:unsub-123@lists.example.com>\r\nErrors-To: errors@lists.example.com'
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it('never reads a bracketed message id with odd characters as a recipient', async () => {
    const addresses = await addressesOf(
      prose(
        'Your message <20240101.abc!x@host~1.example.com> to <joe@example.org> failed: 550 5.1.1 User unknown'
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it('reports an address alone on its line whose domain has no dot (a mistyped domain), recorded as odd', async () => {
    const exim = proseBounce(
      'This message was created automatically by mail delivery software.\r\n\r\n' +
        'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\r\n' +
        'The following address(es) failed:\r\n\r\n  joe@gmailcom\r\n    Unrouteable address'
    )
    const report = await parseBounce(exim)
    expect(
      report.results.map((r) => [r.address, r.addressOddity !== null, r.classification.disposition])
    ).toEqual([['joe@gmailcom', true, 'none']])
    // In a sentence, "user@host" is left alone.
    expect(
      await addressesOf(prose('<jane@example.org>: 550 5.1.1 User unknown (relayed by root@mailhub)'))
    ).toEqual(['jane@example.org'])
  })

  it('takes a lone dotless address only when nothing else names a recipient, and never a postmaster or root', async () => {
    // An attached original's addressee and an X-Failed-Recipients header outrank a signature's "admin@mailhub".
    const withOriginal = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: s@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'The mailbox is full.',
      '--',
      'Mail administrator',
      'admin@mailhub',
      '--b1',
      'Content-Type: message/rfc822',
      '',
      'From: s@example.com',
      'To: joe@example.org',
      'Subject: hello',
      '',
      'hi',
      '--b1--',
      '',
    ].join('\r\n')
    expect(await addressesOf(withOriginal)).toEqual(['joe@example.org'])
    const failedHeader = proseBounce(
      'Delivery failed: user unknown.\r\n\r\nMailer:\r\n  postmaster@mx1',
      'To: s@example.com\r\nX-Failed-Recipients: joe@example.org'
    )
    expect(await addressesOf(failedHeader)).toEqual(['joe@example.org'])
    expect(
      await addressesOf(prose('Delivery failed: mailbox full.\r\n\r\nContact:\r\n  root@localhost'))
    ).toEqual([])
  })

  it('reads a list whose entries include a dotless domain entry by entry, and never a contact beside it', async () => {
    const sendmail = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\n<joe@mailhost>\r\n' +
        '    (reason: 550 5.1.1 User unknown)\r\n<ann@example.org>\r\n    (reason: 550 5.1.1 User unknown)'
    )
    expect(await addressesOf(sendmail)).toEqual(['joe@mailhost', 'ann@example.org'])
    const exim = prose(
      'The following address(es) failed:\r\n\r\n  joe@gmailcom\r\n    Host or domain name not found\r\n\r\n' +
        'For help, please send mail to helpdesk@example.net'
    )
    expect(await addressesOf(exim)).toEqual(['joe@gmailcom'])
  })

  it("takes the original's addressee the report lists alone on a line, not its first To", async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: s@example.com',
      'Subject: Returned mail: see transcript for details',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b2"',
      '',
      '--b2',
      'Content-Type: text/plain',
      '',
      'The following addresses had permanent fatal errors:',
      '<joe@mailhost>',
      '',
      '--b2',
      'Content-Type: message/rfc822',
      '',
      'From: s@example.com',
      'To: ann@example.org, joe@mailhost',
      'Subject: hello',
      '',
      'hi',
      '--b2--',
      '',
    ].join('\r\n')
    expect(await addressesOf(raw)).toEqual(['joe@mailhost'])
  })

  it("never takes a dotless signature line of a person's mail for a failed recipient", async () => {
    const raw = [
      'From: Joe <joe@example.org>',
      'To: s@example.com',
      'Subject: about the failed build',
      '',
      'The build failed again last night.',
      '--',
      'joe@buildhost',
      '',
    ].join('\r\n')
    expect((await parseBounce(raw)).results).toEqual([])
  })

  it("never reports an alias that stands alone only in a quoted header's folded line", async () => {
    const addresses = await addressesOf(
      prose(
        '<ann@example.org> (expanded from <team@example.com>): host mx.example.org[192.0.2.1] said: 550 5.1.1\r\n' +
          '    User unknown (in reply to RCPT TO command)\r\n\r\nFrom: s@example.com\r\nTo: bob@example.com,\r\n' +
          '  team@example.com\r\nSubject: hello'
      )
    )
    expect(addresses).toEqual(['ann@example.org'])
  })

  it("never reports the sender a notice greets by address; the returned original's group is the recipient", async () => {
    const raw = [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: s@example.com',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="g1"',
      '',
      '--g1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Hello s@example.com,',
      '',
      "We're writing to let you know that the group you tried to contact (team) may not exist, or you may not " +
        'have permission to post messages to the group.',
      '--g1',
      'Content-Type: message/rfc822',
      '',
      'From: s@example.com',
      'To: team@googlegroups.com',
      'Subject: hello',
      '',
      'hi',
      '--g1--',
      '',
    ].join('\r\n')
    expect(await addressesOf(raw)).toEqual(['team@googlegroups.com'])
  })

  it("keeps an address that heads its own entry though another's was generated from it", async () => {
    const addresses = await addressesOf(
      prose(
        'The following address(es) failed:\r\n\r\n  ann@example.org\r\n    mailbox is full: retry timeout exceeded\r\n\r\n' +
          '  bob@gmail.com\r\n    (generated from ann@example.org)\r\n    550-5.1.1 The email account that you tried to reach does not exist.'
      )
    )
    expect(addresses).toEqual(['ann@example.org', 'bob@gmail.com'])
  })

  it("never reads another provider's table into a daemon's own words that quote no code", async () => {
    const cox = await parseBounce(
      'From: MAILER-DAEMON@cox.net\r\nTo: s@example.com\r\nSubject: Undeliverable\r\n\r\n' +
        'Delivery to <joe@example.org> failed.\r\nRecipient rejected by the remote server.\r\n'
    )
    expect(cox.results[0]?.classification.rule).not.toMatch(/^host:/)
  })

  it("never reports the address Exim's redirection was generated from", async () => {
    const addresses = await addressesOf(
      prose(
        'The following address(es) failed:\r\n\r\n  joe@gmail.com\r\n    (ultimately generated from info@example.org)\r\n' +
          '    host gmail-smtp-in.l.google.com [192.0.2.1]\r\n    SMTP error from remote mail server after end of data:\r\n' +
          '    550 5.7.26 This mail has been blocked because the sender is unauthenticated.'
      )
    )
    expect(addresses).toEqual(['joe@gmail.com'])
  })

  it("reads a daemon's own sentences with its provider's rule (Gmail's notice from mailer-daemon@googlemail.com)", async () => {
    const gmail = await parseBounce(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: s@example.com',
        'Subject: Delivery Status Notification (Failure)',
        '',
        'Address not found',
        '',
        "Your message wasn't delivered to joe@example.org because the address couldn't be found, or is unable to receive mail.",
        '',
      ].join('\r\n')
    )
    expect(gmail.results.map((r) => [r.address, r.classification.reason, r.classification.rule])).toEqual([
      ['joe@example.org', 'userunknown', 'host:gsuite'],
    ])
  })

  it("never falls back to an address the report excludes other than the bounce's own", async () => {
    // Nothing names a failed recipient but a 551's forward path and a contact: no result, not the live address.
    const addresses = await addressesOf(
      prose(
        'Delivery failed: 551 User not local; please try <new@example.org>\r\nQuestions? contact help@example.net'
      )
    )
    expect(addresses).toEqual([])
    // A message sent to oneself still reports its own address.
    expect(await addressesOf(prose('<s@example.com>: 550 5.1.1 User unknown'))).toEqual(['s@example.com'])
  })

  it('reads an address in single quotes without the quote', async () => {
    const addresses = await addressesOf(
      prose(
        "Failed to deliver to 'joe@example.org'\r\nSMTP module(domain example.org) reports:\r\n 550 5.1.1 User unknown"
      )
    )
    expect(addresses).toEqual(['joe@example.org'])
  })

  it('never takes an address inside a URL for the recipient', async () => {
    const addresses = await addressesOf(
      prose(
        '<jane@example.org>: 550 5.1.1 User unknown\r\nSee https://help.example.net/?user=jane@example.org&x=1'
      )
    )
    expect(addresses).toEqual(['jane@example.org'])
  })

  it("never takes an address among a URL's parameters (Mail::SPF's Why URL) for a recipient", async () => {
    const addresses = await addressesOf(
      prose(
        '<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Please see ' +
          'http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.1;r=example.org (in reply to RCPT TO command)'
      )
    )
    expect(addresses).toEqual(['jane@example.org'])
  })

  it("takes qmail's paragraph headings for the recipients, not the addresses their replies mention", async () => {
    const qmail =
      'From: MAILER-DAEMON@example.net\r\nTo: s@example.com\r\nSubject: failure notice\r\n\r\n' +
      'Hi. This is the qmail-send program at example.net.\r\n' +
      "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n" +
      "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n" +
      '<jane@example.org>:\r\n192.0.2.1 does not like recipient.\r\n' +
      'Remote host said: 551 5.1.1 <jane@example.org>... User has moved; please try <jane@example.net>\r\n' +
      'Giving up on 192.0.2.1.\r\n\r\n<joe@example.org>:\r\n192.0.2.1 does not like recipient.\r\n' +
      'Remote host said: 553 5.1.8 <s@example.com>... Domain of sender address s@nowhere.example does not exist\r\n' +
      'Giving up on 192.0.2.1.\r\n'
    const report = await parseBounce(qmail)
    // The moved user's new address is where mail should go now: reporting it would suppress the live address.
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'hasmoved'],
      ['joe@example.org', 'rejected'],
    ])
  })

  it('never reports the address a 551 says to try instead, in any layout (it is where mail should go now)', async () => {
    const reply = '551 5.1.1 <jane@example.org>... User has moved; please try <jane@example.net>'
    for (const [name, frame] of Object.entries(FRAMES)) {
      const report = await parseBounce(frame.build('jane@example.org', reply, '5.1.1'))
      expect(
        report.results.map((r) => r.address),
        name
      ).toEqual(['jane@example.org'])
    }
  })

  it('never reports a contact or the refused sender a reply names, in any layout, and keeps the recipient', async () => {
    const replies = [
      '554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)',
      '550 5.7.1 sender <a@example.invalid> from unknown TLD #129',
      '550 5.1.8 <a@nowhere.example>: Sender address rejected: Domain not found',
    ]
    for (const reply of replies)
      for (const [name, frame] of Object.entries(FRAMES)) {
        const report = await parseBounce(frame.build('zed@example.com', reply, '5.0.0'))
        expect(
          report.results.map((r) => r.address),
          `${name}: ${reply}`
        ).toEqual(['zed@example.com'])
      }
  })

  it('keeps the recipient over a contact listed alone below the report, and a recipient with a display name', async () => {
    const contact = await addressesOf(
      prose(
        '<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown\r\n' +
          '    (in reply to RCPT TO command)\r\n\r\nFor assistance, contact:\r\n  helpdesk@example.net'
      )
    )
    expect(contact).toEqual(['jane@example.org'])
    const named = await addressesOf(
      prose(
        "Delivery has failed to these recipients or groups:\r\n\r\njane@example.org\r\nThe e-mail address you entered couldn't be found.\r\n\r\n" +
          "John Doe (john@example.org)\r\nThe e-mail address you entered couldn't be found."
      )
    )
    expect(named).toEqual(['jane@example.org', 'john@example.org'])
  })

  it('keeps a recipient a bounce names with "forward to" or "send email to", and never a "mail us" contact', async () => {
    const forward = await addressesOf(
      prose(
        'Could not forward to <jane@example.org>: 550 5.1.1 User unknown\r\nSee https://example.net/help or write to: help@example.net'
      )
    )
    expect(forward).toEqual(['jane@example.org'])
    const send = await addressesOf(
      prose(
        'We were unable to send email to jane@example.org.\r\nReason: 550 5.1.1 User unknown\r\nQuestions? Mail us: help@example.net'
      )
    )
    expect(send).toEqual(['jane@example.org'])
  })

  it("never reports a 551's forward path wrapped onto its own line", async () => {
    const addresses = await addressesOf(
      prose(
        '  old@example.org\r\n    SMTP error from remote mail server after RCPT TO:<old@example.org>:\r\n' +
          '    551 5.1.6 User has moved; please try\r\n    <new@example.net>'
      )
    )
    expect(addresses).toEqual(['old@example.org'])
  })

  it("never lends one recipient's transcript lines to another whose DSN shows the same last line", async () => {
    const transcript =
      '   ----- Transcript of session follows -----\r\n... while talking to mx.example.org.:\r\n' +
      '>>> RCPT To:<a@example.org>\r\n<<< 550-No such user here\r\n<<< 550 Please contact your administrator\r\n' +
      '>>> RCPT To:<b@example.org>\r\n<<< 550-Mailbox over quota\r\n<<< 550 Please contact your administrator'
    const block = (a: string) =>
      `Final-Recipient: RFC822; ${a}\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: SMTP; 550 Please contact your administrator\r\n`
    const raw =
      'From: MAILER-DAEMON@mx.example.net\r\nTo: s@example.com\r\nSubject: Returned mail: see transcript for details\r\n' +
      'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n' +
      `--B\r\nContent-Type: text/plain\r\n\r\n${transcript}\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n` +
      `Reporting-MTA: dns; mx.example.net\r\n\r\n${block('a@example.org')}\r\n${block('b@example.org')}\r\n--B--\r\n`
    const report = await parseBounce(raw)
    expect(report.results.find((r) => r.address === 'b@example.org')?.classification.reason).not.toBe(
      'userunknown'
    )
  })

  it("reads each recipient's own diagnostic block in an Exchange text NDR, not the first coded line", async () => {
    const report = await parseBounce(
      prose(
        'Delivery has failed to these recipients or groups:\r\n\r\na@example.org\r\n' +
          "The e-mail address you entered couldn't be found.\r\n\r\nb@example.org\r\n" +
          "The recipient's mailbox is full and can't accept messages now.\r\n\r\n" +
          'Diagnostic information for administrators:\r\n\r\nGenerating server: mx.example.com\r\n\r\n' +
          'a@example.org\r\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\r\n\r\n' +
          'b@example.org\r\n#552 5.2.2 mailbox full ##'
      )
    )
    // b@ read with a@'s 5.1.1 was a false hard bounce of a live address.
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['a@example.org', 'userunknown'],
      ['b@example.org', 'mailboxfull'],
    ])
  })

  it("never reads a security banner's report address as a recipient", async () => {
    const report = await parseBounce(
      prose(
        'CAUTION: This email originated from outside of the organization.\r\n' +
          'Report suspicious messages to phishing@it.example.com.\r\n\r\n' +
          '<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO ' +
          'command)'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it('still reports the recipient of "a delivery report to" (only a reporting request names a contact)', async () => {
    const report = await parseBounce(
      prose('This is a delivery report to jane@example.org: the mailbox is full. 552 5.2.2 Over quota')
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane@example.org', 'mailboxfull'],
    ])
  })

  it('keeps X-Failed-Recipients over an address the report only mentions outside any error', async () => {
    const raw = proseBounce(
      'Please report it to helpdesk@it.example.com if this looks wrong.\r\n\r\n' +
        'A message that you sent could not be delivered to one or more of its\r\n' +
        'recipients. This is a permanent error. The following address(es) failed:\r\n\r\n' +
        '  save to /var/mail/shiba\r\n    generated by shiba\r\n    mailbox is full: retry timeout exceeded',
      'To: s@example.com\r\nX-Failed-Recipients: shiba@example.org'
    )
    // The banner's address replaced the failed recipient: a live address suppressed, the dead one kept mailed.
    expect((await parseBounce(raw)).results.map((r) => r.address)).toEqual(['shiba@example.org'])
    const banner = raw.replace('Please report it to', 'Questions go to')
    expect((await parseBounce(banner)).results.map((r) => r.address)).toEqual(['shiba@example.org'])
  })

  it('strips an address-type prefix left on (smtp=)', async () => {
    const addresses = await addressesOf(
      prose('Delivery failed for smtp=jane@example.org: 550 5.1.1 User unknown')
    )
    expect(addresses).toEqual(['jane@example.org'])
  })

  it('strips it from a DSN recipient field too', async () => {
    const addresses = await addressesOf(dsn('smtp=Jane@example.org', USER_UNKNOWN))
    expect(addresses).toEqual(['jane@example.org'])
  })
})

/** Stop 29's review of the day's changes: each input as the reviewer sent it, and what it must read. */
describe('raw reports: what the review of stop 29 found', () => {
  const read = async (raw: string) =>
    (await parseBounce(raw.replace(/\n/g, '\r\n'))).results.map((r) => [r.address, r.classification.reason])

  it('still reads a virus a scan found ("scanned for viruses and a virus was detected")', async () => {
    expect(
      await read(
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: bounces@sender.example\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <v1@mx.example.net>\nContent-Type: text/plain\n\n<jane@example.org>: host mx.example.org[192.0.2.1] said: 550 Your message was\n    scanned for viruses and a virus was detected (W32/Netsky.P) (in reply to\n    end of DATA command)\n'
      )
    ).toEqual([['jane@example.org', 'virusdetected']])
  })

  it.each([
    [
      'a "Non-Delivery Report" heading over "This message to …"',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: bounces@sender.example\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <b4@mx.example.net>\nContent-Type: text/plain\n\nNon-Delivery Report\nThis message to jane@example.org could not be delivered: 550 5.1.1 user unknown.\n',
    ],
    [
      'a "Delivery Status Report" heading over "This e-mail to …"',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: bounces@sender.example\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <b7@mx.example.net>\nContent-Type: text/plain\n\nDelivery Status Report\nThis e-mail to jane@example.org could not be delivered.\nReason: 550 5.1.1 mailbox does not exist\n',
    ],
  ])('never takes the recipient after %s for a contact', async (_, raw) => {
    expect((await read(raw)).map(([address]) => address)).toEqual(['jane@example.org'])
  })

  it.each([
    [
      'with X-Failed-Recipients',
      'From: "Example Mail" <notifications@mail.example.net>\nTo: bounces@sender.example\nSubject: unsubscribe\nX-Failed-Recipients: jane@example.org\nMessage-ID: <u1@mail.example.net>\nContent-Type: text/plain\n\nDelivery to the following recipient failed permanently:\n\n    jane@example.org\n\nTechnical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not exist.\n',
    ],
    [
      'with an Exchange-style report from no daemon',
      'From: System Administrator <sysadmin@corp.example.net>\nTo: bounces@sender.example\nSubject: unsubscribe\nMessage-ID: <u3@corp.example.net>\nContent-Type: text/plain\n\nYour message\n\n  To:      jane@example.org\n  Subject: unsubscribe\n\ndid not reach the following recipient(s):\n\njane@example.org on 12/03/2024 10:00\n    The e-mail account does not exist at the organization this message was sent to.\n    <mx.corp.example.net #5.1.1>\n',
    ],
  ])('reads a bounce of a mail whose subject was "unsubscribe" %s', async (_, raw) => {
    expect((await read(raw)).map(([address]) => address)).toEqual(['jane@example.org'])
  })

  it('keeps the address the sender mailed over a rewritten X-Failed-Recipients', async () => {
    expect(
      (
        await read(
          'From: Mail Delivery System <Mailer-Daemon@gw.example.org>\nTo: bounces@sender.example\nSubject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: jdoe@mailstore.example.org\nMessage-ID: <x1@gw.example.org>\nContent-Type: text/plain\n\nYour message to jane.doe@example.org could not be delivered.\n\nThe receiving server said:\n550 5.1.1 The email account that you tried to reach does not exist.\n'
        )
      ).map(([address]) => address)
    ).toEqual(['jane.doe@example.org'])
  })
})

describe('raw reports: what the second metamorphic run found', () => {
  const prose = (body: string) =>
    `From: MAILER-DAEMON@mx.example.net\r\nTo: s@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n${body}\r\n`
  const read = async (raw: string) =>
    (await parseBounce(raw)).results.map((r) => [
      r.address,
      r.classification.reason,
      r.classification.hardbounce,
    ])

  it("never gives an address another's sentence when it ends that one (ann@ inside joann@)", async () => {
    const report = await read(
      prose(
        '<joann@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO ' +
          'command)\r\n\r\n<ann@example.org>: host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in ' +
          'reply to RCPT TO command)'
      )
    )
    // ann@ (a full mailbox) was read with joann@'s 5.1.1: a live address suppressed.
    expect(report).toEqual([
      ['joann@example.org', 'userunknown', true],
      ['ann@example.org', 'mailboxfull', false],
    ])
  })

  it.each([
    [
      'a no-reply sender and a German subject',
      'From: no-reply@mx.example.net\r\nSubject: Unzustellbar: Newsletter',
    ],
    ['a no-reply sender and a neutral subject', 'From: no-reply@mx.example.net\r\nSubject: Newsletter Mai'],
  ])('reads a bounce marked Auto-Submitted: auto-replied (as Postfix and Exim mark them) with %s', async (_, head) => {
    const raw =
      `${head}\r\nTo: s@example.com\r\nAuto-Submitted: auto-replied\r\n\r\n` +
      '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <joe@example.org>: Recipient address ' +
      'rejected: User unknown (in reply to RCPT TO command)\r\n'
    // Read as an auto-reply, the daemon's From was recorded as a vacation and joe@ was lost.
    expect(await read(raw)).toEqual([['joe@example.org', 'userunknown', true]])
  })

  it('reads an IDN domain written in U-labels (SMTPUTF8) with its own sentence, keyed by its A-label form', async () => {
    const raw =
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>\r\nTo: s@example.com\r\n' +
      'Subject: Mail delivery failed: returning message to sender\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
      'A message that you sent could not be delivered to one or more of its\r\n' +
      'recipients. This is a permanent error. The following address(es) failed:\r\n\r\n' +
      '  joe@bücher.example\r\n    mailbox is full: retry timeout exceeded\r\n'
    // The U-label domain was no address to the reader: the recipient was lost.
    expect(await read(raw)).toEqual([['joe@xn--bcher-kva.example', 'mailboxfull', false]])
  })

  it('keeps Japanese text glued after an address out of its domain', async () => {
    expect(
      (await read(prose('550 5.1.1 joe@example.jpは存在しません user unknown'))).map(([a]) => a)
    ).toEqual(['joe@example.jp'])
  })

  it.each([
    ['a blank line between entries', '     ann@example.org\r\n\r\n     bob@example.org\r\n'],
    ['no blank line between entries', '     ann@example.org\r\n     bob@example.org\r\n'],
  ])("gives every entry of a list the reason set below it all (Gmail's old shared list), with %s", async (_, list) => {
    const raw = prose(
      `Delivery to the following recipients failed permanently:\r\n\r\n${list}\r\n` +
        'Technical details of permanent failure:\r\nThe recipient server did not accept our requests to connect.\r\n' +
        '[(0) example.org. [192.0.2.1]:25: socket error]\r\n'
    )
    // The first entry's sentence stopped at the next entry: its reason was left undetermined.
    const [ann, bob] = await read(raw)
    expect(ann).toEqual(['ann@example.org', bob![1], false])
    expect(bob).toEqual(['bob@example.org', 'expired', false])
  })

  it('keeps a role address listed among the failed recipients under a heading that says they failed', async () => {
    const raw = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\npostmaster@example.org\r\n\r\n' +
        'jane@example.org\r\n\r\n   ----- Non-delivered information -----\r\n' +
        "The number of messages in recipient's mailbox exceeded the local limit.\r\n"
    )
    // postmaster@ was dropped as the report's contact as soon as the list named a person too.
    expect(await read(raw)).toEqual([
      ['postmaster@example.org', 'mailboxfull', false],
      ['jane@example.org', 'mailboxfull', false],
    ])
    // A postmaster the report only offers as a contact stays out.
    const contact = prose(
      'Delivery to the following recipient failed permanently:\r\n\r\n     jane@example.org\r\n\r\n' +
        'Technical details of permanent failure:\r\n550 5.1.1 User unknown\r\n\r\n' +
        'For help, write to\r\npostmaster@mx.example.net\r\n'
    )
    expect((await read(contact)).map(([address]) => address)).toEqual(['jane@example.org'])
  })

  it("reports a listed recipient the transcript says nothing of, undetermined: never with another's reason", async () => {
    const raw = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\njoe@example.org\r\n\r\n' +
        'ann@example.org\r\n\r\n   ----- Transcript of session follows -----\r\n' +
        '... while talking to mx.example.org.:\r\n>>> RCPT To:<joe>\r\n<<< 550 joe...User unknown\r\n' +
        '550 <joe@example.org>... User unknown\r\n'
    )
    // ann@ was dropped; read with the transcript's lines, it would have been suppressed for joe@'s 550.
    expect(await read(raw)).toEqual([
      ['joe@example.org', 'userunknown', true],
      ['ann@example.org', 'onhold', false],
    ])
  })

  it.each([
    [
      'a transcript that names the other only in angle brackets',
      '>>> DATA\r\n<<< 550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n' +
        "<<< 550 5.1.1 double-checking the recipient's email address. q1si123 - gsmtp\r\n" +
        '550 5.1.1 <ann@gmail.com>... User unknown\r\n',
    ],
    [
      'a reply naming the other without brackets',
      '>>> DATA\r\n<<< 550 5.1.1 ann@gmail.com... User unknown\r\n',
    ],
    [
      'a shared-looking block naming the other mid-line',
      'The error that the other server returned was:\r\n550 5.1.1 <ann@gmail.com>: Recipient address rejected: ' +
        'User unknown\r\n',
    ],
  ])("never lends a listed entry the block below when it is another entry's: %s", async (_, block) => {
    const raw = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\njoe@example.org\r\nann@gmail.com\r\n\r\n' +
        `   ----- Transcript of session follows -----\r\n${block}`
    )
    // joe@ read ann@'s 550 5.1.1 through the list's block: a live address suppressed.
    const joe = (await read(raw)).find(([address]) => address === 'joe@example.org')
    expect(joe?.[2]).not.toBe(true)
  })

  it("never reports a failure list inside a quoted message, nor a contact under a list that is no failure's", async () => {
    const quoted = prose(
      'Your message to joe@example.org was rejected: 550 5.1.1 User unknown\r\n\r\nFrom: s@example.com\r\n' +
        'To: joe@example.org\r\nSubject: Fwd: Delivery Status Notification (Failure)\r\n\r\n' +
        'Delivery to the following recipients failed permanently:\r\n\r\n     boss@corp.example\r\n\r\n' +
        'Technical details of permanent failure:\r\n550 5.1.1 The email account that you tried to reach does not exist.'
    )
    expect((await read(quoted)).map(([address]) => address)).toEqual(['joe@example.org'])
    const contact = prose(
      '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO ' +
        'command)\r\n\r\nIf the following recipients failed to receive your mail, ask their administrator:\r\n' +
        'postmaster@example.org\r\n'
    )
    expect((await read(contact)).map(([address]) => address)).toEqual(['joe@example.org'])
  })

  it("never lends one qmail paragraph's reply to the next, though it names no address (Yahoo's dd)", async () => {
    const raw = prose(
      "<joe@btinternet.com>:\r\nRemote host said: 554 delivery error: dd This user doesn't have a btinternet.com " +
        'account [0] - mta839.mail.ukl.yahoo.com\r\n\r\n<ann@example.net>:\r\n' +
        'This message is looping: it already has my Delivered-To line. (#5.4.6)\r\n'
    )
    const ann = (await read(raw)).find(([address]) => address === 'ann@example.net')
    // ann@ took joe@'s 554 and Yahoo's rule made her a dead address.
    expect(ann?.[2]).toBe(false)
  })

  it("never lends a transcript's reply about another mailbox, named by its local part", async () => {
    const raw = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\njoe@example.org\r\nann@example.net\r\n\r\n' +
        '   ----- Transcript of session follows -----\r\n550 5.1.1 ann... User unknown\r\n'
    )
    const joe = (await read(raw)).find(([address]) => address === 'joe@example.org')
    expect(joe?.[2]).toBe(false)
  })

  it("keeps every entry of a list, one with an apostrophe too, and a forwarded report's list", async () => {
    const list =
      "The following address(es) failed:\r\n\r\n  o'brien@example.ie\r\n  joe@example.org\r\n  ann@example.net\r\n" +
      '    host mx.example.net [192.0.2.1]: 550 5.1.1 <ann@example.net>: User unknown\r\n'
    expect((await read(prose(list))).map(([address]) => address).sort()).toEqual([
      'ann@example.net',
      'joe@example.org',
      "o'brien@example.ie",
    ])
    const forwarded = prose(
      '---------- Forwarded message ---------\r\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.net>\r\n' +
        `Subject: Mail delivery failed\r\n\r\n${list}`
    )
    expect((await read(forwarded)).map(([address]) => address).sort()).toEqual([
      'ann@example.net',
      'joe@example.org',
      "o'brien@example.ie",
    ])
  })

  it.each([
    [
      'a sender line above the reason',
      'Sender: s@example.com\r\nReason: 550 5.1.1 Mailbox unavailable',
      'userunknown',
    ],
    [
      "a transcript's reply naming an alias by its local part",
      '>>> RCPT To:<jsmith>\r\n<<< 550 5.1.1 jsmith... User unknown',
      'userunknown',
    ],
  ])("keeps a recipient's own reason under %s", async (_, block, reason) => {
    const raw = prose(`Your message to joe@example.org\r\ncould not be delivered.\r\n\r\n${block}\r\n`)
    expect((await read(raw)).map(([address, got]) => [address, got])).toEqual([['joe@example.org', reason]])
  })

  it('never reports the sender a report labels "Sender:" alone on its line', async () => {
    const raw = prose(
      'Your message to joe@example.org\r\ncould not be delivered.\r\n\r\nSender: a@example.net\r\n' +
        'Reason: 550 5.1.1 Mailbox unavailable\r\n'
    )
    // a@ (the sender) was reported userunknown beside joe@: a live address suppressed.
    expect((await read(raw)).map(([address]) => address)).toEqual(['joe@example.org'])
  })

  it("gives each recipient its own transcript reply, named by local part, in one block ('<ann>...' too)", async () => {
    const raw = prose(
      '   ----- The following addresses had permanent fatal errors -----\r\n<ann@example.org>\r\n<joe@example.org>\r\n' +
        '\r\n   ----- Transcript of session follows -----\r\n<<< 550 5.1.1 <ann>... User unknown\r\n' +
        '<<< 452 4.2.2 <joe>... Mailbox full\r\n'
    )
    expect((await read(raw)).map(([address, reason]) => [address, reason])).toEqual([
      ['ann@example.org', 'userunknown'],
      ['joe@example.org', 'mailboxfull'],
    ])
  })

  it("shares a Gmail list's reason with ten entries, and not a footer's length", async () => {
    const entries = Array.from({ length: 10 }, (_, i) => `     u${i}@dead.example\r\n\r\n`).join('')
    const raw = prose(
      `Delivery to the following recipients failed permanently:\r\n\r\n${entries}` +
        'Technical details of permanent failure:\r\nDNS Error: Domain name not found\r\n\r\n' +
        `${'This e-mail and any attachment is confidential. '.repeat(10)}\r\n`
    )
    const read10 = await read(raw)
    expect(read10).toHaveLength(10)
    expect(new Set(read10.map(([, reason]) => reason))).toEqual(new Set(['hostunknown']))
  })

  it("never gives a list's entry the reason the next entry has under it", async () => {
    const raw = prose(
      'Could not be delivered because of\r\n\r\n550 5.1.1 User unknown\r\n\r\n' +
        'The following recipients were affected:\r\n    ann@example.org\r\n\r\n    bob@example.org\r\n' +
        '    552 5.2.2 Mailbox full: quota exceeded\r\n'
    )
    expect(await read(raw)).toEqual([
      ['ann@example.org', 'userunknown', true],
      ['bob@example.org', 'mailboxfull', false],
    ])
  })

  it('reads an unknown-user sentence naming an address with an underscore', async () => {
    expect(await read(prose('Unknown user: joe_smith@example.com'))).toEqual([
      ['joe_smith@example.com', 'userunknown', true],
    ])
  })
})

describe('raw reports: what the third gathering of whole bounces found', () => {
  const read = async (raw: string) =>
    (await parseBounce(raw)).results.map((r) => [
      r.address,
      r.classification.reason,
      r.status ?? r.pseudoStatus,
    ])

  it("reads Exchange 2003's <host #5.1.1> trailer set off from its entry by a blank line", async () => {
    const raw =
      'From: System Administrator <postmaster@example.org>\r\nTo: s@example.com\r\nSubject: Undeliverable: test\r\n\r\n' +
      'Your message did not reach some or all of the intended recipients.\r\n\r\n' +
      'The following recipient(s) could not be reached:\r\n\r\n      joe@example.org on 5/12/2003 10:00 AM\r\n' +
      '            The e-mail account does not exist at this organization.\r\n\r\n' +
      '            <mx.example.org #5.1.1>\r\n'
    // Without the trailer no status said the address was unknown: the words alone read as the recipient's filter.
    expect(await read(raw)).toEqual([['joe@example.org', 'userunknown', '5.1.1']])
  })

  it("never reads a returned copy's Message-ID with a ';' in it as a recipient", async () => {
    const raw =
      'From: COMSAT@MX.EXAMPLE.ORG\r\nTo: S@MX.EXAMPLE.ORG\r\nSubject: Msg of Friday\r\n\r\n' +
      '============ A copy of your message is being returned, because: ============\r\n' +
      '"JOE" at MX.EXAMPLE.ORG is an unknown recipient.\r\n' +
      '============ Failed message follows: ============\r\n' +
      'From: S@MX.EXAMPLE.ORG\r\nTo: JOE@MX.EXAMPLE.ORG\r\nMessage-ID: <393.;90125.S@MX.EXAMPLE.ORG>\r\n\r\nHello\r\n'
    expect((await read(raw)).map(([address]) => address)).toEqual(['joe@mx.example.org'])
  })
})

describe('raw reports: hard-wrapped text', () => {
  it('starts a sentence on the line above when a reply was wrapped just before the address', async () => {
    const raw =
      'From: MAILER-DAEMON@yahoo.com\r\nTo: a@example.net\r\nSubject: failure notice\r\n\r\n' +
      'Hi. This is the qmail-send program at yahoo.com.\r\n' +
      "I'm afraid I wasn't able to deliver your message to the following\r\naddresses.\r\n" +
      "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n" +
      '192.0.2.9 failed after I sent the message.\r\n' +
      "Remote host said: 554 delivery error: dd This user doesn't have a\r\n" +
      'yahoo.com account (joe@yahoo.com) [-5] - mta123.mail.mud.yahoo.com\r\n'
    // Read from the address's line on, the reply's start came after its end: nothing read it (undetermined).
    const [result] = (await parseBounce(raw)).results
    expect([result?.address, result?.classification.reason]).toEqual(['joe@yahoo.com', 'userunknown'])
  })

  it("never takes the entry above's reply for a wrap: Exim's list with mailto links", async () => {
    const raw =
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>\r\nTo: s@example.com\r\n' +
      'Subject: Mail delivery failed: returning message to sender\r\n\r\n' +
      'A message that you sent could not be delivered to one or more of its\r\n' +
      'recipients. This is a permanent error. The following address(es) failed:\r\n\r\n' +
      '  ann@example.jp <mailto:ann@example.jp>\r\n' +
      '    SMTP error from remote mail server after RCPT TO:<ann@example.jp>:\r\n' +
      '    host mx.example.jp [192.0.2.12]: 550 5.2.2 <ann@example.jp>... Mailbox Full\r\n' +
      '  joe@example.jp <mailto:joe@example.jp>\r\n' +
      '    SMTP error from remote mail server after RCPT TO:<joe@example.jp>:\r\n' +
      '    host mx.example.jp [192.0.2.12]: 550 5.1.1 <joe@example.jp>... User Unknown\r\n'
    const read = (await parseBounce(raw)).results.map((r) => [r.address, r.classification.reason])
    expect(read).toEqual([
      ['ann@example.jp', 'mailboxfull'],
      ['joe@example.jp', 'userunknown'],
    ])
  })
})
