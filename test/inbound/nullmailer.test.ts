/**
 * nullmailer's reports (stop 46). Its `nullmailer-dsn` writes a DSN only when `nullmailer-send` gives a message up
 * (src/send.cc `bounce_msg`: a permanent failure, or a temporary one past `queuelifetime`), in the delay format
 * whenever the last status was a 4.x.x; and its SMTP module fails the whole message on the first refused RCPT
 * (protocols/smtp.cc), so every recipient block carries that one reply.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'

/** A report as src/dsn.cc writes it: one Status and Diagnostic-Code for every recipient. */
function nullmailer(recipients: string[], status: string, diagnostic: string) {
  const delayed = status.startsWith('4')
  return [
    'From: Message Delivery Subsystem <MAILER-DAEMON@relay.example.net>',
    'To: <sender@example.com>',
    'Subject: Returned mail: Could not send message',
    'Date: Mon, 07 Dec 2026 18:17:09 +0000',
    'Message-Id: <1796667429.373134.26044.nullmailer@relay.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="B"',
    '',
    '--B',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the nullmailer delivery system.  The message attached below',
    `${delayed ? 'has not been' : 'could not be'} delivered to one or more of the intended recipients:`,
    '',
    ...recipients.map((r) => `\t<${r}>`),
    ...(delayed
      ? [
          '',
          'A final delivery status notification will be generated if delivery',
          'proves to be impossible within the configured time limit.',
        ]
      : []),
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: x-local-hostname; relay.example.net',
    'Arrival-Date: Mon, 07 Dec 2026 18:17:09 +0000',
    ...recipients.flatMap((r) => [
      '',
      `Final-Recipient: rfc822; ${r}`,
      `Action: ${delayed ? 'delayed' : 'failed'}`,
      `Status: ${status}`,
      'Last-Attempt-Date: Mon, 07 Dec 2026 18:17:09 +0000',
      'Remote-MTA: dns; smtp.example.org',
      `Diagnostic-Code: ${diagnostic}`,
    ]),
    '',
    '--B',
    'Content-Type: message/rfc822',
    '',
    'From: sender@example.com',
    'Subject: hello',
    '',
    'hello',
    '',
    '--B--',
    '',
  ].join('\n')
}

const read = async (raw: string) =>
  (await parseBounce(raw)).results.map((r) => [
    r.address,
    r.classification.reason,
    r.classification.disposition,
  ])

describe("nullmailer's reports", () => {
  it('counts the failure of a one-recipient report', async () => {
    expect(
      await read(nullmailer(['gone@example.org'], '5.1.1', 'SMTP; 550 5.1.1 Bad destination mailbox address'))
    ).toEqual([['gone@example.org', 'userunknown', 'hard']])
  })

  it('reads its delay-format report as the final failure it is: the queue gave the message up', async () => {
    const [result] = (
      await parseBounce(nullmailer(['full@example.org'], '4.2.2', 'SMTP; 452 4.2.2 Mailbox full'))
    ).results
    expect([result?.kind, result?.classification.reason, result?.classification.disposition]).toEqual([
      'bounce',
      'mailboxfull',
      'soft',
    ])
  })

  it("records, never counts, recipients that one refused RCPT's shared reply does not name", async () => {
    // The first refused RCPT ended the session: the others were accepted or never tried.
    expect(
      await read(
        nullmailer(
          ['gone@example.org', 'fine@example.org'],
          '5.1.1',
          'SMTP; 550 5.1.1 Bad destination mailbox address'
        )
      )
    ).toEqual([
      ['gone@example.org', 'userunknown', 'none'],
      ['fine@example.org', 'userunknown', 'none'],
    ])
    // A reply that names its recipient says whose failure it is.
    expect(
      await read(
        nullmailer(
          ['fine@example.org', 'gone@example.org'],
          '5.1.1',
          'SMTP; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown'
        )
      )
    ).toEqual([
      ['fine@example.org', 'userunknown', 'none'],
      ['gone@example.org', 'userunknown', 'hard'],
    ])
  })

  it('finds the named recipient as a whole address, never inside a longer one', async () => {
    const shared = (names: string) =>
      nullmailer(
        ['joe@example.org', 'bigjoe@example.org', 'joe@example.org.uk'],
        '5.1.1',
        `SMTP; 550 5.1.1 <${names}>: Recipient address rejected: User unknown in virtual mailbox table`
      )
    expect((await read(shared('bigjoe@example.org'))).map(([a, , d]) => `${a} ${d}`)).toEqual([
      'joe@example.org none',
      'bigjoe@example.org hard',
      'joe@example.org.uk none',
    ])
    expect((await read(shared('joe@example.org.uk'))).map(([a, , d]) => `${a} ${d}`)).toEqual([
      'joe@example.org none',
      'bigjoe@example.org none',
      'joe@example.org.uk hard',
    ])
    expect((await read(shared('JOE@example.org'))).map(([a, , d]) => `${a} ${d}`)).toEqual([
      'joe@example.org hard',
      'bigjoe@example.org none',
      'joe@example.org.uk none',
    ])
  })

  it('reads a name inside a longer non-ASCII address as no name, and one in quotes or a field as one', async () => {
    const two = (recipients: string[], reply: string) =>
      nullmailer(recipients, '5.1.1', `SMTP; 550 5.1.1 ${reply}`)
    expect(
      (await read(two(['joe@example.org', 'müjoe@example.org'], '<müjoe@example.org>: User unknown'))).map(
        ([a, , d]) => `${a} ${d}`
      )
    ).toEqual(['joe@example.org none', 'müjoe@example.org hard'])
    for (const reply of ["'gone@example.org' unknown", 'User unknown: rcpt=gone@example.org']) {
      expect(
        (await read(two(['ann@example.org', 'gone@example.org'], reply))).map(([a, , d]) => `${a} ${d}`),
        reply
      ).toEqual(['ann@example.org none', 'gone@example.org hard'])
    }
  })

  it('keeps a refusal of the whole session a block for every recipient: it suppresses no one', async () => {
    expect(
      (
        await read(
          nullmailer(
            ['ann@example.org', 'bob@example.org'],
            '5.7.1',
            'SMTP; 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'
          )
        )
      ).map(([, reason, disposition]) => `${reason} ${disposition}`)
    ).toEqual(['blocked block', 'blocked block'])
  })

  it('records every recipient when the reply names none: the report cannot say whose it is', async () => {
    expect(
      (
        await read(
          nullmailer(
            ['ann@example.org', 'bob@example.org', 'cat@example.org'],
            '5.1.1',
            'SMTP; 550-5.1.1 The email account that you tried to reach does not exist.'
          )
        )
      ).map(([, reason, disposition]) => `${reason} ${disposition}`)
    ).toEqual(['userunknown none', 'userunknown none', 'userunknown none'])
  })

  it("keeps the smarthost's own temporary trouble and a true delay notice uncounted", async () => {
    // The remote is the sender's own smarthost: a queue write error there says nothing of the recipient.
    expect(
      await read(nullmailer(['ann@example.org'], '4.3.0', 'SMTP; 451 4.3.0 Error: queue file write error'))
    ).toEqual([['ann@example.org', 'systemerror', 'none']])
    // `nullmailer-dsn --retry-until` writes a delay notice that is one (send.cc never asks for it today).
    const notice = nullmailer(['full@example.org'], '4.2.2', 'SMTP; 452 4.2.2 Mailbox full').replace(
      'Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full',
      'Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full\nWill-Retry-Until: Tue, 08 Dec 2026 18:17:09 +0000'
    )
    expect(await read(notice)).toEqual([['full@example.org', 'mailboxfull', 'none']])
  })

  it("leaves other MTAs' multi-recipient reports and delay notices as they were", async () => {
    const postfixLike = nullmailer(
      ['gone@example.org', 'other@example.org'],
      '5.1.1',
      'SMTP; 550 5.1.1 Bad destination mailbox address'
    )
      .replace('This is the nullmailer delivery system.', 'This is the mail system at host relay.')
      .replace('x-local-hostname;', 'dns;')
    expect((await read(postfixLike)).map(([, , disposition]) => disposition)).toEqual(['hard', 'hard'])
    const delay = nullmailer(['full@example.org'], '4.2.2', 'SMTP; 452 4.2.2 Mailbox full')
      .replace('This is the nullmailer delivery system.', 'This is the mail system at host relay.')
      .replace('x-local-hostname;', 'dns;')
    expect(await read(delay)).toEqual([['full@example.org', 'mailboxfull', 'none']])
  })
})
