/**
 * Stop 36's second round of non-bounces: auto-replies from hosted and webmail products (Outlook 16 with no auto-reply
 * header at all, Lotus Domino in German, QQ Mail's 自动回复) pasted in threads, and read receipts (MDN) as grommunio's
 * gromox and Roundcube build them, from their templates and code (placeholders said in each `rebuilt`). First run:
 * 12 of 12 read as non-bounces, none counted.
 */
import type { NonBouncePage } from './non-bounce-pages'

const CRLF = '\r\n'
const lines = (...ls: string[]) => ls.join(CRLF) + CRLF
const utf8 = (s: string) => new TextEncoder().encode(s)
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const b64 = (s: string) => (base64(utf8(s)).match(/.{1,76}/g) ?? []).join(CRLF)
const b64w = (s: string) => `=?utf-8?b?${base64(utf8(s))}?=`
// quoted-printable (UTF-8) for a text body, soft breaks at 76 columns
const qp = (s: string) => {
  const out: string[] = []
  for (const line of s.split(/\r?\n/)) {
    let enc = ''
    for (const byte of utf8(line)) {
      enc +=
        byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)
          ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
          : String.fromCharCode(byte)
    }
    let cur = ''
    const toks = enc.match(/=[0-9A-F]{2}|./g) ?? []
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`)
        cur = ''
      }
      cur += t
    }
    out.push(cur)
  }
  return out.join(CRLF)
}
const qw = (s: string) =>
  '=?UTF-8?Q?' +
  [...utf8(s)]
    .map((b) =>
      b === 0x20
        ? '_'
        : b > 0x7e || b === 0x3d || b === 0x3f || b === 0x5f
          ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
          : String.fromCharCode(b)
    )
    .join('') +
  '?='

// ---------- gromox (grommunio) read / non-read notification templates ----------
const gromoxMdn = (o: { subject: string; body: string; disposition: string }) =>
  lines(
    'Return-Path: <>',
    'Content-Type: multipart/report; report-type=disposition-notification;',
    '\tboundary="----=_NextPart_gromox_0001"',
    `From: "${b64w('Li Wei')}" <reader@example.net>`,
    `To: "${b64w('Sender Name')}" <sender@example.com>`,
    'MIME-Version: 1.0',
    'X-Auto-Response-Suppress: All',
    'Date: Tue, 14 Mar 2023 10:21:07 +0800',
    `Subject: ${o.subject}`,
    '',
    '------=_NextPart_gromox_0001',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(o.body),
    '',
    '------=_NextPart_gromox_0001',
    'Content-Type: message/disposition-notification',
    '',
    'Final-Recipient: rfc822;reader@example.net',
    `Disposition: ${o.disposition}`,
    'Original-Message-ID: <20230314021500.4711@mail.example.com>',
    `X-Display-Name: ${b64w('Li Wei')}`,
    '',
    '------=_NextPart_gromox_0001--'
  )

// ---------- Roundcube sendmdn.php ----------
const roundcubeMdn = (o: {
  receiptread: string
  yourmessage: string
  to: string
  subjectLabel: string
  dateLabel: string
  receiptnote: string
  origSubject: string
  date: string
}) => {
  const body = `${o.yourmessage}\r\n\r\n\t${o.to}: Sender Name <sender@example.com>\r\n\t${o.subjectLabel}: ${o.origSubject}\r\n\t${o.dateLabel}: ${o.date}\r\n\r\n${o.receiptnote}`
  return lines(
    'Return-Path: <reader@example.org>',
    'Date: Wed, 12 Apr 2023 09:14:52 +0300',
    'From: Reader Name <reader@example.org>',
    'To: Sender Name <sender@example.com>',
    `Subject: ${qw(`${o.receiptread}: ${o.origSubject}`)}`,
    'Message-ID: <d41d8cd98f00b204e9800998ecf8427e@example.org>',
    'X-Sender: reader@example.org',
    'References: <20230411181203.1234@mail.example.com>',
    'In-Reply-To: <20230411181203.1234@mail.example.com>',
    'User-Agent: Roundcube Webmail',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification;',
    ' boundary="=_5f0c1e2d3b4a59687766554433221100"',
    '',
    '--=_5f0c1e2d3b4a59687766554433221100',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    qp(body),
    '--=_5f0c1e2d3b4a59687766554433221100',
    'Content-Transfer-Encoding: 7bit',
    'Content-Type: message/disposition-notification;',
    ' name=MDNPart2.txt',
    'Content-Disposition: inline;',
    ' filename=MDNPart2.txt',
    '',
    'Final-Recipient: rfc822; reader@example.org',
    'Original-Message-ID: <20230411181203.1234@mail.example.com>',
    'Disposition: manual-action/MDN-sent-manually; displayed',
    'Original-Recipient: Reader Name <reader@example.org>',
    'Reporting-UA: Roundcube Webmail',
    '',
    '--=_5f0c1e2d3b4a59687766554433221100--'
  )
}

// GitHub-notification reply headers used where a thread showed only the body
const ghReply = (o: { from: string; subject: string; date: string; ctype?: string }) => [
  `Return-Path: <${o.from.replace(/.*<|>.*/g, '')}>`,
  `From: ${o.from}`,
  'To: reply+ABCDEFGHIJKLMNOP@reply.github.com',
  `Subject: ${o.subject}`,
  `Date: ${o.date}`,
  'Message-ID: <autoreply-0001@example.net>',
  'In-Reply-To: <owner/repo/issue/1@github.com>',
  'MIME-Version: 1.0',
  `Content-Type: ${o.ctype ?? 'text/plain; charset=utf-8'}`,
  'Content-Transfer-Encoding: 8bit',
]

export const NON_BOUNCE_THREADS_36B: NonBouncePage[] = [
  {
    name: 'outlook16-client-rule-out-of-office-no-auto-headers',
    source: 'https://pastebin.com/u5yqetge',
    says: 'Full headers of an out-of-office auto-reply produced by Outlook 16 (X-Mailer: Microsoft Outlook 16.0), Subject "Out of office auto-reply.", no Auto-Submitted / X-Autoreply / Precedence headers, relayed through Exim.',
    rebuilt:
      'Headers and text/plain part copied from the paste; personal addresses replaced (colleague@example.com / it-team@example.com / sender name). The paste cut off inside the text/html alternative, so that part is left out and the multipart is closed after the text part.',
    raw: lines(
      'Return-path: <colleague@example.com>',
      'Envelope-to: it-team@example.com',
      'Delivery-date: Thu, 30 Mar 2017 08:32:43 +0800',
      'Received: from [175.143.54.125] (port=51605 helo=CPL2015021101LP)',
      '\tby mail.example.com with esmtpa (Exim 4.87)',
      '\t(envelope-from <colleague@example.com>)',
      '\tid 1ctO14-0005lK-FW',
      '\tfor it-team@example.com; Thu, 30 Mar 2017 08:32:42 +0800',
      'From: "Colleague Name" <colleague@example.com>',
      'To: <it-team@example.com>',
      'Subject: Out of office auto-reply.',
      'Date: Thu, 30 Mar 2017 08:32:43 +0800',
      'Message-ID: <001a01d2a8ed$25853c90$708fb5b0$@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative;',
      '\tboundary="----=_NextPart_000_001B_01D2A930.33A8CAB0"',
      'X-Mailer: Microsoft Outlook 16.0',
      'thread-index: AdKo7SVNP9tVNw0ySoaZLtrxBmRwrg==',
      'Content-Language: en-sg',
      '',
      'This is a multipart message in MIME format.',
      '',
      '------=_NextPart_000_001B_01D2A930.33A8CAB0',
      'Content-Type: text/plain;',
      '\tcharset="us-ascii"',
      'Content-Transfer-Encoding: 7bit',
      '',
      'Hello and thanks for your email. Im out of the office right now but Will get',
      'back to you as soon as I can. Expect a reply Tuesday latest.',
      '(If you need something urgent, please look for Mr. Tee or Mr. Tan @',
      'it-team@example.com <mailto:it-team@example.com>',
      '',
      '------=_NextPart_000_001B_01D2A930.33A8CAB0--'
    ),
    expect: 'vacation',
  },
  {
    name: 'lotus-domino-ooo-german-einzige-benachrichtigung',
    source: 'https://github.com/cosmocode/edittable/pull/79',
    says: 'Lotus Notes/Domino out-of-office agent reply in German posted as a GitHub comment: "Ich kehre zurück am 10.08.2015 ... Hinweis: Dies ist eine automatische Antwort auf Ihre Nachricht ... Diese ist die einzige Benachrichtigung, die Sie empfangen werden, während diese Person abwesend ist."',
    rebuilt:
      'Body copied from the comment; the thread showed U+FFFD where the umlauts were (charset loss), restored as ü/ä. Minimal headers added (Return-Path, From, To, Subject = "Re:" + the subject quoted in the body, Date, Message-ID, MIME). No auto-reply headers added.',
    raw: lines(
      ...ghReply({
        from: 'Person Name <person@example.de>',
        subject: 'Re: [edittable] Translation update (ru) (#79)',
        date: 'Fri, 07 Aug 2015 15:21:45 +0200',
      }),
      '',
      'Ich kehre zurück am 10.08.2015.',
      '',
      'Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. Herzlichen Dank',
      'für ihr Verständnis.',
      '',
      'I will answer your message after returning.',
      '',
      'Hinweis: Dies ist eine automatische Antwort auf Ihre Nachricht  "Re:',
      '[edittable] Translation update (ru) (#79)" gesendet am 07.08.2015 15:21:39.',
      '',
      'Diese ist die einzige Benachrichtigung, die Sie empfangen werden, während',
      'diese Person abwesend ist.'
    ),
    expect: 'vacation',
  },
  {
    name: 'lotus-domino-ooo-bilingual-will-not-return-until',
    source: 'https://github.com/openETCS/validation/pull/275',
    says: 'Domino OOO agent text: "I will be out of the office starting 05.06.2015 and will not return until 20.06.2015", German/English contact lines, then the German "Hinweis: Dies ist eine automatische Antwort ..." trailer.',
    rebuilt:
      'Body copied from the first comment; colleague address replaced by colleague@example.de; U+FFFD restored as ö/ä. Minimal headers added (From, To, Subject = the subject quoted in the body, Date, Message-ID, MIME). No auto-reply headers.',
    raw: lines(
      ...ghReply({
        from: 'Roberto Name <roberto@example.de>',
        subject:
          'Re: [validation] changing syntag in automatic verification input data relating to #236 (#275)',
        date: 'Thu, 18 Jun 2015 18:47:10 +0200',
      }),
      '',
      'I will be out of the office starting 05.06.2015 and will not return until 20.06.2015',
      '',
      'Ich werde mich sobald wie möglich bei Ihnen melden.',
      'Bei dringenden Angelegenheiten wenden Sie sich bitte an:',
      'colleague@example.de',
      '',
      'I will get back to you as soon as possible.',
      'In case of urgent matters please contact:',
      'colleague@example.de',
      '',
      'Hinweis: Dies ist eine automatische Antwort auf Ihre Nachricht  "[validation] changing syntag in automatic verification input data relating to #236 (#275)" gesendet am 18.06.2015 18:47:02. ',
      '',
      'Diese ist die einzige Benachrichtigung, die Sie empfangen werden, während diese Person abwesend ist.'
    ),
    expect: 'vacation',
  },
  {
    name: 'german-business-ooo-nicht-im-buero-nicht-weitergeleitet',
    source: 'https://github.com/intellitrend/zabbix-csv-host-import-module/issues/17',
    says: 'German/English out-of-office reply posted as a comment: "Ich befinde mich bis einschließlich zum 02.07.2024 nicht im Büro ... Ihre Nachricht wird nicht weitergeleitet und erst nach meiner Rückkehr von mir bearbeitet." with company signature.',
    rebuilt:
      'Body copied (GitHub had already masked addresses as ***@***.***, kept); the excerpt ended inside the legal notice, so the text stops at "Wichtiger Hinweis / Important Notice". Minimal headers added (From, To, Subject "Re: [zabbix-csv-host-import-module] HTTP 500 ...", Date, MIME). No auto-reply headers.',
    raw: lines(
      ...ghReply({
        from: 'intellitrend-team <team@example.de>',
        subject:
          'Re: [intellitrend/zabbix-csv-host-import-module] HTTP 500 PHP message: PHP Fatal error: Uncaught Error: (Issue #17)',
        date: 'Wed, 31 Jul 2024 09:02:11 +0200',
      }),
      '',
      'Sehr geehrter Geschäftspartner,',
      '',
      'vielen Dank für Ihre Nachricht.',
      '',
      'Ich befinde mich bis einschließlich zum 02.07.2024 nicht im Büro und habe keinen Zugriff auf meine Emails.',
      '',
      'Ihre Nachricht wird nicht weitergeleitet und erst nach meiner Rückkehr von mir bearbeitet.',
      '',
      'Bitte wenden Sie sich in dringenden Fällen an meine Kollegen unter ***@***.***',
      '',
      'Danke für Ihr Verständnis.',
      ' ',
      'Mit freundlichen Grüßen',
      ' ',
      'Nico Bergemann',
      ' ',
      'Dear business partner,',
      '',
      'Thank you very much for your message.',
      '',
      'I will be out of the office up to and including 2024-07-02 and will not have access to my emails.',
      '',
      "Your message won't get forwarded or handled by me until after my return.",
      '',
      'Please contact my colleagues at ***@***.*** in urgent cases.',
      '',
      'Thank you for your understanding.',
      ' ',
      'With kind regards',
      '',
      'Nico Bergemann',
      '',
      'IntelliTrend GmbH - IT-Services',
      'Zabbix Premium Partner',
      'Zabbix Certified Training Partner',
      '',
      'Wichtiger Hinweis / Important Notice'
    ),
    expect: 'vacation',
  },
  {
    name: 'qq-mail-autoreply-received-will-reply',
    source: 'https://github.com/googlehosts/hosts/issues/554',
    says: 'QQ Mail (non-vacation) auto-reply posted as a comment: "这是来自QQ邮箱的自动回复邮件。 您好，我已收到邮件，尽快给您回复。"',
    rebuilt:
      'Body copied from the comment; minimal headers added (From an @qq.com placeholder, To, Subject "Re: [googlehosts/hosts] Contatos (Issue #554)", Date, MIME). No auto-reply headers added.',
    raw: lines(
      ...ghReply({
        from: '"TheZoomFlash" <user@qq.com>',
        subject: 'Re: [googlehosts/hosts] Contatos (Issue #554)',
        date: 'Mon, 12 Jan 2026 20:11:31 +0800',
      }),
      '',
      '这是来自QQ邮箱的自动回复邮件。',
      ' ',
      '您好，我已收到邮件，尽快给您回复。'
    ),
    expect: 'vacation',
  },
  {
    name: 'qq-mail-holiday-autoreply-informal',
    source: 'https://github.com/gaearon/overreacted.io/issues/832',
    says: 'QQ Mail holiday auto-reply: "这是来自QQ邮箱的假期自动回复邮件。你好，我最近正在休假中，无法亲自回复你的邮件。我将在假期结束后，尽快给你回复。"',
    rebuilt:
      'Body copied from the comment; minimal headers added (From @qq.com placeholder, To, Subject "Re: [gaearon/overreacted.io] ? (Issue #832)", Date, MIME). No auto-reply headers.',
    raw: lines(
      ...ghReply({
        from: '"want-to-sleep" <user@qq.com>',
        subject: 'Re: [gaearon/overreacted.io] ? (Issue #832)',
        date: 'Sun, 22 Sep 2024 11:05:40 +0800',
      }),
      '',
      '这是来自QQ邮箱的假期自动回复邮件。你好，我最近正在休假中，无法亲自回复你的邮件。我将在假期结束后，尽快给你回复。'
    ),
    expect: 'vacation',
  },
  {
    name: 'qq-mail-autoreply-short-yi-shou-dao',
    source: 'https://github.com/jackfrued/Python-100-Days/issues/868',
    says: 'Another QQ Mail auto-reply variant: "这是来自QQ邮箱的自动回复邮件。已收到你的邮件  我会尽快回复你"',
    rebuilt:
      'Body copied from the comment (weiyuyyy); minimal headers added (From @qq.com placeholder, To, Subject "Re: [jackfrued/Python-100-Days] 100 (Issue #868)", Date, MIME). No auto-reply headers.',
    raw: lines(
      ...ghReply({
        from: '"weiyuyyy" <user2@qq.com>',
        subject: 'Re: [jackfrued/Python-100-Days] 100 (Issue #868)',
        date: 'Fri, 04 Mar 2022 14:30:02 +0800',
      }),
      '',
      '这是来自QQ邮箱的自动回复邮件。已收到你的邮件  我会尽快回复你'
    ),
    expect: 'vacation',
  },
  {
    name: 'gromox-read-receipt-english-your-message-has-been-read',
    source: 'https://github.com/grommunio/gromox/blob/master/data/notify_bounce/ascii/BOUNCE_NOTIFY_READ',
    says: 'grommunio/gromox read-notification template ("Subject: Your message has been read!" / "Your message has been displayed to ...") sent by exch/zcore/bounce_producer.cpp as multipart/report; report-type=disposition-notification with "Disposition: automatic-action/MDN-sent-automatically; displayed" and X-Auto-Response-Suppress: All.',
    rebuilt:
      'Built from the template and bounce_producer_make(): headers (From with b64 display name, To, MIME-Version, X-Auto-Response-Suppress, Date, Subject), base64 UTF-8 text part, message/disposition-notification part (Final-Recipient, Disposition, Original-Message-ID, X-Display-Name). Template tags filled with placeholder values; Return-Path <> added; Thread-Index / X-MSExch-Correlation-Key omitted.',
    raw: gromoxMdn({
      subject: 'Your message has been read!',
      disposition: 'automatic-action/MDN-sent-automatically; displayed',
      body: 'Hi,\n  Your message has been displayed to "reader@example.net".\n\nBelow is the original mail information:\n   Time:    03/14/23 10:15:00 Asia/Shanghai\n   From:    sender@example.com\n   To:      reader@example.net\n   Subject: Quarterly report\n   Parts:   report.pdf\n   Length:  48K\n\n',
    }),
    expect: 'none',
  },
  {
    name: 'gromox-read-receipt-chinese-simplified',
    source: 'https://github.com/grommunio/gromox/blob/master/data/notify_bounce/gb2312/BOUNCE_NOTIFY_READ',
    says: 'gromox simplified-Chinese read notification: Subject "邮件已读" (=?utf-8?b?6YKu5Lu25bey6K+7?=), body "您的邮件已被 ... 阅读！" with the original mail details, sent as an MDN (displayed).',
    rebuilt:
      'Template text copied; structure from exch/zcore/bounce_producer.cpp as in the English case; tags filled with placeholders.',
    raw: gromoxMdn({
      subject: '=?utf-8?b?6YKu5Lu25bey6K+7?=',
      disposition: 'automatic-action/MDN-sent-automatically; displayed',
      body: '您好：\n  您的邮件已被 "reader@example.net" 阅读！\n\n以下是您所发送邮件的一些基本信息：\n    发送时间：    2023/03/14 10:15:00 Asia/Shanghai\n    发件人地址：  sender@example.com\n    收件人：      reader@example.net\n    邮件主题：    季度报告\n    附件：        report.pdf\n    邮件大小：    48K',
    }),
    expect: 'none',
  },
  {
    name: 'gromox-non-read-notification-chinese-traditional-deleted',
    source: 'https://github.com/grommunio/gromox/blob/master/data/notify_bounce/big5/BOUNCE_NOTIFY_NON_READ',
    says: 'gromox traditional-Chinese NON-read notification: Subject "郵件未被閱讀", body "您的郵件未被 ... 閱讀！", MDN with "Disposition: manual-action/MDN-sent-automatically; deleted" - the message was delivered and deleted unread, not a delivery failure.',
    rebuilt:
      'Template text copied; structure from exch/zcore/bounce_producer.cpp (BOUNCE_NOTIFY_NON_READ case); tags filled with placeholders.',
    raw: gromoxMdn({
      subject: '=?utf-8?b?6YO15Lu25pyq6KKr6Zax6K6A?=',
      disposition: 'manual-action/MDN-sent-automatically; deleted',
      body: '您好：\n  您的郵件未被 "reader@example.net" 閱讀！\n\n以下是您所發送郵件的一些基本信息：\n    發送時間：    2023/03/14 10:15:00 Asia/Taipei\n    發件人地址：  sender@example.com\n    收件人：      reader@example.net\n    郵件主題：    季度報告\n    附件：        report.pdf\n    郵件大小：    48K\n\t',
    }),
    expect: 'none',
  },
  {
    name: 'roundcube-mdn-russian-uvedomlenie-o-prochtenii',
    source: 'https://github.com/roundcube/roundcubemail/blob/master/program/localization/ru_RU/labels.inc',
    says: 'Roundcube read receipt in Russian: Subject "Уведомление о прочтении: <subject>", body "Это уведомление о прочтении вашего сообщения" + Кому/Тема/Дата + "Это уведомление означает только, что сообщение было открыто получателем ...", built by program/actions/mail/sendmdn.php as multipart/report with "Disposition: manual-action/MDN-sent-manually; displayed".',
    rebuilt:
      'Labels copied from ru_RU/labels.inc; message assembled per sendmdn.php (headers Date/From/To/Subject/Message-ID/X-Sender/References/In-Reply-To/User-Agent, QP UTF-8 text part, MDNPart2.txt report). MIME boundary/encoding layout approximates PEAR Mail_mime output; addresses/dates are placeholders.',
    raw: roundcubeMdn({
      receiptread: 'Уведомление о прочтении',
      yourmessage: 'Это уведомление о прочтении вашего сообщения',
      to: 'Кому',
      subjectLabel: 'Тема',
      dateLabel: 'Дата',
      receiptnote:
        'Это уведомление означает только, что сообщение было открыто получателем, и не гарантирует того, что оно было прочитано и (или) понято.',
      origSubject: 'Счёт за март',
      date: '11.04.2023 21:12',
    }),
    expect: 'none',
  },
  {
    name: 'roundcube-mdn-spanish-notificacion-de-lectura',
    source: 'https://github.com/roundcube/roundcubemail/blob/master/program/localization/es_ES/labels.inc',
    says: 'Roundcube read receipt in Spanish: Subject "Notificación de lectura: <subject>", body "Esta es una notificación de lectura de su mensaje" + Destinatario/Asunto/Fecha + "Nota: Esta notificación sólo significa que su mensaje fue mostrado en la computadora del receptor ...".',
    rebuilt:
      'Labels copied from es_ES/labels.inc; message assembled per program/actions/mail/sendmdn.php as in the Russian case; placeholders for addresses/dates.',
    raw: roundcubeMdn({
      receiptread: 'Notificación de lectura',
      yourmessage: 'Esta es una notificación de lectura de su mensaje',
      to: 'Destinatario',
      subjectLabel: 'Asunto',
      dateLabel: 'Fecha',
      receiptnote:
        'Nota: Esta notificación sólo significa que su mensaje fue mostrado en la computadora del receptor. No hay garantía de que el receptor haya leído o entendido el contenido del mensaje.',
      origSubject: 'Factura de marzo',
      date: '11/04/2023 20:12',
    }),
    expect: 'none',
  },
]
