/**
 * Bounce layouts of mailbox providers not yet covered by test/inbound/*-frames.ts, each rebuilt from a copy of a
 * real bounce in full text (a paste, an issue thread, a help page). Conventions as in mta-frames.ts: sending side
 * a@example.net (mail.example.net), recipient side example.org, remote MX mx.example.org [192.0.2.1], original
 * Subject "hello", Message-ID <orig1@example.net>. Where a source shows only the body, or only some header fields,
 * the missing header fields are plain RFC 5322 ones (said per layout). No source is a bounce-parser fixture.
 * Gathered by a helper in stop 27; `framings.test.ts` runs every documented reply through them.
 */
import { postfixWrap } from './framings'
import type { MtaLayout } from './mta-frames'

const CRLF = '\r\n'
const lines = (...ls: string[]) => ls.join(CRLF) + CRLF
const DATE = 'Thu, 3 Dec 2026 10:00:00 +0000'

/** The original message's header block; its To is the refused recipient. */
const origHeaders = (rcpt: string) => [
  'Return-Path: <a@example.net>',
  'From: a@example.net',
  `To: ${rcpt}`,
  'Subject: hello',
  `Date: ${DATE}`,
  'Message-ID: <orig1@example.net>',
]

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1)
const isTransient = (reply: string) => /^4/.test(reply)
/** RFC 2047 B-encoding of a UTF-8 header text. */
const encodedWord = (text: string) =>
  `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}?=`

// ---------------------------------------------------------------------------------------------------------------
// Yandex Mail — Postfix with Yandex's Russian preamble. Headers, MIME structure and text part: a 2016 Yandex bounce
// pasted raw at https://pastebin.com/NyrLuyVu (From mailer-daemon@yandex.ru, the RFC 2047 subject
// "Недоставленное сообщение" kept as sent, Content-Description: Notification, charset utf-8, "**********" rules
// around the Russian text, "Please, do not reply to this message." instead of Postfix's postmaster paragraph and no
// "The mail system" line). The per-recipient line and the delivery-status fields (X-Yandex-Queue-ID,
// X-Yandex-Sender, "Diagnostic-Code: smtp; <reply>"): the same text in https://pastebin.com/mdrmw62V (2015), whose
// recipient line is Postfix's "host … said: … (in reply to end of DATA command)"; here the RCPT TO form of the same
// smtp_proto.c sentence. The paste drops blank lines; Postfix's are put back. Postfix writes the reply's own
// enhanced code as Status (statesStatus).
// ---------------------------------------------------------------------------------------------------------------
function yandex(rcpt: string, reply: string, status: string): string {
  const b = 'CE57A33800C4.1470242236/mxback3j.mail.yandex.net'
  return lines(
    `Date: ${DATE}`,
    'From: mailer-daemon@yandex.ru',
    'Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?=',
    'To: a@example.net',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${b}"`,
    'Content-Transfer-Encoding: 8bit',
    'Message-Id: <20261203100000.095DF3380164@mxback3j.mail.yandex.net>',
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '**********',
    'Это письмо отправлено почтовым сервером yandex.ru.',
    'К сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может',
    'быть отправлено одному или нескольким адресатам. Причины указаны ниже.',
    'Пожалуйста, не отвечайте на это сообщение.',
    '**********',
    '',
    'This is the mail system at host yandex.ru.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'Please, do not reply to this message.',
    '',
    ...postfixWrap(`<${rcpt}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`),
    '',
    `--${b}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; forward16h.cmail.yandex.net',
    'X-Yandex-Queue-ID: 9AAA221183',
    'X-Yandex-Sender: rfc822; a@example.net',
    `Arrival-Date: ${DATE}`,
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Original-Recipient: rfc822;${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.org',
    ...postfixWrap(`Diagnostic-Code: smtp; ${reply}`, 78),
    '',
    `--${b}`,
    'Content-Description: Undelivered Message',
    'Content-Type: message/rfc822',
    '',
    ...origHeaders(rcpt),
    '',
    'hi',
    '',
    `--${b}--`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Mail.ru — Exim with Mail.ru's Russian text above Exim's own. Verbatim from a Mail.ru bounce forwarded in full at
// https://pastebin.com/D9bzqdPA (From mailer-daemon@corp.mail.ru, Subject "Ваше сообщение не доставлено. Mail
// failure.", "Это письмо создано автоматически сервером Mail.Ru…", "Рекомендуем Вам проверить…", a
// "**********************" rule, then Exim's English text and "------ This is a copy of the message, including all
// the headers. ------"). The paste shows only From/Subject/Date (as a mail client renders them): the other header
// fields are plain ones, the subject RFC 2047-encoded. Its failure is "SMTP error from remote mail server after end
// of data:" / "host … [ip]: <reply>:" / "retry timeout exceeded" (a 451); a refusal at RCPT is put in Exim's
// RCPT form of the same sentence ("after RCPT TO:<addr>:", Exim deliver.c; the same line Exim sends for
// mx.yandex.ru in https://pastebin.com/UWADPXYL), and "retry timeout exceeded" only follows a 4xx reply, as in the
// paste. The paste loses indentation: Exim's (2 and 4 spaces) is used.
// ---------------------------------------------------------------------------------------------------------------
function mailru(rcpt: string, reply: string): string {
  const failure = [
    `  ${rcpt}`,
    `    SMTP error from remote mail server after RCPT TO:<${rcpt}>:`,
    `    host mx.example.org [192.0.2.1]: ${reply}${isTransient(reply) ? ':' : ''}`,
    ...(isTransient(reply) ? ['    retry timeout exceeded'] : []),
  ]
  return lines(
    'From: mailer-daemon@corp.mail.ru',
    'To: a@example.net',
    `Subject: ${encodedWord('Ваше сообщение не доставлено. Mail failure.')}`,
    `Date: ${DATE}`,
    'Message-ID: <E1b1zzz-0001AB-CD@corp.mail.ru>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.',
    '',
    'К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:',
    '',
    ...failure,
    '',
    'Рекомендуем Вам проверить корректность указания адресов получателей.',
    '',
    '**********************',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    ...failure,
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    ...origHeaders(rcpt),
    '',
    'hi'
  )
}

// ---------------------------------------------------------------------------------------------------------------
// WEB.DE / 1&1 (United Internet's "Nemesis" outbound MTA). Body verbatim from a WEB.DE bounce at
// https://pastebin.com/w1pJdgj1 (sent from web-mail.web.de; "SMTP error from remote server for RCPT TO command,
// host: mx-ha03.web.de (212.227.15.17) reason: 550 …", then "--- The header of the original message is
// following. ---"); the same text from 1&1 (mrelayeu.kundenserver.de) at https://pastebin.com/EDEZxBr5, which shows
// the header fields: From "Mail Delivery System" <mailer-daemon@kundenserver.de>, Subject "Mail delivery failed:
// returning message to sender" (the rest: plain fields). A reply in several lines stays as sent (EDEZxBr5).
// ---------------------------------------------------------------------------------------------------------------
function unitedInternet(rcpt: string, reply: string): string {
  return lines(
    'From: "Mail Delivery System" <mailer-daemon@kundenserver.de>',
    'To: a@example.net',
    'Subject: Mail delivery failed: returning message to sender',
    `Date: ${DATE}`,
    'Message-ID: <0MabU1-1ZZoZ40t1l-00KBci@mout.kundenserver.de>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of',
    'its recipients. This is a permanent error. The following address(es)',
    'failed:',
    '',
    `${rcpt}:`,
    `SMTP error from remote server for RCPT TO command, host: mx.example.org (192.0.2.1) reason: ${reply}`,
    '',
    '--- The header of the original message is following. ---',
    '',
    ...origHeaders(rcpt)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// 1&1 (kundenserver.de), the 2015–2016 form of the same Nemesis text. Body verbatim from
// https://pastebin.com/tjesmfFL (2015): "The following address" / "failed:", the address in double quotes,
// "SMTP error from remote server after RCPT command:" / "host: <mx>" / then the reply WITHOUT its three-digit code
// ("5.1.1 <pinl@…>: Recipient address rejected: …" for Postfix's "550 5.1.1 …"): the code is dropped here the same
// way. Header fields from the 2016 copy https://pastebin.com/gwHtk6Ha (From Mail Delivery System
// <mailer-daemon@kundenserver.de>, the same subject, the same singular "address"); the rest plain.
// ---------------------------------------------------------------------------------------------------------------
function oneAndOne2015(rcpt: string, reply: string): string {
  return lines(
    'From: Mail Delivery System <mailer-daemon@kundenserver.de>',
    'To: a@example.net',
    'Subject: Mail delivery failed: returning message to sender',
    `Date: ${DATE}`,
    'Message-ID: <0MA6Q5-1bkSBO29Kz-00BNrz@mout.kundenserver.de>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of',
    'its recipients. This is a permanent error. The following address',
    'failed:',
    '',
    `"${rcpt}":`,
    'SMTP error from remote server after RCPT command:',
    'host: mx.example.org',
    reply.replace(/^[245]\d\d[ -]/, ''),
    '',
    '--- The header of the original message is following. ---',
    '',
    ...origHeaders(rcpt)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// QQ Mail — "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：". Text as quoted (rendered from its HTML table, cells
// separated by tabs) in https://github.com/dreamhunter2333/cloudflare_temp_email/issues/52 : 被退回邮件 / 主 题 / 时 间 /
// 无法发送到 <addr> / 退信原因 <QQ's own sentence> + Postfix-style "host … said: <reply> (in reply to RCPT TO
// command)" / 解决方案 … 您也可以向管理员报告此退信. That the layout is QQ Mail's: its help pages list "host
// abcd.com[…] said: *" among the bounce keys (https://qqmailbox.com/transceivers/169.html) and the closing "向管理员报告此退信"
// link (http://lofty888.cn/post/262199.html). QQ's own 退信原因 sentence depends on the reply; the one the source
// shows (recipient address does not exist) is kept for every reply. Header fields not shown: plain, UTF-8 text,
// From "PostMaster" (the sender name under which QQ users fetch their bounces,
// https://github.com/zhangyunhao116/zmail/issues/74), no Subject.
// ---------------------------------------------------------------------------------------------------------------
function qq(rcpt: string, reply: string): string {
  return lines(
    'From: PostMaster <PostMaster@qq.com>',
    'To: a@example.net',
    `Date: ${DATE}`,
    'Message-ID: <b1@qq.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
    '被退回邮件\t',
    '主 题：hello',
    '时 间：2026-12-03 10:00:00',
    `无法发送到 ${rcpt}`,
    `退信原因\t收件人邮件地址（${rcpt}）不存在，邮件无法送达。`,
    `host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`,
    '解决方案\t请联系您的收件人，重新核实邮箱地址，或发送到其他收信邮箱。 您也可以向管理员报告此退信'
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Yahoo! JAPAN "Failure Notice" (the Yahoo-wide layout yahoo.co.jp now sends), verbatim at
// https://did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail and https://net-trouble.portal.jp.net/archives/11482
// (MAILER-DAEMON@yahoo.co.jp, subject "Failure Notice", "Sorry, we were unable to deliver your message to the
// following address.", "<addr>" without a colon, "Message expired for domain <domain>. Remote host said: 454 4.7.1
// …: Relay access denied [RCPT_TO]", "--- Below this line is a copy of the message."). The pages show a 4xx reply
// retried until expiry; a 5xx reply is given Yahoo's immediate form without "Message expired for domain …"
// ("Remote host said: <reply> [RCPT_TO]", the `yahoo` frame of framings.ts). Other header fields: plain.
// ---------------------------------------------------------------------------------------------------------------
function yahooJapanFailureNotice(rcpt: string, reply: string): string {
  const said = `Remote host said: ${reply} [RCPT_TO]`
  return lines(
    'From: MAILER-DAEMON@yahoo.co.jp',
    'To: a@example.net',
    'Subject: Failure Notice',
    `Date: ${DATE}`,
    'Message-ID: <b1@yahoo.co.jp>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Sorry, we were unable to deliver your message to the following address.',
    '',
    `<${rcpt}>`,
    isTransient(reply) ? `Message expired for domain ${domainOf(rcpt)}. ${said}` : said,
    '',
    '--- Below this line is a copy of the message.',
    '',
    ...origHeaders(rcpt)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Tutanota (Tuta) — its outbound servers are Postfix: a Tutanota user's bounce quoted at
// https://github.com/tutao/tutanota/issues/7113 ("Undelivered Mail Returned to Sender", "This is the mail system at
// host mail.w14.tutanota.de.", Postfix's stock paragraphs and "<addr>: host … said: 421 4.7.0 … (in reply to MAIL
// FROM command)" wrapped). Only that text part is shown: built as a single text/plain body under plain header
// fields (From as Postfix writes it), the recipient line in the RCPT TO form, wrapped as Postfix wraps it.
// ---------------------------------------------------------------------------------------------------------------
function tutanota(rcpt: string, reply: string): string {
  return lines(
    'From: MAILER-DAEMON@mail.w14.tutanota.de (Mail Delivery System)',
    'To: a@example.net',
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${DATE}`,
    'Message-Id: <20261203100000.1A2B3C4D5E@mail.w14.tutanota.de>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.w14.tutanota.de.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
    '',
    ...postfixWrap(`<${rcpt}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`)
  )
}

export const MAILBOX_PROVIDER_LAYOUTS: Record<string, MtaLayout> = {
  yandex: {
    source:
      'https://pastebin.com/NyrLuyVu + https://pastebin.com/mdrmw62V (Yandex Mail bounce, Postfix-based)',
    build: yandex,
    stage: 'rcpt',
    hosts: ['yandex.ru', 'yandex.net'],
    statesStatus: true,
  },
  mailru: {
    source: 'https://pastebin.com/D9bzqdPA (Mail.ru bounce, Exim-based); RCPT line: Exim deliver.c',
    build: (r, reply) => mailru(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  'webde-1und1': {
    source: 'https://pastebin.com/w1pJdgj1 (WEB.DE) + https://pastebin.com/EDEZxBr5 (1&1 headers)',
    build: (r, reply) => unitedInternet(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  '1und1-2015': {
    source: 'https://pastebin.com/tjesmfFL (1&1, 2015) + https://pastebin.com/gwHtk6Ha (headers, 2016)',
    build: (r, reply) => oneAndOne2015(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  qq: {
    source: 'https://github.com/dreamhunter2333/cloudflare_temp_email/issues/52 (QQ Mail 退信)',
    build: (r, reply) => qq(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  'yahoojp-failure-notice': {
    source: 'https://did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail',
    build: (r, reply) => yahooJapanFailureNotice(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  tutanota: {
    source: 'https://github.com/tutao/tutanota/issues/7113 (Tutanota bounce, Postfix text part)',
    build: (r, reply) => tutanota(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
}
