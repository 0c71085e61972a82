/**
 * Raw test messages the inbound tests share: a one-recipient DSN and a prose bounce.
 * @module
 */

/** A one-recipient RFC 3464 DSN; `extra` adds fields before the Diagnostic-Code. */
export const dsn = (recipient: string, diagnostic: string, extra = '') =>
  `From: MAILER-DAEMON@mx.example.net\r
To: sender@example.com\r
Subject: Delivery Status Notification (Failure)\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r
\r
--b\r
Content-Type: text/plain\r
\r
Delivery failed.\r
--b\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example.net\r
\r
Final-Recipient: rfc822; ${recipient}\r
Action: failed\r
Status: 5.0.0\r
${extra}Diagnostic-Code: smtp; ${diagnostic}\r
\r
--b--\r
`
