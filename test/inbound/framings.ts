/**
 * How MTAs and providers frame a remote server's refusal in the bounce they send back: Postfix's and Sendmail's
 * RFC 3464 DSNs, Exim's, qmail's, Courier's, OpenSMTPD's, Yahoo's prose, Gmail's and Exchange's notices. Each
 * frame is built from the MTA's own texts (Postfix bounce templates and `smtp_proto.c`'s "(in reply to RCPT TO
 * command)", Sendmail's `savemail.c` headings and transcript, Exim's `deliver.c` message and "SMTP error from
 * remote mail server after RCPT TO", qmail-send's and qmail-remote.c's "does not like recipient" … "Giving up on
 * <IP>.").
 * @module
 */

const head = (subject: string, from: string) =>
  `From: ${from}\r\nTo: a@example.net\r\nSubject: ${subject}\r\nDate: Thu, 3 Dec 2026 10:00:00 +0000\r\n` +
  'Message-ID: <b1@example.net>\r\n'

/** The DSN Status an MTA writes for a reply: its enhanced code, else the reply's class with "other" (x.0.0). */
export function statusFor(reply: string, stated?: string): string {
  if (stated) return stated
  // Of the reply's own class: a failed recipient's DSN never states 2.x.x, whatever the words cite ("(RFC 5321 2.3.5)").
  const replyClass = /^([45])\d\d/.exec(reply)?.[1] ?? '[45]'
  const enhanced = new RegExp(`\\b(${replyClass}\\.\\d{1,3}\\.\\d{1,3})\\b`).exec(reply)?.[1]
  if (enhanced) return enhanced
  return `${/^4/.test(reply) ? '4' : '5'}.0.0`
}

export type Frame = (recipient: string, reply: string, status: string) => string

/** Postfix's line_wrap of a report line: words to 76 columns, continuation lines indented by four spaces. */
export function postfixWrap(line: string, width = 76, indent = '    '): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current)
      current = indent + word
    } else current = current ? `${current} ${word}` : word
  }
  out.push(current)
  return out
}

const wrapped = (line: string, width?: number) => postfixWrap(line, width).join('\r\n')

/**
 * A long reply as the server sends it, in lines of about 40 characters: RFC 5321 §4.2.1 continuation lines repeat
 * the code with a hyphen ("550-5.1.1 … / 550 5.1.1 …"), as Gmail's replies do. A short reply stays one line.
 */
export function replyLines(reply: string): string[] {
  const m = /^([45]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?(.*)$/.exec(reply)
  if (!m || m[3]!.length < 60) return [reply]
  const [, code, enhanced, text] = m
  const chunks: string[] = []
  let current = ''
  for (const word of text!.split(' ')) {
    if (current && current.length + word.length > 40) {
      chunks.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  chunks.push(current)
  const prefix = enhanced ? ` ${enhanced} ` : ' '
  return chunks.map((chunk, i) => `${code}${i < chunks.length - 1 ? '-' : ' '}${prefix.slice(1)}${chunk}`)
}

/** One recipient's failure in a bounce: the address, the server's reply, the DSN Status the MTA writes. */
export interface Failure {
  recipient: string
  reply: string
  status: string
}

const DSN_HEAD =
  'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'

/**
 * Postfix's bounce (bounce(8) templates, smtp_proto.c's "(in reply to RCPT TO command)"); `wrap` as Postfix sends
 * it, the human part wrapped to 76 columns and the Diagnostic-Code folded.
 */
function postfixBounce(failures: readonly Failure[], wrap = false): string {
  const fold = (line: string, width: number) => (wrap ? wrapped(line, width) : line)
  return (
    `${head('Undelivered Mail Returned to Sender', 'MAILER-DAEMON@example.net (Mail Delivery System)')}${DSN_HEAD}` +
    '--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mail.example.net.\r\n\r\n' +
    "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n" +
    failures
      .map(
        (f) =>
          `${fold(`<${f.recipient}>: host mx.example.org[192.0.2.1] said: ${f.reply} (in reply to RCPT TO command)`, 76)}\r\n`
      )
      .join('\r\n') +
    '\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.net\r\n\r\n' +
    failures
      .map(
        (f) =>
          `Final-Recipient: rfc822; ${f.recipient}\r\nOriginal-Recipient: rfc822;${f.recipient}\r\nAction: failed\r\n` +
          `Status: ${f.status}\r\nRemote-MTA: dns; mx.example.org\r\n${fold(`Diagnostic-Code: smtp; ${f.reply}`, 78)}\r\n`
      )
      .join('\r\n') +
    '\r\n--B--\r\n'
  )
}

/**
 * Sendmail's bounce (savemail.c's headings, the session transcript); `multiline` splits each reply into lines,
 * of which its DSN keeps only the last.
 */
function sendmailBounce(failures: readonly Failure[], multiline = false): string {
  const lines = (f: Failure) => (multiline ? replyLines(f.reply) : [f.reply])
  const last = (f: Failure) => lines(f)[lines(f).length - 1]!
  return (
    `${head('Returned mail: see transcript for details', 'Mail Delivery Subsystem <MAILER-DAEMON@example.net>')}${DSN_HEAD}` +
    '--B\r\n\r\nThe original message was received at Thu, 3 Dec 2026 10:00:00 GMT\r\nfrom localhost [127.0.0.1]\r\n\r\n' +
    '   ----- The following addresses had permanent fatal errors -----\r\n' +
    failures.map((f) => `<${f.recipient}>\r\n    (reason: ${last(f)})\r\n`).join('') +
    '\r\n   ----- Transcript of session follows -----\r\n... while talking to mx.example.org.:\r\n' +
    failures
      .map(
        (f) =>
          `>>> RCPT To:<${f.recipient}>\r\n${lines(f)
            .map((line) => `<<< ${line}\r\n`)
            .join('')}`
      )
      .join('') +
    '\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.net\r\n\r\n' +
    failures
      .map(
        (f) =>
          `Final-Recipient: RFC822; ${f.recipient}\r\nAction: failed\r\nStatus: ${f.status}\r\n` +
          `Remote-MTA: DNS; mx.example.org\r\nDiagnostic-Code: SMTP; ${last(f)}\r\n`
      )
      .join('\r\n') +
    '\r\n--B--\r\n'
  )
}

/**
 * Exim's text bounce (deliver.c): each address, its host, the command and the reply; `multiline` one line each.
 * Exim before its DSN part (current versions add one: `exim-dsn` in mta-frames.ts).
 */
function eximBounce(failures: readonly Failure[], multiline = false): string {
  return (
    `${head('Mail delivery failed: returning message to sender', 'Mail Delivery System <Mailer-Daemon@example.net>')}` +
    `X-Failed-Recipients: ${failures.map((f) => f.recipient).join(',\r\n  ')}\r\nAuto-Submitted: auto-replied\r\n\r\n` +
    'This message was created automatically by mail delivery software.\r\n\r\n' +
    'A message that you sent could not be delivered to one or more of its\r\n' +
    'recipients. This is a permanent error. The following address(es) failed:\r\n\r\n' +
    failures
      .map(
        (f) =>
          `  ${f.recipient}\r\n    host mx.example.org [192.0.2.1]\r\n` +
          `    SMTP error from remote mail server after RCPT TO:<${f.recipient}>:\r\n` +
          (multiline ? replyLines(f.reply) : [f.reply]).map((line) => `    ${line}\r\n`).join('')
      )
      .join('\r\n')
  )
}

/** qmail's bounce: qmail-send's opening, then qmail-remote.c's report of each recipient. */
function qmailBounce(failures: readonly Failure[]): string {
  return (
    `${head('failure notice', 'MAILER-DAEMON@example.net')}\r\n` +
    'Hi. This is the qmail-send program at example.net.\r\n' +
    "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n" +
    "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n" +
    failures
      .map(
        (f) =>
          `<${f.recipient}>:\r\n192.0.2.1 does not like recipient.\r\nRemote host said: ${f.reply}\r\n` +
          'Giving up on 192.0.2.1.\r\n'
      )
      .join('\r\n')
  )
}

/** The bounces that report several recipients, each with its own reply. */
export const MULTI_RECIPIENT: Readonly<Record<string, (failures: readonly Failure[]) => string>> = {
  postfix: (failures) => postfixBounce(failures),
  sendmail: (failures) => sendmailBounce(failures),
  exim: (failures) => eximBounce(failures),
  qmail: qmailBounce,
}

const one = (recipient: string, reply: string, status: string) => [{ recipient, reply, status }]

/** The report each MTA sends when the remote server refused `recipient` at RCPT TO with `reply` (one line). */
const BUILDS: Readonly<Record<string, Frame>> = {
  postfix: (rcpt, reply, status) => postfixBounce(one(rcpt, reply, status)),
  'postfix-wrapped': (rcpt, reply, status) => postfixBounce(one(rcpt, reply, status), true),
  // Multi-line replies: Postfix joins the lines with spaces, continuation codes and all (smtp_chat.c).
  'postfix-multiline': (rcpt, reply, status) =>
    postfixBounce(one(rcpt, replyLines(reply).join(' '), status), true),
  sendmail: (rcpt, reply, status) => sendmailBounce(one(rcpt, reply, status)),
  'sendmail-multiline': (rcpt, reply, status) => sendmailBounce(one(rcpt, reply, status), true),
  exim: (rcpt, reply, status) => eximBounce(one(rcpt, reply, status)),
  'exim-multiline': (rcpt, reply, status) => eximBounce(one(rcpt, reply, status), true),
  qmail: (rcpt, reply, status) => qmailBounce(one(rcpt, reply, status)),
  // Gmail's own bounce: "The response from the remote server was:" above the reply, and a DSN.
  gmail: (rcpt, reply, status) =>
    `${head('Delivery Status Notification (Failure)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>')}` +
    'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n' +
    '--B\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\n\r\n** Message not delivered **\r\n\r\n' +
    `There was a problem delivering your message to ${rcpt}. See the technical details below.\r\n\r\n` +
    `The response from the remote server was:\r\n${reply}\r\n\r\n` +
    '--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; googlemail.com\r\n\r\n' +
    `Final-Recipient: rfc822; ${rcpt}\r\nAction: failed\r\nStatus: ${status}\r\n` +
    'Remote-MTA: dns; mx.example.org. (192.0.2.1, the server for the domain example.org.)\r\n' +
    `Diagnostic-Code: smtp; ${reply}\r\n\r\n--B--\r\n`,
  // Exchange 2013 and later: "Remote Server returned '<reply>'" under the administrators' diagnostics.
  exchange: (rcpt, reply) =>
    `${head('Undeliverable: hello', 'Microsoft Outlook <postmaster@example.net>')}` +
    'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n' +
    `Delivery has failed to these recipients or groups:\r\n\r\n${rcpt}\r\n` +
    'A problem occurred while delivering this message to this email address. Try sending your message again. ' +
    'If the problem continues, please contact your helpdesk.\r\n\r\n' +
    'Diagnostic information for administrators:\r\n\r\nGenerating server: mail.example.net\r\n\r\n' +
    `${rcpt}\r\nRemote Server returned '${reply}'\r\n\r\nOriginal message headers:\r\n\r\n` +
    'From: a@example.net\r\nTo: someone@example.org\r\n',
  // OpenSMTPD's older bounce.c text: "<recipient>: <reply>" under its fixed opening (current versions send a DSN
  // part too: `opensmtpd-dsn` in mta-frames.ts).
  opensmtpd: (rcpt, reply) =>
    `${head('Delivery status notification: error', 'Mailer Daemon <MAILER-DAEMON@example.net>')}\r\n` +
    'Hi!\r\n\r\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\r\n\r\n' +
    'An error has occurred while attempting to deliver a message for\r\nthe following list of recipients:\r\n\r\n' +
    `${rcpt}: ${reply}\r\n\r\nBelow is a copy of the original message:\r\n\r\n`,
  // Courier's DSN text (courier/module.esmtp): the transcript of the refused RCPT TO.
  courier: (rcpt, reply) =>
    `${head('NOTICE: mail delivery status.', 'Courier mail server at mail.example.net <@>')}\r\n` +
    'This is a delivery status notification from mail.example.net,\r\nrunning the Courier mail server, version 1.0.\r\n\r\n' +
    '---------------------------------------------------------------------------\r\n\r\n' +
    '                           UNDELIVERABLE MAIL\r\n\r\n' +
    'Your message to the following recipients cannot be delivered:\r\n\r\n' +
    `<${rcpt}>:\r\n    mx.example.org [192.0.2.1]:\r\n>>> RCPT TO:<${rcpt}>\r\n<<< ${reply}\r\n\r\n` +
    '---------------------------------------------------------------------------\r\n',
  // Yahoo's own bounce: "Remote host said: <reply> [RCPT_TO]".
  yahoo: (rcpt, reply) =>
    `${head('Failure Notice', 'MAILER-DAEMON@yahoo.com')}\r\n` +
    'Sorry, we were unable to deliver your message to the following address.\r\n\r\n' +
    `<${rcpt}>:\r\nRemote host said: ${reply} [RCPT_TO]\r\n\r\n--- Below this line is a copy of the message.\r\n`,
}

/**
 * What a frame tells the reader besides the reply: the SMTP stage it names (Gmail's, Exchange's and OpenSMTPD's
 * bounces name none), the hosts it names (Gmail reports as googlemail.com), and whether it states a DSN Status.
 */
export interface MtaFrame {
  build: Frame
  stage: 'rcpt' | null
  hosts: readonly string[]
  statesStatus: boolean
}

const frame = (
  name: string,
  stage: 'rcpt' | null,
  statesStatus: boolean,
  hosts: string[] = []
): MtaFrame => ({
  build: BUILDS[name]!,
  stage,
  hosts,
  statesStatus,
})

/** Every MTA's frame, by name. */
export const FRAMES: Readonly<Record<string, MtaFrame>> = {
  postfix: frame('postfix', 'rcpt', true),
  'postfix-wrapped': frame('postfix-wrapped', 'rcpt', true),
  'postfix-multiline': frame('postfix-multiline', 'rcpt', true),
  'sendmail-multiline': frame('sendmail-multiline', 'rcpt', true),
  'exim-multiline': frame('exim-multiline', 'rcpt', false),
  sendmail: frame('sendmail', 'rcpt', true),
  exim: frame('exim', 'rcpt', false),
  qmail: frame('qmail', 'rcpt', false),
  courier: frame('courier', 'rcpt', false),
  yahoo: frame('yahoo', 'rcpt', false),
  gmail: frame('gmail', null, true, ['googlemail.com']),
  exchange: frame('exchange', null, false),
  opensmtpd: frame('opensmtpd', null, false),
}
