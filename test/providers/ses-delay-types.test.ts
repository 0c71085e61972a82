import { describe, expect, it } from 'vitest'
import { sesNotificationDrafts } from '../../src/formats/ses-notification'
import { parseBounce } from '../../src/inbound/parse'
import { classifyEvent } from '../../src/pipeline/apply'
import { toEvents } from '../../src/providers/drafts'

/** One SES DeliveryDelay notification's event for one recipient, classified as the Worker does. */
function delay(delayType: string, diagnosticCode = 'smtp; 421 4.4.1 Unable to connect to remote host') {
  const drafts = sesNotificationDrafts(
    'DeliveryDelay',
    {
      deliveryDelay: {
        timestamp: '2026-11-21T00:25:40.095Z',
        delayType,
        delayedRecipients: [{ emailAddress: 'recipient@example.com', status: '4.4.1', diagnosticCode }],
      },
    },
    'sns-1',
    'msg-1'
  )
  const [event] = toEvents('ses', drafts ?? [], '2026-11-21T00:25:41.000Z').events
  return classifyEvent(event!)
}

describe("SES delay types of SES's own making", () => {
  // SES's notification contents: InternalFailure "an internal Amazon SES issue", SendingDeferral "Amazon SES has
  // deemed it appropriate to internally defer the message", BYOIPHostNameLookupUnavailable "unable to look up the DNS
  // hostname for your IP addresses". None says anything about the recipient.
  for (const delayType of ['InternalFailure', 'SendingDeferral', 'BYOIPHostNameLookupUnavailable'])
    it(`records ${delayType} without counting it against the recipient`, () => {
      expect(delay(delayType, '')).toMatchObject({ disposition: 'none' })
    })

  it('records them the same when SES mails its notification instead of posting it', async () => {
    const notification = JSON.stringify({
      eventType: 'DeliveryDelay',
      mail: { messageId: '0100019b-0000-0000-0000-000000000001-000000' },
      deliveryDelay: {
        timestamp: '2026-11-21T00:25:40.095Z',
        delayType: 'SendingDeferral',
        delayedRecipients: [{ emailAddress: 'recipient@example.com', status: '4.0.0', diagnosticCode: '' }],
      },
    })
    const report = await parseBounce(
      `From: no-reply@sns.amazonaws.com\r\nTo: bounces@sender.example\r\nSubject: AWS Notification Message\r\n\r\n${notification}\r\n`
    )
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['recipient@example.com', 'none'],
    ])
  })

  it("still counts the receiving side's delays", () => {
    expect(delay('TransientCommunicationFailure')).toMatchObject({ disposition: 'soft' })
    expect(delay('MailboxFull', 'smtp; 452 4.2.2 Mailbox full')).toMatchObject({
      reason: 'mailboxfull',
      disposition: 'soft',
    })
  })
})
