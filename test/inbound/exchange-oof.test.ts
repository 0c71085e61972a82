/**
 * Exchange's out-of-office replies, as Exchange writes them: "Auto-Submitted: auto-generated" with its
 * X-Auto-Response-Suppress and X-MS-Exchange-Inbox-Rules-Loop, and Outlook's "Automatic reply:" in the user's
 * language. A note that says its mailbox is full or its account is gone is still the person's auto-reply: it never
 * counts against the address, nor against a colleague it points to (stop 43's non-bounce review).
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'

const encoded = (subject: string) =>
  `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(subject)))}?=`

function outOfOffice(subject: string, body: string, headers = '') {
  return [
    'From: Anna <joe@example.org>',
    'To: bounces+x@mail.example.com',
    `Subject: ${encoded(subject)}`,
    'Date: Thu, 3 Dec 2026 10:00:00 +0000',
    'Message-ID: <oof.1@example.org>',
    'In-Reply-To: <20261203090000.7f3a@mail.example.com>',
    'Auto-Submitted: auto-generated',
    'X-Auto-Response-Suppress: All',
    'X-MS-Exchange-Inbox-Rules-Loop: joe@example.org',
    ...(headers ? [headers] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n')
}

const READINGS = [
  [
    'Automatikus válasz: Your December newsletter',
    'This user is unknown to us: the account does not exist any more. Please write to info@example.org.',
  ],
  [
    'Αυτόματη απάντηση: Your December newsletter',
    'This email account has been disabled. Please write to info@example.org.',
  ],
  ['Fuera de la oficina: Your December newsletter', 'My mailbox is over quota while I am away.'],
  [
    'Răspuns automat: Your December newsletter',
    'My mailbox is full and messages may be blocked until I return.',
  ],
  ['自動回覆: Your December newsletter', '我目前不在辦公室。'],
  ['Your December newsletter', 'This mailbox is inactive and is no longer checked.'],
] as const

describe("Exchange's out-of-office replies", () => {
  for (const [subject, body] of READINGS) {
    it(`reads "${subject}" as the person's auto-reply, counted against no one`, async () => {
      for (const options of [{}, { recipient: 'joe@example.org' }]) {
        const report = await parseBounce(outOfOffice(subject, body), options)
        expect(report.kind).toBe('autoreply')
        expect(
          report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition])
        ).toEqual([['joe@example.org', 'vacation', 'none']])
      }
    })
  }

  it("keeps a note with Exchange's marks that says a message wasn't delivered out of the auto-replies", async () => {
    const note = outOfOffice(
      'Your December newsletter',
      "Your message to ann@example.org wasn't delivered. ann@example.org wasn't found at example.org."
    )
    expect((await parseBounce(note)).kind).not.toBe('autoreply')
  })

  it('keeps a vacation note that says the message "was not delivered to a person" an auto-reply', async () => {
    const note = [
      'From: Joe <joe@example.org>',
      'To: bounces+x@mail.example.com',
      'Subject: This address is no longer in use',
      'Auto-Submitted: auto-replied',
      'Message-ID: <v.1@example.org>',
      '',
      'This email address is no longer in use and is not monitored. Your message was not delivered to a person.',
      'Please update your records and write to joe.new@example.net.',
      '',
    ].join('\r\n')
    const report = await parseBounce(note)
    expect(report.kind).toBe('autoreply')
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe@example.org', 'vacation'],
    ])
  })

  it("keeps a report with Exchange's marks a bounce when it says a delivery failed", async () => {
    const ndr = outOfOffice(
      'Undeliverable: Your December newsletter',
      "Delivery has failed to these recipients or groups:\r\n\r\nann@example.org\r\nThe email address you entered couldn't be found.\r\n\r\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
    ).replace('From: Anna <joe@example.org>', 'From: Microsoft Outlook <postmaster@example.org>')
    const report = await parseBounce(ndr)
    expect(report.kind).not.toBe('autoreply')
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['ann@example.org', 'hard'],
    ])
  })
})
