import { describe, expect, it } from 'vitest'
import { readReturnedOriginal } from '../../src/inbound/returned-original'

const header = (...lines: string[]) => `${lines.join('\r\n')}\r\n\r\nHello\r\nTo: body@not.header\r\n`

describe('the returned original: whom it was for', () => {
  it('reads the addressees from To and Cc, and the mailboxes a delivery agent took the message for', () => {
    expect(
      readReturnedOriginal(
        header(
          'Return-Path: <bounces@bounce.example.org>',
          'Delivered-To: Joe@Alumni.example',
          'X-Original-To: joe@alumni.example',
          // Every relay writes "for <…>" for a transaction of one recipient, the sender's own too: no delivery.
          'Received: from mail.sender.example (mail.sender.example [198.51.100.7])',
          '\tby mx.alumni.example (Postfix) with ESMTPS id 4F1A2B3C4D',
          '\tfor <ann@alumni.example>; Mon, 7 Dec 2026 06:10:02 +0000 (UTC)',
          'Received: by mail.sender.example with SMTP id x1; Mon, 7 Dec 2026 06:10:01 +0000',
          // The address as mailed, written into every member's delivered copy of an alias: no delivery to it.
          'Envelope-to: bob@alumni.example',
          'X-Sieve-Redirected-From: Joe@Alumni.example',
          'To: "Joe, Smith" <joe@alumni.example>, ann@alumni.example',
          'Cc: <carol@example.net>',
          'Subject: news'
        )
      )
    ).toEqual({
      addressees: ['joe@alumni.example', 'ann@alumni.example', 'carol@example.net'],
      deliveredFor: ['joe@alumni.example'],
      redirectedFrom: ['joe@alumni.example'],
    })
  })

  it("reads qmail's virtual-domain delivery (the local part prefixed with the domain) as the address itself", () => {
    expect(
      readReturnedOriginal(header('Delivered-To: alumni.example-joe@alumni.example')).deliveredFor
    ).toEqual(['joe@alumni.example'])
    // Another prefix is another mailbox.
    expect(readReturnedOriginal(header('Delivered-To: other-joe@alumni.example')).deliveredFor).toEqual([
      'other-joe@alumni.example',
    ])
  })

  it('reads the header only, never the body', () => {
    expect(readReturnedOriginal(`Subject: x\r\n\r\nDelivered-To: joe@alumni.example\r\n`)).toEqual({
      addressees: [],
      deliveredFor: [],
      redirectedFrom: [],
    })
  })

  it('reads a hostile header in one pass: an endless word in To or Delivered-To is no address', () => {
    // A pattern matched around an "@" rescans such a word from every position (tens of seconds for this one).
    const endless = 'a'.repeat(300_000)
    expect(readReturnedOriginal(header(`To: ${endless}`, `Delivered-To: ${endless}`))).toEqual({
      addressees: [],
      deliveredFor: [],
      redirectedFrom: [],
    })
  })
})
