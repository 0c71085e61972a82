/**
 * How four MTAs frame a remote server's refusal in the bounce they send back: Postfix's and Sendmail's RFC 3464
 * DSNs, Exim's and qmail's prose. Each frame is built from the MTA's own source texts (Postfix bounce templates
 * and `smtp_proto.c`'s "(in reply to RCPT TO command)", Sendmail's `savemail.c` headings and transcript, Exim's
 * `deliver.c` message and "SMTP error from remote mail server after RCPT TO", qmail-send's and qmail-remote.c's
 * "does not like recipient" … "Giving up on <IP>.").
 * @module
 */

const head = (subject: string, from: string) =>
  `From: ${from}\r\nTo: a@example.net\r\nSubject: ${subject}\r\nDate: Thu, 3 Dec 2026 10:00:00 +0000\r\n` +
  'Message-ID: <b1@example.net>\r\n'

/** The DSN Status an MTA writes for a reply: its enhanced code, else the reply's class with "other" (x.0.0). */
export function statusFor(reply: string, stated?: string): string {
  if (stated) return stated
  const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1]
  if (enhanced) return enhanced
  return `${/^4/.test(reply) ? '4' : '5'}.0.0`
}

export type Frame = (recipient: string, reply: string, status: string) => string

/** The report each MTA sends when the remote server refused `recipient` at RCPT TO with `reply` (one line). */
export const FRAMES: Readonly<Record<'postfix' | 'sendmail' | 'exim' | 'qmail', Frame>> = {
  postfix: (rcpt, reply, status) =>
    `${head('Undelivered Mail Returned to Sender', 'MAILER-DAEMON@example.net (Mail Delivery System)')}` +
    'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n' +
    '--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mail.example.net.\r\n\r\n' +
    "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n" +
    `<${rcpt}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)\r\n\r\n` +
    '--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.net\r\n\r\n' +
    `Final-Recipient: rfc822; ${rcpt}\r\nOriginal-Recipient: rfc822;${rcpt}\r\nAction: failed\r\n` +
    `Status: ${status}\r\nRemote-MTA: dns; mx.example.org\r\nDiagnostic-Code: smtp; ${reply}\r\n\r\n--B--\r\n`,
  sendmail: (rcpt, reply, status) =>
    `${head('Returned mail: see transcript for details', 'Mail Delivery Subsystem <MAILER-DAEMON@example.net>')}` +
    'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n' +
    '--B\r\n\r\nThe original message was received at Thu, 3 Dec 2026 10:00:00 GMT\r\nfrom localhost [127.0.0.1]\r\n\r\n' +
    `   ----- The following addresses had permanent fatal errors -----\r\n<${rcpt}>\r\n    (reason: ${reply})\r\n\r\n` +
    '   ----- Transcript of session follows -----\r\n... while talking to mx.example.org.:\r\n' +
    `>>> RCPT To:<${rcpt}>\r\n<<< ${reply}\r\n\r\n` +
    '--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.net\r\n\r\n' +
    `Final-Recipient: RFC822; ${rcpt}\r\nAction: failed\r\nStatus: ${status}\r\nRemote-MTA: DNS; mx.example.org\r\n` +
    `Diagnostic-Code: SMTP; ${reply}\r\n\r\n--B--\r\n`,
  exim: (rcpt, reply) =>
    `${head('Mail delivery failed: returning message to sender', 'Mail Delivery System <Mailer-Daemon@example.net>')}` +
    `X-Failed-Recipients: ${rcpt}\r\nAuto-Submitted: auto-replied\r\n\r\n` +
    'This message was created automatically by mail delivery software.\r\n\r\n' +
    'A message that you sent could not be delivered to one or more of its\r\n' +
    'recipients. This is a permanent error. The following address(es) failed:\r\n\r\n' +
    `  ${rcpt}\r\n    host mx.example.org [192.0.2.1]\r\n` +
    `    SMTP error from remote mail server after RCPT TO:<${rcpt}>:\r\n    ${reply}\r\n`,
  qmail: (rcpt, reply) =>
    `${head('failure notice', 'MAILER-DAEMON@example.net')}\r\n` +
    'Hi. This is the qmail-send program at example.net.\r\n' +
    "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n" +
    "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n" +
    `<${rcpt}>:\r\n192.0.2.1 does not like recipient.\r\nRemote host said: ${reply}\r\nGiving up on 192.0.2.1.\r\n`,
}
