import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { personsPaste } from '../../src/inbound/person-quote'

const mail = (headers: string, body: string) => `${headers}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`

// Exchange's NDR text as a person's mail client quotes it (the user-visible part of Microsoft 365's NDR, as a real one
// pasted on LKML reads).
const NDR =
  "Your message to jane.doe@fastmx.example couldn't be delivered.\njane.doe wasn't found at fastmx.example.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"

const SIGNATURE =
  'Kind regards,\nAlice Sender\nSales Manager | Sender Ltd\nalice.sender@sender.example | +1 202 555 0147'

/** Outlook's quote header above a forwarded or answered message, in English and as localized clients write it. */
const QUOTE_HEADERS = {
  english:
    'From: Microsoft Outlook <postmaster@fastmx.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: Alice Sender <alice@sender.example>\nSubject: Undeliverable: Your June newsletter',
  // A real forwarded NDR in outlook-message-parser's test data.
  dutch:
    'Van: Microsoft Outlook [mailto:postmaster@fastmx.example] \nVerzonden: 3 juni 2025 10:00\nAan: alice@sender.example\nOnderwerp: Undeliverable: Your June newsletter',
  // Outlook wraps a long From line under its name, as in the same real forward.
  'wrapped From line':
    'Van: Microsoft Outlook\n[mailto:MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fastmx.example] \nVerzonden: 3 juni 2025 10:00\nAan: alice@sender.example\nOnderwerp: Undeliverable: Your June newsletter',
  german:
    'Von: Microsoft Outlook <postmaster@fastmx.example>\nGesendet: Dienstag, 3. Juni 2025 10:00\nAn: Alice Sender <alice@sender.example>\nBetreff: Unzustellbar: Your June newsletter',
  french:
    'De : Microsoft Outlook <postmaster@fastmx.example>\nEnvoyé : mardi 3 juin 2025 10:00\nÀ : Alice Sender <alice@sender.example>\nObjet : Non remis : Your June newsletter',
  // Apple Mail leaves a blank line under its separator and puts the Subject between From and Date (email-forward-parser's
  // table gives its labels in each language).
  'Apple Mail':
    'Begin forwarded message:\n\nFrom: Microsoft Outlook <postmaster@fastmx.example>\nSubject: Undeliverable: Your June newsletter\nDate: 3 June 2025 at 10:00:00 GMT\nTo: Alice Sender <alice@sender.example>',
  'Spanish Apple Mail':
    'Inicio del mensaje reenviado:\n\nDe: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fastmx.example>\nAsunto: Undeliverable: Your June newsletter\nFecha: 3 de junio de 2025, 10:00:00 GMT\nPara: Alice Sender <alice@sender.example>',
  'Spanish New Outlook':
    'De: Microsoft Outlook <postmaster@fastmx.example>\nFecha: martes, 3 de junio de 2025 10:00\nPara: Alice Sender <alice@sender.example>\nAsunto: Undeliverable: Your June newsletter',
  'Russian New Outlook':
    'От: Microsoft Outlook <postmaster@fastmx.example>\nДата: вторник, 3 июня 2025 г. 10:00\nКому: Alice Sender <alice@sender.example>\nТема: Undeliverable: Your June newsletter',
  'Spanish Thunderbird':
    '-------- Mensaje reenviado --------\nAsunto: Undeliverable: Your June newsletter\nFecha: Tue, 3 Jun 2025 10:00:00 +0000\nDe: Microsoft Outlook <postmaster@fastmx.example>\nPara: Alice Sender <alice@sender.example>',
  'older Outlook':
    '-----Original Message-----\nFrom: Microsoft Outlook [mailto:postmaster@fastmx.example]\nSent: Tuesday, June 03, 2025 10:00 AM\nTo: Alice Sender\nSubject: Undeliverable: Your June newsletter',
}

const forward = (note: string, header: string, subject = 'FW: Undeliverable: Your June newsletter') =>
  mail(
    `From: Alice Sender <alice@sender.example>\r\nTo: bounces+abc123@sender.example\r\nSubject: ${subject}\r\nMessage-ID: <fw1@EX01.sender.example>`,
    `${note}\n\n${header}\n\n${NDR}`
  )

describe("a person's forward or reply of a bounce", () => {
  for (const [language, header] of Object.entries(QUOTE_HEADERS)) {
    it(`reads the forwarded report, not the forwarder's signature (${language} quote header)`, async () => {
      const report = await parseBounce(
        forward(`Please remove this contact from the list.\n\n${SIGNATURE}`, header)
      )
      expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
        ['jane.doe@fastmx.example', 'userunknown'],
      ])
    })
  }

  it('unwraps a forward of a forward: no note at any level names a recipient', async () => {
    const report = await parseBounce(
      forward(
        'See below.',
        `From: Bob Colleague <bob@sender.example>\nSent: Wednesday, June 4, 2025 8:30 AM\nTo: Alice Sender <alice@sender.example>\nSubject: FW: Undeliverable: Your June newsletter\n\nJane left fastmx; write to carol@fastmx.example.\n\nBob\n\n${QUOTE_HEADERS.english}`,
        'FW: FW: Undeliverable: Your June newsletter'
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
  })

  it("unwraps a colleague's answer inside a forward chain, and takes no date in a note for a pasted failure", async () => {
    const chain = await parseBounce(
      forward(
        'See below.',
        `From: Bob Colleague <bob@sender.example>\nSent: Wednesday, June 4, 2025 8:30 AM\nTo: Alice Sender <alice@sender.example>\nSubject: RE: FW: Undeliverable: Your June newsletter\n\nJane left fastmx; write to carol@fastmx.example.\n\nBob\n\n${QUOTE_HEADERS.english}`,
        'FW: RE: FW: Undeliverable: Your June newsletter'
      )
    )
    expect(chain.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
    // A forwarded newsletter under a note with a date ("since 5.7.25") reports nothing.
    const newsletter = await parseBounce(
      mail(
        'From: Alice Sender <alice@client.example>\r\nTo: bounces@sender.example\r\nSubject: FW: Your June newsletter',
        'Jane is away since 5.7.25, write to carol@client.example.\n\nFrom: Sender News <news@sender.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: Jane Doe <jane@client.example>\nSubject: Your June newsletter\n\nHello Jane, here is what is new this month.'
      )
    )
    expect(newsletter.results).toEqual([])
  })

  it('reads past a middle note that pastes a failure, and reads that note when nothing below reports one', async () => {
    // Bob's note pastes the code, the NDR below it: the NDR decides, not the colleague his note names.
    const pasted = await parseBounce(
      forward(
        'See below.',
        `From: Bob Colleague <bob@sender.example>\nSent: Wednesday, June 4, 2025 8:30 AM\nTo: Alice Sender <alice@sender.example>\nSubject: FW: Undeliverable: Your June newsletter\n\nBounced with 550 5.1.1 account does not exist. Jane left fastmx; write to carol@fastmx.example.\n\n${QUOTE_HEADERS.english}`,
        'FW: FW: Undeliverable: Your June newsletter'
      )
    )
    expect(pasted.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
    // Bob pasted qmail's reply ("(#5.1.1)") above Alice's own original: his note is read.
    const qmail = await parseBounce(
      mail(
        'From: Alice Sender <alice@sender.example>\r\nTo: bounces@sender.example\r\nSubject: FW: RE: Your June newsletter',
        [
          'Can you take this one off the list?',
          '',
          '-----Original Message-----',
          'From: Bob Colleague <bob@sender.example>',
          'Sent: Wednesday, June 4, 2025 4:10 PM',
          'To: Alice Sender <alice@sender.example>',
          'Subject: RE: Your June newsletter',
          '',
          "FYI, Jane's address bounces:",
          '',
          '<gone@deadmx.example>:',
          'Sorry, no mailbox here by that name. (#5.1.1)',
          '',
          '-----Original Message-----',
          'From: Alice Sender <alice@sender.example>',
          'Sent: Tuesday, June 3, 2025 10:00 AM',
          'To: gone@deadmx.example',
          'Subject: Your June newsletter',
          '',
          'Hello Jane, here is our June newsletter.',
        ].join('\n')
      )
    )
    expect(qmail.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['gone@deadmx.example', 'hard'],
    ])
  })

  it('reads only the note that pastes the NDR, not the signature of the original quoted below it', async () => {
    const report = await parseBounce(
      mail(
        'From: Alice Sender <alice@sender.example>\r\nTo: bounces@sender.example\r\nSubject: FW: Your June newsletter',
        `This one bounced:\n\n${NDR}\n\nFrom: Alice Sender <alice@sender.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: jane.doe@fastmx.example\nSubject: Your June newsletter\n\nHello Jane, here is our June newsletter.\n\n${SIGNATURE}`
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['jane.doe@fastmx.example', 'hard'],
    ])
  })

  it("takes the recipient from the quoted header's To when the note pastes only the error, never the note's signature", async () => {
    const original =
      'From: Alice Sender <alice@sender.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: jane.doe@gmail.example\nSubject: Your June newsletter\n\nHello Jane, here is our June newsletter.\n\nAlice'
    for (const paste of [
      '550 5.1.1 The email account that you tried to reach does not exist.',
      "Your message to jane.doe@gmail.example couldn't be delivered.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ]) {
      const report = await parseBounce(
        mail(
          'From: Alice Sender <alice@sender.example>\r\nTo: bounces@sender.example\r\nSubject: FW: Your June newsletter',
          `This one bounced:\n\n${paste}\n\n${SIGNATURE}\n\n${original}`
        )
      )
      expect(
        report.results.map((r) => [r.address, r.classification.disposition]),
        paste
      ).toEqual([['jane.doe@gmail.example', 'hard']])
    }
  })

  it('keeps to the address the paste names, else the quoted To: never a Cc, nor a colleague the greeting names', async () => {
    const original = (to: string) =>
      `From: Alice Sender <alice@sender.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: ${to}\nCc: carol.live@partner.example\nSubject: Your June newsletter\n\nHello, here is our June newsletter.\n\n${SIGNATURE}`
    const read = async (note: string, to: string) =>
      (
        await parseBounce(
          mail(
            'From: Alice Sender <alice@sender.example>\r\nTo: bounces@sender.example\r\nSubject: FW: Your June newsletter',
            `${note}\n\n${original(to)}`
          )
        )
      ).results.map((r) => [r.address, r.classification.disposition])
    const gmail = '550 5.1.1 The email account that you tried to reach does not exist.'
    // The code line alone: the quoted To decides, its Cc did not fail.
    expect(await read(`This one bounced:\n\n${gmail}`, 'jane.doe@gmail.example')).toEqual([
      ['jane.doe@gmail.example', 'hard'],
    ])
    // A greeting naming a colleague above the paste says nothing failed.
    expect(
      await read(
        `Hi Tom (tom.colleague@sender.example), please take this one off the list, it came back with:\n\n${gmail}`,
        'jane.doe@gmail.example'
      )
    ).toEqual([['jane.doe@gmail.example', 'hard']])
    // Gmail's whole report names the address two paragraphs above its code: that one only, not a second To.
    expect(
      await read(
        `Address not found\n\nYour message wasn't delivered to jane.doe@gmail.example because the address couldn't be found, or is unable to receive mail.\n\nThe response was:\n\n${gmail}`,
        'Jane Doe; bob.live@partner.example'
      )
    ).toEqual([['jane.doe@gmail.example', 'hard']])
  })

  it("reads Apple Mail's quoted forward, Yahoo's one-line header and a Chinese 转发 subject", async () => {
    const quoted = (text: string) => text.replace(/^/gm, '> ')
    const apple = await parseBounce(
      forward(
        'Jane left last month; write to carol@fastmx.example from now on.',
        quoted(
          `Begin forwarded message:\n\n${QUOTE_HEADERS['Apple Mail'].split('\n').slice(2).join('\n')}\n\n${NDR}`
        ),
        'Fwd: Undeliverable: Your June newsletter'
      ).replace(`\r\n\r\n${NDR.replace(/\n/g, '\r\n')}`, '')
    )
    expect(apple.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
    // crisp-oss/email-forward-parser's Yahoo fixture: the fields on the separator line, the message on the next.
    const yahoo = await parseBounce(
      mail(
        'From: Alice Sender <alice@sender.example>\r\nTo: bounces@sender.example\r\nSubject: Fwd: Undeliverable: Your June newsletter',
        `Jane left last month; please write to carol@fastmx.example from now on.\n\n   ----- Forwarded Message ----- From: Microsoft Outlook <postmaster@fastmx.example>To: "alice@sender.example" <alice@sender.example>Sent: Tuesday, June 3, 2025, 10:00:00 AM GMT+1Subject: Undeliverable: Your June newsletter\n${NDR}`
      )
    )
    expect(yahoo.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
    const chinese = await parseBounce(
      forward(
        'Jane 已离职，请联系 carol@fastmx.example。',
        QUOTE_HEADERS.english,
        '=?UTF-8?B?6L2s5Y+R77yaVW5kZWxpdmVyYWJsZTogWW91ciBKdW5lIG5ld3NsZXR0ZXI=?='
      )
    )
    expect(chinese.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
  })

  it("reads a note that pastes the server's error above the person's own quoted original", async () => {
    const report = await parseBounce(
      forward(
        '<gone@deadmx.example>: host mx.deadmx.example[192.0.2.9] said: 550 5.1.1 <gone@deadmx.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
        '-----Original Message-----\nFrom: Alice Sender <alice@sender.example>\nSent: Tuesday, June 3, 2025 10:00 AM\nTo: gone@deadmx.example\nSubject: Your June newsletter',
        'FW: Your June newsletter'
      ).replace(NDR.replace(/\n/g, '\r\n'), 'Hello, here is our June newsletter.')
    )
    expect(report.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['gone@deadmx.example', 'hard'],
    ])
  })

  it("never reports a colleague the forwarder's note names", async () => {
    const report = await parseBounce(
      forward(
        "FYI - their office manager is carol@fastmx.example, I'll write to her directly.",
        QUOTE_HEADERS.english
      )
    )
    expect(report.results.map((r) => r.address)).toEqual(['jane.doe@fastmx.example'])
  })

  it("reads the quoted report whatever failure the note names in the forwarder's words", async () => {
    for (const note of [
      `This one bounced, please take it off the list.\n\n${SIGNATURE}`,
      `Delivery failed - can you remove her?\n\n${SIGNATURE}`,
      'jane.doe@fastmx.example bounced with 550 5.1.10 again.',
    ]) {
      const report = await parseBounce(forward(note, QUOTE_HEADERS.english))
      expect(
        report.results.map((r) => [r.address, r.classification.disposition]),
        note
      ).toEqual([['jane.doe@fastmx.example', 'hard']])
    }
  })

  it('answers an Outlook reply that quotes a bounce under its header block as a reply', async () => {
    const report = await parseBounce(
      mail(
        'From: Bob Colleague <bob@fastmx.example>\r\nTo: bounces+abc123@sender.example\r\nSubject: RE: Undeliverable: Your June newsletter\r\nIn-Reply-To: <ndr-1@EX02.fastmx.example>\r\nReferences: <ndr-1@EX02.fastmx.example>',
        `Jane left last month, please remove her. Her replacement is\ncarol@fastmx.example.\n\nBob\n\n${QUOTE_HEADERS.english}\n\n${NDR}`
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'reply' })
  })

  it('answers a reply under a localized quote header (Italian "R:", Da/Data) as a reply', async () => {
    const report = await parseBounce(
      mail(
        'From: Bob Colleague <bob@fastmx.example>\r\nTo: bounces+abc123@sender.example\r\nSubject: R: Undeliverable: Your June newsletter\r\nIn-Reply-To: <ndr-1@EX02.fastmx.example>',
        `Jane non lavora più qui. Scrivete a carol@fastmx.example.\n\nDa: Microsoft Outlook <postmaster@fastmx.example>\nData: martedì 3 giugno 2025 10:00\nA: bounces+abc123@sender.example\nOggetto: Undeliverable: Your June newsletter\n\n${NDR}`
      )
    )
    expect(report).toMatchObject({ results: [], notBounce: 'reply' })
  })

  it("still reads a mail system's own bounce whose body quotes the original's From and Date lines", async () => {
    const report = await parseBounce(
      mail(
        'From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>\r\nTo: alice@sender.example\r\nSubject: Undelivered Mail Returned to Sender',
        '<gone@deadmx.example>: host mx.deadmx.example[192.0.2.9] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\nFrom: Alice Sender <alice@sender.example>\nDate: Tue, 3 Jun 2025 10:00:00 +0000\nSubject: Your June newsletter'
      )
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['gone@deadmx.example', 'userunknown'],
    ])
  })
})

describe("a person's own message that pastes a server's failure (no forward, no reply)", () => {
  /** How each mail client marks what it sends: Outlook's and Apple's X-Mailer, Thunderbird's User-Agent, Gmail's id. */
  const CLIENT_MARKS = {
    Outlook: 'X-Mailer: Microsoft Outlook 16.0\r\nMessage-ID: <p1@EX01.sender.example>',
    Thunderbird:
      'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0\r\nMessage-ID: <p1@sender.example>',
    'Apple Mail': 'X-Mailer: iPhone Mail (21A350)\r\nMessage-ID: <p1@sender.example>',
    Gmail: 'Message-ID: <CAK7LNAR3xq1@mail.gmail.com>',
    'Outlook on Exchange':
      'Thread-Index: AdnVx1H2kq3c5Y7yQ0yq2yZs5d6L0w==\r\nX-MS-Has-Attach: \r\nX-MS-TNEF-Correlator: \r\nMessage-ID: <AM0PR01MB1234@AM0PR01MB1234.eurprd01.prod.outlook.com>',
  }
  const own = (subject: string, body: string, mark: string = CLIENT_MARKS.Outlook) =>
    mail(
      `From: Alice Sender <alice.sender@sender.example>\r\nTo: bounces+abc123@sender.example\r\nSubject: ${subject}\r\n${mark}`,
      body
    )
  /** What the parser reads in a person's own message: each result's address and reason. */
  const reasonsOf = async (...args: Parameters<typeof own>) =>
    (await parseBounce(own(...args))).results.map((r) => [r.address, r.classification.reason])

  for (const [client, mark] of Object.entries(CLIENT_MARKS)) {
    it(`reads only the paste: the address above its code, never the signature below (${client})`, async () => {
      expect(
        await reasonsOf(
          'Undeliverable: newsletter',
          `Hi,\n\nThe newsletter to bob@client.example bounced with:\n\n552 5.2.2 Mailbox full\n\n${SIGNATURE}`,
          mark
        )
      ).toEqual([['bob@client.example', 'mailboxfull']])
    })
  }

  it('reports nobody when the paste names no address (the signature is the writer)', async () => {
    const body = `Hi team,\n\nI got this back when I sent the newsletter:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nCan you check?\n\n${SIGNATURE}`
    for (const mark of Object.values(CLIENT_MARKS))
      expect((await parseBounce(own('Undeliverable', body, mark))).results).toEqual([])
    // The signed return path names the recipient: the paste's words are read for it.
    // Nor is the signed return path's recipient: a person who writes to it received that message, and is alive.
    const signed = await parseBounce(own('Undeliverable', body), { recipient: 'alice.sender@sender.example' })
    expect(signed.results).toEqual([])
  })

  it('never reports a colleague the writer names beside the recipient', async () => {
    const report = await parseBounce(
      own(
        'Bounce from client',
        'Hi,\n\nMy colleague peter@sender.example forwarded it to anna@client.example and got this:\n\n550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table\n\nThanks\nAlice'
      )
    )
    expect(report.results).toEqual([])
  })

  it("reads a pasted Microsoft 365 failure list without the signature's contact lines", async () => {
    expect(
      await reasonsOf(
        'mail not delivered',
        "Hello, we got the following:\n\nDelivery has failed to these recipients or groups:\n\njane.doe@fastmx.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\njane.doe@fastmx.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nThanks,\nSusan Smith\nAssistant: susan@sender.example\nPhone: +1 202 555 0100"
      )
    ).toEqual([['jane.doe@fastmx.example', 'userunknown']])
  })

  // Microsoft 365's newer NDR as text (its layout in Microsoft's NDR documentation): the address is in the opening
  // sentence, far above the error's code.
  const M365_NDR =
    "Your message to jane.doe@fastmx.example couldn't be delivered.\njane.doe wasn't found at fastmx.example.\n\nalice.sender    Office 365    jane.doe\nAction Required                 Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nOriginal Message Details\nCreated Date: 6/3/2025 10:00:00 AM\nSender Address: alice.sender@sender.example\nRecipient Address: jane.doe@fastmx.example\n\nError Details\nReported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\nDSN generated by: AM0PR01MB1234.eurprd01.prod.outlook.com"

  it('reads a pasted Microsoft 365 NDR whose failed address is only in its opening sentence', async () => {
    const report = await parseBounce(
      own('Undeliverable', `Hi, what does this mean?\n\n${M365_NDR}\n\n${SIGNATURE}`)
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['jane.doe@fastmx.example', 'userunknown'],
    ])
  })

  it('takes the one address the line above the paste names, never the signed writer', async () => {
    const report = await parseBounce(
      own(
        'newsletter',
        "Hi,\n\nAs you asked, I forwarded your newsletter to my old work address joe.client@client.example and got this error:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\n\nPlease keep mailing me here.\n\nBob",
        CLIENT_MARKS.Gmail
      ),
      { recipient: 'alice.sender@sender.example' }
    )
    expect(report.results.map((r) => [r.address, r.classification.reason])).toEqual([
      ['joe.client@client.example', 'userunknown'],
    ])
  })

  it("reads a pasted NDR's own opening, never a colleague the note above it names", async () => {
    expect(
      await reasonsOf(
        'Undeliverable',
        `Hi,\n\nPeter (peter.colleague@sender.example) says his mail to the customer failed too, same error as mine below. Can you check?\n\n${M365_NDR}\n\nAlice`
      )
    ).toEqual([['jane.doe@fastmx.example', 'userunknown']])
  })

  it("reads every entry of a pasted Postfix bounce: a wrapped reply's code, an entry with no code", async () => {
    expect(
      await reasonsOf(
        'Two of our customers bounced',
        `Hi,\n\nWe got this back:\n\nThis is the mail system at host smtp.sender.example.\n\n                   The mail system\n\n<ann@client.example>: host mx.client.example[192.0.2.153] said: 550\n    5.1.1 <ann@client.example>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n\n<joe@gone-domain.example>: Host or domain name not found. Name service error\n    for name=gone-domain.example type=A: Host not found\n\n${SIGNATURE}`
      )
    ).toEqual([
      ['ann@client.example', 'userunknown'],
      ['joe@gone-domain.example', 'hostunknown'],
    ])
  })

  it("reads a pasted Gmail notice in German, and Gmail's temporary problem as a delay (never counted)", async () => {
    expect(
      await reasonsOf(
        'Delivery Status Notification (Failure)',
        'Hallo,\n\nbitte diese Adresse aus dem Verteiler nehmen:\n\n** Die Adresse wurde nicht gefunden **\n\nIhre Nachricht wurde nicht an gone@client.example zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\nHier erfahren Sie mehr: https://support.google.com/mail/?p=NoSuchUser\n\nAntwort:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nDanke\nAnna',
        CLIENT_MARKS.Gmail
      )
    ).toEqual([['gone@client.example', 'userunknown']])
    const temporary = await parseBounce(
      own(
        'Delivery incomplete',
        "Hi, got this:\n\nDelivery incomplete\n\nThere was a temporary problem delivering your message to joe.client@client.example. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\n451 4.3.0 Mail server temporarily rejected message.\n\nThanks",
        CLIENT_MARKS.Gmail
      )
    )
    expect(temporary.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['joe.client@client.example', 'none'],
    ])
  })

  it("reads Gmail's older notice pasted whole: the address alone under its heading", async () => {
    expect(
      await reasonsOf(
        'Delivery Status Notification (Failure)',
        `Hi, this came back:\n\nDelivery to the following recipient failed permanently:\n\n     joe.client@client.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain client.example by mx.client.example. [192.0.2.25].\n\nThe error that the other server returned was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n${SIGNATURE}`,
        CLIENT_MARKS.Gmail
      )
    ).toEqual([['joe.client@client.example', 'userunknown']])
    // Nor a signature's address under a person's heading: the heading must end the paragraph above it.
    expect(
      await reasonsOf(
        'Undeliverable',
        'Hi,\n\nThe newsletter failed, contact me at:\n\n     alice.sender@sender.example\n\n550 5.1.1 The email account that you tried to reach does not exist.'
      )
    ).toEqual([])
  })

  it('keys a pasted address with an international domain as its results do', async () => {
    expect(
      await reasonsOf(
        'Unzustellbar',
        'Hallo,\n\nDie Nachricht an müller@bücher.example konnte nicht zugestellt werden:\n\n<müller@bücher.example>: host mx.bücher.example[192.0.2.7] said: 550 5.1.1 User unknown\n\nGruß\nAlice',
        CLIENT_MARKS.Thunderbird
      )
    ).toEqual([['müller@xn--bcher-kva.example', 'userunknown']])
  })

  it("takes no number a person types for a server's reply: a street, a count", async () => {
    const exim = await parseBounce(
      own(
        'Undeliverable',
        'Hi, this came back:\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  joe.client@client.example\n    Unrouteable address\n  ann.client@client.example\n    Unrouteable address\n\nThanks,\nAlice Sender\n500 Oracle Parkway, Redwood Shores'
      )
    )
    expect(exim.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['joe.client@client.example', 'hard'],
      ['ann.client@client.example', 'hard'],
    ])
    // Exchange 2003's entry ends with its host and status, the paste's code; "450 people" in the note is none.
    expect(
      await reasonsOf(
        'newsletter error',
        'Hi,\n\nWe sent the June newsletter to all of our members yesterday, about\n450 people, and Peter (peter.colleague@sender.example) got this back\nfor one of them:\n\nYour message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n      joe.client@client.example on 6/3/2025 10:02 AM\n            The e-mail account does not exist at the organization this message was sent to.\n            <MAIL01.client.example #5.1.1>\n\nAlice',
        CLIENT_MARKS.Thunderbird
      )
    ).toEqual([['joe.client@client.example', 'userunknown']])
  })

  it("never takes a colleague from the person's own words of failure, in any language", async () => {
    for (const note of [
      'The newsletter to one customer failed with the error below. Questions to me or peter.colleague@sender.example.',
      'die Mail meines Kollegen peter.colleague@sender.example an einen Kunden wurde nicht zugestellt, hier die Fehlermeldung:',
    ]) {
      const report = await parseBounce(
        own(
          'newsletter',
          `Hi,\n\n${note}\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nAlice`
        )
      )
      expect(report.results).toEqual([])
    }
    // A server's own opening, in French, is read ("problème" holds no first-person "me").
    const french = await parseBounce(
      own(
        'Échec de la remise',
        'Bonjour,\n\nmerci de retirer cette adresse :\n\nUn problème est survenu lors de la distribution de votre message à jean.client@client.example. Consultez les détails techniques ci-dessous.\n\nLa réponse du serveur distant était :\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nCordialement,\nClaire',
        CLIENT_MARKS.Gmail
      )
    )
    expect(french.results.map((r) => r.address)).toEqual(['jean.client@client.example'])
  })

  // Gmail's notice as a person pastes it, the failed address in its opening sentence.
  const gmailPaste = (opening: string) =>
    `Hi,\n\nplease take this one off the list, it came back:\n\nAddress not found\n\n${opening}\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nThanks,\nAlice`

  it('reads the opening of a pasted notice whatever words its address holds, in English or Dutch', async () => {
    for (const address of ['joe.client@me.com', 'joe@my-company.example', 'i.tanaka@client.example']) {
      const report = await parseBounce(
        own(
          'Undeliverable',
          gmailPaste(
            `Your message wasn't delivered to ${address} because the address couldn't be found, or is unable to receive mail.`
          ),
          CLIENT_MARKS.Gmail
        )
      )
      expect(report.results.map((r) => r.address)).toEqual([address])
    }
    // Gmail's own "Their inbox is full", and a host name holding "us", are no person's words.
    const full = await parseBounce(
      own(
        'Undeliverable',
        gmailPaste(
          "Your message couldn't be delivered to mb.friend@gmail.example. Their inbox is full, or it's getting too much mail right now."
        ).replace(
          '550 5.1.1 The email account that you tried to reach does not exist.',
          "452 4.2.2 The recipient's inbox is out of storage space."
        ),
        CLIENT_MARKS.Gmail
      )
    )
    expect(full.results.map((r) => [r.address, r.classification.disposition])).toEqual([
      ['mb.friend@gmail.example', 'soft'],
    ])
    // A local part the notice names alone ("ma wasn't found at …") is no person's "ma" (French "my").
    const bareLocal = await parseBounce(
      own(
        'Undeliverable',
        `Hi,\n\nPeter Smith (peter.smith@sender.example) got this failed delivery back:\n\n${M365_NDR.replaceAll('jane.doe', 'ma')}`
      )
    )
    expect(bareLocal.results.map((r) => r.address)).toEqual(['ma@fastmx.example'])
    const usHost = await parseBounce(
      own(
        'Undeliverable',
        `Hi, what does this mean?\n\n${M365_NDR.replaceAll('fastmx.example', 'us.fastmx.example')}`
      )
    )
    expect(usHost.results.map((r) => r.address)).toEqual(['jane.doe@us.fastmx.example'])
    const dutch = await parseBounce(
      own(
        'Adres niet gevonden',
        gmailPaste(
          'Je bericht is niet bezorgd aan joost@klant.example omdat het adres niet is gevonden of geen e-mail kan ontvangen.'
        ),
        CLIENT_MARKS.Gmail
      )
    )
    expect(dutch.results.map((r) => r.address)).toEqual(['joost@klant.example'])
  })

  it("takes the address a person says the mail went to, never one of their side's or one they ask for", async () => {
    const read = async (line: string) =>
      (
        await parseBounce(
          own(
            'newsletter',
            `Hello,\n\n${line}\n\n550 5.1.1 The email account that you tried to reach does not exist.\n\nRegards,\nBob`
          )
        )
      ).results.map((r) => r.address)
    expect(await read('Our newsletter to joe.client@client.example bounced with this:')).toEqual([
      'joe.client@client.example',
    ])
    expect(await read('My newsletter to joe.client@client.example bounced with this:')).toEqual([
      'joe.client@client.example',
    ])
    for (const line of [
      'We mailed a client from our sales desk sales@sender.example last week and it was rejected, same as below:',
      'Please send the newsletter to my private address bob.home@gmail.example from now on, the work mailbox gives this:',
      'Our mail admin forwarded this to me at bob.work@client.example, please fix your list:',
      'I forwarded your mail to our IT at it@client.example, they said to send you the error:',
      'Peter Smith (peter.smith@sender.example) says his mail to a client failed too, this is the error:',
      'My email address has changed to bob.new@client.example, the old one now gives this:',
      'Peter (peter.colleague@sender.example) forwarded me this failed delivery:',
      'This is the message I got when replying to your colleague peter.colleague@sender.example:',
      'My mail now goes to bob.new@client.example, the old mailbox says:',
      'Peter Smith (peter.smith@sender.example) got this failed delivery back from the June mailing, see below:',
      'I forwarded the error to Peter (peter.smith@client.example) in IT, he could not explain it:',
      'I resent the newsletter to anna.lee@client.example and that worked, only the old address failed with:',
      'Our newsletter to anna.lee@client.example was delivered fine, only the old address failed with:',
      'I have sent this to helpdesk@client.example too, the error was:',
      'The failed delivery below was mailed to peter.smith@sender.example first:',
      'This bounce was forwarded to peter.smith@sender.example before it reached me:',
    ])
      expect(await read(line)).toEqual([])
  })

  it('reads a pasted NDR\'s opening over a person\'s own "<colleague@…>:" line below it', async () => {
    // An entry of a server's list says what failed to its address; a person's line that only opens the same way
    // ("<peter@…>: FYI, …") says nothing failed, and must neither be reported nor hide the NDR's own recipient.
    expect(
      await reasonsOf(
        'Undeliverable',
        `Hi,\n\n${M365_NDR}\n\n<peter.colleague@sender.example>: FYI, please check with the customer.\n\nAlice`
      )
    ).toEqual([['jane.doe@fastmx.example', 'userunknown']])
    expect(
      await reasonsOf(
        'Undeliverable',
        `Hi,\n\n${M365_NDR}\n\n<peter.colleague@sender.example>: his mail to her failed too.\n\nAlice`
      )
    ).toEqual([['jane.doe@fastmx.example', 'userunknown']])
  })

  it('takes no mail system for a person, whatever client name its headers carry', () => {
    const text = '<gone@fastmx.example>:\n550 5.1.1 User unknown'
    const headers = (fields: Record<string, string>) => new Map(Object.entries(fields))
    const person = {
      from: 'Alice Sender <alice.sender@sender.example>',
      'x-mailer': 'Microsoft Outlook 16.0',
    }
    expect(personsPaste(headers(person), text)?.named).toEqual(new Set(['gone@fastmx.example']))
    const systems: Record<string, string>[] = [
      { from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fastmx.example>' },
      { from: 'Mail Delivery System <MAILER-DAEMON@mx.fastmx.example>' },
      { 'auto-submitted': 'auto-generated (failure)' },
      { 'x-failed-recipients': 'gone@fastmx.example' },
      { 'x-ms-exchange-message-is-ndr': '' },
      { 'x-mailer': 'Zoho Mail' },
    ]
    for (const system of systems) expect(personsPaste(headers({ ...person, ...system }), text)).toBeNull()
  })
})
