/** Whole error mails of Japan's mobile carriers (docomo, au, SoftBank, willcom) and an ISP, from carriers' notes, bulk
 * senders' help and blogs; most rebuilt from a reply line inside a layout another cited page shows (see case.ts). */
import { type HelpPageBounce, lines, POSTFIX_INTRO } from './case'

// qmail-send preamble as shown whole on http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html
const qmailHead = (host: string) => [
  `Hi. This is the qmail-send program at ${host}.`,
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  '',
]

const postfixHeaders = (id: string) => [
  'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
  'To: a@example.net',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Thu, 3 Dec 2026 10:00:00 +0900',
  `Message-ID: <${id}@mail.example.net>`,
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
]

const qmailHeaders = (id: string) => [
  'From: MAILER-DAEMON@mail.example.net',
  'To: a@example.net',
  'Subject: failure notice',
  'Date: Thu, 3 Dec 2026 10:00:00 +0900',
  `Message-ID: <${id}@mail.example.net>`,
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
]

export const CARRIER_PAGES: HelpPageBounce[] = [
  {
    name: 'willcom-pdx-mailbox-full',
    source: 'https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html',
    says: "送信先(=受信者)のメールボックスに空きがないため、メールを配信できなかった [the recipient's (own PHS @pdx.ne.jp) mailbox had no free space, so the mail could not be delivered]",
    rebuilt:
      'From and Subject as on the page; To, Date, Message-ID, MIME-Version, Content-Type added; 〜〜〜@pdx.ne.jp → joe@pdx.ne.jp (twice); blank lines between Postfix paragraphs restored; only the text part is shown on the page, so no message/delivery-status part is added',
    raw: lines(
      'From: MAILER-DAEMON@pdx.ne.jp (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Thu, 3 Dec 2026 10:00:00 +0900',
      'Message-ID: <err1@mc-imt12-g.dav.pdx.ne.jp>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the Postfix program at host mc-imt12-g.dav.pdx.ne.jp.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      'For further assistance, please send mail to <postmaster>',
      '',
      'If you do so, please include this problem report. You can',
      'delete your own text from the attached returned message.',
      '',
      '                   The Postfix program',
      '',
      '<joe@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to',
      "    deliver mail because the volume of recipient's mailbox exceeded the local",
      '    limit. joe@pdx.ne.jp (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@pdx.ne.jp', reason: 'mailboxfull' }],
  },
  {
    name: 'emnet-procmail-quota',
    source:
      'https://digitallife2015.blogspot.com/2021/07/cant-create-output.html (layout/headers: https://www.nttbiz.jp/hosting_user/faq_op/node/193)',
    says: "これはメールで使用できるメールサーバーの容量を超えてしまったときに発生する。 [this happens when the (recipient's) mail server storage quota has been exceeded]",
    rebuilt:
      'page shows only the body block from "The following addresses" to the 550 line; ************ji@tt.em-net.ne.jp → joe@tt.em-net.ne.jp (also inside the procmail path, kept concatenated as on the page); From/Subject/"The original message was received at" line taken from the sendmail layout on nttbiz.jp with MAILER-DAEMON@tt.em-net.ne.jp and mail.example.net as placeholders; To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@tt.em-net.ne.jp>',
      'To: a@example.net',
      'Subject: Returned mail: see transcript for details',
      'Date: Thu, 3 Dec 2026 10:00:00 +0900',
      'Message-ID: <err2@tt.em-net.ne.jp>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The original message was received at Thu, 3 Dec 2026 09:59:58 +0900',
      'from mail.example.net [192.0.2.10]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@tt.em-net.ne.jp>',
      "    (reason: Can't create output)",
      '',
      '   ----- Transcript of session follows -----',
      'procmail: Quota exceeded while writing "/mb/tt.em-net.ne.jpjoe/Mailbox"',
      "550 5.0.0 <joe@tt.em-net.ne.jp>... Can't create output"
    ),
    expect: [{ recipient: 'joe@tt.em-net.ne.jp', reason: 'mailboxfull' }],
  },
  {
    name: 'docomo-qmail-rcpt-unknown-user',
    source:
      'http://flagsystem.co.jp/news/archives/26 (qmail layout: http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html)',
    says: 'このエラーは、宛先不明です。 [this error means the address does not exist]',
    rebuilt:
      'page shows the recipient block only; *****@docomo.ne.jp → joe@docomo.ne.jp; qmail preamble and Subject "failure notice" from the ddn.ne.jp page with mail.example.net as the sending host; From, To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...qmailHeaders('err3'),
      ...qmailHead('mail.example.net'),
      '<joe@docomo.ne.jp>:',
      '203.138.180.240 does not like recipient.',
      'Remote host said: 550 Unknown user joe@docomo.ne.jp',
      'Giving up on 203.138.180.240.',
      ''
    ),
    expect: [{ recipient: 'joe@docomo.ne.jp', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'docomo-qmail-data-domain-reject',
    source:
      'http://flagsystem.co.jp/news/archives/26 (qmail layout: http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html)',
    says: "このエラーが返ってくるとドメイン指定拒否になります。 [when this error comes back it is (the recipient's) domain-specified rejection]",
    rebuilt:
      'page shows the recipient block only; *****@docomo.ne.jp → joe@docomo.ne.jp; qmail preamble and Subject "failure notice" from the ddn.ne.jp page with mail.example.net as the sending host; From, To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...qmailHeaders('err4'),
      ...qmailHead('mail.example.net'),
      '<joe@docomo.ne.jp>:',
      '203.138.180.112 failed after I sent the message.',
      'Remote host said: 550 Unknown user joe@docomo.ne.jp',
      ''
    ),
    expect: [{ recipient: 'joe@docomo.ne.jp', reason: 'filtered' }],
  },
  {
    name: 'docomo-postfix-rcpt-unknown-user',
    source:
      'https://tuono034s.com/web-entry/3575/ (Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238; host: https://akisoftware.com/pmsrv/help/docomo.html)',
    says: '@より前のユーザー名間違い [the user name before the @ is wrong]',
    rebuilt:
      'page shows only the reply "550 Unknown user xxxxx@docomo.ne.jp (in reply to RCPT TO command)"; xxxxx → joe; "<joe@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.180.240] said:" added (docomo MX name/IP from akisoftware.com); Postfix preamble from asahi-net with mail.example.net; all headers added',
    raw: lines(
      ...postfixHeaders('err5'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.180.240] said: 550',
      '    Unknown user joe@docomo.ne.jp (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@docomo.ne.jp', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'docomo-postfix-data-filter',
    source:
      'https://tuono034s.com/web-entry/3575/ (Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238; host: https://akisoftware.com/pmsrv/help/docomo.html)',
    says: '迷惑メール対策・フィルター・ドメイン指定受信 [spam countermeasure / filter / domain-specified reception]',
    rebuilt:
      'page shows only the reply "550 Unknown user xxxxx@docomo.ne.jp (in reply to end of DATA command)"; xxxxx → joe; "<joe@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.180.240] said:" added; Postfix preamble from asahi-net with mail.example.net; all headers added',
    raw: lines(
      ...postfixHeaders('err6'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.180.240] said: 550',
      '    Unknown user joe@docomo.ne.jp (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@docomo.ne.jp', reason: 'filtered' }],
  },
  {
    name: 'ezweb-postfix-rcpt-user-unknown',
    source:
      'https://tuono034s.com/web-entry/3575/ (address form: https://note.com/sendmagic/n/n875d8dcb6cb8; Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238)',
    says: '@より前のユーザー名間違い [the user name before the @ is wrong]',
    rebuilt:
      'page shows "550 : User unknown (in reply to RCPT TO command)" with the <address> evidently stripped as HTML; restored as "550 <joe@ezweb.ne.jp>: User unknown" after the au form on note.com/sendmagic; remote host not shown anywhere, so placeholder "192.0.2.25[192.0.2.25]"; Postfix preamble from asahi-net; all headers added',
    raw: lines(
      ...postfixHeaders('err7'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@ezweb.ne.jp>: host 192.0.2.25[192.0.2.25] said: 550 <joe@ezweb.ne.jp>:',
      '    User unknown (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@ezweb.ne.jp', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'ezweb-postfix-data-filter',
    source:
      'https://tuono034s.com/web-entry/3575/ (address form: https://note.com/sendmagic/n/n875d8dcb6cb8; Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238)',
    says: '迷惑メール対策・フィルター・ドメイン指定受信 [spam countermeasure / filter / domain-specified reception]',
    rebuilt:
      'page shows "550 : User unknown (in reply to end of DATA command)", kept as shown (an address may have been stripped as HTML; not restored); remote host placeholder "192.0.2.25[192.0.2.25]"; Postfix preamble from asahi-net; all headers added',
    raw: lines(
      ...postfixHeaders('err8'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@ezweb.ne.jp>: host 192.0.2.25[192.0.2.25] said: 550 : User unknown (in',
      '    reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@ezweb.ne.jp', reason: 'filtered' }],
  },
  {
    name: 'docomo-552-too-much-mail-data',
    source:
      'https://note.com/sendmagic/n/neb6bbe7e51cf (Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238; host: https://akisoftware.com/pmsrv/help/docomo.html)',
    says: "宛先ユーザ側のメールボックスフル。…宛先ユーザのメールボックスフルにより、メールを送信することができません。 [the recipient user's mailbox is full, so the mail cannot be sent]",
    rebuilt:
      'page shows only "552 Too much mail data xxx@docomo.ne.jp"; xxx → joe; the SMTP stage is not given — "(in reply to end of DATA command)" is my assumption; host mfsmax.docomo.ne.jp[203.138.180.240] from akisoftware.com; Postfix preamble from asahi-net; all headers added',
    raw: lines(
      ...postfixHeaders('err9'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.180.240] said: 552',
      '    Too much mail data joe@docomo.ne.jp (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@docomo.ne.jp', reason: 'mailboxfull' }],
  },
  {
    name: 'softbank-i-invalid-recipient',
    source:
      'https://note.com./sendmagic/n/n5afbf98aeb25 (Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238)',
    says: '存在しない宛先にメール送信を行った。 [mail was sent to a recipient that does not exist]',
    rebuilt:
      'page shows only "550 Invalid recipient: <xxx@i.softbank.jp>"; xxx → joe; SMTP stage not given — "(in reply to RCPT TO command)" is my assumption; remote host not given — placeholder "192.0.2.26[192.0.2.26]"; Postfix preamble from asahi-net; all headers added',
    raw: lines(
      ...postfixHeaders('err10'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@i.softbank.jp>: host 192.0.2.26[192.0.2.26] said: 550 Invalid recipient:',
      '    <joe@i.softbank.jp> (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@i.softbank.jp', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'softbank-553-envelope-from-domain',
    source:
      'https://note.com./sendmagic/n/n5afbf98aeb25 (Postfix layout: https://faq.asahi-net.jp/en/faq_detail.html?id=5238)',
    says: 'DNSのレコードが1つも存在しないエンベロープFromドメインを利用している。…その配信は宛先の存在有無に関わらず全てエラーになります。 [the envelope-From domain has no DNS records at all; every delivery fails whatever the recipient]',
    rebuilt:
      'page shows only "553 xxx.xx.xx does not exist" where xxx.xx.xx is the envelope-From domain → example.net; recipient not named on the page → joe@softbank.ne.jp; SMTP stage not given — "(in reply to MAIL FROM command)" is my assumption from the page\'s cause; remote host placeholder "192.0.2.26[192.0.2.26]"; Postfix preamble from asahi-net; all headers added',
    raw: lines(
      ...postfixHeaders('err11'),
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@softbank.ne.jp>: host 192.0.2.26[192.0.2.26] said: 553 example.net does',
      '    not exist (in reply to MAIL FROM command)'
    ),
    expect: [{ recipient: 'joe@softbank.ne.jp', reason: 'rejected' }],
  },
]
