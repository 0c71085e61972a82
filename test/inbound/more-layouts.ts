/**
 * Further bounce layouts, each rebuilt from the software's own source code or the vendor's own page, for servers not
 * yet in test/inbound/mta-frames.ts or provider-frames.ts. Same conventions as there: sender a@example.net
 * (mail.example.net), recipient side example.org, remote MX mx.example.org [192.0.2.1], original message Subject
 * "hello", Message-ID <orig1@example.net>. `reply` is the remote server's one-line reply to RCPT TO. None of these
 * layouts writes the caller's `status` (each derives its own, or writes none), so `statesStatus` is false throughout.
 *
 * Sources were read with the stored code/page search; no bounce-parser fixture or rule file was used. Gathered by
 * a helper in stop 27; `framings.test.ts` runs every documented reply through them.
 */
import type { MtaLayout } from './mta-frames'

const CRLF = '\r\n'
/** Joins lines with CRLF and ends with CRLF. */
const lines = (...ls: string[]) => ls.join(CRLF) + CRLF
/** Converts text written with \n (as the software writes it) to CRLF on the wire. */
const crlf = (s: string) => s.replace(/\r?\n/g, CRLF)

const DATE = 'Thu, 3 Dec 2026 10:00:00 +0000'
/** The original message's header block (without the blank line that ends it). */
const ORIG_HEADER_LINES = [
  'Return-Path: <a@example.net>',
  'From: a@example.net',
  'To: joe@example.org',
  'Subject: hello',
  `Date: ${DATE}`,
  'Message-ID: <orig1@example.net>',
]
const ORIG_BODY = 'hi'

/** Quoted-printable as nodemailer's MimeNode writes a text part: =XX escapes, soft breaks at 76 columns. */
function quotedPrintable(text: string): string {
  const encodeLine = (line: string) =>
    line
      .replace(
        /[^\t\x20-\x3c\x3e-\x7e]/g,
        (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      )
      .replace(/[ \t]$/, (c) => (c === ' ' ? '=20' : '=09'))
  const out: string[] = []
  for (const raw of text.split('\n')) {
    let line = encodeLine(raw)
    while (line.length > 76) {
      let cut = line.lastIndexOf(' ', 74) + 1
      if (cut <= 0) cut = 75
      while (/=[0-9A-F]?$/.test(line.slice(0, cut))) cut--
      out.push(`${line.slice(0, cut)}=`)
      line = line.slice(cut)
    }
    out.push(line)
  }
  return out.join(CRLF)
}

// ---------------------------------------------------------------------------------------------------------------
// ZoneMTA — zone-eu/zone-mta: plugins/core/email-bounce.js (commit 3e40604d…, generateBounceMessage: multipart/report
// built with nodemailer's MimeNode; text part "Delivery to the following recipient failed permanently:\n    <to>\n\n
// Technical details of permanent failure:\n\n<response>"; message/delivery-status with X-ZoneMTA-Queue-ID,
// X-ZoneMTA-Sender, "Status: 5.0.0" always, "Remote-MTA: dns; <mx>", "Diagnostic-Code: smtp; <response>";
// text/rfc822-headers) and lib/sender.js (commit cbb8e3b2…, handleResponseError: response =
// bounces.formatSMTPResponse(err.response), nodemailer's err.response being the server's reply line; a 4xx reply is
// deferred through ttlMinutes (17 tries) and then bounced with the same last response). From is config.mailerDaemon
// ('"Mail Delivery Subsystem" <mailer-daemon@[HOSTNAME]>' as configured here). nodemailer's MimeNode writes a text
// part with a line of 77+ characters as quoted-printable (checked against nodemailer's mime-node), so long replies
// arrive soft-wrapped in the human part; the delivery-status part is not encoded. The Content-Type's boundary is
// folded onto a second line, as MimeNode writes it.
// ---------------------------------------------------------------------------------------------------------------
function zonemta(rcpt: string, reply: string): string {
  const response = reply.replace(/\s+/g, ' ').trim()
  const b = '--_NmP-3f2a9c1d0e7b6a55-Part_1'
  return lines(
    'Content-Type: multipart/report; report-type=delivery-status;',
    ` boundary="${b}"`,
    'From: Mail Delivery Subsystem <mailer-daemon@mail.example.net>',
    'To: a@example.net',
    'X-Sending-Zone: default',
    `X-Failed-Recipients: ${rcpt}`,
    'Auto-Submitted: auto-replied',
    'Subject: Delivery Status Notification (Failure)',
    'In-Reply-To: <orig1@example.net>',
    'References: <orig1@example.net>',
    'Message-ID: <6a0e1c2b-1d2e-3f40-5a6b-7c8d9e0f1a2b@mail.example.net>',
    `Date: ${DATE}`,
    'MIME-Version: 1.0',
    '',
    `--${b}`,
    'Content-Type: text/plain',
    'Content-Description: Notification',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(
      `Delivery to the following recipient failed permanently:\n    ${rcpt}\n\nTechnical details of permanent failure:\n\n${response}\n\n`
    ),
    `--${b}`,
    'Content-Type: message/delivery-status',
    'Content-Description: Delivery report',
    '',
    'Reporting-MTA: dns; mail.example.net',
    'X-ZoneMTA-Queue-ID: 18e2f4a6b0c000a1b2',
    'X-ZoneMTA-Sender: rfc822; a@example.net',
    `Arrival-Date: ${DATE}`,
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    'Status: 5.0.0',
    'Remote-MTA: dns; mx.example.org',
    `Diagnostic-Code: smtp; ${response}`,
    '',
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    'Content-Description: Undelivered Message Headers',
    '',
    ...ORIG_HEADER_LINES,
    '',
    `--${b}--`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// slimta — slimta/python-slimta: slimta/bounce.py (commit 04fc5834…, default_header_template / default_footer_template:
// "From: MAILER-DAEMON", "Subject: Undelivered Mail Returned to Sender", text part "Delivery failed for:\n-
// {recipients}\n\nDestination host responded:\n{code} {message}", a message/delivery-status part holding only
// "Remote-MTA: dns; {client_name} [{client_ip}]" (both substituted as the literal "unknown") and "Diagnostic-Code:
// smtp; {code} {message}" — no Final-Recipient, no Status), slimta/smtp/reply.py (commit 09ec0a92…, Reply.message
// puts the enhanced code back in front, and with the reply's own class: a reply without one gets "<class>.0.0"),
// slimta/relay/smtp/client.py (_check_replies: a refused sole RCPT raises SmtpRelayError.factory(rcptto reply)) and
// slimta/queue/__init__.py (commit 103d977e…, _retry_later: when retries run out, reply.message += ' (Too many
// retries)' and the 4xx reply is bounced as it is). The original message follows as message/rfc822.
// ---------------------------------------------------------------------------------------------------------------
function slimta(rcpt: string, reply: string): string {
  const m = /^([12345]\d\d)[ -]?(.*)$/.exec(reply)
  const code = m?.[1] ?? '550'
  let text = m?.[2] ?? reply
  const esc = /^([245])\.(\d\d?\d?)\.(\d\d?\d?)\s+/.exec(text)
  let enhanced: string
  if (esc) {
    enhanced = `${code[0]}.${esc[2]}.${esc[3]}`
    text = text.slice(esc[0].length)
  } else enhanced = `${code[0]}.0.0`
  let message = text ? `${enhanced} ${text}` : enhanced
  if (code.startsWith('4')) message += ' (Too many retries)'
  const b = 'boundary_=0b6c3f5e9d2a4c7e8f1a2b3c4d5e6f70'
  return lines(
    'From: MAILER-DAEMON',
    'To: a@example.net',
    'Subject: Undelivered Mail Returned to Sender',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `    boundary="${b}"`,
    'Content-Transfer-Encoding: 7bit',
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${b}`,
    'Content-Type: text/plain',
    '',
    'Delivery failed for:',
    `- ${rcpt}`,
    '',
    'Destination host responded:',
    `${code} ${message}`,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Remote-MTA: dns; unknown [unknown]',
    `Diagnostic-Code: smtp; ${code} ${message}`,
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    '',
    ...ORIG_HEADER_LINES,
    '',
    ORIG_BODY,
    '',
    `--${b}--`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// mox — mjl-/mox: queue/dsn.go (commit 09fcc492…, failMsgsTx / deliverDSNFailure: subject "mail delivery failed",
// text "Delivery has failed permanently for your email to:\n\n\t<rcpt>\n\nNo further deliveries will be attempted.
// \n\nError during the last delivery attempt:\n\n\t<errmsg>\n" + "\nFull SMTP response:\n\n\t<line>\n"; Status
// "5." + the reply's enhanced code minus its class (else "5.0.0"), with " (<errmsg>)" as comment; the DSN is
// delivered into the sender's own mailbox with "Return-Path:" and "Delivered-To:" prefixed), dsn/dsn.go (Compose:
// From/To in angle brackets, Go multipart parts with sorted header keys, Content-Transfer-Encoding 7BIT,
// "Remote-MTA: dns;<host>", "Diagnostic-Code: smtp; <lines>", only the original's headers as text/rfc822-headers),
// smtpclient/client.go (commit 17346d6d…, Error.Error(): "[<Err>, ]permanent|transient: <line>"; with PIPELINING the
// RCPT response carries no Err, so errmsg is "permanent: <reply>"; 552 counts as transient; the enhanced code is
// parsed only when it has the reply's class) and queue/direct.go (remoteMTA without an IP). A transient (4xx or 552)
// refusal is retried and bounced after the last attempt, still "transient: …" but with Status 5.x.y.
// ---------------------------------------------------------------------------------------------------------------
function mox(rcpt: string, reply: string): string {
  const m = /^(\d{3})[ -]?(.*)$/.exec(reply)
  const code = Number(m?.[1] ?? 550)
  const rest = m?.[2] ?? ''
  const ecode = /^(\d)\.(\d+\.\d+)(?: |$)/.exec(rest)
  const secode = ecode && Number(ecode[1]) === Math.floor(code / 100) ? ecode[2]! : ''
  const permanent = Math.floor(code / 100) === 5 && code !== 552
  const errmsg = `${permanent ? 'permanent' : 'transient'}: ${reply}`
  const status = `5.${secode || '0.0'}`
  const text =
    `\nDelivery has failed permanently for your email to:\n\n\t${rcpt}\n\nNo further deliveries will be attempted.\n\n` +
    `Error during the last delivery attempt:\n\n\t${errmsg}\n` +
    `\nFull SMTP response:\n\n\t${reply}\n`
  const b = '4f8a2c6e1b9d3a7f5c0e8b2d6a4f1c3e9b7d5a2c8e6f0b4d1a3c5e7f9b2d'
  return (
    lines(
      'Return-Path: <postmaster@mail.example.net>',
      'Delivered-To: a@example.net',
      'From: <postmaster@mail.example.net>',
      'To: <a@example.net>',
      'Subject: mail delivery failed',
      'Message-Id: <6f1b2c3d4e5f6a7b@mail.example.net>',
      'References: <orig1@example.net>',
      'Date: 3 Dec 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type="delivery-status"; boundary="${b}"`,
      ''
    ) +
    `--${b}${CRLF}` +
    lines('Content-Transfer-Encoding: 7BIT', 'Content-Type: text/plain', '') +
    crlf(text) +
    `${CRLF}--${b}${CRLF}` +
    lines(
      'Content-Transfer-Encoding: 7BIT',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.net',
      'Arrival-Date: 3 Dec 2026 09:58:00 +0000',
      '',
      `Final-Recipient: rfc822;${rcpt}`,
      'Action: failed',
      `Status: ${status} (${errmsg})`,
      'Remote-MTA: dns;mx.example.org',
      `Diagnostic-Code: smtp; ${reply}`,
      'Last-Attempt-Date: 3 Dec 2026 10:00:00 +0000'
    ) +
    `${CRLF}--${b}${CRLF}` +
    lines(
      'Content-Transfer-Encoding: 7BIT',
      'Content-Type: text/rfc822-headers',
      '',
      ...ORIG_HEADER_LINES,
      ''
    ) +
    `${CRLF}--${b}--${CRLF}`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Citadel — mingodad/citadel (a mirror of citadel.org's tree): citadel/modules/smtp/serv_smtpqueue.c (commit
// 5e3befeb…, smtpq_do_bounce: subject "Delivery Status Notification (Failure)", author "Citadel"; the message text
// starts with its own "Content-type: multipart/mixed; boundary=…", "MIME-Version: 1.0", "X-Mailer:" lines, then a
// text/plain part "A message you sent could not be delivered to some or all of its recipients.\nThe following
// addresses were undeliverable:\n\n" and one line " <rcpt>: <StatusMessage>" per failed recipient, then the original
// as message/rfc822; a non-2xx status on the FIRST attempt is bounced too, so a 4xx refusal bounces at once) and
// citadel/modules/smtp/smtp_clienthandlers.c (commit 09f051bb…, SMTPC_read_RCPT_reply / SMTP_VERROR: StatusMessage
// is the reply line from its 5th character on, i.e. without the three-digit code). The RFC 822 export of the
// message's From/To/Date was not read: those headers are built plainly here (From "Citadel" at the local host).
// ---------------------------------------------------------------------------------------------------------------
function citadel(rcpt: string, reply: string): string {
  const status = reply.slice(4).trim()
  const b = '=_Citadel_Multipart_mail.example.net_1f2a0001'
  return lines(
    'From: "Citadel" <postmaster@mail.example.net>',
    'To: a@example.net',
    'Subject: Delivery Status Notification (Failure)',
    `Date: ${DATE}`,
    'Message-ID: <1234@mail.example.net>',
    `Content-type: multipart/mixed; boundary="${b}"`,
    'MIME-Version: 1.0',
    'X-Mailer: Citadel',
    '',
    'This is a multipart message in MIME format.',
    '',
    `--${b}`,
    'Content-type: text/plain',
    '',
    'A message you sent could not be delivered to some or all of its recipients.',
    'The following addresses were undeliverable:',
    '',
    ` ${rcpt}: ${status}`,
    '',
    `--${b}`,
    'Content-type: message/rfc822',
    'Content-Transfer-Encoding: 7bit',
    'Content-Disposition: inline',
    '',
    ...ORIG_HEADER_LINES,
    '',
    ORIG_BODY,
    `--${b}--`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// XMail — warren-bank/mirror-XMail-mail-server (Davide Libenzi's XMail): QueueUtils.cpp (QueUtBuildErrorResponse:
// headers "Date:   <time>", X-MessageId, X-SmtpMessageId, "From: <RootDomain> PostMaster <PostMaster>", "Subject:
// Error sending message [<spool file>] from [<RootDomain>]", X-MailerServer, X-SMTP-Mailer-Error, no MIME; body
// "[<00>] XMail bounce: Rcpt=[<rcpt>];Error=[<reason>]", "[<01>] Error sending message …" with ID / Mail From /
// Rcpt To / "Server:    <host> [ip]", "[<02>] The reason of the delivery failure was:\n\n<reason>", "[<05>] Here is
// listed the initial part of the message:" + the original's headers; QueUtResendMessage: an expired message is
// bounced with the reason "The maximum number of delivery attempts has been reached"), SMAILSvr.cpp
// (SMAILRemoteMsgSMTPSend failure: QueUtNotifyPermErrDelivery(…, USmtpGetErrorMessage(&SMTPE), USmtpGetErrorServer
// (&SMTPE)) for 5xx only) and SMTPUtils.cpp (USmtpGetResponse: the raw reply line(s), CRLF-joined; USmtpSetError
// keeps it whole). So a 5xx reply is quoted twice; a 4xx one is retried and, with the default configuration (no
// NotifyTryPattern, NotifySendLogToSender off), never reaches the sender: the final bounce names only the expiry.
// ---------------------------------------------------------------------------------------------------------------
function xmail(rcpt: string, reply: string): string {
  const reason = reply.startsWith('4') ? 'The maximum number of delivery attempts has been reached' : reply
  const spool = '1764756000123.4242.7.mail.example.net'
  return lines(
    'Date:   Thu, 03 Dec 2026 10:00:00 +0000',
    `X-MessageId: <${spool}>`,
    'X-SmtpMessageId: <S1A2B3C@mail.example.net>',
    'From: example.net PostMaster <postmaster@example.net>',
    'To: a@example.net',
    `Subject: Error sending message [${spool}] from [example.net]`,
    'X-MailerServer: XMail 1.27',
    `X-SMTP-Mailer-Error: Message = [${spool}] Server = [example.net]`,
    '',
    `[<00>] XMail bounce: Rcpt=[${rcpt}];Error=[${reason}]`,
    '',
    '',
    `[<01>] Error sending message [${spool}] from [example.net].`,
    '',
    'ID:        <S1A2B3C@mail.example.net>',
    'Mail From: <a@example.net>',
    `Rcpt To:   <${rcpt}>`,
    'Server:    <mx.example.org> [192.0.2.1]',
    '',
    '',
    '[<02>] The reason of the delivery failure was:',
    '',
    reason,
    '',
    '',
    '[<05>] Here is listed the initial part of the message:',
    '',
    ...ORIG_HEADER_LINES,
    ''
  )
}

// ---------------------------------------------------------------------------------------------------------------
// DragonFly Mail Agent (dma) — corecode/dma: mail.c (commit 19f9fce2…, bounce(): "Received: from MAILER-DAEMON …",
// "X-Original-To: <rcpt>", "From: MAILER-DAEMON <>", "Subject: Mail delivery failed", body "This is the <VERSION> at
// <host>.\n\nThere was an error delivering your mail to <rcpt>.\n\n<reason>\n\nMessage headers follow.\n\n" + the
// queued message's headers, plain text, no MIME), net.c (commit da0271b7…, deliver_to_host / READ_REMOTE_CHECK: a
// 5xx reply to RCPT TO sets errmsg "<mx> [<ip>] did not like our RCPT TO:\n<neterr>", neterr being the reply as read,
// trailing CR/LF cut; a 4xx one only defers) and dma.c (deliver(): after MAX_TIMEOUT, 5*24*60*60 s in dma.h, a
// deferred message bounces with "Could not deliver for the last 432000 seconds. Giving up." — the 4xx reply itself
// never reaches the bounce). The queued copy starts with dma's own Received line (readmail()).
// ---------------------------------------------------------------------------------------------------------------
function dma(rcpt: string, reply: string): string {
  const reason = reply.startsWith('4')
    ? 'Could not deliver for the last 432000 seconds. Giving up.'
    : `mx.example.org [192.0.2.1] did not like our RCPT TO:\n${reply}`
  return crlf(
    [
      'Received: from MAILER-DAEMON',
      '\tid 1a2b3c.4d5e6f',
      '\tby mail.example.net (DragonFly Mail Agent v0.13);',
      `\t${DATE}`,
      `X-Original-To: <${rcpt}>`,
      'From: MAILER-DAEMON <>',
      'To: a@example.net',
      'Subject: Mail delivery failed',
      'Message-Id: <1a2b3c.4d5e6f@mail.example.net>',
      `Date: ${DATE}`,
      '',
      'This is the DragonFly Mail Agent v0.13 at mail.example.net.',
      '',
      `There was an error delivering your mail to <${rcpt}>.`,
      '',
      reason,
      '',
      'Message headers follow.',
      '',
      'Received: from a (uid 1000)',
      '\t(envelope-from a@example.net)',
      '\tid 0f0e0d.0c0b0a',
      '\tby mail.example.net (DragonFly Mail Agent v0.13);',
      `\t${DATE}`,
      ...ORIG_HEADER_LINES,
      '',
    ].join('\n')
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Symantec (Broadcom) Messaging Gateway — Broadcom KB 157433 "Bounce customization in Messaging Gateway (SMG)",
// https://knowledge.broadcom.com/external/article/157433/bounce-customization-in-messaging-gatewa.html : the example
// NDR shows Subject "Undelivered Mail Returned to Sender", From "<postmaster address> (Mail Delivery System)", the
// text "I'm sorry to have to inform you that your message could not / be delivered to one or more recipients. It's
// attached below. …" and the recipient line "<rcpt>: <the remote reply>" (a "550 5.1.1 <rcpt>: Recipient address
// rejected: User unknown in local recipient table" reply, with no "host … said:" and no "(in reply to …)"). The page
// shows the body text only (addresses masked, no MIME structure, no attachment): plain headers, one text part.
// ---------------------------------------------------------------------------------------------------------------
function symantecSmg(rcpt: string, reply: string): string {
  return lines(
    'From: MAILER-DAEMON@smg.example.net (Mail Delivery System)',
    'To: a@example.net',
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${DATE}`,
    'Message-ID: <b1@smg.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to <postmaster>',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    `<${rcpt}>: ${reply}`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Exchange 2000/2003 NDR quoting the remote reply — Microsoft's "Bounce messages" page for Exchange hosted services,
// http://technet.microsoft.com/en-us/exchange/bb288511.aspx , Example 1: "Your message did not reach some or all of
// the intended recipients. / Subject: … / Sent: … / The following recipient(s) could not be reached: / <rcpt> on
// <date> / There was a SMTP communication problem with the recipient's email server. Please contact your system
// administrator. / <Host name that rejected the message #5.5.0 SMTP; 554 <rcpt>: Relay access denied>". Unlike
// KB 284204 (provider-frames' exchange2003) this form quotes the remote reply inside the angle brackets. The page
// shows only the 5.5.0 case, whose sentence and "#5.5.0" Exchange picks itself; they are kept fixed here. From
// "System Administrator" and Subject "Undeliverable: <subject>" are on the page; the other headers are plain.
// ---------------------------------------------------------------------------------------------------------------
function exchange2003Smtp(rcpt: string, reply: string): string {
  return lines(
    'From: System Administrator <postmaster@example.net>',
    'To: a@example.net',
    'Subject: Undeliverable: hello',
    `Date: ${DATE}`,
    'Message-ID: <b1@example.net>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    'Your message did not reach some or all of the intended recipients.',
    '',
    '      Subject:\thello',
    '      Sent:\t12/3/2026 10:00 AM',
    '',
    'The following recipient(s) could not be reached:',
    '',
    `      ${rcpt} on 12/3/2026 10:00 AM`,
    "            There was a SMTP communication problem with the recipient's email server. Please contact your system administrator.",
    `            <mx.example.org #5.5.0 SMTP; ${reply}>`
  )
}

export const MORE_LAYOUTS: Record<string, MtaLayout> = {
  zonemta: {
    source:
      'zone-eu/zone-mta plugins/core/email-bounce.js (generateBounceMessage), lib/sender.js (handleResponseError)',
    build: (r, reply) => zonemta(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  slimta: {
    source:
      'slimta/python-slimta slimta/bounce.py (default_header_template), smtp/reply.py, queue/__init__.py',
    build: (r, reply) => slimta(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  mox: {
    source: 'mjl-/mox queue/dsn.go (deliverDSNFailure), dsn/dsn.go (Compose), smtpclient/client.go (Error)',
    build: (r, reply) => mox(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  citadel: {
    source: 'citadel modules/smtp/serv_smtpqueue.c (smtpq_do_bounce), smtp_clienthandlers.c (SMTP_VERROR)',
    build: (r, reply) => citadel(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  xmail: {
    source: 'XMail QueueUtils.cpp (QueUtBuildErrorResponse), SMAILSvr.cpp, SMTPUtils.cpp (USmtpGetResponse)',
    build: (r, reply) => xmail(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
    quotesTransient: false,
  },
  dma: {
    source: 'corecode/dma mail.c (bounce), net.c (READ_REMOTE_CHECK), dma.c (deliver)',
    build: (r, reply) => dma(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
    quotesTransient: false,
  },
  'symantec-smg': {
    source:
      'https://knowledge.broadcom.com/external/article/157433/bounce-customization-in-messaging-gatewa.html',
    build: (r, reply) => symantecSmg(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  'exchange2003-smtp': {
    source: 'http://technet.microsoft.com/en-us/exchange/bb288511.aspx (Example 1)',
    build: (r, reply) => exchange2003Smtp(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
    ownStatus: '5.5.0',
  },
}
