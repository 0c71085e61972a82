/** Whole bounces from Japanese ISPs', hosts' and carriers' help pages (see case.ts). */
import { type HelpPageBounce, lines } from './case'

/** common header block for rebuilt messages */
const hdr = (from: string, subject: string, id: string, ct = 'text/plain; charset=us-ascii') => [
  `From: ${from}`,
  'To: a@example.net',
  `Subject: ${subject}`,
  'Date: Thu, 3 Dec 2026 10:00:00 +0900',
  `Message-ID: <${id}>`,
  'MIME-Version: 1.0',
  `Content-Type: ${ct}`,
]

const POSTFIX_PREAMBLE_OLD = [
  "I'm sorry to have to inform you that the message returned",
  'below could not be delivered to one or more destinations.',
  '',
  'For further assistance, please send mail to <postmaster>',
  '',
  'If you do so, please include this problem report. You can',
  'delete your own text from the message returned below.',
  '',
  '                   The Postfix program',
  '',
]

const QMAIL_HEAD = (host: string) => [
  `Hi. This is the qmail-send program at ${host}.`,
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  '',
]

export const JAPANESE_PAGES: HelpPageBounce[] = [
  // ---------------------------------------------------------------- DTI / dream.jp
  {
    name: 'dti-user-unknown',
    source: 'http://dream.jp/support/techinfo/mail/error/error05.html',
    says: '宛先のメールアドレスが見つからなかった場合 … メールアドレスの入力に誤りがある可能性が考えられます [recipient address not found; the address was probably mistyped]',
    rebuilt:
      "placeholder address pwd1234567@m▲.point.ne.jp → joe@example.org (To → a@example.net); Date, Message-ID, MIME-Version, Content-Type added; page's Japanese translation below the mail not included",
    raw: lines(
      ...hdr(
        'Mail Administrator <Postmaster@point.ne.jp>',
        'Mail System Error - Returned Mail',
        'err1@point.ne.jp'
      ),
      '',
      'This Message was undeliverable due to the following reason:',
      '',
      'Each of the following recipients was rejected by a remote mail server.',
      'The reasons given by the server are included to help you determine why',
      'each recipient was rejected.',
      '',
      'Recipient: <joe@example.org>',
      'Reason: <joe@example.org>...User unknown',
      '',
      'Please reply to Postmaster@dti.ne.jp',
      'if you feel this message to be in error.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- busblog FAQ (qmail / Mail System Error over quota)
  {
    name: 'busblog-qmail-over-quota',
    source: 'http://faq.busblog.jp/faq/show/410',
    says: "「over quota」など「quota」という単語が入っている … 送信先側メールボックスが容量オーバーになっていることがが予想されます [recipient's mailbox is over capacity]",
    rebuilt:
      'page gives subject "failure notice" and the body flattened into one table cell: qmail line breaks and blank line restored; masked host ●●.●●.●● → mx.example.org, masked recipient → joe@example.org; From (MAILER-DAEMON@mx.example.org), To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr('MAILER-DAEMON@mx.example.org', 'failure notice', 'qq1@mx.example.org'),
      '',
      ...QMAIL_HEAD('mx.example.org'),
      '<joe@example.org>:',
      'user is over quota'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'busblog-mail-system-error-over-quota',
    source: 'http://faq.busblog.jp/faq/show/410',
    says: "件名 Mail System Error - Returned Mail / 送信者 Mail Administrator … 送信先側メールボックスが容量オーバーになっていることがが予想されます [recipient's mailbox is over capacity]",
    rebuilt:
      'body flattened on the page: line breaks/blank lines restored after the layout of the same MTA\'s message on dream.jp; masked addresses: recipient → joe@example.org, reply-to address → Postmaster@mx.example.org; From address (name "Mail Administrator" is from the page), To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr(
        'Mail Administrator <Postmaster@mx.example.org>',
        'Mail System Error - Returned Mail',
        'mse2@mx.example.org'
      ),
      '',
      'This Message was undeliverable due to the following reason:',
      '',
      'The user(s) account is temporarily over quota.',
      '',
      '<joe@example.org>',
      '',
      'Please reply to <Postmaster@mx.example.org>',
      'if you feel this message to be in error.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- WILLCOM PHS (pdx.ne.jp) postfix 552
  {
    name: 'willcom-pdx-mailbox-volume-exceeded',
    source: 'https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html',
    says: "受信者のメールボックスの上限値を超えているため、メールを配送できなかった … 送信先(=受信者)のメールボックスに空きがないため [recipient's mailbox has no free space]",
    rebuilt:
      'masked recipient 〜〜〜@pdx.ne.jp → joe@example.org (both places); From and Subject from the page; To, Date, Message-ID, MIME-Version, Content-Type added; blank lines between paragraphs restored',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@pdx.ne.jp (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pdx1@mc-imt12-g.dav.pdx.ne.jp'
      ),
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
      '<joe@example.org>: host 10.214.5.132[10.214.5.132] said: 552 We failed to',
      "    deliver mail because the volume of recipient's mailbox exceeded the local",
      '    limit. joe@example.org (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- sendmail + procmail quota
  {
    name: 'emnet-sendmail-procmail-quota',
    source: 'https://digitallife2015.blogspot.com/2021/07/cant-create-output.html',
    says: 'これはメールで使用できるメールサーバーの容量を超えてしまったときに発生する [happens when the mail server space allotted to the address is exceeded]',
    rebuilt:
      'page quotes only the body section: masked recipient ************ji@tt.em-net.ne.jp → joe@example.org (the already-masked mailbox path in the procmail line kept as shown); headers (From Mail Delivery Subsystem <MAILER-DAEMON@tt.em-net.ne.jp>, To, Subject "Returned mail: see transcript for details", Date, Message-ID, MIME-Version, Content-Type) added; usual sendmail blank lines/indent restored',
    raw: lines(
      ...hdr(
        'Mail Delivery Subsystem <MAILER-DAEMON@tt.em-net.ne.jp>',
        'Returned mail: see transcript for details',
        'emnet1@tt.em-net.ne.jp'
      ),
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      "    (reason: Can't create output)",
      '',
      '   ----- Transcript of session follows -----',
      'procmail: Quota exceeded while writing "/mb/tt.em-net.ne.jp************ji/Mailbox"',
      "550 5.0.0 <joe@example.org>... Can't create output"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'nttbiz-sendmail-procmail-quota',
    source: 'https://www.nttbiz.jp/hosting_user/faq_op/node/193',
    says: "ユーザ割り当て容量に空きが不足している場合には、先方様へ容量が一杯になっている旨を伝えるエラーメールが返信されます [when the user's quota has no room left, an error mail saying the mailbox is full is returned]",
    rebuilt:
      'page shows an Outlook-forwarded copy with xxx placeholders: From "Mail Delivery Subsystem [mailto:MAILER-DAEMON@xxx]" → Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>; recipient xxx@xxx.xxx → joe@example.org; "received at xxx from xxx [xxx]" → a date / mx.example.net [192.0.2.10]; procmail path "xxx" kept; the page\'s sample ends at "550 5.0.0" (kept as shown); To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Returned mail: see transcript for details',
        'nttbiz1@mx.example.org'
      ),
      '',
      'The original message was received at Thu, 3 Dec 2026 09:58:00 +0900 from',
      'mx.example.net [192.0.2.10]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      "    (reason: can't create (user) output file)",
      '',
      '   ----- Transcript of session follows -----',
      'procmail: Quota exceeded while writing "xxx"',
      '550 5.0.0'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- ASAHI Net
  {
    name: 'asahinet-postfix-user-unknown-ja',
    source: 'http://asahi-net.jp/support/qa/item.html?sheetName=d01&questionNo=d01601',
    says: 'User unknown … 送信先ホストには届いたものの、該当のユーザー(メールアドレス)が見つからなかったケースです [reached the destination host but the user (address) was not found]',
    rebuilt:
      'example address tech@desk.asahi-net.or.jp → joe@example.org (the "@mx1.asahi-net.or.jp" suffix the page shows on the first address kept); "please send mail to" had its <postmaster> stripped on the page → restored; headers (From MAILER-DAEMON@mx1.asahi-net.or.jp (Mail Delivery System), Subject: the page only says the subject starts with "Returned mail:", so exactly that prefix is used; To, Date, Message-ID, MIME-Version, Content-Type) added',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx1.asahi-net.or.jp (Mail Delivery System)',
        'Returned mail:',
        'asahi1@mx1.asahi-net.or.jp'
      ),
      '',
      'This is the Postfix program at host mx1.asahi-net.or.jp.',
      '',
      ...POSTFIX_PREAMBLE_OLD,
      '<joe@example.org@mx1.asahi-net.or.jp>: User unknown:',
      '    "joe@example.org"'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'asahinet-postfix-recipient-rejected-unknown-en',
    source: 'https://faq.asahi-net.jp/en/faq_detail.html?id=5238',
    says: 'User unknown … This is a case when the mail was delivered to the recipient host, but the applicable user (mail address) was not found.',
    rebuilt:
      'masked recipient ******@asahinet.jp → joe@example.org; masked host "mail**.asahi-net.or.jp" and the empty IP "[]" kept as shown; "please send mail to ." had <postmaster> stripped → restored; Subject from the page; From MAILER-DAEMON@asahi-net.or.jp (Mail Delivery System), To, Date, Message-ID, MIME-Version, Content-Type added; blank lines restored',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@asahi-net.or.jp (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'asahi2@asahi-net.or.jp'
      ),
      '',
      'This is the mail system at host mail**.asahi-net.or.jp.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      'For further assistance, please send mail to <postmaster>.',
      '',
      'If you do so, please include this problem report. You can',
      'delete your own text from the attached returned message.',
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host sbmx.asahi-net.or.jp[] said: 550 5.7.1',
      '    <joe@example.org>: Recipient address rejected: Unknown user (in reply to',
      '    RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- SHOP-Maker (postfix with DSN)
  {
    name: 'shopmaker-postfix-user-unknown-dsn',
    source: 'http://www.shopmaker.jp/ct/contents6.htm',
    says: '【メールアドレスに誤りがある場合】例1: メールサーバにメールアカウントが存在しない [address wrong: the mail account does not exist on the server]',
    rebuilt:
      'the page shows the human-readable text followed directly by Reporting-MTA/Final-Recipient/... fields → rebuilt as multipart/report with a text/plain part and a message/delivery-status part (boundary added); no_user@example.com → joe@example.org; hosts mx.example.com / mx1.srve.net and IP 333.333.333.333 kept as shown; headers (From MAILER-DAEMON@mx1.srve.net (Mail Delivery System), To, Subject, Date, Message-ID, MIME-Version) added',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx1.srve.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'sm1@mx1.srve.net',
        'multipart/report; report-type=delivery-status; boundary="B-sm1"'
      ),
      '',
      '--B-sm1',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_PREAMBLE_OLD,
      '<joe@example.org>: host mx.example.com[333.333.333.333] said: 550 5.1.1',
      '    <joe@example.org>... User unknown (in reply to RCPT TO command)',
      '',
      '--B-sm1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx1.srve.net',
      'Arrival-Date: Sat, 16 Apr 2005 15:32:09 +0900 (JST)',
      '',
      'Final-Recipient: rfc822; joe@example.org',
      'Action: failed',
      'Status: 5.0.0',
      'Diagnostic-Code: X-Postfix; host mx.example.com[333.333.333.333] said: 550 5.1.1',
      '    <joe@example.org>... User unknown (in reply to RCPT TO command)',
      '',
      '--B-sm1--'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- DDNet / jful (qmail)
  {
    name: 'ddnet-qmail-host-not-found',
    source: 'http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html',
    says: '[ 送信したメールのドメインが間違っていた場合 ] [the domain of the address was wrong]',
    rebuilt:
      'placeholders xxx@xxx.xxx → joe@example.org and "host named xxx.xxx" → example.org; Subject from the page; From MAILER-DAEMON@www.ddn.ne.jp, To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr('MAILER-DAEMON@www.ddn.ne.jp', 'failure notice', 'ddn1@www.ddn.ne.jp'),
      '',
      ...QMAIL_HEAD('www.ddn.ne.jp'),
      '<joe@example.org>:',
      "Sorry, I couldn't find any host named example.org. (#5.1.2)"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'jful-qmail-host-not-found',
    source: 'http://jful.jp/supast/supast1010.html',
    says: '1.ごめんなさい、「相手のホスト名」が見つけられませんでした。… 原因: メールアドレスのホスト名の部分(@以降の部分)が間違っています [the host part (after @) of the address is wrong]',
    rebuilt:
      'page masks program and host ("This is the ******** program ********.jp") → "qmail-send program at mx.example.org"; <相手のメールアドレス> → joe@example.org and 相手のホスト名 → example.org; From/Subject (MAILER-DAEMON@…, failure notice) from the page with masked host → mx.example.org; To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr('MAILER-DAEMON@mx.example.org', 'failure notice', 'jful1@mx.example.org'),
      '',
      ...QMAIL_HEAD('mx.example.org'),
      '<joe@example.org>:',
      "Sorry, I couldn't find any host named example.org. (#5.1.2)"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'jful-qmail-mail-quota-exceeded',
    source: 'http://jful.jp/supast/supast1010.html',
    says: "3.メールへの(容量)割り当てを超過しています。… 原因: 相手のメールボックスがいっぱいになっており、メールが受け取れません [the recipient's mailbox is full]",
    rebuilt:
      'page masks program and host ("This is the ******** program ********.jp") → "qmail-send program at mx.example.org"; <相手のメールアドレス> → joe@example.org; From MAILER-DAEMON@mx.example.org and Subject "failure notice" are from the page (host masked there); To, Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...hdr('MAILER-DAEMON@mx.example.org', 'failure notice', 'jful3@mx.example.org'),
      '',
      ...QMAIL_HEAD('mx.example.org'),
      '<joe@example.org>:',
      'Mail quota exceeded.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- Yahoo! JAPAN old "Delivery failure"
  {
    name: 'yahoojp-delivery-failure-no-account',
    source: 'http://mahoro-ba.net/e771.html',
    says: 'メールアドレスを入力し間違えたり、登録されていたアドレスが変更されていたりして、メールの配達先が分からない場合は、システムから自動的にメールが送り返されます [address mistyped or changed, so the destination is unknown] (example 2)',
    rebuilt:
      'page shows only the beginning of the body ("本文の先頭部分"); xxxxxx@yahoo.co.jp → joe@yahoo.co.jp (the domain kept: the reply names it) (both places); Subject from the page; From MAILER-DAEMON@yahoo.co.jp, To, Date, Message-ID, MIME-Version, Content-Type added; blank line after the second line restored',
    raw: lines(
      ...hdr('MAILER-DAEMON@yahoo.co.jp', 'Delivery failure', 'yjp1@yahoo.co.jp'),
      '',
      'Message from yahoo.co.jp.',
      'Unable to deliver message to the following address(es).',
      '',
      '<joe@yahoo.co.jp>:',
      "This user doesn't have a yahoo.co.jp account (joe@yahoo.co.jp)"
    ),
    expect: [{ recipient: 'joe@yahoo.co.jp', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- KAGOYA
  {
    name: 'kagoya-maildir-disk-quota-exceeded',
    source: 'http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja',
    says: "宛先のメールボックスが一杯で届けられなかった … 宛先のメールアドレスのメールボックスの空き容量が足りないため、送信できませんでした [the recipient's mailbox did not have enough free space]",
    rebuilt:
      'page shows from "The mail system" on: info@example.com → joe@example.org; headers (From MAILER-DAEMON@mx.example.org (Mail Delivery System), To, Subject "Undelivered Mail Returned to Sender", Date, Message-ID, MIME-Version, Content-Type) added; blank line after "The mail system" restored',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.org (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'kg1@mx.example.org'
      ),
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: maildir delivery failed: error writing message: Disk quota exceeded'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'kagoya-maildir-overdrawn-quota',
    source: 'http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja',
    says: "宛先のメールボックスが一杯で届けられなかった … 宛先のメールアドレスのメールボックスの空き容量が足りないため、送信できませんでした [the recipient's mailbox did not have enough free space] (second example)",
    rebuilt:
      'as kagoya-maildir-disk-quota-exceeded: info@example.com → joe@example.org; headers added; blank line restored',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.org (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'kg2@mx.example.org'
      ),
      '',
      '                   The mail system',
      '',
      "<joe@example.org>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later."
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'kagoya-postfix-message-size-exceeds-limit',
    source: 'http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja',
    says: '1通あたりのメールサイズが大きすぎた [the size of the single message was too large]',
    rebuilt:
      'info@example.com → joe@example.org; server mail.example.com[192.0.2.0] kept; headers added as in the other KAGOYA cases; blank line restored',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.org (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'kg3@mx.example.org'
      ),
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: message size 5545579 exceeds size limit 4310016 of server mail.example.com[192.0.2.0]'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'kagoya-sendmail-552-message-size-exceeds-fixed-limit',
    source: 'http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja',
    says: '1通あたりのメールサイズが大きすぎた [the size of the single message was too large] (sendmail-style example)',
    rebuilt:
      'info@example.com → joe@example.org, sender webmaster@example.net → a@example.net; the stored copy of the page breaks off after the ">>> MAIL From" line, so the transcript ends there; headers (From Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>, To, Subject "Returned mail: see transcript for details", Date, Message-ID, MIME-Version, Content-Type) added; usual sendmail indentation/blank lines restored',
    raw: lines(
      ...hdr(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Returned mail: see transcript for details',
        'kg4@mx.example.org'
      ),
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '    (reason: 552 5.3.4 Message size exceeds fixed limit)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mail.example.com.:',
      '>>> MAIL From:<a@example.net> SIZE=1257328'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  // ---------------------------------------------------------------- carriers: docomo / au (ezweb) via a webmaster's notes
  {
    name: 'docomo-550-unknown-user-rcpt',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: '@docomo.ne.jpへ送信した場合のエラーコード: 550 Unknown user … (in reply to RCPT TO command) → @より前のユーザー名間違い [the user name before @ is wrong]',
    rebuilt:
      'page shows only the server reply; wrapped in a Postfix bounce: headers, "This is the mail system at host mx.example.net." preamble and "<joe@example.org>: host mfsmax.docomo.ne.jp[203.138.180.240] said:" prefix added (docomo MX name/IP taken from https://akisoftware.com/pmsrv/help/docomo.html); xxxxx@docomo.ne.jp → joe@example.org',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'dcm1@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host mfsmax.docomo.ne.jp[203.138.180.240] said: 550 Unknown',
      '    user joe@example.org (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'docomo-550-unknown-user-data-filtered',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: "550 Unknown user xxxxx@docomo.ne.jp (in reply to end of DATA command) → 迷惑メール対策・フィルター・ドメイン指定受信 [the recipient's anti-spam filter / domain-specified reception]",
    rebuilt:
      'as docomo-550-unknown-user-rcpt (Postfix wrapper, headers, host prefix added; xxxxx@docomo.ne.jp → joe@example.org)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'dcm2@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host mfsmax.docomo.ne.jp[203.138.180.240] said: 550 Unknown',
      '    user joe@example.org (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'filtered' }],
  },
  {
    name: 'ezweb-550-user-unknown-rcpt',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: '@ezweb.ne.jpへ送信した場合のエラーコード: 550 : User unknown (in reply to RCPT TO command) → @より前のユーザー名間違い [the user name before @ is wrong]',
    rebuilt:
      'the page lost the "<address>" between "550" and ":" (HTML-stripped; the au format "550 <xxx@ezweb.ne.jp>: User unknown" is shown on https://note.com/sendmagic/n/n875d8dcb6cb8) → restored as <joe@example.org>; Postfix wrapper, headers and "host mx.example.org[192.0.2.1] said:" prefix added (au MX not shown)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'ezw1@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 <joe@example.org>:',
      '    User unknown (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'ezweb-550-user-unknown-data-filtered',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: "550 : User unknown (in reply to end of DATA command) → 迷惑メール対策・フィルター・ドメイン指定受信 [the recipient's anti-spam filter / domain-specified reception]",
    rebuilt:
      'as ezweb-550-user-unknown-rcpt (stripped <address> restored, Postfix wrapper, headers and host prefix added)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'ezw2@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host mx.example.org[192.0.2.1] said: 550 <joe@example.org>:',
      '    User unknown (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'filtered' }],
  },
  {
    name: 'yahoojp-554-delivery-error-no-account',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: "@yahoo.co.jpへ送信した場合のエラーコード: 554 delivery error: dd This user doesn't have a yahoo.co.jp account … → @より前のユーザー名間違い [the user name before @ is wrong]",
    rebuilt:
      'page shows only the server reply; wrapped in a Postfix bounce (headers, preamble, "<joe@yahoo.co.jp>: host mx.example.org[192.0.2.1] said:" prefix added); xxxxx@yahoo.co.jp → joe@yahoo.co.jp (the domain kept: the reply names it)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'yjp2@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@yahoo.co.jp>: host mx.example.org[192.0.2.1] said: 554 delivery error: dd',
      "    This user doesn't have a yahoo.co.jp account (joe@yahoo.co.jp) [-5] -",
      '    mta7149.mail.djm.ynwp.yahoo.co.jp (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@yahoo.co.jp', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'gmail-452-over-quota-postfix',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: '@gmail.comへ送信した場合のエラーコード: 452-4.2.2 The email account that you tried to reach is over quota. … → メールサーバー容量いっぱい [mail server space (mailbox) full]',
    rebuilt:
      'page shows only the (already truncated, link-stripped) server reply; wrapped in a Postfix bounce (headers, preamble, "<joe@example.org>: host gmail-smtp-in.l.google.com[192.0.2.2] said:" prefix and "(in reply to RCPT TO command)" added — the stage is a guess)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'gm1@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host gmail-smtp-in.l.google.com[192.0.2.2] said: 452-4.2.2',
      '    The email account that you tried to reach is over quota. Please direct',
      '    452-4.2.2 the recipient to 452 4.2.2 (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'gmail-550-5.1.1-does-not-exist-postfix',
    source: 'https://tuono034s.com/web-entry/3575/',
    says: '550-5.1.1 The email account that you tried to reach does not exist. … → @より前のユーザー名間違い [the user name before @ is wrong]',
    rebuilt:
      'page shows only the (truncated) server reply; wrapped in a Postfix bounce (headers, preamble, host prefix and "(in reply to RCPT TO command)" added)',
    raw: lines(
      ...hdr(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'gm2@mx.example.net'
      ),
      '',
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<joe@example.org>: host gmail-smtp-in.l.google.com[192.0.2.2] said: 550-5.1.1',
      '    The email account that you tried to reach does not exist. Please try',
      "    550-5.1.1 double-checking the recipient's email address for typos or",
      '    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 (in reply to RCPT TO',
      '    command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- relay denied
  {
    name: 'mediarium-relaying-denied',
    source: 'https://mediarium.hatenadiary.org/entry/20070906',
    says: '550 Relaying Denied: メールの中継が拒否された [relaying of the mail was refused]',
    rebuilt:
      'page shows only the two diagnostic lines with the <address> parts HTML-stripped (": host abc.co.jp[...] said: 550 5.7.1 / ... Relaying denied") → <joe@example.org> restored in both places; host abc.co.jp[111.111.245.000] kept; headers (From Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net> as the page names it, To, Subject, Date, Message-ID, MIME-Version, Content-Type) and the Postfix preamble added',
    raw: lines(
      ...hdr(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
        'Undelivered Mail Returned to Sender',
        'rly1@mx.example.net'
      ),
      '',
      'This is the Postfix program at host mx.example.net.',
      '',
      ...POSTFIX_PREAMBLE_OLD,
      '<joe@example.org>: host abc.co.jp[111.111.245.000] said: 550 5.7.1',
      '    <joe@example.org>... Relaying denied (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'norelaying' }],
  },
]
