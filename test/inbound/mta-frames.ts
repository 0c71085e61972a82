/**
 * Bounce layouts of open-source MTAs for a recipient refused by the REMOTE server at RCPT TO, each rebuilt from the
 * MTA's own source (template + the code that fills it). Conventions: sending side example.net (mail.example.net),
 * recipient side example.org, remote MX mx.example.org [192.0.2.1]. Original message: Subject "hello",
 * From a@example.net, Message-ID <orig1@example.net>.
 *
 * `build(recipient, reply, status)`: `reply` is the remote server's one-line reply; `status` is the DSN Status the
 * caller would like; layouts whose software derives the Status itself (Haraka, James, Stalwart, OpenSMTPD, Exim)
 * ignore it and write what the software writes — their `statesStatus` is false, meaning "does not carry the caller's
 * status" (rows that depend on a stated status are skipped for them).
 */

export interface MtaLayout {
  source: string
  build: (recipient: string, reply: string, status: string) => string
  stage: 'rcpt' | null
  hosts: string[]
  statesStatus: boolean
  /**
   * False where a 4xx reply never reaches the bounce: the software retries, and its final bounce names only the
   * give-up (XMail's and dma's defaults).
   */
  quotesTransient?: boolean
  /**
   * A status the software writes of its own beside every reply (Exchange 2003's "<mx.example.org #5.5.0 SMTP; …>"):
   * a reply that states no enhanced code of its own reads under it.
   */
  ownStatus?: string
}

const CRLF = '\r\n'
/** Joins lines with CRLF and ends with CRLF. */
const lines = (...ls: string[]) => ls.join(CRLF) + CRLF
/** Converts a text written with \n (as the software writes it) to CRLF on the wire. */
const crlf = (s: string) => s.replace(/\r?\n/g, CRLF)

const DATE = 'Thu, 3 Dec 2026 10:00:00 +0000'
const ORIG_HEADERS = lines(
  'Return-Path: <a@example.net>',
  'From: a@example.net',
  'To: joe@example.org',
  'Subject: hello',
  `Date: ${DATE}`,
  'Message-ID: <orig1@example.net>'
)

/** A reply split as the SMTP clients split it: code, enhanced code (any digits), text. */
function splitReply(reply: string): { code: string; enhanced: string | null; text: string } {
  const m = /^([245]\d\d)[ -]?(?:([245]\.\d{1,3}\.\d{1,3})(?:\s+|$))?(.*)$/.exec(reply)
  if (!m) return { code: '', enhanced: null, text: reply }
  return { code: m[1]!, enhanced: m[2] ?? null, text: m[3] ?? '' }
}

// ---------------------------------------------------------------------------------------------------------------
// Haraka — haraka/Haraka: config/outbound.bounce_message (commit 1240532448…, the version without "--- Below this
// line is a copy of the message."), config/outbound.bounce_message_html, config/outbound.bounce_message_image,
// outbound/hmail.js (populate_bounce_message_with_headers, the RCPT branches of try_deliver_host_on_socket,
// finish_processing_mail: bounce(`Some recipients failed: ${bounce_recips.join(', ')}`), temp_fail /
// convert_temp_failed_to_bounce: `Too many failures (${err})` with dsn_status ^4 -> 5).
// Notes from the source: the reason is an Error object, so the template's {reason} renders as "Error: …"; the
// Address objects join as "<user@host>"; smtp_regexp /^([2345]\d\d)([ -])#?(?:(\d\.\d\.\d)\s)?(.*)/ only captures a
// single-digit enhanced code, and dsn_status = that capture, so no Status field at all when the reply has none (or a
// multi-digit one such as 5.7.26, which then stays in the Diagnostic-Code text). Remote-MTA has no "dns;" type. The
// template's header block has no MIME-Version and "To: {from}" renders the null sender "<>".
// ---------------------------------------------------------------------------------------------------------------
function haraka(rcpt: string, reply: string): string {
  const m = /^([2345]\d\d)([ -])#?(?:(\d\.\d\.\d)\s)?(.*)/.exec(reply)
  const code = m?.[1] ?? ''
  const extc = m?.[3]
  const rest = m?.[4] ?? reply
  const temp = code.startsWith('4')
  const reason = temp
    ? `Error: Too many failures (Some recipients temp failed: <${rcpt}>)`
    : `Error: Some recipients failed: <${rcpt}>`
  const status = extc ? (temp ? extc.replace(/^4/, '5') : extc) : null
  const b = 'boundary_0f4c2a'
  const html = [
    '<html>',
    '<head>',
    '<style>',
    '* {',
    'font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;',
    '}',
    '</style>',
    '</head>',
    '<body>',
    '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>',
    '<tr><td>',
    '<table cellpadding=0 cellspacing=0><tbody>',
    '<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">',
    '<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Foutpictogram" src="cid:icon.png">',
    '<table style="min-width:272px;padding-top:8px"><tbody>',
    '<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">',
    'Message not delivered',
    '</h2></td></tr>',
    '<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">',
    `A problem has occurred when trying to deliver your mail to <a style='color:#212121;text-decoration:none'><b>&lt;${rcpt}&gt;</b></a> . Look below for the technical details.`,
    '</td></tr>',
    '</tbody></table>',
    '</td></tr>',
    '</tbody></table>',
    '</td></tr>',
    '<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">',
    '<td align="left" style="padding:48px 10px">',
    'Reaction of the server: <br/>',
    '<p style="font-family:monospace">',
    reason.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    '</p>',
    '</td>',
    '</tr>',
    '</tbody></table>',
    '</body>',
    '</html>',
  ]
  return (
    lines(
      `Received: (Haraka 4242 invoked for bounce); ${DATE}`,
      `Date: ${DATE}`,
      'From: MAILER-DAEMON@mail.example.net',
      'To: <>',
      'Subject: failure notice',
      'Message-Id: <6C3C1F4E-1111-4222-8333-944455556666@mail.example.net>',
      'Content-Type: multipart/report; report-type=delivery-status;',
      `    boundary="${b}"`,
      'References: <orig1@example.net>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      `--${b}`,
      `Content-Type: multipart/related; boundary="${b}a"`,
      '',
      `--${b}a`,
      `Content-Type: multipart/alternative; boundary="${b}b"`,
      '',
      `--${b}b`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Hi. This is the Haraka Mailer program at mail.example.net.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      `Intended Recipients: <${rcpt}>`,
      `Failure Reason: ${reason}`,
      '',
      `--${b}b`,
      'Content-Type: text/html; charset=us-ascii',
      '',
      ...html,
      '',
      `--${b}b--`,
      `--${b}a`,
      'Content-Type: image/png; name="icon.png"',
      'Content-Disposition: attachment; filename="icon.png"',
      'Content-Transfer-Encoding: base64',
      'Content-ID: <icon.png>',
      '',
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      '',
      `--${b}a--`,
      `--${b}`,
      'Content-type: message/delivery-status',
      '',
      'Original-Envelope-Id: <orig1@example.net>',
      'Reporting-MTA: dns;mail.example.net',
      `Arrival-Date: ${DATE}`,
      '',
      `Final-Recipient: rfc822;${rcpt}`,
      'Action: failed',
      ...(status ? [`Status: ${status}`] : []),
      'Remote-MTA: mx.example.org',
      `Diagnostic-Code: smtp;${code} ${extc ? `${extc} ` : ''}${rest} `,
      '',
      `--${b}`,
      'Content-Description: Undelivered Message Headers',
      'Content-Type: text/rfc822-headers',
      ''
    ) +
    ORIG_HEADERS +
    lines('', `--${b}--`)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Apache James — apache/james-project: server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/
// DSNBounce.java (commit e09a085b…: createTextMsg, createDSN, appendRecipient), remote/delivery/Bouncer.java
// (getErrorMsg -> nested exception's message, trimmed, stored as the "delivery-error" attribute) and
// remote/delivery/MailDelivrer.java (all-invalid recipients -> permanentFailure(sfe) -> bounce). JavaMail's
// SMTPAddressFailedException message is the server's reply line. DSNBounce writes "Status: " + deliveryError, i.e.
// the whole reply, not a status code, and "Diagnostic-Code: smtp; <reply>" (X-James when the reply does not match
// ^\d{3}\s). The subject is the original subject (no prefix by default). Default James config routes RemoteDelivery
// bounces to the "bounces" processor, whose mailet is DSNBounce.
// ---------------------------------------------------------------------------------------------------------------
function james(rcpt: string, reply: string): string {
  const b = '----=_Part_7_1234567.1764756000000'
  const diagType = /^\d{3}\s.*$/.test(reply) ? 'smtp' : 'X-James'
  return (
    lines(
      'Return-Path: <>',
      `Date: ${DATE}`,
      'From: postmaster@example.net',
      'To: a@example.net',
      'Message-ID: <1093455612.9.1764756000001@mail.example.net>',
      'Subject: hello',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=us-ascii',
      'Content-Transfer-Encoding: 7bit',
      ''
    ) +
    crlf(
      'Hi. This is the James mail server at mail.example.net.\n' +
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n" +
        "This is a permanent error; I've given up. Sorry it didn't work out.  Below\n" +
        'I include the list of recipients and the reason why I was unable to deliver\n' +
        'your message.\n' +
        '\n' +
        'Original email subject: hello\n' +
        '\n' +
        'Failed recipient(s):\n' +
        `${rcpt}\n\n` +
        'Error message:\n' +
        `${reply}\n\n`
    ) +
    lines(
      `--${b}`,
      'Content-Type: message/delivery-status',
      'Content-Transfer-Encoding: 7bit',
      'Content-Description: Delivery Status Notification',
      'Content-Disposition: attachment; filename=status.dat',
      ''
    ) +
    crlf(
      'Reporting-MTA: dns; mail.example.net\n' +
        'Received-From-MTA: dns; mail.example.net\n' +
        '\n' +
        `Final-Recipient: rfc822; ${rcpt}\n` +
        'Action: failed\n' +
        `Status: ${reply}\n` +
        `Diagnostic-Code: ${diagType}; ${reply}\n` +
        `Last-Attempt-Date: ${DATE}\n`
    ) +
    lines(`--${b}`, 'Content-Type: message/rfc822', 'Content-Disposition: Attachment; filename=hello', '') +
    ORIG_HEADERS +
    lines('', 'hi', `--${b}--`)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// chasquid — albertito/chasquid: internal/queue/dsn.go (commit d660f88f…, dsnTemplate), internal/courier/smtp.go
// (`a.tr.Errorf("MAIL+RCPT %v", err)`), internal/smtp/smtp.go (MailAndRcpt; the error is Go's *textproto.Error,
// whose Error() is "%03d %s" — the full reply). A permanent (5xx) refusal lists the recipient under "failed
// permanently with error:"; a 4xx one is retried and, when the queue gives up, listed as "failed repeatedly and timed
// out, last error:". {{.Type}} is the Recipient proto enum (EMAIL). Plain text, no MIME, no DSN part.
// ---------------------------------------------------------------------------------------------------------------
function chasquid(rcpt: string, reply: string): string {
  const err = `MAIL+RCPT ${reply}`
  const pending = reply.startsWith('4')
  return crlf(
    'From: Mail Delivery System <postmaster-dsn@example.net>\n' +
      'To: <a@example.net>\n' +
      'Subject: Mail delivery failed: returning message to sender\n' +
      'Message-ID: <chasquid-dsn-0123456789abcdef@example.net>\n' +
      `Date: ${DATE}\n` +
      `X-Failed-Recipients: ${rcpt}, \n` +
      'Auto-Submitted: auto-replied\n' +
      '\n' +
      'Delivery to the following recipient(s) failed permanently:\n' +
      '\n' +
      `  - ${rcpt}\n` +
      '\n' +
      '\n' +
      '----- Technical details -----\n' +
      (pending
        ? `- "${rcpt}" (EMAIL) failed repeatedly and timed out, last error:\n    ${err}\n`
        : `\n- "${rcpt}" (EMAIL) failed permanently with error:\n    ${err}\n`) +
      '\n' +
      '----- Original message -----\n' +
      '\n' +
      ORIG_HEADERS.replace(/\r\n/g, '\n') +
      '\nhi\n' +
      '\n' +
      '\n'
  )
}

// ---------------------------------------------------------------------------------------------------------------
// maddy — foxcpp/maddy: internal/dsn/dsn.go (GenerateDSN, failedText, writeHumanReadablePart: "Delivery to %s failed
// with error: %v", RecipientInfo.WriteTo: "Diagnostic-Code: smtp; %d %d.%d.%d %s"), internal/target/queue/queue.go
// (emitDSN, toSMTPErr), internal/smtpconn/smtpconn.go (wrapClientErr with AddrInSMTPMsg: "<server> said: <msg>";
// set true by target.remote). go-smtp strips the code and the enhanced code from the message, and its
// SMTPError.Error() is "SMTP error %03d: %s". UNCERTAIN: the queue version read (4beab2f0…) asserts
// ctxInfo["smtp_enchcode"].(smtp.EnhancedCode) while exterrors stores an exterrors.EnhancedCode, which would leave
// every remote refusal at 5.0.0 (4.0.0); other stored copies assert exterrors.EnhancedCode and keep the remote's
// code. This frame follows the latter and writes the caller's `status` as Status and in Diagnostic-Code.
// ---------------------------------------------------------------------------------------------------------------
function maddy(rcpt: string, reply: string, status: string): string {
  const { code, text } = splitReply(reply)
  const msg = `mx.example.org said: ${text}`
  const b = '0a1b2c3d4e5f60718293a4b5c6d7e8f9'
  return (
    lines(
      `Date: ${DATE}`,
      'Message-Id: <2f1e0d9c8b7a@example.net>',
      'Content-Transfer-Encoding: 8bit',
      `Content-Type: multipart/report; report-type=delivery-status; boundary=${b}`,
      'MIME-Version: 1.0',
      'Auto-Submitted: auto-replied',
      'To: a@example.net',
      'From: MAILER-DAEMON@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      `--${b}`,
      'Content-Transfer-Encoding: 8bit',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Description: Notification',
      '',
      '',
      'This is the mail delivery system at mail.example.net.',
      '',
      'Unfortunately, your message could not be delivered to one or more',
      'recipients. The usual cause of this problem is invalid',
      'recipient address or maintenance at the recipient side.',
      '',
      'Contact the postmaster for further assistance, provide the Message ID (below):',
      '',
      'Message ID: 7c1d2e3f',
      'Arrival: 2026-12-03 09:00:00 +0000 UTC',
      'Last delivery attempt: 2026-12-03 10:00:00 +0000 UTC',
      '',
      `Delivery to ${rcpt} failed with error: SMTP error ${code}: ${msg}`,
      `--${b}`,
      'Content-Type: message/delivery-status',
      'Content-Description: Delivery report',
      '',
      'Reporting-MTA: dns; mail.example.net',
      'X-Maddy-Sender: rfc822; a@example.net',
      'X-Maddy-MsgID: 7c1d2e3f',
      'Arrival-Date: Thu, 3 Dec 2026 09:00:00 +0000',
      `Last-Attempt-Date: ${DATE}`,
      '',
      `Final-Recipient: rfc822; ${rcpt}`,
      'Action: failed',
      `Status: ${status}`,
      `Diagnostic-Code: smtp; ${code} ${status} ${msg}`,
      '',
      `--${b}`,
      'Content-Description: Undelivered message header',
      'Content-Type: message/rfc822-headers',
      'Content-Transfer-Encoding: 8bit',
      ''
    ) +
    ORIG_HEADERS +
    lines('', `--${b}--`)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Stalwart — stalwartlabs/mail-server: crates/smtp/src/queue/dsn.rs (commit ae7cadc2…: build_dsn,
// HostResponse<ErrorDetails>::write_dsn_text "<addr> (host '<mx>' rejected command '<cmd>' with code N (x.y.z)
// '<msg>')", Response::write_dsn_status — the enhanced code, or else the reply code's three digits as x.y.z, e.g.
// 550 -> 5.5.0 —, write_dsn_diagnostic "Diagnostic-Code: smtp;<code> <msg>" without the enhanced code),
// crates/smtp/src/outbound/session.rs (RCPT refusal: ErrorDetails{entity: hostname, details: cmd.trim()}).
// The message (smtp_proto Response.message) is the reply text after the code and enhanced code; a reply without an
// enhanced code shows "(0.0.0)" in the text. From defaults: "Mail Delivery Subsystem" <MAILER-DAEMON@localhost>
// (configured here as example.net). A 4xx refusal is reported as "delayed" until it expires.
// ---------------------------------------------------------------------------------------------------------------
function stalwart(rcpt: string, reply: string): string {
  const { code, enhanced, text } = splitReply(reply)
  const esc = enhanced ?? '0.0.0'
  const n = Number(code)
  const status = enhanced ?? `${Math.floor(n / 100)}.${Math.floor(n / 10) % 10}.${n % 10}`
  const b = 'mail_builder_boundary_1a2b3c'
  return (
    lines(
      'From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.net>',
      'To: a@example.net',
      'Auto-Submitted: auto-generated',
      'Message-ID: <1a2b3c4d5e6f.1764756000@mail.example.net>',
      'Subject: Failed to deliver message',
      `Date: ${DATE}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type="delivery-status"; boundary="${b}"`,
      '',
      '',
      `--${b}`,
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 7bit',
      '',
      'Your message could not be delivered to the following recipients:',
      '',
      `<${rcpt}> (host 'mx.example.org' rejected command 'RCPT TO:<${rcpt}>' with code ${code} (${esc}) '${text}')`,
      '',
      '',
      `--${b}`,
      'Content-Type: message/delivery-status',
      'Content-Transfer-Encoding: 7bit',
      '',
      'Reporting-MTA: dns;mail.example.net',
      `Arrival-Date: ${DATE}`,
      '',
      `Final-Recipient: rfc822;${rcpt}`,
      'Action: failed',
      `Status: ${status}`,
      `Diagnostic-Code: smtp;${code} ${text}`,
      'Remote-MTA: dns;mx.example.org',
      '',
      '',
      `--${b}`,
      'Content-Type: message/rfc822',
      'Content-Transfer-Encoding: 7bit',
      ''
    ) +
    ORIG_HEADERS +
    lines('', `--${b}--`)
  )
}

// ---------------------------------------------------------------------------------------------------------------
// hMailServer 5.x — hmailserver/hmailserver: DB creation scripts (hm_servermessages SEND_FAILED_NOTIFICATION and
// MESSAGE_UNDELIVERABLE), SMTPClientConnection.cpp (error text "   Error Type: SMTP / Remote server (%s) issued an
// error. / hMailServer sent: %s / Remote server replied: %s"), ExternalDelivery.cpp (per-recipient block
// "<address>\r\n" + error + "\r\n"), DeliveryFailure / SMTPDeliverer (%MACRO_RECIPIENTS%, subject
// "Message undeliverable: <subject>", body as a single text part). Plain text, no DSN.
// ---------------------------------------------------------------------------------------------------------------
function hmailserver(rcpt: string, reply: string): string {
  return lines(
    'Return-Path: <>',
    'Message-ID: <HM-0001@mail.example.net>',
    `Date: ${DATE}`,
    'From: mailer-daemon@example.net',
    'To: a@example.net',
    'Subject: Message undeliverable: hello',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 7bit',
    'Auto-Submitted: auto-generated',
    '',
    'Your message did not reach some or all of the intended recipients.',
    '',
    `   Sent: ${DATE}`,
    '   Subject: hello',
    '',
    'The following recipient(s) could not be reached:',
    '',
    rcpt,
    '   Error Type: SMTP',
    '   Remote server (192.0.2.1) issued an error.',
    `   hMailServer sent: RCPT TO:<${rcpt}>`,
    `   Remote server replied: ${reply}`,
    '',
    '',
    '',
    'hMailServer',
    ''
  )
}

// ---------------------------------------------------------------------------------------------------------------
// OpenSMTPD (current, bounce.c 1.82 and later) — openbsd/src usr.sbin/smtpd/bounce.c (bounce_add: report
// "%s@%s: %s" with the envelope's errorline, a leading "1xx "/"6xx " stripped; bounce_next BOUNCE_DATA_NOTICE:
// multipart/mixed, 4-space-indented notice, message/delivery-status with "Status: esc_code(class, code)" and no
// Diagnostic-Code), usr.sbin/smtpd/mta.c (mta_delivery_flush_event: every remote PERMFAIL/TEMPFAIL is queued with
// ESC_OTHER_STATUS, so Status is 5.0.0 whatever the reply said). The errorline is the remote reply line as read by
// mta_session.c. Only 5xx refusals bounce at once; 4xx ones are retried and expire with "Envelope expired".
// ---------------------------------------------------------------------------------------------------------------
function opensmtpd(rcpt: string, reply: string): string {
  const line = reply.length > 4 && (reply[0] === '1' || reply[0] === '6') ? reply.slice(4) : reply
  const b = '5f1e2d3c4b5a6978/mail.example.net'
  return lines(
    'Received: from mail.example.net (localhost [127.0.0.1])',
    '\tby mail.example.net (OpenSMTPD) with ESMTP id 1a2b3c4d',
    `\tfor <a@example.net>; ${DATE}`,
    'Subject: Delivery status notification: failed',
    'From: Mailer Daemon <MAILER-DAEMON@mail.example.net>',
    'To: a@example.net',
    `Date: ${DATE}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;boundary="${b}"`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    '    Hi!',
    '',
    '    This is the MAILER-DAEMON, please DO NOT REPLY to this email.',
    '',
    '    An error has occurred while attempting to deliver a message for',
    '    the following list of recipients:',
    '',
    `${rcpt}: ${line}`,
    '',
    '    Below is a copy of the original message:',
    '',
    `--${b}`,
    'Content-Description: Delivery Report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    'Status: 5.0.0',
    '',
    `--${b}`,
    'Content-Description: Message headers',
    'Content-Type: text/rfc822-headers',
    '',
    ...ORIG_HEADERS.split(CRLF).slice(0, -1),
    '',
    `--${b}--`
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Exim 4.8x+ — Exim/exim src/src/deliver.c (bounce composition: multipart/report with "Content-type: text/plain;
// charset=us-ascii", the fixed intro, print_address_information + print_address_error, then
// "Content-type: message/delivery-status", "Reporting-MTA: dns; <host>", per address "Action: failed",
// "Final-Recipient: rfc822;<addr>", "Status: 5.0.0" (always), "Remote-MTA: dns; <host>", and
// print_dsn_diagnostic_code: "Diagnostic-Code: smtp; " + the message after its first ": "). print_address_error
// breaks a line after a ':' followed by white space once 45 characters have been written on the line, which also
// splits long replies at their own ": ". The "host … [ip]" line and the message text "SMTP error from remote mail
// server after RCPT TO:<addr>: <reply>" are as the existing framings.ts has them (not re-verified here).
// ---------------------------------------------------------------------------------------------------------------
function eximAddressError(message: string): string {
  // print_address_error(addr, f, US"") — "\n    " then the message, with the ": " break rule.
  let out = '\n    '
  let count = 0
  for (let i = 0; i < message.length; i++) {
    const ch = message[i]!
    out += ch
    count++
    if (ch === ':' && /\s/.test(message[i + 1] ?? '') && count > 45) {
      out += '\n   '
      count = 0
    }
  }
  return out
}

function exim(rcpt: string, reply: string): string {
  const message = `SMTP error from remote mail server after RCPT TO:<${rcpt}>: ${reply}`
  const b = '1764756000-eximdsn-1804289383'
  const diag = message.slice(message.indexOf(': ') + 2)
  return crlf(
    `From: Mail Delivery System <Mailer-Daemon@mail.example.net>\n` +
      'To: a@example.net\n' +
      `Content-Type: multipart/report; report-type=delivery-status; boundary=${b}\n` +
      'MIME-Version: 1.0\n' +
      'Subject: Mail delivery failed: returning message to sender\n' +
      'Message-Id: <E1abcde-000123-AB@mail.example.net>\n' +
      `Date: ${DATE}\n` +
      `X-Failed-Recipients: ${rcpt}\n` +
      'Auto-Submitted: auto-replied\n' +
      '\n' +
      `--${b}\n` +
      'Content-type: text/plain; charset=us-ascii\n' +
      '\n' +
      'This message was created automatically by mail delivery software.\n' +
      '\n' +
      'A message that you sent could not be delivered to one or more of its\n' +
      'recipients. This is a permanent error. The following address(es) failed:\n' +
      '\n' +
      `  ${rcpt}\n    host mx.example.org [192.0.2.1]` +
      eximAddressError(message) +
      '\n' +
      '\n' +
      `--${b}\n` +
      'Content-type: message/delivery-status\n' +
      '\n' +
      'Reporting-MTA: dns; mail.example.net\n' +
      '\n' +
      'Action: failed\n' +
      `Final-Recipient: rfc822;${rcpt}\n` +
      'Status: 5.0.0\n' +
      'Remote-MTA: dns; mx.example.org\n' +
      `Diagnostic-Code: smtp; ${diag}\n` +
      '\n' +
      `--${b}\n` +
      'Content-type: message/rfc822\n' +
      '\n' +
      ORIG_HEADERS.replace(/\r\n/g, '\n') +
      '\nhi\n' +
      `\n--${b}--\n`
  )
}

export const MTA_LAYOUTS: Record<string, MtaLayout> = {
  haraka: {
    source:
      'haraka/Haraka config/outbound.bounce_message(+_html,_image), outbound/hmail.js populate_bounce_message_with_headers',
    build: (r, reply) => haraka(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  james: {
    source:
      'apache/james-project server/mailet/mailets/.../mailets/DSNBounce.java + remote/delivery/Bouncer.java, MailDelivrer.java',
    build: (r, reply) => james(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  chasquid: {
    source: 'albertito/chasquid internal/queue/dsn.go, internal/courier/smtp.go, internal/smtp/smtp.go',
    build: (r, reply) => chasquid(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  maddy: {
    source:
      'foxcpp/maddy internal/dsn/dsn.go, internal/target/queue/queue.go (emitDSN/toSMTPErr), internal/smtpconn/smtpconn.go',
    build: maddy,
    stage: null,
    hosts: [],
    statesStatus: true,
  },
  stalwart: {
    source: 'stalwartlabs/mail-server crates/smtp/src/queue/dsn.rs, crates/smtp/src/outbound/session.rs',
    build: (r, reply) => stalwart(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  hmailserver: {
    source:
      'hmailserver/hmailserver DB scripts (SEND_FAILED_NOTIFICATION), SMTPClientConnection.cpp, ExternalDelivery.cpp',
    build: (r, reply) => hmailserver(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
  'opensmtpd-dsn': {
    source: 'openbsd/src usr.sbin/smtpd/bounce.c (1.82), usr.sbin/smtpd/mta.c (ESC_OTHER_STATUS)',
    build: (r, reply) => opensmtpd(r, reply),
    stage: null,
    hosts: [],
    statesStatus: false,
  },
  'exim-dsn': {
    source:
      'Exim src/src/deliver.c (bounce with message/delivery-status, print_address_error, print_dsn_diagnostic_code)',
    build: (r, reply) => exim(r, reply),
    stage: 'rcpt',
    hosts: [],
    statesStatus: false,
  },
}
