import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'

const mail = (headers: string, body: string) => `${headers}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`

describe('raw messages that are not bounces are never counted', () => {
  it('answers a challenge-response request (confirm you are human) with no result', async () => {
    const report = await parseBounce(
      mail(
        'From: Jane Doe <jane@example.org>\r\nTo: sender@example.com\r\nSubject: Please confirm your message',
        'Hello, I use a spam filter.\nPlease click the link below to verify that you are a real person:\nhttps://verify.example/abc\nJane <jane@example.org>'
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'challenge', why: 'not a bounce: challenge' })
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

  it('answers a read receipt (RFC 8098) with no result', async () => {
    const raw = mail(
      'From: jane@example.org\r\nSubject: Read: hello\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary="b"',
      '--b\nContent-Type: text/plain\n\nYour message was displayed.\n--b\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; jane@example.org\nDisposition: manual-action/MDN-sent-manually; displayed\n--b--'
    )
    expect(await parseBounce(raw)).toMatchObject({ results: [], notBounce: 'receipt' })
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
