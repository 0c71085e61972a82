/**
 * A top-level `Content-Type` whose `boundary=` parameter starts a line of its own, unindented: no field (no colon), so
 * the message had no boundary and its report part went unread. The layout of copies of the ARF drafts' examples
 * (draft-shafranovich-feedback-report: Version 0.1, Feedback-Type opt-out with Removal-Recipient), and of hand-built
 * reports.
 */
import { describe, expect, it } from 'vitest'
import { restoreLostFolds } from '../../src/inbound/lost-fold'
import { parseBounce } from '../../src/inbound/parse'

const B = 'part1_13d.2e68ed54_boundary'

function draftFeedback(report: string[], eol = '\n') {
  return [
    'From: <abusedesk@example.com>',
    'Date: Thu, 8 Mar 2005 17:40:36 EDT',
    'Subject: FW: Earn money',
    'To: <abuse@example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report;',
    `boundary="${B}"`,
    '',
    `--${B}`,
    'Content-Type: text/plain; charset="US-ASCII"',
    '',
    'This is an opt-out report for an email message received from IP 192.0.2.1.',
    '',
    `--${B}`,
    'Content-Type: message/feedback-report',
    '',
    ...report,
    '',
    `--${B}`,
    'Content-Type: text/rfc822-header',
    '',
    'From: <news@example.net>',
    'To: <Undisclosed Recipients>',
    'Subject: Earn money',
    `--${B}--`,
    '',
  ].join(eol)
}

function unfoldedDsn() {
  return [
    'From: MAILER-DAEMON@mx.example.org',
    'To: bounces@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    'boundary="B0"',
    '',
    '--B0',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '',
    '--B0',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; gone@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown',
    '',
    '--B0--',
    '',
  ].join('\r\n')
}

describe('a parameter line that lost its fold', () => {
  it('reads a draft feedback report: the opt-out counts as a complaint of its Removal-Recipient', async () => {
    const report = await parseBounce(
      draftFeedback(['Feedback-Type: opt-out', 'Version: 0.1', 'Removal-Recipient: user@example.com'])
    )
    expect(report.results).toHaveLength(1)
    expect(report.results[0]?.address).toBe('user@example.com')
    expect(report.results[0]?.classification.disposition).toBe('complaint')
  })

  it('reads an abuse report of that layout for its Original-Rcpt-To, not the sender named in its fields', async () => {
    const report = await parseBounce(
      draftFeedback(
        [
          'Feedback-Type: abuse',
          'Version: 0.1',
          'Original-Mail-From: <news@example.net>',
          'Original-Rcpt-To: <user@example.com>',
          'Authentication-Results: mail.example.com',
          '  smtp.mail=news@example.net;',
          '  spf=fail',
        ],
        '\r\n'
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['user@example.com', 'complaint'],
    ])
  })

  it('reads a delivery report of that layout from its delivery-status part', async () => {
    const report = await parseBounce(new TextEncoder().encode(unfoldedDsn()))
    expect(report.results).toHaveLength(1)
    expect(report.results[0]?.address).toBe('gone@example.org')
    expect(report.results[0]?.status).toBe('5.1.1')
    expect(report.results[0]?.classification.hardbounce).toBe(true)
  })

  it('repairs bytes and text alike, inserting one space per lost fold', () => {
    const text = 'Content-Type: multipart/mixed;\r\nboundary="x";\ncharset=us-ascii\r\n\r\nbody'
    const repaired = 'Content-Type: multipart/mixed;\r\n boundary="x";\n charset=us-ascii\r\n\r\nbody'
    expect(restoreLostFolds(text)).toBe(repaired)
    const bytes = restoreLostFolds(new TextEncoder().encode(text))
    expect(new TextDecoder().decode(bytes)).toBe(repaired)
  })

  it('leaves a message without a lost fold as it is (the same object)', () => {
    const bytes = new TextEncoder().encode(unfoldedDsn().replace('\r\nboundary=', '\r\n\tboundary='))
    expect(restoreLostFolds(bytes)).toBe(bytes)
  })

  it('touches neither a field after a line ending in ";" nor the body', () => {
    // A field starts with a name and a colon: "X-Note: a=b" is a field even after a ";"; the body is never repaired.
    const text = 'Subject: one; two;\r\nX-Note: a=b\r\n\r\nwords;\r\nname=value\r\n'
    expect(restoreLostFolds(text)).toBe(text)
  })
})
