/**
 * Real bounces pasted into public issue threads (GitHub issues of mail servers, mailers and applications, 2013–2026),
 * each with the cause its thread settled on, gathered in stop 33 under the rules of threads.ts (never a bounce
 * parser's repository or fixtures); each case's `rebuilt` says what was redacted or added. First run: 19 of 26. The
 * misses: T-Online's "(BL)" refusal and MailChannels' "Sender prohibited by SPF" (now read), and three readings kept
 * by convention (agreement.ts). Left out: two cases whose bounce does not carry the cause the thread found (an
 * OpenSMTPD "Network error on destination MXs" that was a TLS demand, MXroute's "Unauthenticated mail not allowed
 * from this range").
 */
import { type HelpPageBounce, lines } from './case'

// helper: a block written as a template literal, turned into CRLF lines
const block = (s: string) => lines(...s.replace(/^\n/, '').replace(/\n$/, '').split('\n'))

export const THREAD_PAGES_33: HelpPageBounce[] = [
  {
    name: 'sympa-447-postfix-local-milter-spam-six-rcpts',
    source: 'https://github.com/sympa-community/sympa/issues/447',
    says: 'No answer in the thread; the bounce itself names the cause for every recipient: "<…>: Spam message rejected" with Diagnostic-Code "X-Postfix; S[pam message rejected]" and Status 5.7.1 (the list server\'s own spam filter refused the outgoing list mail).',
    rebuilt:
      'Headers From/To/Subject/Date/Auto-Submitted as pasted (list domain listes.xxxxx.org -> listes.example.org); added MIME-Version, multipart/report Content-Type, Message-Id as Postfix writes them. The six subscriber addresses replaced by user1..user6 at their real provider domains. The DSN part was cut after the first recipient ("Diagnostic-Code: X-Postfix; S"); I completed it and added the same per-recipient group for the other five as Postfix writes them. No returned message.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@monserveur.fr (Mail Delivery System)
To: bibliotheque-boz-owner@listes.example.org
Subject: Undelivered Mail Returned to Sender
Date: Wed, 17 Oct 2018 09:43:13 +0200 (CEST)
Auto-submitted: auto-replied
Message-Id: <20181017074313.4A0D71E2B88@monserveur.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="325E31E2B87.1539762193/monserveur.fr"

This is a MIME-encapsulated message.

--325E31E2B87.1539762193/monserveur.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host monserveur.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<user1@gmail.com>: Spam message rejected

<user2@sfr.fr>: Spam message rejected

<user3@sfr.fr>: Spam message rejected

<user4@orange.fr>: Spam message rejected

<user5@orange.fr>: Spam message rejected

<user6@gmail.com>: Spam message rejected

--325E31E2B87.1539762193/monserveur.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; monserveur.fr
X-Postfix-Queue-ID: 325E31E2B87
X-Postfix-Sender: rfc822; bibliotheque-boz-owner@listes.example.org
Arrival-Date: Wed, 17 Oct 2018 09:43:12 +0200 (CEST)

Final-Recipient: rfc822; user1@gmail.com
Original-Recipient: rfc822;user1@gmail.com
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

Final-Recipient: rfc822; user2@sfr.fr
Original-Recipient: rfc822;user2@sfr.fr
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

Final-Recipient: rfc822; user3@sfr.fr
Original-Recipient: rfc822;user3@sfr.fr
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

Final-Recipient: rfc822; user4@orange.fr
Original-Recipient: rfc822;user4@orange.fr
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

Final-Recipient: rfc822; user5@orange.fr
Original-Recipient: rfc822;user5@orange.fr
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

Final-Recipient: rfc822; user6@gmail.com
Original-Recipient: rfc822;user6@gmail.com
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; Spam message rejected

--325E31E2B87.1539762193/monserveur.fr--
`),
    expect: [
      { recipient: 'user1@gmail.com', reason: 'spamdetected', hardbounce: false },
      { recipient: 'user2@sfr.fr', reason: 'spamdetected', hardbounce: false },
      { recipient: 'user3@sfr.fr', reason: 'spamdetected', hardbounce: false },
      { recipient: 'user4@orange.fr', reason: 'spamdetected', hardbounce: false },
      { recipient: 'user5@orange.fr', reason: 'spamdetected', hardbounce: false },
      { recipient: 'user6@gmail.com', reason: 'spamdetected', hardbounce: false },
    ],
  },
  {
    name: 'roundcube-6858-postfix-outlook-S3140-blocklist',
    source: 'https://github.com/roundcube/roundcubemail/issues/6858',
    says: '"Looks like your smtp server is blocked by the recipient\'s server." (bounce: "part of their network is on our block list (S3140)")',
    rebuilt:
      'Body text as pasted; recipient malactico15@hotmail.co.uk -> joe@hotmail.co.uk. Paste had no headers and no DSN part: added From/To/Subject/Date/Message-Id/MIME (single text/plain) as Postfix writes them; To is jane@example.org.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@outmx-131.london.gridhost.co.uk (Mail Delivery System)
To: jane@example.org
Subject: Undelivered Mail Returned to Sender
Date: Thu, 18 Jul 2019 10:12:41 +0100 (BST)
Auto-Submitted: auto-replied
Message-Id: <20190718091241.6C2F41A0F3@outmx-131.london.gridhost.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host outmx-131.london.gridhost.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joe@hotmail.co.uk>: host eur.olc.protection.outlook.com[104.47.124.33]
    said: 550 5.7.1 Unfortunately, messages from [87.247.242.5] weren't sent.
    Please contact your Internet service provider since part of their network
    is on our block list (S3140). You can also refer your provider to
    http://mail.live.com/mail/troubleshooting.aspx#errors.
    [HK2APC01FT029.eop-APC01.prod.protection.outlook.com] (in reply to MAIL
    FROM command)
`),
    expect: [{ recipient: 'joe@hotmail.co.uk', reason: 'blocked', hardbounce: false }],
  },
  {
    name: 'xilinx-176-exchange-online-sender-not-authenticated-for-group',
    source: 'https://github.com/Xilinx/embeddedsw/issues/176',
    says: 'Patch mail from git send-email to internal Xilinx groups: "Delivery restriction check failed because the sender was not authenticated when sending to this group" (RESOLVER.RST.SenderNotAuthenticatedForGroup) - the groups only accept internal, authenticated senders.',
    rebuilt:
      'Body text as pasted (group addresses kept; they are list addresses, not people). Added headers as Exchange Online writes them: From postmaster@xilinx.com (Microsoft Outlook), To joe@example.org (the reporter), Subject "Undeliverable: [PATCH 1/2] ..." from the paste, Date from the issue date, single text/plain (the paste had no HTML part, no DSN part and no original headers).',
    raw: block(`
From: Microsoft Outlook <postmaster@xilinx.com>
To: joe@example.org
Subject: Undeliverable: [PATCH 1/2] microblaze: lwip: Added Realtek support to emac driver.
Date: Wed, 13 Oct 2021 09:20:11 +0000
Message-ID: <c5d3f1a2-8e2b-4a4e-9d11-0b5d2f1e7a10@BYAPR02MB5606.namprd02.prod.outlook.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

svemula-all-emp@xilinx.com
Your message wasn't delivered because the recipient's email provider rejected it.

svemula-xhd-npw@xilinx.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: BYAPR02MB5606.namprd02.prod.outlook.com

svemula-all-emp@xilinx.com
Remote Server returned '554 5.7.0 < #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group>'

svemula-xhd-npw@xilinx.com
Remote Server returned '554 5.7.0 < #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group>'
`),
    expect: [
      { recipient: 'svemula-all-emp@xilinx.com', reason: 'rejected', hardbounce: false },
      { recipient: 'svemula-xhd-npw@xilinx.com', reason: 'rejected', hardbounce: false },
    ],
  },
  {
    name: 'ezmlm-11-qmail-gmail-dmarc',
    source: 'https://github.com/bruceg/ezmlm-idx/issues/11',
    says: 'Title: "ezmlm complains that messages are bouncing when they are being rejected" - Gmail refused the list post because of the author domain\'s DMARC policy ("Unauthenticated email from example.no is not accepted due to domain\'s DMARC policy").',
    rebuilt:
      'Headers and body as pasted; the redacted recipient "<…@umail.ucc.ie>" -> <joe@umail.ucc.ie>. Added MIME-Version/Content-Type (qmail writes none; added plain text/plain) and the qmail "--- Below this line is a copy of the message." line with no copy (the paste stopped before it).',
    raw: block(`
Return-Path: <>
Received: (qmail 30701 invoked for bounce); 11 Dec 2017 19:07:47 -0000
Date: 11 Dec 2017 19:07:47 -0000
From: MAILER-DAEMON@example.ca
To: ttm-return-35972-@thethirdmanifesto.com
Subject: failure notice

Hi. This is the qmail-send program at example.ca.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<joe@umail.ucc.ie>:
64.233.184.27 failed after I sent the message.
Remote host said: 550-5.7.1 Unauthenticated email from example.no is not accepted due to
550-5.7.1 domain's DMARC policy. Please contact the administrator of
550-5.7.1 example.no domain if this was a legitimate mail. Please visit
550-5.7.1  https://support.google.com/mail/answer/2451690 to learn about the
550 5.7.1 DMARC initiative. r75si5694561wmf.156 - gsmtp

--- Below this line is a copy of the message.

`),
    expect: [{ recipient: 'joe@umail.ucc.ie', reason: 'authfailure', hardbounce: false }],
  },
  {
    name: 'cloudflare-docs-11542-exim-gmail-5.7.26-spf-dkim',
    source: 'https://github.com/cloudflare/cloudflare-docs/issues/11542',
    says: 'Mail from clinpharm-spbgmu.ru (sent via sweb.ru) to Gmail refused: "This mail has been blocked because the sender is unauthenticated ... DKIM = did not pass, SPF [clinpharm-spbgmu.ru] ... did not pass".',
    rebuilt:
      'Body text and DSN fields as pasted (markdown mailto links removed); recipient Elena.verbitskaya@gmail.com -> joe@gmail.com. The pasted Diagnostic-Code was cut after "550-5.7.26 Th"; completed with the same reply text. Added From/To/Subject/Date/MIME multipart/report headers as Exim writes them (To jane@clinpharm-spbgmu.ru). No returned message.',
    raw: block(`
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@smtpout13.sweb.ru>
To: jane@clinpharm-spbgmu.ru
Subject: Mail delivery failed: returning message to sender
Date: Sat, 28 Oct 2023 14:05:33 +0300
Message-Id: <E1qwhLx-00078o-2B@smtpout13.sweb.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1698491133-eximdsn-1804289383

--1698491133-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  joe@gmail.com
    host gmail-smtp-in.l.google.com [2a00:1450:4010:c0b::1a]
    SMTP error from remote mail server after pipelined end of data:
    550-5.7.26 This mail has been blocked because the sender is unauthenticated.
    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
    550-5.7.26
    550-5.7.26  Authentication results:
    550-5.7.26  DKIM = did not pass
    550-5.7.26  SPF [clinpharm-spbgmu.ru] with ip:
    [2a02:408:7722:1:77:222:41:79] =
    550-5.7.26 did not pass
    550-5.7.26
    550-5.7.26  To mitigate this issue, please visit Gmail's authentication guide
    550-5.7.26 for instructions on setting up authentication:
    550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp

--1698491133-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; smtpout13.sweb.ru

Action: failed
Final-Recipient: rfc822;joe@gmail.com
Status: 5.0.0
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.7.26 This mail has been blocked because the sender is unauthenticated.
 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
 550-5.7.26
 550-5.7.26  Authentication results:
 550-5.7.26  DKIM = did not pass
 550-5.7.26  SPF [clinpharm-spbgmu.ru] with ip: [2a02:408:7722:1:77:222:41:79] =
 550-5.7.26 did not pass
 550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp

--1698491133-eximdsn-1804289383--
`),
    expect: [{ recipient: 'joe@gmail.com', reason: 'authfailure', hardbounce: false }],
  },
  {
    name: 'mailscanner-634-postfix-spamhaus-open-resolver',
    source: 'https://github.com/MailScanner/v5/issues/634',
    says: '"Client host [37.x.y.z] blocked using zen.spamhaus.org; Error: open resolver" - "Spamhaus says it\'s on the receiving end" (the list server queries Spamhaus through an open resolver, so the sending host is refused).',
    rebuilt:
      "Only the recipient paragraph was pasted (mailto link removed; list address kept). Added the Postfix boilerplate text around it and From/To/Subject/Date/MIME (single text/plain) as Postfix writes them; sending host mail.example.org, To joe@example.org; the user's masked IP 37.x.y.z kept as pasted.",
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: joe@example.org
Subject: Undelivered Mail Returned to Sender
Date: Tue, 29 Nov 2022 11:02:17 +0000 (UTC)
Auto-Submitted: auto-replied
Message-Id: <20221129110217.3B0E2C0E21@mail.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mailscanner@lists.mailscanner.info>: host lists.mailscanner.info[52.73.170.51]
    said: 554 5.7.1 Service unavailable; Client host [37.x.y.z] blocked
    using zen.spamhaus.org; Error: open resolver;
    https://www.spamhaus.org/returnc/pub/44.192.176.0 (in reply to RCPT TO
    command)
`),
    expect: [{ recipient: 'mailscanner@lists.mailscanner.info', reason: 'blocked', hardbounce: false }],
  },
  {
    name: 'fire-441-outlook-german-ndr-message-expired-connection-refused',
    source: 'https://github.com/FundersClub/fire/issues/441',
    says: 'Same "Message Undeliverable" issue: fire.fundersclub.com refused connections ("450 4.4.316 Connection refused") until Outlook gave up: "550 5.4.316 Message expired, connection refused".',
    rebuilt:
      'The paste starts at "Diagnoseinformationen für Administratoren:" and carries the original header block (cut after ARC-Seal); kept from the diagnostic section up to the two Received lines. The German user-facing part above it was not pasted and is not added. Added From/To/Subject/Date/MIME (single text/plain, UTF-8) as Outlook.com writes them; To joe@outlook.de, Subject "Unzustellbar: Test" (subject unknown).',
    raw: block(`
From: Microsoft Outlook <postmaster@outlook.com>
To: joe@outlook.de
Subject: Unzustellbar: Test
Date: Sat, 23 Aug 2025 13:23:09 +0000
Message-ID: <0f6a2b1c-3d4e-4f50-8a61-7b2c9d0e1f23@AS2P250MB1014.EURP250.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Diagnoseinformationen für Administratoren:

Generierender Server: AS2P250MB1014.EURP250.PROD.OUTLOOK.COM
Empfangender Server: AS2P250MB1014.EURP250.PROD.OUTLOOK.COM

wannkommtrewe-calendar@fire.fundersclub.com
8/23/2025 1:23:09 PM - Server at AS2P250MB1014.EURP250.PROD.OUTLOOK.COM returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'
8/23/2025 1:12:14 PM - Server at fire.fundersclub.com (13.248.132.87) returned '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=fire.fundersclub.com] [LastAttemptedIP=13.248.132.87:25] [SmtpSecurity=-2;-2] [DB8EUR05FT066.eop-eur05.prod.protection.outlook.com 2025-08-23T13:13:09.045Z 08DDE19030BB9C29](Socket error code 10061)'

Ursprüngliche Nachrichtenköpfe:

Received: from AS8P250MB0071.EURP250.PROD.OUTLOOK.COM (2603:10a6:20b:37e::20)
 by AS2P250MB1014.EURP250.PROD.OUTLOOK.COM (2603:10a6:20b:596::12) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9052.13; Sat, 23 Aug
 2025 10:51:13 +0000
Received: from AS4P250MB0587.EURP250.PROD.OUTLOOK.COM (2603:10a6:20b:4bd::15)
 by AS8P250MB0071.EURP250.PROD.OUTLOOK.COM (2603:10a6:20b:37e::20) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9052.19; Sat, 23 Aug
 2025 00:21:26 +0000
`),
    expect: [
      { recipient: 'wannkommtrewe-calendar@fire.fundersclub.com', reason: 'expired', hardbounce: false },
    ],
  },
  {
    name: 'mailcow-2639-postfix-t-online-BL',
    source: 'https://github.com/mailcow/mailcow-dockerized/issues/2639',
    says: '"IP ist blacklisted." (t-online refused to talk: "554 IP=188.xxx.xxx.xxx - A problem occurred. ... (BL)")',
    rebuilt:
      'Text and DSN part as pasted (host mail.xxxxxxxxxxxxxxxxx.de -> mail.example.de; the user\'s own truncation "smtp-01.tld.t-" and masked IP kept). Added From/To/Subject/Date/MIME multipart/report and the per-message DSN fields (Reporting-MTA, Arrival-Date) as Postfix writes them; To joe@example.de.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.de (Mail Delivery System)
To: joe@example.de
Subject: Undelivered Mail Returned to Sender
Date: Sat, 25 May 2019 09:14:02 +0200 (CEST)
Auto-Submitted: auto-replied
Message-Id: <20190525071402.8E3A11C0B2A@mail.example.de>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C1D21C0B29.1558768442/mail.example.de"

This is a MIME-encapsulated message.

--5C1D21C0B29.1558768442/mail.example.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Info@infoinfoinfo.de>: host smtp-01.tld.t-
    refused to talk to me: 554 IP=188.xxx.xxx.xxx - A problem occurred. (Ask
    your postmaster for help or to contact tosa@rx.t to clarify.)
    (BL)

--5C1D21C0B29.1558768442/mail.example.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.de
X-Postfix-Queue-ID: 5C1D21C0B29
X-Postfix-Sender: rfc822; joe@example.de
Arrival-Date: Fri, 24 May 2019 08:51:30 +0200 (CEST)

Final-Recipient: rfc822; Info@infoinfoinfo.de
Original-Recipient: rfc822;Info@infoinfoinfo.de
Action: failed
Status: 4.0.0
Remote-MTA: dns; smtp-01.tld.t
Diagnostic-Code: smtp; 554 IP=188.xxx.xxx.xxx - A problem occurred. (Ask your
    postmaster for help or to contact tosa@rx.t to clarify.) (BL)

--5C1D21C0B29.1558768442/mail.example.de--
`),
    expect: [{ recipient: 'Info@infoinfoinfo.de', reason: 'blocked', hardbounce: false }],
  },
  {
    name: 'mailcow-1644-postfix-dsn-sender-verify-failed',
    source: 'https://github.com/mailcow/mailcow-dockerized/issues/1644',
    says: '"Your MX record points to an IP address, which is not allowed." - the recipient\'s server could not verify the sender address support@syncgaming.org ("550 Sender verify failed").',
    rebuilt:
      'Only the DSN fields were pasted; kept as pasted in a message/delivery-status part. The Postfix text part was not pasted and is not added. Added From/To/Subject/Date/MIME multipart/report as Postfix writes them (To support@syncgaming.org, the sender in the paste).',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.syncgaming.org (Mail Delivery System)
To: support@syncgaming.org
Subject: Undelivered Mail Returned to Sender
Date: Wed,  8 Aug 2018 14:30:32 +0000 (Etc)
Auto-Submitted: auto-replied
Message-Id: <20180808143032.1F4A2E2ACE@mail.syncgaming.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D203FE2ACD.1533738632/mail.syncgaming.org"

This is a MIME-encapsulated message.

--D203FE2ACD.1533738632/mail.syncgaming.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.syncgaming.org
X-Postfix-Queue-ID: D203FE2ACD
X-Postfix-Sender: rfc822; support@syncgaming.org
Arrival-Date: Wed,  8 Aug 2018 14:30:30 +0000 (Etc)

Final-Recipient: rfc822; game@aimcontrollers.com
Original-Recipient: rfc822;game@aimcontrollers.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; aimcontrollers.com
Diagnostic-Code: smtp; 550-Verification failed for <support@syncgaming.org>
    550-The mail server could not deliver mail to support@syncgaming.org.  The
    account or domain may not exist, they may be blacklisted, or missing the
    proper dns entries. 550 Sender verify failed

--D203FE2ACD.1533738632/mail.syncgaming.org--
`),
    expect: [{ recipient: 'game@aimcontrollers.com', reason: 'rejected', hardbounce: false }],
  },
  {
    name: 'mailparser-288-sendmail-over-quota-5-days',
    source: 'https://github.com/nodemailer/mailparser/issues/288',
    says: 'The sendmail bounce posted: "(reason: 452 4.2.2 Over quota)" ... "Message could not be delivered for 5 days" - the recipient mailbox was over quota.',
    rebuilt:
      'Subject, Auto-Submitted, preamble, boundary, text part and the start of the DSN part as pasted; the redacted recipient "<@.>" -> <joe@example.org>, "localhost"/"www1"/"mx1." kept. Added From/To/Date/MIME-Version/Content-Type as sendmail writes them (To jane@example.org) and closed the DSN part with the per-recipient group sendmail writes (Final-Recipient/Action/Status/Diagnostic-Code from the transcript).',
    raw: block(`
Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@www1>
To: <jane@example.org>
Date: Wed, 20 Jan 2021 08:10:52 +0200
Message-Id: <202101200610.10K6AqRe009101@www1>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="10K69CiJ009083.1611123052/www1."
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--10K69CiJ009083.1611123052/www1.

The original message was received at Fri, 15 Jan 2021 07:23:35 +0200
from mx1. [ip]

   ----- The following addresses had permanent fatal errors -----
<joe@example.org>
    (reason: 452 4.2.2 Over quota)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> DATA
<<< 452 4.2.2 Over quota
<joe@example.org>... Deferred: 452 4.2.2 Over quota
<<< 503 5.5.1 No recipients
Message could not be delivered for 5 days
Message will be deleted from queue

--10K69CiJ009083.1611123052/www1.
Content-Type: message/delivery-status

Reporting-MTA: dns; www1
Arrival-Date: Fri, 15 Jan 2021 07:23:35 +0200

Final-Recipient: RFC822; joe@example.org
Action: failed
Status: 4.2.2
Diagnostic-Code: SMTP; 452 4.2.2 Over quota
Last-Attempt-Date: Wed, 20 Jan 2021 08:10:52 +0200

--10K69CiJ009083.1611123052/www1.--
`),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull', hardbounce: false }],
  },
  {
    name: 'zenao-646-gmail-address-not-found-domain',
    source: 'https://github.com/samouraiworld/zenao/issues/646',
    says: '"Your message wasn\'t delivered to contact@mail.zenao.io because the domain mail.zenao.io couldn\'t be found." - the invite reply address used a domain with no mail DNS.',
    rebuilt:
      'Body text as pasted (Gmail "Address not found" text). Added From/To/Subject/Date/MIME (single text/plain; Gmail also sends HTML and a DSN part, which were not pasted) as Gmail writes them; To joe@gmail.com.',
    raw: block(`
Delivered-To: joe@gmail.com
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: joe@gmail.com
Subject: Delivery Status Notification (Failure)
Date: Fri, 22 Aug 2025 07:41:05 -0700 (PDT)
Message-ID: <68a8813d.050a0220.2b4f7e.0001.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to contact@mail.zenao.io because the domain
mail.zenao.io couldn't be found. Check for typos or unnecessary spaces and 
try again.
`),
    expect: [{ recipient: 'contact@mail.zenao.io', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'hitobito-2762-outlook-rendered-ndr-gmail-multiple-from',
    source: 'https://github.com/hitobito/hitobito/issues/2762',
    says: 'Mailing-list mails relayed to Gmail came back: "Messages with multiple addresses in From: header are not accepted" (RfcMessageNonCompliant).',
    rebuilt:
      'The paste is the German Outlook rendering ("Diagnoseinformationen für Administratoren") of the bounce from srv51.tophost.ch; kept as pasted, recipient xxxx@gmail.com -> joe@gmail.com. The Gmail reply was cut after "RfcMessageNonCompli"; completed with Gmail\'s usual ending ("ant and review RFC 5322 specifications for more information. - gsmtp"). Added From/To/Subject ("Unzustellbar: Test", as the issue says)/Date/MIME (single text/plain UTF-8).',
    raw: block(`
From: Mail Delivery System <Mailer-Daemon@srv51.tophost.ch>
To: jane@example.ch
Subject: Unzustellbar: Test
Date: Tue, 06 Aug 2024 07:42:31 +0200
Message-Id: <E1sbCxr-0000000HVKx-2aB1@srv51.tophost.ch>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Diagnoseinformationen für Administratoren:

Generierender Server: srv51.tophost.ch

joe@gmail.com
gmail-smtp-in.l.google.com
Remote server returned '554 5.0.0 <gmail-smtp-in.l.google.com #5.0.0 smtp; 550-5.7.1 [194.150.248.71] Messages with multiple addresses in From: header are 550-5.7.1 not accepted. For more information, go to 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 550 5.7.1 specifications for more information. - gsmtp>'
`),
    expect: [{ recipient: 'joe@gmail.com', reason: 'notcompliantrfc', hardbounce: false }],
  },
  {
    name: 'fairmondo-183-postfix-kasserver-user-unknown-virtual-alias',
    source: 'https://github.com/fairmondo/fairmondo/issues/183',
    says: 'Bug: the site\'s feedback form sent to ngofeedback@fairnopoly.de, which did not exist: "Recipient address rejected: User unknown in virtual alias table".',
    rebuilt:
      'Headers taken from the pasted forward summary (Betreff/Datum/Von/An -> Subject/Date/From/To, To jonas@... -> joe@fairnopoly.de); body as pasted (the markdown code fence around "The mail system" removed). Added Message-Id/MIME (single text/plain) as Postfix writes them.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.cloud.enterpriserails.de (Mail Delivery System)
To: joe@fairnopoly.de
Subject: Undelivered Mail Returned to Sender
Date: Fri, 12 Jul 2013 12:59:35 +0200 (CEST)
Auto-Submitted: auto-replied
Message-Id: <20130712105935.1A2B3C4D5E@mail1.hydranodes.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail1.hydranodes.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

               The mail system

ngofeedback@fairnopoly.de: host w00ec7a1.kasserver.com[85.13.149.73] said:
    550 5.1.1 ngofeedback@fairnopoly.de: Recipient address rejected: User
    unknown in virtual alias table (in reply to RCPT TO command)
`),
    expect: [{ recipient: 'ngofeedback@fairnopoly.de', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'roundcube-9442-exim-transip-retry-timeout-exceeded',
    source: 'https://github.com/roundcube/roundcubemail/issues/9442',
    says: 'Exim gave up on the Zendesk address: "retry timeout exceeded" (maintainer: "Not Roundcube issue").',
    rebuilt:
      'Text and DSN fields as pasted (markdown mailto links and surrounding underscores removed). Added From/To/Subject/Date/MIME multipart/report as Exim writes them; To joe@example.nl.',
    raw: block(`
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@placeholder.transip.us>
To: joe@example.nl
Subject: Mail delivery failed: returning message to sender
Date: Mon, 06 May 2024 10:31:18 +0200
Message-Id: <E1s3tEw-00A1bC-0q@placeholder.transip.us>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1714984278-eximdsn-846930886

--1714984278-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  support+id485694@foodticketsupport.zendesk.com
    retry timeout exceeded

--1714984278-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; placeholder.transip.us

Action: failed
Final-Recipient: rfc822;support+id485694@foodticketsupport.zendesk.com
Status: 5.0.0

--1714984278-eximdsn-846930886--
`),
    expect: [
      { recipient: 'support+id485694@foodticketsupport.zendesk.com', reason: 'expired', hardbounce: false },
    ],
  },
  {
    name: 'wildduck-762-zonemta-550-message-too-big',
    source: 'https://github.com/zone-eu/wildduck/issues/762',
    says: 'A 22 MB attachment: "550 Message too big!" - "Harakas max message size is configured here" (databytes).',
    rebuilt:
      'Body text as pasted. Added From/To/Subject/Date/MIME (single text/plain) in the Gmail-like form ZoneMTA uses for its bounces; host mail.localtest.me, To joe@localtest.me.',
    raw: block(`
From: Mail Delivery Subsystem <mailer-daemon@mail.localtest.me>
To: joe@localtest.me
Subject: Delivery Status Notification (Failure)
Date: Sun, 08 Dec 2024 17:05:41 +0000
Message-ID: <193a7c2f5e1000c4a1.001@mail.localtest.me>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Delivery to the following recipient failed permanently:
private@localtest.me

Technical details of permanent failure:

550 Message too big!
`),
    expect: [{ recipient: 'private@localtest.me', reason: 'emailtoolarge', hardbounce: false }],
  },
  {
    name: 'dada-mail-717-exim-mailchannels-spf',
    source: 'https://github.com/justingit/dada-mail/issues/717',
    says: 'All mailings rejected at the MailChannels relay: "550 5.7.1 [BFD] Sender prohibited by SPF" (the list sent as a gmail.com From address through the host\'s relay).',
    rebuilt:
      'Text, DSN fields and the pasted original headers kept; recipient/sender kwcblade@gmail.com -> joe@gmail.com. Added From/To/Subject/Date/MIME multipart/report as Exim writes them and put the pasted original headers in a text/rfc822-headers part.',
    raw: block(`
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@andromeda.thewebhostserver.com>
To: joe@gmail.com
Subject: Mail delivery failed: returning message to sender
Date: Thu, 01 Mar 2018 16:31:02 +0000
Message-Id: <E1erQm2-0004Ab-8C@andromeda.thewebhostserver.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1519921862-eximdsn-1681692777

--1519921862-eximdsn-1681692777
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

 joe@gmail.com
   host smtp.mailchannels.net [54.191.203.134]
   SMTP error from remote mail server after end of data:
   550 5.7.1 [BFD] Sender prohibited by SPF

--1519921862-eximdsn-1681692777
Content-type: message/delivery-status

Reporting-MTA: dns; andromeda.thewebhostserver.com

Action: failed
Final-Recipient: rfc822;joe@gmail.com
Status: 5.0.0
Remote-MTA: dns; smtp.mailchannels.net
Diagnostic-Code: smtp; 550 5.7.1 [BFD] Sender prohibited by SPF

--1519921862-eximdsn-1681692777
Content-type: text/rfc822-headers

From: "Village" <joe@gmail.com>
Subject: Village Message
Date: Thu, 1 Mar 2018 16:30:44 +0000
To: "Village Subscriber" <joe@gmail.com>

--1519921862-eximdsn-1681692777--
`),
    expect: [{ recipient: 'joe@gmail.com', reason: 'authfailure', hardbounce: false }],
  },
  {
    name: 'opensmtpd-687-envelope-expired',
    source: 'https://github.com/OpenSMTPD/OpenSMTPD/issues/687',
    says: '"And, 4 days later: ... Envelope expired" - "Again, a normal behaviour, but a wrong message" (the queue lifetime ran out while the destination would not take the mail).',
    rebuilt:
      'Body text as pasted; the real student address -> jane@etu.univ-lyon1.fr. Added From/To/Subject/Date/MIME (single text/plain) as OpenSMTPD 5.7 writes them; To joe@example.org.',
    raw: block(`
Return-Path: <>
From: Mailer Daemon <MAILER-DAEMON@mail.example.org>
To: joe@example.org
Subject: Delivery status notification: error
Date: Tue, 03 May 2016 11:02:55 +0200 (CEST)
Message-Id: <9a41c0e27d5b3f88@mail.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    Your message was successfully delivered to these recipients.

jane@etu.univ-lyon1.fr: Envelope expired

    Below is a copy of the original message:

`),
    expect: [{ recipient: 'jane@etu.univ-lyon1.fr', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'forwardemail-219-proofpoint-blocked-icloud',
    source: 'https://github.com/forwardemail/free-email-forwarding/issues/219',
    says: 'After cutting over to forwardemail.net, forwards to iCloud failed: "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" - the forwarding IP was on Proofpoint\'s blocklist ("Should be resolved").',
    rebuilt:
      'Body text as pasted (recipient test@example.com as the reporter wrote it). The reporter did not say which MTA wrote it: added From/To/Subject/Date/MIME (single text/plain) in a plain MAILER-DAEMON form (Subject "Undelivered Mail Returned to Sender" is a guess); sender host mail.example.net, To joe@example.net.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
To: joe@example.net
Subject: Undelivered Mail Returned to Sender
Date: Sun, 12 Apr 2020 18:22:09 +0000
Message-Id: <20200412182209.5D7E41203A@mail.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is a system-generated message to inform you that your email could not
be delivered to one or more recipients. Details of the email and the error are as follows:


<test@example.com>: host mx1.forwardemail.net[138.197.213.185] said: 550
   Error for test@example.com of "Invalid greeting. response=550 5.7.0
   Blocked - see
   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185: 550
   5.7.0 Blocked - see
   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" (in
   reply to end of DATA command)
`),
    expect: [{ recipient: 'test@example.com', reason: 'blocked', hardbounce: false }],
  },
  {
    name: 'savetheinternet-166-messaging-server-gmail-no-such-account',
    source: 'https://github.com/netneutrality/savetheinternet.in/issues/166',
    says: 'Bounced MP address: "550-5.1.1 The email account that you tried to reach does not exist."',
    rebuilt:
      'Recipient block as pasted (the campaign\'s template lines around it dropped); the first listed address psrysrcp@gmail.com had no details pasted and is left out. Added the Oracle Messaging Server headers/intro lines (From/To/Subject "Delivery Notification: Delivery has failed"/Date/MIME single text/plain); sender joe@example.in.',
    raw: block(`
Return-path: <>
From: Internet Mail Delivery <postmaster@mail.example.in>
To: joe@example.in
Subject: Delivery Notification: Delivery has failed
Date: Mon, 11 Jan 2016 10:12:40 +0530 (IST)
Message-id: <0O0T00A01H2ZXK00@mail.example.in>
MIME-version: 1.0
Content-type: text/plain; charset=us-ascii
Content-transfer-encoding: 7BIT

This report relates to a message you sent with the following header fields:

  From: joe@example.in
  To: psrysrcp2112@gmail.com

Your message cannot be delivered to the following recipients:

  Recipient address: psrysrcp2112@gmail.com
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550-5.1.1 The email account that you tried to reach does not exist. Please try the recipient's email address for typos or spaces. Learn more at https://support.google.com/mail/answer/6596 t8si11697642ywb.299 - gs
  Remote system: dns;gmail-smtp-in.l.google.com (TCP|17.164.24.103|53619|74.125.138.27|25) (mx.google.com ESMTP t8si11697642ywb.299 - gsmtp)
`),
    expect: [{ recipient: 'psrysrcp2112@gmail.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'jsdelivr-18728-abuse-no-such-user-TB',
    source: 'https://github.com/jsdelivr/jsdelivr/issues/18728',
    says: '"note that we never supported abuse@" - "550 No such user (TB)"',
    rebuilt:
      'Text as pasted (English version of a Chinese webmail bounce). Added From/To/Subject/Date/MIME (single text/plain) - the provider is not named in the thread, so the header form is a plain MAILER-DAEMON one; sender joe@example.cn.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.cn
To: joe@example.cn
Subject: Undelivered Mail Returned to Sender
Date: Fri, 31 Jul 2026 09:40:12 +0800
Message-ID: <bounce.20260731094012.7f3a@mail.example.cn>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Unable to send to abuse@jsdelivr.com
Bounce reason: The recipient's email address (abuse@jsdelivr.com) does not exist, so the message could not be delivered.
550 No such user (TB)
Solution: Please contact your recipient, verify the email address again, or send to another receiving mailbox.
`),
    expect: [{ recipient: 'abuse@jsdelivr.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'jsdelivr-18728-legal-cloudflare-routing-address-does-not-exist',
    source: 'https://github.com/jsdelivr/jsdelivr/issues/18728',
    says: '"legal@ should be fixed now" - Cloudflare Email Routing had no rule for it: "550 5.1.1 Address does not exist."',
    rebuilt:
      'Text as pasted. Added From/To/Subject/Date/MIME (single text/plain) in a plain MAILER-DAEMON form (provider not named); sender joe@example.cn.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.cn
To: joe@example.cn
Subject: Undelivered Mail Returned to Sender
Date: Fri, 31 Jul 2026 09:41:37 +0800
Message-ID: <bounce.20260731094137.81c2@mail.example.cn>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Unable to send to legal@jsdelivr.com
Bounce reason: The recipient's email address (legal@jsdelivr.com) does not exist, so the message could not be delivered.
host route2.mx.cloudflare.net[162.159.205.17] said: 550 5.1.1 Address does not exist. xV1r0v6Deqaq (in reply to RCPT TO command)
Solution: Please contact your recipient, verify the email address again, or send to another receiving mailbox.
`),
    expect: [{ recipient: 'legal@jsdelivr.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'mycaert-367-godaddy-dsn-gmail-spf-dkim',
    source: 'https://github.com/MyCaert/Issues-Enhancements/issues/367',
    says: '"SPF check for [caert.net] does not pass with ip: [216.69.139.46]" - GoDaddy\'s outbound server was not in caert.net\'s SPF ("I think this one is on @Brian ... end").',
    rebuilt:
      'Body text as pasted (markdown links removed); recipient lockwoodd300@gmail.com -> joe@gmail.com. Added From/To/Subject/Date/MIME (single text/plain) as GoDaddy Workspace writes them (Subject "Mail delivery failed" is a guess); sender jane@caert.net.',
    raw: block(`
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@p3plwbeout27-01.prod.phx3.secureserver.net>
To: jane@caert.net
Subject: Mail delivery failed
Date: Thu, 02 Feb 2023 07:58:21 -0700
Message-ID: <20230202145821.p3plwbeout27-01.4f1a@secureserver.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

   * joe@gmail.com

Reason: There was an error while attempting to deliver your message with [Subject: "RE: alignments for Middle School"] to joe@gmail.com. MTA p3plwbeout27-01.prod.phx3.secureserver.net received this response from the destination host IP - 142.251.2.26 - 550 , 550-5.7.26 This message does not pass authentication checks (SPF and DKIM both
550-5.7.26 do not pass). SPF check for [caert.net] does not pass with ip:
550-5.7.26 [216.69.139.46].To best protect our users from spam, the message has
550-5.7.26 been blocked. Please visit
550-5.7.26 https://support.google.com/mail/answer/81126#authentication for more
550 5.7.26 information. lp15-20020a17090b4a8f00b00219f65e19fcsi5522582pjb.170 - gsmtp
`),
    expect: [{ recipient: 'joe@gmail.com', reason: 'authfailure', hardbounce: false }],
  },
  {
    name: 'purelymail-236-gmail-relay-access-denied',
    source: 'https://github.com/Purelymail/purelymail-issues/issues/236',
    says: '"Your message couldn\'t be delivered to xxx because the remote server is misconfigured." ... "554 5.7.1 : Relay access denied"',
    rebuilt:
      'The two pasted sentences kept; "xxx" -> joe@example.com (and the empty <> in the reply restored as <joe@example.com>). Added the Gmail "Message not delivered" heading, From/To/Subject/Date/MIME (single text/plain) as Gmail writes them; To jane@gmail.com.',
    raw: block(`
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: jane@gmail.com
Subject: Delivery Status Notification (Failure)
Date: Wed, 24 Jul 2024 03:12:55 -0700 (PDT)
Message-ID: <66a0d3a7.170a0220.1c2f4e.0001.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Message not delivered

Your message couldn't be delivered to joe@example.com because the remote server is misconfigured. See technical details below for more information.

The response from the remote server was:
554 5.7.1 <joe@example.com>: Relay access denied
`),
    expect: [{ recipient: 'joe@example.com', reason: 'norelaying', hardbounce: false }],
  },
  {
    name: 'jeboehm-203-postfix-oracle-cloud-port-25-timeout',
    source: 'https://github.com/jeboehm/docker-mailserver/issues/203',
    says: '"cause the mailserver setted in oracle free tier cloud" (outbound port 25 blocked by the host; answer: use an external relay on 465/587) - "connect to mx2.naver.com[125.209.238.137]:25: Operation timed out".',
    rebuilt:
      'Recipient paragraph and DSN as pasted (markdown links removed); ---@naver.com -> joe@naver.com, admin@domain.tld kept. Added the Postfix boilerplate text above the recipient line and From/To/Subject/Date/MIME multipart/report as Postfix writes them.',
    raw: block(`
Return-Path: <>
From: MAILER-DAEMON@mail.yangminnomad.co.kr (Mail Delivery System)
To: admin@domain.tld
Subject: Undelivered Mail Returned to Sender
Date: Tue, 19 Jul 2022 02:12:40 +0000 (UTC)
Auto-Submitted: auto-replied
Message-Id: <20220719021240.3C1F4180640@mail.yangminnomad.co.kr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="AA82318063C.1658196760/mail.yangminnomad.co.kr"

This is a MIME-encapsulated message.

--AA82318063C.1658196760/mail.yangminnomad.co.kr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.yangminnomad.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joe@naver.com>: connect to mx2.naver.com[125.209.238.137]:25: Operation
    timed out

--AA82318063C.1658196760/mail.yangminnomad.co.kr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.yangminnomad.co.kr
X-Postfix-Queue-ID: AA82318063C
X-Postfix-Sender: rfc822; admin@domain.tld
Arrival-Date: Mon, 18 Jul 2022 17:44:43 +0000 (UTC)

Final-Recipient: rfc822; joe@naver.com
Original-Recipient: rfc822;joe@naver.com
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx2.naver.com[125.209.238.137]:25:
    Operation timed out

--AA82318063C.1658196760/mail.yangminnomad.co.kr--
`),
    expect: [{ recipient: 'joe@naver.com', reason: 'networkerror', hardbounce: false }],
  },
]
