/**
 * Whole bounces saved on pastebin.com (and one gist), gathered in stop 35 under the rules of threads.ts (never a
 * bounce parser's repository, tracker or fixtures; never an error line written from memory). A paste has no thread:
 * only pastes whose own words state the cause unambiguously were taken, and `says` quotes those words. Two rounds,
 * first contact: big providers 22 of 25 (Sendmail's first-line-only Diagnostic-Code, now completed from its
 * transcript; Gmail's and cPanel's unknown-user words without a status kept by convention), other MTAs and languages
 * 15 of 17 (invaluement's ivmSIP lists and Exchange's Spanish "buzón … lleno", now read). Left out: seven pastes
 * both rounds took (kept once).
 */
import { type HelpPageBounce, lines } from './case'

const msg = (s: string) =>
  s
    .replace(/^\n/, '')
    .replace(/\n/g, '\r\n')
    .replace(/(\r\n)?$/, '\r\n')
const P = "(paste; cause from the bounce's own words) "

export const PASTES_35: HelpPageBounce[] = [
  {
    name: 'exchange2013-recipnotfound',
    source: 'https://pastebin.com/eGKLASCC',
    says:
      P +
      '"The email address you entered couldn\'t be found." / "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"',
    rebuilt:
      'claudinei.mota@turismo.gov.br -> joe@turismo.gov.br, weslei@diviforma.com.br -> a@example.com.br; From/To/Subject/Date/MIME headers added (paste is the NDR body only); blank lines and line indentation restored; original headers cut where the paste excerpt ends',
    raw: msg(`
From: postmaster@turismo.gov.br
To: a@example.com.br
Subject: Undeliverable: message
Date: Sat, 14 Nov 2015 19:05:38 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

joe@turismo.gov.br
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: STURESPEXC02.Mtur.gov.br

joe@turismo.gov.br
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from STURESPEXC02.Mtur.gov.br ((10.0.1.51)) by
 STURESPEXC02.Mtur.gov.br ((10.0.1.51)) with ShadowRedundancy id 15.0.847.32;
 Sat, 14 Nov 2015 19:05:37 +0000
Received: from STURESPEXC01.Mtur.gov.br (10.0.1.50) by
 STURESPEXC02.Mtur.gov.br (10.0.1.51) with Microsoft SMTP Server (TLS) id
 15.0.847.32; Fri, 13 Nov 2015 04:06:17 -0200
`),
    expect: [{ recipient: 'joe@turismo.gov.br', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'gmail-2012-unknown-user',
    source: 'https://pastebin.com/Bv7SeYDG',
    says: P + '"The error that the other server returned was: 550 550 unknown user (state 14)."',
    rebuilt:
      'chris.reemts@gmail.com -> a@gmail.com, webmaster@44vybz.com -> webmaster@example.com; DKIM/ARC-free headers copied as pasted; blank lines and line indentation restored; the returned original is cut after its first line',
    raw: msg(`
Delivered-To: a@gmail.com
Received: by 10.152.19.201 with SMTP id h9cs50215lae;
        Sun, 8 Jan 2012 13:25:04 -0800 (PST)
Received: from mr.google.com ([10.152.134.10])
        by 10.152.134.10 with SMTP id pg10mr7164519lab.3.1326057904286 (num_hops = 1);
        Sun, 08 Jan 2012 13:25:04 -0800 (PST)
Received: by 10.152.134.10 with SMTP id pg10mr5953222lab.3.1326057903183;
        Sun, 08 Jan 2012 13:25:03 -0800 (PST)
MIME-Version: 1.0
Return-Path: <>
Received: by 10.152.134.10 with SMTP id pg10mr7164509lab.3; Sun, 08 Jan 2012
 13:25:03 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: a@gmail.com
X-Failed-Recipients: webmaster@example.com
Subject: Delivery Status Notification (Failure)
Message-ID: <f46d042fde6045543504b60aea53@google.com>
Date: Sun, 08 Jan 2012 21:25:03 +0000
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Delivery to the following recipient failed permanently:

     webmaster@example.com

Technical details of permanent failure:=20
Google tried to deliver your message, but it was rejected by the recipient =
domain. We recommend contacting the other email provider for further inform=
ation about the cause of this error. The error that the other server return=
ed was: 550 550 unknown user (state 14).

----- Original message -----

MIME-Version: 1.0
`),
    expect: [{ recipient: 'webmaster@example.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'gmail-2010-yahoo-no-account',
    source: 'https://pastebin.com/kwE8tsND',
    says: P + '"554 delivery error: dd This user doesn\'t have a yahoo.com account"',
    rebuilt:
      'nguyenhanh_124@yahoo.com -> jane@yahoo.com, millionsun93@gmail.com -> a@gmail.com; From/To/Subject/Date/MIME headers added (paste is the body only; Date taken from the original plus 2 s); blank lines and line indentation restored; original body dropped',
    raw: msg(`
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: a@gmail.com
Subject: Delivery Status Notification (Failure)
Date: Tue, 21 Dec 2010 14:13:57 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     jane@yahoo.com

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554 554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [-5] - mta1024.mail.ac4.yahoo.com (state 18).

----- Original message -----

MIME-Version: 1.0
Received: by 10.223.69.141 with SMTP id z13mr5340048fai.9.1292940835359; Tue,
 21 Dec 2010 06:13:55 -0800 (PST)
Received: by 10.223.101.136 with HTTP; Tue, 21 Dec 2010 06:13:55 -0800 (PST)
Date: Tue, 21 Dec 2010 21:13:55 +0700
Subject: Re: :-@
From: A Sender <a@gmail.com>
To: jane@yahoo.com
Content-Type: multipart/alternative; boundary=20cf3054acaf350d8c0497ec3ff0
`),
    expect: [{ recipient: 'jane@yahoo.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'yahoo-qmail-remote-user-unknown',
    source: 'https://pastebin.com/ztnkAKqK',
    says: P + '"205.178.149.7 does not like recipient. Remote host said: 550 User Unknown"',
    rebuilt:
      'jonwalker70@yahoo.com -> a@yahoo.com, all@peninsulagroupllc.com -> all@example.com; headers rebuilt from the Yahoo web view shown in the paste (From MAILER-DAEMON@yahoo.com, To, Subject "failure notice") plus Date/MIME; blank lines and line indentation restored; original cut after its first Received line',
    raw: msg(`
From: MAILER-DAEMON@yahoo.com
To: a@yahoo.com
Subject: failure notice
Date: 5 Jan 2011 19:41:18 -0000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi. This is the qmail-send program at yahoo.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<all@example.com>:
205.178.149.7 does not like recipient.
Remote host said: 550 User Unknown
Giving up on 205.178.149.7.

--- Below this line is a copy of the message.

Return-Path: <a@yahoo.com>
Received: (qmail 67156 invoked by uid 60001); 5 Jan 2011 19:41:16 -0000
`),
    expect: [{ recipient: 'all@example.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'yahoo-qmail-sender-verify-failed',
    source: 'https://pastebin.com/3V13LG7m',
    says: P + '"550-Verification failed for <...@yahoo.com> 550-No Such User Here 550 Sender verify failed"',
    rebuilt:
      'cubecitytest@yahoo.com -> a@yahoo.com, info@bigbillworkwear.com -> info@example.com; From/To/Subject/Date/MIME headers added (paste is the body only); blank lines and line indentation restored; original cut after its first Received line',
    raw: msg(`
From: MAILER-DAEMON@yahoo.com
To: a@yahoo.com
Subject: failure notice
Date: 19 Jan 2009 22:25:15 -0000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi. This is the qmail-send program at yahoo.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@example.com>:
74.53.229.130 does not like recipient.
Remote host said: 550-Verification failed for <a@yahoo.com>
550-No Such User Here
550 Sender verify failed
Giving up on 74.53.229.130.

--- Below this line is a copy of the message.

Return-Path: <a@yahoo.com>
Received: (qmail 32890 invoked by uid 60001); 19 Jan 2009 22:25:13 -0000
`),
    expect: [{ recipient: 'info@example.com', reason: 'rejected' }],
  },
  {
    name: 'gmail-address-not-found-but-sender-verify',
    source: 'https://pastebin.com/bZPAq5ca',
    says:
      P +
      '"550 Verification failed for <shawn@...> No Such User Here Sender verify failed" (Gmail headline says "Address not found", the remote text says the sender address failed verification)',
    rebuilt:
      'joe@annamariaislandrentals.com -> joe@example.com (host mail.annamariaislandrentals.com -> mail.example.com), shawn@statistically.com -> a@example.net; message headers, multipart/report wrapper and part headers added (paste shows the text and the DSN recipient fields only, no per-message DSN fields); blank lines and line indentation restored; forwarded original dropped',
    raw: msg(`
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: a@example.net
Subject: Delivery Status Notification (Failure)
Date: Thu, 29 Jun 2017 06:02:45 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="001a1137b2f4"

--001a1137b2f4
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to joe@example.com because the address couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

550 Verification failed for <a@example.net> No Such User Here Sender verify failed

--001a1137b2f4
Content-Type: message/delivery-status

Final-Recipient: rfc822; joe@example.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mail.example.com. (198.54.115.180, the server
 for the domain example.com.)
Diagnostic-Code: smtp; 550-Verification failed for <a@example.net>
 550-No Such User Here
 550 Sender verify failed
Last-Attempt-Date: Thu, 29 Jun 2017 06:02:44 -0700 (PDT)

--001a1137b2f4--
`),
    expect: [{ recipient: 'joe@example.com', reason: 'rejected' }],
  },
  {
    name: 'exim-hostgator-no-such-user-two',
    source: 'https://pastebin.com/zci0Kp1W',
    says: P + '"mark@... No Such User Here / mtennison@... No Such User Here"',
    rebuilt:
      'mark@milleniamedical.com -> mark@example.com, mtennison@milleniamedical.com -> mt@example.com, walter@online-recruiting-solutions.com -> a@example.net; mbox "From -" line and client X-Mozilla/X-Account-Key/X-UIDL/X-Antivirus lines dropped; blank lines and line indentation restored; returned copy cut after Return-path',
    raw: msg(`
Return-path: <>
Envelope-to: a@example.net
Delivery-date: Fri, 15 May 2009 12:21:24 -0500
Received: from mailnull by solstice.websitewelcome.com with local (Exim 4.69)
	id 1M5164-0002oE-6Q
	for a@example.net; Fri, 15 May 2009 12:21:24 -0500
X-Failed-Recipients: mark@example.com,
  mt@example.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@solstice.websitewelcome.com>
To: a@example.net
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1M5164-0002oE-6Q@solstice.websitewelcome.com>
Date: Fri, 15 May 2009 12:21:24 -0500

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mark@example.com
    No Such User Here
  mt@example.com
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <a@example.net>
`),
    expect: [
      { recipient: 'mark@example.com', reason: 'userunknown', hardbounce: true },
      { recipient: 'mt@example.com', reason: 'userunknown', hardbounce: true },
    ],
  },
  {
    name: 'ionos-kundenserver-quota-exceeded',
    source: 'https://pastebin.com/dS0JkYBA',
    says: P + '"552-Requested mail action aborted: exceeded storage allocation 552-Quota exceeded."',
    rebuilt:
      'lpsvocel@lpsingenieria.com -> joe@lpsingenieria.com, libanezh@lpsingenieria.com -> a@lpsingenieria.com, LCCVocel@TechMahindra.com -> b@example.com; headers rebuilt from the Outlook forward block (De/Enviado/Para/Asunto) plus MIME; blank lines and line indentation restored; original cut after its headers',
    raw: msg(`
From: Mail Delivery System <mailer-daemon@kundenserver.de>
To: a@lpsingenieria.com
Subject: Mail delivery failed: returning message to sender
Date: Mon, 30 Jan 2017 14:19:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es)
failed:

joe@lpsingenieria.com:
SMTP error from remote server for RCPT TO command, host: mx01.1and1.es (217.72.192.67) reason: 552-Requested mail action aborted: exceeded storage allocation 552-Quota exceeded.
552 For explanation visit http://postmaster.1and1.com/en/error-messages?ip
=212.227.17.24&c=quot

--- The header of the original message is following. ---

Received: from 280442015478 ([37.11.185.196]) by mrelayeu.kundenserver.de
 (mreue104 [212.227.15.183]) with ESMTPSA (Nemesis) id 0LvAna-1cP0ux3OVO-010OdM; Mon, 30 Jan 2017 14:16:19 +0100
From: a@lpsingenieria.com
To: "'LCC Vocel'" <b@example.com>
Cc: <joe@lpsingenieria.com>
Subject: Replanteos W5
Date: Mon, 30 Jan 2017 14:16:16 +0100
Message-ID: <008001d27afb$0a6de580$1f49b080$@lpsingenieria.com>
MIME-Version: 1.0
`),
    expect: [{ recipient: 'joe@lpsingenieria.com', reason: 'mailboxfull' }],
  },
  {
    name: 'qmail-opentransfer-overquota-and-unknown',
    source: 'https://pastebin.com/MMGUFmXp',
    says:
      P +
      '"550 ...@earthlink.net...User account is overquota" / "553 5.3.0 <...@worldnet.att.net>... 550 worldnet addressee unknown"',
    rebuilt:
      'david.chase@earthlink.net -> joe@earthlink.net, david.casteel@worldnet.att.net -> jim@worldnet.att.net, sdarmetko@/webmaster@fbcweymouth.org -> a@/webmaster@example.org; blank lines and line indentation restored; enclosed original cut after its Return-Path and the boundary closed',
    raw: msg(`
Return-Path: <>
Delivered-To: a@example.org
Received: (qmail 24490 invoked by uid 399); 14 Dec 2017 10:09:46 -0000
Delivered-To: example.org-webmaster@example.org
X-RCPT-TO: webmaster@example.org
Received: (qmail 24486 invoked for bounce); 14 Dec 2017 10:09:46 -0000
Date: 14 Dec 2017 10:09:46 -0000
From: MAILER-DAEMON@mail501.opentransfer.com
To: webmaster@example.org
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="1513246184mail501.opentransfer.com65732861"
Subject: failure notice

--1513246184mail501.opentransfer.com65732861

Hi. This is the qmail-send program at mail501.opentransfer.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<joe@earthlink.net>:
209.86.93.228 does not like recipient.
Remote host said: 550 joe@earthlink.net...User account is overquota
Giving up on 209.86.93.228.

<jim@worldnet.att.net>:
144.160.235.144 does not like recipient.
Remote host said: 553 5.3.0 <jim@worldnet.att.net>... 550 worldnet addressee unknown, relay=[98.130.1.156]
Giving up on 144.160.235.144.

--- Enclosed are the original headers of the message.

--1513246184mail501.opentransfer.com65732861
Content-Type: message/rfc822

Return-Path: <webmaster@example.org>

--1513246184mail501.opentransfer.com65732861--
`),
    expect: [
      { recipient: 'joe@earthlink.net', reason: 'mailboxfull' },
      { recipient: 'jim@worldnet.att.net', reason: 'userunknown', hardbounce: true },
    ],
  },
  {
    name: 'communigate-account-full',
    source: 'https://pastebin.com/UBXPuzBK',
    says: P + '"LOCAL module(account partner_k@eml.ru) reports: account is full (quota exceeded)"',
    rebuilt:
      'partner_k@eml.ru -> joe@eml.ru, nadinochka_cool@mail.ru -> a@mail.ru; message headers, multipart/report wrapper and part headers added (paste shows the text, the DSN fields and the returned headers); blank line after Reporting-MTA restored; returned message cut after its first Received line',
    raw: msg(`
From: MAILER-DAEMON@mx10.intranet.ru
To: a@mail.ru
Subject: Undeliverable mail
Date: Sun, 11 Sep 2011 12:04:31 +0700
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_===4058501====mx10.intranet.ru===_"

--_===4058501====mx10.intranet.ru===_
Content-Type: text/plain; charset="utf-8"

Failed to deliver to 'joe@eml.ru'
LOCAL module(account joe@eml.ru) reports:
 account is full (quota exceeded)

--_===4058501====mx10.intranet.ru===_
Content-Type: message/delivery-status

Reporting-MTA: dns; mx10.intranet.ru

Original-Recipient: rfc822;<joe@eml.ru>
Final-Recipient: LOCAL;<joe@eml.ru>
Action: failed
Status: 4.0.0

--_===4058501====mx10.intranet.ru===_
Content-Type: text/rfc822-headers

Received: from [172.16.0.3] (HELO imx-fe.ngs.ru)
  by mx10.intranet.ru (CommuniGate Pro SMTP 4.3.11)
  with ESMTP id 4058501 for joe@eml.ru; Sun, 11 Sep 2011 12:04:31 +0700

--_===4058501====mx10.intranet.ru===_--
`),
    expect: [{ recipient: 'joe@eml.ru', reason: 'mailboxfull' }],
  },
  {
    name: 'o365-mailbox-full-quota-exceeded',
    source: 'https://pastebin.com/ei6cDaAt',
    says:
      P +
      '"The recipient\'s mailbox is full and can\'t accept messages now." / "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"',
    rebuilt:
      'ProcessTeam@expressnetworkas.onmicrosoft.com -> team@example.onmicrosoft.com; From/To/Subject/Date/MIME headers added (paste is the NDR body only); blank lines and line indentation restored; original headers cut where the paste excerpt ends',
    raw: msg(`
From: Microsoft Outlook <postmaster@example.onmicrosoft.com>
To: a@example.net
Subject: Undeliverable: message
Date: Mon, 24 Sep 2018 20:43:46 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

team@example.onmicrosoft.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: CO1PR20MB0757.namprd20.prod.outlook.com

team@example.onmicrosoft.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message The process failed to get the correct properties. 16.55847:B3040000, 17.43559:000000008C000000000000000000000000000000, 20.52176:140F8C84100010100A009082, 20.50032:140F8C84801710100A009182, 0.35180:49020000, 255.23226:0A00C684, 255.27962:07000000, 255.17082:B9040000, 0.26465:DD040000, 4.21921:B9040000, 255.31418:DD040000, 0.22753:FA000000, 255.21817:B9040000, 0.20385:00000000, 4.28577:DD040000, 0.32001:312D3461, 4.29953:DD040000, 0.32768:35623531, 4.33024:DD040000 [Stage: CreateMessage]'

Original message headers:

Received: from BN6PR20CA0054.namprd20.prod.outlook.com (2603:10b6:404:151::16)
 by CO1PR20MB0757.namprd20.prod.outlook.com (2a01:111:e400:7b70::15) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1164.22; Mon, 24 Sep
 2018 20:43:44 +0000
`),
    expect: [{ recipient: 'team@example.onmicrosoft.com', reason: 'mailboxfull' }],
  },
  {
    name: 'ionos-retry-timeout-exceeded',
    source: 'https://pastebin.com/8MufPjWC',
    says: P + '"This is a permanent error... Reason: delivery retry timeout exceeded"',
    rebuilt:
      "galindo5@sbcglobal.net -> jane@sbcglobal.net, castri@aviacionyrecreo.es -> a@example.es; From/To/Subject/Date/MIME headers added (paste is the body only; From as 1&1 writes it in https://pastebin.com/dS0JkYBA; Date unknown, set to the original's); blank lines and line indentation restored",
    raw: msg(`
From: Mail Delivery System <mailer-daemon@kundenserver.de>
To: a@example.es
Subject: Mail delivery failed: returning message to sender
Date: Thu, 28 Dec 2017 17:46:57 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

<jane@sbcglobal.net>
Reason:
delivery retry timeout exceeded

--- The header of the original message is following. ---

Received: from localhost ([92.52.7.179]) by mrelayeu.kundenserver.de (mreue105
 [212.227.15.158]) with ESMTPSA (Nemesis) id 0MbxnK-1eCWmd0gq6-00JMmW for
 <jane@sbcglobal.net>; Thu, 28 Dec 2017 17:46:57 +0100
From: A Sender <a@example.es>
To: Jane <jane@sbcglobal.net>
Subject: Re: for Jane
Date: Thu, 28 Dec 2017 17:46:57 +0100
Message-ID: <0Lzai2-1f08p91KNO-014mMm@mrelayeu.kundenserver.de>
`),
    expect: [{ recipient: 'jane@sbcglobal.net', reason: 'expired' }],
  },
  {
    name: 'exchange-relay-o365-spamhaus',
    source: 'https://pastebin.com/gXfSs49X',
    says: P + '"550 5.7.1 Service unavailable, Client host [15.211.195.9] blocked using Spamhaus."',
    rebuilt:
      'recipient was already redacted by the poster as xxx@hpe.com (kept); From/To/Subject/Date/MIME headers added (paste starts at "The following organization rejected your message"); blank lines and line indentation restored',
    raw: msg(`
From: postmaster@hpe.com
To: a@example.net
Subject: Undeliverable: message
Date: Thu, 27 Oct 2016 10:21:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

The following organization rejected your message: DM3NAM03FT063.mail.protection.outlook.com.

Diagnostic information for administrators:

Generating server: G9W8456.americas.hpqcorp.net

xxx@hpe.com
DM3NAM03FT063.mail.protection.outlook.com
Remote Server returned '554 5.7.1 <DM3NAM03FT063.mail.protection.outlook.com #5.7.1 smtp;550 5.7.1 Service unavailable, Client host [15.211.195.9] blocked using Spamhaus. To request removal from this list see http://www.spamhaus.org/lookup.lasso (AS16012611)>'

Original message headers:

Received: from G4W9122.americas.hpqcorp.net (16.210.21.17) by
 G9W8456.americas.hpqcorp.net (16.216.161.95) with Microsoft SMTP Server (TLS)
 id xxx; Thu, 27 Oct 2016 10:20:58 +0000
`),
    expect: [{ recipient: 'xxx@hpe.com', reason: 'blocked' }],
  },
  {
    name: 'centrum-postfix-zen-spamhaus-two',
    source: 'https://pastebin.com/rhrW1wqA',
    says: P + '"554 5.7.1 Service unavailable; Client host [46.255.225.252] blocked using zen.spamhaus.org"',
    rebuilt:
      'plesnik@spedos.cz -> joe@spedos.cz, vana@spedos.cz -> jim@spedos.cz, nedbalek.j@centrum.cz -> a@centrum.cz; message headers, multipart/report wrapper and part headers added (paste shows the notification text and the DSN fields between "----------" separators); blank lines and line indentation restored; returned message dropped',
    raw: msg(`
From: MAILER-DAEMON@gmmr1.centrum.cz (Mail Delivery System)
To: a@centrum.cz
Subject: Undelivered Mail Returned to Sender
Date: Thu, 12 Dec 2019 12:15:26 +0100 (CET)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1E956800E807.1576149326/gmmr1.centrum.cz"

--1E956800E807.1576149326/gmmr1.centrum.cz
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at Centrum Holdings

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please contact your system administrator.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

--1E956800E807.1576149326/gmmr1.centrum.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; gmmr1.centrum.cz
X-Postfix-Queue-ID: 1E956800E807
X-Postfix-Sender: rfc822; a@centrum.cz
Arrival-Date: Thu, 12 Dec 2019 12:15:24 +0100 (CET)

Final-Recipient: rfc822; joe@spedos.cz
Original-Recipient: rfc822;joe@spedos.cz
Action: failed
Status: 5.7.1
Remote-MTA: dns; posta.spedos.cz
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [46.255.225.252] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL468702

Final-Recipient: rfc822; jim@spedos.cz
Original-Recipient: rfc822;jim@spedos.cz
Action: failed
Status: 5.7.1
Remote-MTA: dns; posta.spedos.cz
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [46.255.225.252] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL468702

--1E956800E807.1576149326/gmmr1.centrum.cz--
`),
    expect: [
      { recipient: 'joe@spedos.cz', reason: 'blocked' },
      { recipient: 'jim@spedos.cz', reason: 'blocked' },
    ],
  },
  {
    name: 'delivery-failure-outlook-network-blocklist',
    source: 'https://pastebin.com/UHskrjFA',
    says:
      P +
      '"550 5.7.1 Unfortunately, messages from [162.144.33.237] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (AS3150)."',
    rebuilt:
      'emilybass@live.com.au -> jane@live.com.au, info@sakuralounge.com.au -> a@example.com.au; headers rebuilt from the Outlook forward block (From "System Administrator" had no address: postmaster@srv1.dreamwebhosting.com.au supplied; Sent/To/Subject copied) plus MIME; blank lines and line indentation restored; returned lines cut after the headers',
    raw: msg(`
From: System Administrator <postmaster@srv1.dreamwebhosting.com.au>
To: a@example.com.au
Subject: Delivery Failure
Date: Wed, 4 Apr 2018 11:00:00 +1000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Could not deliver message to the following recipient(s):

Failed Recipient: jane@live.com.au
Reason: Remote host said: 550 5.7.1 Unfortunately, messages from
[162.144.33.237] weren't sent. Please contact your Internet service provider
since part of their network is on our block list (AS3150). You can also
refer your provider to
http://mail.live.com/mail/troubleshooting.aspx#errors.
[SG2APC01FT054.eop-APC01.prod.protection.outlook.com]

-- The header and top 20 lines of the message follows --

Received: from SAKURARECEPTION (mjmana1.lnk.telstra.net [203.45.19.194]) by
 srv1.dreamwebhosting.com.au with SMTP;
   Wed, 4 Apr 2018 10:59:57 +1000
From: "Sakura Lounge" <a@example.com.au>
To: <jane@live.com.au>
Subject: FW: New enquiry posted on Sakura Lounge
Date: Wed, 4 Apr 2018 10:59:59 +1000
Message-ID: <005901d3cbb0$42b558e0$c8200aa0$@sakuralounge.com.au>
MIME-Version: 1.0
`),
    expect: [{ recipient: 'jane@live.com.au', reason: 'blocked' }],
  },
  {
    name: 'postfix-spf-fail-not-authorized',
    source: 'https://pastebin.com/8dwUawUy',
    says: P + '"Recipient address rejected: Message rejected due to: SPF fail - not authorized."',
    rebuilt:
      'sylvia.kladler@w.roteskreuz.at -> joe@w.roteskreuz.at, sylvia@kladler.at -> a@example.at (also inside the openspf URL), host mail.kladler.at -> mail.example.at; message headers, multipart/report wrapper and part headers added; the paste starts at "I\'m sorry..." (first template line not shown, not added); blank lines and line indentation restored; returned message dropped',
    raw: msg(`
From: MAILER-DAEMON@mail.example.at (Mail Delivery System)
To: a@example.at
Subject: Undelivered Mail Returned to Sender
Date: Fri, 24 Mar 2017 13:07:10 +0100 (CET)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="AE2C880513738.1490357230/mail.example.at"

--AE2C880513738.1490357230/mail.example.at
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joe@w.roteskreuz.at>: host wrcrelay05.wrk.at[193.105.181.175] said:
    550 5.7.1 <joe@w.roteskreuz.at>: Recipient address rejected:
    Message rejected due to: SPF fail - not authorized. Please see
    http://www.openspf.net/Why?s=mfrom;id=a@example.at;ip=134.255.226.90;r=joe@w.roteskreuz.at
    (in reply to RCPT TO command)

--AE2C880513738.1490357230/mail.example.at
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.at
X-Postfix-Queue-ID: AE2C880513738
X-Postfix-Sender: rfc822; a@example.at
Arrival-Date: Fri, 24 Mar 2017 13:07:09 +0100 (CET)

Final-Recipient: rfc822; joe@w.roteskreuz.at
Original-Recipient: rfc822;joe@w.roteskreuz.at
Action: failed
Status: 5.7.1
Remote-MTA: dns; wrcrelay05.wrk.at
Diagnostic-Code: smtp; 550 5.7.1 <joe@w.roteskreuz.at>: Recipient
    address rejected: Message rejected due to: SPF fail - not authorized.
    Please see
    http://www.openspf.net/Why?s=mfrom;id=a@example.at;ip=134.255.226.90;r=joe@w.roteskreuz.at

--AE2C880513738.1490357230/mail.example.at--
`),
    expect: [{ recipient: 'joe@w.roteskreuz.at', reason: 'authfailure' }],
  },
  {
    name: 'gmail-2011-spf-unauthorized-prohibited',
    source: 'https://pastebin.com/WuNRM1VB',
    says: P + '"550 550 5.7.1 SPF unauthorized mail is prohibited. (state 18)."',
    rebuilt:
      'chen.amit@tipalti.com -> joe@example.com, yariv@infolinks.com -> a@example.net; headers rebuilt from the Outlook forward block (From/Sent/To/Subject) plus MIME; blank lines and line indentation restored; original cut after its first Received line',
    raw: msg(`
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: a@example.net
Subject: Delivery Status Notification (Failure)
Date: Thu, 06 Oct 2011 06:31:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     joe@example.com

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient
domain. We recommend contacting the other email provider for further
information about the cause of this error. The error that the other server
returned was: 550 550 5.7.1 SPF unauthorized mail is prohibited. (state 18).

----- Original message -----

MIME-Version: 1.0
Received: by 10.236.175.163 with SMTP id z23mr1359911yhl.116.1317882651147;
 Wed, 05 Oct 2011 23:30:51 -0700 (PDT)
`),
    expect: [{ recipient: 'joe@example.com', reason: 'authfailure' }],
  },
  {
    name: 'godaddy-gmail-dmarc-unauthenticated',
    source: 'https://gist.github.com/s3w47m88/115688a7ecd5a8c762bd3f98932756b2',
    says:
      P +
      '"550-5.7.1 Unauthenticated email from mydomain.com is not accepted due to domain\'s DMARC policy."',
    rebuilt:
      "personIsentTo@gmail.com (poster's own placeholder) -> jane@gmail.com, person@1201.com -> b@example.org; From/To/Subject/Date/MIME headers added (gist is the body only; From/Subject as GoDaddy writes them in https://pastebin.com/xQZtbhiu); blank lines and line indentation restored; returned copy cut after its Received lines",
    raw: msg(`
From: MAILER-DAEMON@p3plibsmtp01-01.prod.phx3.secureserver.net
To: ME@mydomain.com
Subject: failure notice
Date: 31 Mar 2019 00:01:30 -0000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Your mail message to the following address(es) could not be delivered.
This is a permanent error. Please verify the address(es) and try again.

<jane@gmail.com>:
74.125.142.26 failed after I sent the message.
Remote host said: 550-5.7.1 Unauthenticated email from mydomain.com is not accepted due
550-5.7.1 to domain's DMARC policy. Please contact the administrator of
550-5.7.1 mydomain.com domain if this was a legitimate mail. Please
550-5.7.1 visit
550-5.7.1 https://support.google.com/mail/answer/2451690 to learn about the
550 5.7.1 DMARC initiative. a22si5387311pfc.217 - gsmtp

--- Below this line is a copy of the message.

Return-Path: <srs0=0y0/=sc=mydomain.com=ME@bounce.secureserver.net>
Received: (qmail 80391 invoked from network); 31 Mar 2019 00:01:28 -0000
Delivered-To: b@example.org
Received: (qmail 80389 invoked by uid 30297); 31 Mar 2019 00:01:28 -0000
`),
    expect: [{ recipient: 'jane@gmail.com', reason: 'authfailure' }],
  },
  {
    name: 'gmail-2011-message-file-too-big',
    source: 'https://pastebin.com/HCfTUB06',
    says: P + '"552 552 5.3.4 Error: message file too big (state 18)."',
    rebuilt:
      'sebastian@wessalowski.org -> joe@example.org, micmicha@gmail.com/@googlemail.com -> a@gmail.com/a@googlemail.com; headers rebuilt from the pasted From/Date/Subject/To block plus MIME; blank lines and line indentation restored; original body dropped',
    raw: msg(`
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: a@gmail.com
Subject: Delivery Status Notification (Failure)
Date: Sat, 23 Jul 2011 15:45:40 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     joe@example.org

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 552 552 5.3.4 Error: message file too big (state 18).

----- Original message -----

MIME-Version: 1.0
Received: by 10.204.10.75 with SMTP id o11mr755109bko.124.1311435931903; Sat,
 23 Jul 2011 08:45:31 -0700 (PDT)
Received: by 10.204.2.76 with HTTP; Sat, 23 Jul 2011 08:45:21 -0700 (PDT)
Date: Sat, 23 Jul 2011 17:45:21 +0200
Subject: 19" Case - Fotos
From: A Sender <a@googlemail.com>
To: joe@example.org
Content-Type: multipart/mixed; boundary=0015175cda08de0e9b04a8be78b3
`),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'o365-hop-count-exceeded-loop',
    source: 'https://pastebin.com/0aCSGeph',
    says: P + '"554 5.4.14 Hop count exceeded - possible mail loop ATTR34"',
    rebuilt:
      'thomas.g@logistikkhuset.no -> joe@logistikkhuset.no; From/To/Subject/Date/MIME headers added (paste is the NDR body only); blank lines and line indentation restored; original headers cut where the paste excerpt ends',
    raw: msg(`
From: postmaster@doorway.no
To: a@doorway.no
Subject: Undeliverable: message
Date: Thu, 7 Sep 2017 12:07:15 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

joe@logistikkhuset.no
A problem occurred during the delivery of this message. Please try to resend the message later.

The following organization rejected your message: HE1EUR01FT063.mail.protection.outlook.com.

Diagnostic information for administrators:

Generating server: AM4P190MB0209.EURP190.PROD.OUTLOOK.COM

joe@logistikkhuset.no
HE1EUR01FT063.mail.protection.outlook.com
Remote Server returned '<HE1EUR01FT063.mail.protection.outlook.com #5.4.14 smtp;554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [HE1EUR01FT063.eop-EUR01.prod.protection.outlook.com]>'

Original message headers:

Received: from VI1P190CA0005.EURP190.PROD.OUTLOOK.COM (2603:10a6:802:2b::18)
 by AM4P190MB0209.EURP190.PROD.OUTLOOK.COM (2603:10a6:200:63::18) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256) id 15.20.13.10; Thu, 7 Sep
 2017 12:07:14 +0000
`),
    expect: [{ recipient: 'joe@logistikkhuset.no', reason: 'networkerror' }],
  },
  {
    name: 'postfix-host-not-found-aaaa',
    source: 'https://pastebin.com/gww0kMRy',
    says:
      P +
      '"Host or domain name not found. Name service error for name=angelocias.com type=AAAA: Host not found"',
    rebuilt:
      'angel@angelocias.com -> joe@nosuchdomain.example (also in the name= field); message headers, the opening boundary and the first part\'s headers added (paste starts at "This is the mail system"); blank lines and line indentation restored; returned message cut after its headers',
    raw: msg(`
From: MAILER-DAEMON@musiends.com (Mail Delivery System)
To: root@musiends.com
Subject: Undelivered Mail Returned to Sender
Date: Wed, 27 Feb 2019 00:01:25 +0100 (CET)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1F6D6A3B13.1551222085/musiends.com"

This is a MIME-encapsulated message.

--1F6D6A3B13.1551222085/musiends.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host musiends.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joe@nosuchdomain.example>: Host or domain name not found. Name service error for
    name=nosuchdomain.example type=AAAA: Host not found

--1F6D6A3B13.1551222085/musiends.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; musiends.com
X-Postfix-Queue-ID: 1F6D6A3B13
X-Postfix-Sender: rfc822; root@musiends.com
Arrival-Date: Wed, 27 Feb 2019 00:01:25 +0100 (CET)

Final-Recipient: rfc822; joe@nosuchdomain.example
Original-Recipient: rfc822;joe@nosuchdomain.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=nosuchdomain.example type=AAAA: Host not found

--1F6D6A3B13.1551222085/musiends.com
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <root@musiends.com>
Received: by musiends.com (Postfix, from userid 0)
	id 1F6D6A3B13; Wed, 27 Feb 2019 00:01:25 +0100 (CET)
Subject: Testing Posfix
To: <joe@nosuchdomain.example>

--1F6D6A3B13.1551222085/musiends.com--
`),
    expect: [{ recipient: 'joe@nosuchdomain.example', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'postfix-ovh-cannot-find-reverse-hostname',
    source: 'https://pastebin.com/Q9N0hNwj',
    says: P + '"450 4.7.1 Client host rejected: cannot find your reverse hostname, [209.99.16.172]"',
    rebuilt:
      'caroline@mywayintl.fr -> joe@mywayintl.fr, wosorto@cuasa.hn -> a@example.hn (also inside the SRS sender); headers rebuilt from the pasted Subject/From/Date/To block (Date given as 7/7/2017 11:54 a.m., zone unknown) plus MIME wrapper and part headers (the client showed the parts as details.txt / Undelivered Message Headers.txt); blank lines and line indentation restored; returned headers cut after Return-Path',
    raw: msg(`
From: "Mail Delivery System" <MAILER-DAEMON@linux-outbound.webhostbox.net>
To: <a@example.hn>
Subject: Undelivered Mail Returned to Sender
Date: Fri, 7 Jul 2017 11:54:00 -0600
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8D424172059D.1499450040/linux-outbound.webhostbox.net"

--8D424172059D.1499450040/linux-outbound.webhostbox.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host linux-outbound.webhostbox.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joe@mywayintl.fr>: host mx2.ovh.net[137.74.125.139] said: 450 4.7.1
    Client host rejected: cannot find your reverse hostname, [209.99.16.172]
    (in reply to RCPT TO command)

--8D424172059D.1499450040/linux-outbound.webhostbox.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; linux-outbound.webhostbox.net
X-Postfix-Queue-ID: 8D424172059D
X-Postfix-Sender: rfc822; SRS0+FGBs=6J=example.hn=a@linux-outbound.webhostbox.net
Arrival-Date: Thu, 6 Jul 2017 17:18:52 +0000 (GMT)

Final-Recipient: rfc822; joe@mywayintl.fr
Original-Recipient: rfc822;joe@mywayintl.fr
Action: failed
Status: 4.7.1
Remote-MTA: dns; mx2.ovh.net
Diagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your reverse
    hostname, [209.99.16.172]

--8D424172059D.1499450040/linux-outbound.webhostbox.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <SRS0+FGBs=6J=example.hn=a@linux-outbound.webhostbox.net>

--8D424172059D.1499450040/linux-outbound.webhostbox.net--
`),
    expect: [{ recipient: 'joe@mywayintl.fr', reason: 'requireptr' }],
  },
  {
    name: 'sendmail-gmail-likely-unsolicited',
    source: 'https://pastebin.com/9k5apkKk',
    says:
      P +
      '"Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked."',
    rebuilt:
      'caries@gmail.com -> jane@gmail.com, test@kras-abs.ru -> a@kras-abs.ru; message headers, multipart/report wrapper and part headers added (paste starts at "The original message was received at"); the transcript line "DATA" is kept as pasted (without ">>>"); blank lines and line indentation restored; returned message cut after its first Received line',
    raw: msg(`
From: Mail Delivery Subsystem <MAILER-DAEMON@mx0.kras-abs.ru>
To: <a@kras-abs.ru>
Subject: Returned mail: see transcript for details
Date: Mon, 13 Feb 2017 08:21:21 +0700 (KRAT)
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="v1D1LJSg038636.1486948881/mx0.kras-abs.ru"

This is a MIME-encapsulated message

--v1D1LJSg038636.1486948881/mx0.kras-abs.ru

The original message was received at Mon, 13 Feb 2017 08:21:19 +0700 (KRAT)
from mail.kras-abs.ru [185.124.155.172]

   ----- The following addresses had permanent fatal errors -----
<jane@gmail.com>
    (reason: 550-5.7.1 [185.124.155.172 12] Our system has detected that this message is)

   ----- Transcript of session follows -----
... while talking to gmail-smtp-in.l.google.com.:
DATA
<<< 550-5.7.1 [185.124.155.172 12] Our system has detected that this message is
<<< 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
<<< 550-5.7.1 this message has been blocked. Please visit
<<< 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError
<<< 550 5.7.1 for more information. r128si5261221lfr.351 - gsmtp
554 5.0.0 Service unavailable

--v1D1LJSg038636.1486948881/mx0.kras-abs.ru
Content-Type: message/delivery-status

Reporting-MTA: dns; mx0.kras-abs.ru
Received-From-MTA: DNS; mail.kras-abs.ru
Arrival-Date: Mon, 13 Feb 2017 08:21:19 +0700 (KRAT)

Final-Recipient: RFC822; jane@gmail.com
Action: failed
Status: 5.7.1
Remote-MTA: DNS; gmail-smtp-in.l.google.com
Diagnostic-Code: SMTP; 550-5.7.1 [185.124.155.172 12] Our system has detected that this message is
Last-Attempt-Date: Mon, 13 Feb 2017 08:21:21 +0700 (KRAT)

--v1D1LJSg038636.1486948881/mx0.kras-abs.ru
Content-Type: message/rfc822

Return-Path: <a@kras-abs.ru>
Received: from mail.kras-abs.ru (mail.kras-abs.ru [185.124.155.172])
	(authenticated bits=0)
	by mx0.kras-abs.ru (8.14.4/8.14.4) with ESMTP id v1D1LJSg038636

--v1D1LJSg038636.1486948881/mx0.kras-abs.ru--
`),
    expect: [{ recipient: 'jane@gmail.com', reason: 'spamdetected' }],
  },
  {
    name: 'qmail-pair-relay-access-denied',
    source: 'https://pastebin.com/H5DtQtsw',
    says: P + '"Remote host said: 554 5.7.1 <...>: Relay access denied"',
    rebuilt:
      'dan@3zx.co.uk -> joe@example.co.uk, dan@3zx.doesntexist.com (in the reply) -> joe@example.doesntexist.com, ralph@inputplus.co.uk -> a@example.net; MIME headers added; blank lines and line indentation restored; returned copy cut after its headers',
    raw: msg(`
Date: 17 Feb 2009 18:18:09 -0000
From: MAILER-DAEMON@relay00.pair.com
To: a@example.net
Subject: failure notice
Message-Id: <20090217181809.433B3FFAFA@mailwash26.pair.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi. This is the qmail-send program at relay00.pair.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<joe@example.co.uk>:
82.25.244.224 does not like recipient.
Remote host said: 554 5.7.1 <joe@example.doesntexist.com>: Relay access denied
Giving up on 82.25.244.224.

--- Below this line is a copy of the message.

Return-Path: <a@example.net>
Received: (qmail 54290 invoked from network); 17 Feb 2009 18:18:07 -0000
Received: from 87.114.20.243 (HELO blake.inputplus.co.uk) (87.114.20.243)
  by relay00.pair.com with SMTP; 17 Feb 2009 18:18:07 -0000
To: <joe@example.co.uk>
Subject: Code name sausage.
Date: Tue, 17 Feb 2009 18:18:06 +0000 (GMT)
From: a@example.net
`),
    expect: [{ recipient: 'joe@example.co.uk', reason: 'norelaying' }],
  },
  {
    name: 'exim-mailru-unroutable-sender',
    source: 'https://pastebin.com/GFSKpSPH',
    says: P + '"host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address"',
    rebuilt:
      'peter.holm@mail.ru -> joe@mail.ru (sender carlos@carlos.carlos is the poster\'s own fake domain, kept); mail(1) "From MAILER-DAEMON" line dropped; MIME headers added; blank lines and line indentation restored',
    raw: msg(`
Envelope-to: carlos@carlos.carlos
Delivery-date: Sat, 15 Jul 2017 13:43:48 -0400
X-Failed-Recipients: joe@mail.ru
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@carlos.carlos>
To: carlos@carlos.carlos
Subject: Mail delivery failed: returning message to sender
Date: Sat, 15 Jul 2017 13:43:48 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  joe@mail.ru
    SMTP error from remote mail server after MAIL FROM:<carlos@carlos.carlos> SIZE=1384:
    host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address
`),
    expect: [{ recipient: 'joe@mail.ru', reason: 'rejected' }],
  },
  {
    name: 'pastebin-postfix-local-unknown-user',
    source: 'https://pastebin.com/Ws6y2zDA',
    says: '(paste; cause from the bounce\'s own words) <sales@mywebsite.com>: unknown user: "sales" / Status: 5.1.1',
    rebuilt:
      "Paste holds the notification text and the per-recipient DSN fields only (already anonymised as mywebsite.com). Added: message headers (From MAILER-DAEMON, To, Subject, Date, Message-Id, MIME multipart/report with boundary), the part headers, the Reporting-MTA line and blank lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: Mon, 4 Mar 2019 10:00:00 +0000 (UTC)',
      'From: MAILER-DAEMON@mywebsite.com (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: joe@example.org',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="A1B2C3D4E5.1551693600/mywebsite.com"',
      'Message-Id: <20190304100000.A1B2C3D4E5@mywebsite.com>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--A1B2C3D4E5.1551693600/mywebsite.com',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mywebsite.com.',
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
      '<sales@mywebsite.com>: unknown user: "sales"',
      '',
      '--A1B2C3D4E5.1551693600/mywebsite.com',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mywebsite.com',
      '',
      'Final-Recipient: rfc822; sales@mywebsite.com',
      'Original-Recipient: rfc822;sales@mywebsite.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: X-Postfix; unknown user: "sales"',
      '',
      '--A1B2C3D4E5.1551693600/mywebsite.com--'
    ),
    expect: [{ recipient: 'sales@mywebsite.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'pastebin-exim-pipe-local-delivery-failed',
    source: 'https://pastebin.com/wrAHLXu1',
    says: "(paste; cause from the bounce's own words) pipe to |/home/securei/public_html/support/cli/index.php / generated by sales@... / local delivery failed",
    rebuilt:
      "Paste is the Exim text only. sales@infinitetech.eu -> sales@example.eu. Added: From/To/Subject/Date/Message-Id/Content-Type headers; blank lines and Exim's indentation restored (the stored paste copy drops them). The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-path: <>',
      'From: Mail Delivery System <Mailer-Daemon@server.example.eu>',
      'To: joe@example.org',
      'Subject: Mail delivery failed: returning message to sender',
      'Auto-Submitted: auto-replied',
      'Message-Id: <E1aBcDe-0001Xy-AB@server.example.eu>',
      'Date: Mon, 04 Mar 2019 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  pipe to |/home/securei/public_html/support/cli/index.php',
      '    generated by sales@example.eu',
      '    local delivery failed'
    ),
    expect: [{ recipient: 'sales@example.eu', reason: 'mailererror' }],
  },
  {
    name: 'pastebin-postfix-remote-sender-unknown',
    source: 'https://pastebin.com/MnhUdN2q',
    says: "(paste; cause from the bounce's own words) host mail.notlimited.com[207.135.120.100] said: 550 <...>, Sender unknown (in reply to MAIL FROM command)",
    rebuilt:
      "Addresses were e-mail-obfuscated in the stored copy; recipient -> joe@example.com, sender -> sender@rescopa.com. Added: message headers, MIME multipart/report structure and part headers, blank lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: Tue, 8 May 2018 19:06:07 +0000 (UTC)',
      'From: MAILER-DAEMON@rescopa.com (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: sender@rescopa.com',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="BAC763E2.1525806367/rescopa.com"',
      'Message-Id: <20180508190607.C1D2E3F4@rescopa.com>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--BAC763E2.1525806367/rescopa.com',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host rescopa.com.',
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
      '<joe@example.com>: host mail.notlimited.com[207.135.120.100] said:',
      '    550 <sender@rescopa.com>, Sender unknown (in reply to MAIL FROM command)',
      '',
      '--BAC763E2.1525806367/rescopa.com',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; rescopa.com',
      'X-Postfix-Queue-ID: BAC763E2',
      'X-Postfix-Sender: rfc822; sender@rescopa.com',
      'Arrival-Date: Tue, 8 May 2018 19:06:05 +0000 (UTC)',
      '',
      'Final-Recipient: rfc822; joe@example.com',
      'Original-Recipient: rfc822;joe@example.com',
      'Action: failed',
      'Status: 5.0.0',
      'Remote-MTA: dns; mail.notlimited.com',
      'Diagnostic-Code: smtp; 550 <sender@rescopa.com>, Sender unknown',
      '',
      '--BAC763E2.1525806367/rescopa.com--'
    ),
    expect: [{ recipient: 'joe@example.com', reason: 'rejected' }],
  },
  {
    name: 'pastebin-qmail-connection-died-queue-too-long',
    source: 'https://pastebin.com/tt5hdnmc',
    says: "(paste; cause from the bounce's own words) Connected to 199.15.29.5 but connection died. (#4.4.2) I'm not going to try again; this message has been in the queue too long.",
    rebuilt:
      "The stored paste had all line breaks lost; lines re-broken at the qmail sentence/header boundaries. fmejia@leisurebay.com -> joe@example.com, iescobar@orca-technology.com -> sender@example.net. Added: From/To/Subject/Date/Content-Type headers; returned copy cut after its Received lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: 10 Jun 2009 13:09:00 -0000',
      'From: MAILER-DAEMON@gateway01.websitewelcome.com',
      'To: sender@example.net',
      'Subject: failure notice',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Hi. This is the qmail-send program at gateway01.websitewelcome.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<joe@example.com>:',
      'Connected to 199.15.29.5 but connection died. (#4.4.2)',
      "I'm not going to try again; this message has been in the queue too long.",
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <sender@example.net>',
      'Received: (qmail 17814 invoked from network); 3 Jun 2009 13:08:56 -0000',
      'Received: from comanche.websitewelcome.com (74.52.154.146) by gateway01.websitewelcome.com with SMTP; 3 Jun 2009 13:08:56 -0000'
    ),
    expect: [{ recipient: 'joe@example.com', reason: 'expired' }],
  },
  {
    name: 'pastebin-exim-mailbox-full-retry-timeout',
    source: 'https://pastebin.com/44P1faxw',
    says: "(paste; cause from the bounce's own words) master1@... mailbox is full: retry timeout exceeded",
    rebuilt:
      "master1@carlstadt.org -> master1@example.org, vas@mypowerit.net -> vas@example.net. Added: From/To/Subject/Date/Message-Id/Content-Type headers, blank lines and Exim indentation; returned copy trimmed (body dropped). The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-path: <>',
      'From: Mail Delivery System <Mailer-Daemon@server3.mypowerit.com>',
      'To: vas@example.net',
      'Subject: Mail delivery failed: returning message to sender',
      'Auto-Submitted: auto-replied',
      'X-Failed-Recipients: master1@example.org',
      'Message-Id: <E1QtdXX-0003zz-AA@server3.mypowerit.com>',
      'Date: Thu, 18 Aug 2011 06:02:30 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  master1@example.org',
      '    mailbox is full: retry timeout exceeded',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <vas@example.net>',
      'Received: from [27.251.16.171] (port=45412 helo=[192.168.0.12])',
      '\tby server3.mypowerit.com with esmtpa (Exim 4.69)',
      '\t(envelope-from <vas@example.net>)',
      '\tid 1Qtdsx-0003wh-SH',
      '\tfor master1@example.org; Wed, 17 Aug 2011 06:02:12 -0500',
      'Subject: vvvvvvvvvvvvvvv',
      'To: master1@example.org'
    ),
    expect: [{ recipient: 'master1@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'pastebin-exim-retry-time-not-reached-two',
    source: 'https://pastebin.com/aPiqweXT',
    says: "(paste; cause from the bounce's own words) retry time not reached for any host after a long failure period (both recipients)",
    rebuilt:
      'Headers from the paste; the MIME boundary lines, part Content-type lines and blank lines were lost in the stored copy and are restored (Exim eximdsn layout). gz.hn and lapulpe.hn addresses -> example.hn. The Spanish Roundcube rendering of the returned message ("Asunto/Remitente/Destinatario") is dropped. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'Return-path: <>',
      'Envelope-to: test@example.com',
      'Delivery-date: Wed, 19 Apr 2017 20:15:52 +0000',
      'Received: from mailnull by cp-39.webhostbox.net with local (Exim 4.87)',
      '\tid 1d0w12-0049fE-1G',
      '\tfor test@example.com; Wed, 19 Apr 2017 20:15:52 +0000',
      'X-Failed-Recipients: joe@example.hn,',
      '  test@example.hn',
      'Auto-Submitted: auto-replied',
      'From: Mail Delivery System <Mailer-Daemon@cp-39.webhostbox.net>',
      'To: test@example.com',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=1492632952-eximdsn-1123882975',
      'MIME-Version: 1.0',
      'Subject: Mail delivery failed: returning message to sender',
      'Message-Id: <E1d0w12-0049fE-1G@cp-39.webhostbox.net>',
      'Date: Wed, 19 Apr 2017 20:15:52 +0000',
      '',
      '--1492632952-eximdsn-1123882975',
      'Content-type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@example.hn',
      '    retry time not reached for any host after a long failure period',
      '  test@example.hn',
      '    retry time not reached for any host after a long failure period',
      '',
      '--1492632952-eximdsn-1123882975',
      'Content-type: message/delivery-status',
      '',
      'Reporting-MTA: dns; cp-39.webhostbox.net',
      '',
      'Action: failed',
      'Final-Recipient: rfc822;test@example.hn',
      'Status: 5.0.0',
      '',
      'Action: failed',
      'Final-Recipient: rfc822;joe@example.hn',
      'Status: 5.0.0',
      '',
      '--1492632952-eximdsn-1123882975--'
    ),
    // In the delivery-status part's order (test@ first), which the report's results follow.
    expect: [
      { recipient: 'test@example.hn', reason: 'expired' },
      { recipient: 'joe@example.hn', reason: 'expired' },
    ],
  },
  {
    name: 'pastebin-sendmail-bell-labs-user-unknown',
    source: 'https://pastebin.com/7tt2uwv0',
    says: "(paste; cause from the bounce's own words) (reason: 550 5.1.1 plan9.bell-labs.com!dmr ... user unknown) / Status: 5.1.1",
    rebuilt:
      "Paste is the sendmail text and DSN fields as forwarded by Gmail. dmr -> joe (in the address, the bang path and the DSN), ricardo.maraschini@gmail.com -> sender@gmail.com. Added: message headers, multipart/report structure, part headers, a Reporting-MTA line (dns; bell-labs.com), sendmail's indentation and blank lines; the forwarded original dropped. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: Thu, 12 Oct 2017 07:02:32 GMT',
      'From: Mail Delivery Subsystem <MAILER-DAEMON@bell-labs.com>',
      'To: <sender@gmail.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="v9C72Wab012345.1507791752/bell-labs.com"',
      'Subject: Returned mail: see transcript for details',
      'Auto-Submitted: auto-generated (failure)',
      '',
      'This is a MIME-encapsulated message',
      '',
      '--v9C72Wab012345.1507791752/bell-labs.com',
      '',
      'The original message was received at Thu, 12 Oct 2017 07:01:25 GMT',
      'from mail-he1eur01lp0210.outbound.protection.outlook.com [213.199.154.210]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@plan9.bell-labs.com>',
      '    (reason: 550 5.1.1 plan9.bell-labs.com!joe ... user unknown)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to fish.cs.bell-labs.com.:',
      '>>> RCPT To:<joe@plan9.bell-labs.com>',
      '<<< 550 5.1.1 plan9.bell-labs.com!joe ... user unknown',
      '550 5.1.1 <joe@plan9.bell-labs.com>... User unknown',
      '',
      '--v9C72Wab012345.1507791752/bell-labs.com',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; bell-labs.com',
      '',
      'Original-Recipient: rfc822;joe@bell-labs.com',
      'Final-Recipient: RFC822; joe@plan9.bell-labs.com',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: DNS; fish.cs.bell-labs.com',
      'Diagnostic-Code: SMTP; 550 5.1.1 plan9.bell-labs.com!joe ... user unknown',
      'Last-Attempt-Date: Thu, 12 Oct 2017 07:02:32 GMT',
      '',
      '--v9C72Wab012345.1507791752/bell-labs.com--'
    ),
    expect: [{ recipient: 'joe@plan9.bell-labs.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'pastebin-rackspace-proofpoint-sender-domain-not-exist',
    source: 'https://pastebin.com/ZZzdk8Vg',
    says: "(paste; cause from the bounce's own words) host mxb-00070601.gslb.pphosted.com[67.231.151.6] said: 553 5.1.8 Domain of sender address does not exist (in reply to MAIL FROM command)",
    rebuilt:
      'Paste shows the bounce as a Mac Mail forward (From/Date/To/Subject lines converted to RFC 5322 headers). Claudia.RuedaRuiz@canaccord.com -> jane.doe@canaccord.com, glen@ttlventures.com -> glen@example.com. Added Message-Id/MIME-Version/Content-Type; the "<Delivery report>" attachment and the returned message are not in the paste and are left out. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'Return-Path: <>',
      'From: MAILER-DAEMON@smtp27.relay.ord1c.emailsrvr.com (Mail Delivery System)',
      'Date: Thu, 30 Jul 2015 21:11:52 -0700',
      'To: glen@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
      'Message-Id: <20150731041152.AAAA380103@smtp27.relay.ord1c.emailsrvr.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host smtp27.relay.ord1c.emailsrvr.com.',
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
      '<jane.doe@canaccord.com>: host',
      '    mxb-00070601.gslb.pphosted.com[67.231.151.6] said: 553 5.1.8 Domain of',
      '    sender address does not exist (in reply to MAIL FROM command)'
    ),
    expect: [{ recipient: 'jane.doe@canaccord.com', reason: 'rejected' }],
  },
  {
    name: 'pastebin-o2switch-postfix-invaluement-fr',
    source: 'https://pastebin.com/iAp1b4gm',
    says: '(paste; cause from the bounce\'s own words) 550-Blocked by ivmSIP and/or ivmSIP/24 - see 550 https://www.invaluement.com/lookup/?item=109.234.163.22 [pasted as "Début du message réexpédié" = Begin forwarded message]',
    rebuilt:
      'The paste is a French Apple Mail forward ("De/Objet/Date/À" converted to From/Subject/Date/To). caroline@objetdelacom.fr -> caroline@example.fr, info@padsworld.com -> info@example.com. Added Message-Id, MIME multipart/report structure and part headers, blank lines; the returned message part (only X-Spam headers in the paste) is dropped. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'Return-Path: <>',
      'Date: Tue, 8 Jan 2019 11:45:15 +0100 (CET)',
      'From: MAILER-DAEMON@sortant-01.o2switch.net (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: caroline@example.fr',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="3A22F937E157F.1546944315/sortant-01.o2switch.net"',
      'Message-Id: <20190108104515.4B11F937E1580@sortant-01.o2switch.net>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--3A22F937E157F.1546944315/sortant-01.o2switch.net',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host sortant-01.o2switch.net.',
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
      '<info@example.com>: host mx.stackmail.com[185.151.28.67] said: 550-Blocked by',
      '    ivmSIP and/or ivmSIP/24 - see 550',
      '    https://www.invaluement.com/lookup/?item=109.234.163.22 (in reply to RCPT',
      '    TO command)',
      '',
      '--3A22F937E157F.1546944315/sortant-01.o2switch.net',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; sortant-01.o2switch.net',
      'X-Postfix-Queue-ID: 3A22F937E157F',
      'X-Postfix-Sender: rfc822; caroline@example.fr',
      'Arrival-Date: Tue, 8 Jan 2019 11:45:07 +0100 (CET)',
      '',
      'Final-Recipient: rfc822; info@example.com',
      'Original-Recipient: rfc822;info@example.com',
      'Action: failed',
      'Status: 5.0.0',
      'Remote-MTA: dns; mx.stackmail.com',
      'Diagnostic-Code: smtp; 550-Blocked by ivmSIP and/or ivmSIP/24 - see 550',
      '    https://www.invaluement.com/lookup/?item=109.234.163.22',
      '',
      '--3A22F937E157F.1546944315/sortant-01.o2switch.net--'
    ),
    expect: [{ recipient: 'info@example.com', reason: 'blocked' }],
  },
  {
    name: 'pastebin-postfix-chello-inactive-recipient',
    source: 'https://pastebin.com/Mssd7NsK',
    says: "(paste; cause from the bounce's own words) host smtp.chello.nl[213.46.255.2] said: 550 5.1.1 <...> inactive recipient rejected (in reply to RCPT TO command)",
    rebuilt:
      'Whole message with headers; carlalichtenberg@chello.nl -> jane@chello.nl, jorik@web001.webiq.nl -> joe@web001.webiq.nl; the mbox "From MAILER-DAEMON" line and the client "Status: O" header dropped. The stored copy ends at the second part\'s boundary, so the delivery-status and returned-message parts are missing and the multipart is closed after the notification. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'Return-Path: <>',
      'X-Original-To: joe@web001.webiq.nl',
      'Delivered-To: joe@web001.webiq.nl',
      'Received: by web001.webiq.nl (Postfix)',
      '\tid A85837CE01B; Fri, 9 Jul 2010 12:55:39 +0200 (CEST)',
      'Date: Fri, 9 Jul 2010 12:55:39 +0200 (CEST)',
      'From: MAILER-DAEMON@web001.webiq.nl (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: joe@web001.webiq.nl',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="8501A7CE04A.1278672939/web001.webiq.nl"',
      'Content-Transfer-Encoding: 7bit',
      'Message-Id: <20100709105539.A85837CE01B@web001.webiq.nl>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--8501A7CE04A.1278672939/web001.webiq.nl',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host web001.webiq.nl.',
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
      '<jane@chello.nl>: host smtp.chello.nl[213.46.255.2] said: 550 5.1.1',
      '    <jane@chello.nl> inactive recipient rejected (in reply to RCPT',
      '    TO command)',
      '',
      '--8501A7CE04A.1278672939/web001.webiq.nl--'
    ),
    expect: [{ recipient: 'jane@chello.nl', reason: 'suspend' }],
  },
  {
    name: 'pastebin-postfix-local-unknown-users-it-mutt',
    source: 'https://pastebin.com/fRV9iiD7',
    says: '(paste; cause from the bounce\'s own words) <???Saluti???@chioccia.ufficio.lan>: unknown user: "???saluti???" / <???s@chioccia.ufficio.lan>: unknown user: "???s" (Status 5.1.1) [pasted from Italian mutt: "Allegato" = attachment, "Tipo" = type]',
    rebuilt:
      "Paste is mutt's attachment view (Italian labels); rebuilt as the multipart/report the labels describe (Notification text/plain, Delivery report message/delivery-status). The odd local parts are kept as pasted (internal .lan host, no personal data). Added: message headers, MIME boundaries, blank lines; the third part (returned message, only a quarantine header in the paste) dropped. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: Fri, 10 Jun 2011 11:31:26 +0200 (CEST)',
      'From: MAILER-DAEMON@chioccia.ufficio.lan (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: root@chioccia.ufficio.lan',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="E14FF36016D.1307698286/chioccia.ufficio.lan"',
      'Message-Id: <20110610093126.F1A2B36016E@chioccia.ufficio.lan>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--E14FF36016D.1307698286/chioccia.ufficio.lan',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host chioccia.ufficio.lan.',
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
      '<???Saluti???@chioccia.ufficio.lan>: unknown user: "???saluti???"',
      '',
      '<???s@chioccia.ufficio.lan>: unknown user: "???s"',
      '',
      '--E14FF36016D.1307698286/chioccia.ufficio.lan',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; chioccia.ufficio.lan',
      'X-Postfix-Queue-ID: E14FF36016D',
      'X-Postfix-Sender: rfc822; root@chioccia.ufficio.lan',
      'Arrival-Date: Fri, 10 Jun 2011 11:31:25 +0200 (CEST)',
      '',
      'Final-Recipient: rfc822; ???Saluti???@chioccia.ufficio.lan',
      'Original-Recipient: rfc822;???Saluti???',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: X-Postfix; unknown user: "???saluti???"',
      '',
      'Final-Recipient: rfc822; ???s@chioccia.ufficio.lan',
      'Original-Recipient: rfc822;???s',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: X-Postfix; unknown user: "???s"',
      '',
      '--E14FF36016D.1307698286/chioccia.ufficio.lan--'
    ),
    expect: [
      { recipient: '???Saluti???@chioccia.ufficio.lan', reason: 'userunknown', hardbounce: true },
      { recipient: '???s@chioccia.ufficio.lan', reason: 'userunknown', hardbounce: true },
    ],
  },
  {
    name: 'pastebin-exchange-es-sin-entregar-501-syntax',
    source: 'https://pastebin.com/9LAaRhhi',
    says: "(paste; cause from the bounce's own words) No se puede localizar a los destinatarios siguientes: '<jlsotorrio@lsanvicente.com' ... Error del servidor: '501 Syntax error in parameters or arguments' [The following recipients cannot be reached: (malformed address with a stray \"<\") ... Server error: 501 syntax error]",
    rebuilt:
      'Outlook forward header lines (De/Enviado el/Para/Asunto) converted to From/Date/To/Subject; "Administrador del sistema" given the placeholder address postmaster@example.es. jlsotorrio@lsanvicente.com -> joe@example.com keeping the stray "<"; logistica2@interprint.es -> logistica@example.es. Added Message-ID/MIME-Version/Content-Type and blank lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'From: Administrador del sistema <postmaster@example.es>',
      'Date: Mon, 16 Mar 2020 16:48:00 +0100',
      'To: logistica@example.es',
      'Subject: Sin entregar: Pedido',
      'Message-ID: <NDR.20200316164800.0001@example.es>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Algunos de los destinatarios no recibieron su mensaje.',
      '',
      'Asunto: Pedido',
      'Enviado el: 16/03/2020 16:48',
      '',
      'No se puede localizar a los destinatarios siguientes:',
      '',
      "'<joe@example.com' en 16/03/2020 16:48",
      "Error del servidor: '501 Syntax error in parameters or arguments'"
    ),
    expect: [{ recipient: 'joe@example.com', reason: 'syntaxerror' }],
  },
  {
    name: 'pastebin-ndr-pt-sender-verify-failed',
    source: 'https://pastebin.com/BxEWDHGy',
    says: "(paste; cause from the bounce's own words) Remote Server returned '<grupoprecision.com.br (108.167.146.22) #5.0.0 smtp;550 Verification failed for <bruno@cubika.com.br> No Such User Here Sender verify failed>' [Falha na entrega aos seguintes destinatários ou grupos = Delivery has failed to these recipients or groups; the remote verified the SENDER and found no such user]",
    rebuilt:
      "Paste is the NDR body (Portuguese) plus original headers. diretoria@grupoprecision.com.br -> diretoria@example.com.br (also the org name in the diagnostic), bruno@cubika.com.br -> bruno@example.net.br. Added: From (postmaster@umblergrid.com), To, Subject, Date, Message-ID, MIME-Version, Content-Type; original headers trimmed. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'From: postmaster@umblergrid.com',
      'To: bruno@example.net.br',
      'Subject: Undeliverable: Re: Contratos Bruno',
      'Date: Wed, 18 Jan 2017 15:40:25 -0200',
      'Message-ID: <ndr-20170118154025@smtp654.umblergrid.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Falha na entrega aos seguintes destinatários ou grupos:',
      '',
      'diretoria@example.com.br',
      '',
      'Ocorreu um problema ao se entregar essa mensagem para esse endereço de email. Tente enviar a mensagem novamente. Se o problema continuar, entre em contato com a assistência técnica.',
      '',
      'A seguinte organização rejeitou sua mensagem: example.com.br (108.167.146.22).',
      '',
      'Informações de diagnóstico para administradores:',
      '',
      'Gerando servidor: smtp654.umblergrid.com',
      '',
      'diretoria@example.com.br',
      'example.com.br (108.167.146.22)',
      "Remote Server returned '<example.com.br (108.167.146.22) #5.0.0 smtp;550 Verification failed for <bruno@example.net.br> No Such User Here Sender verify failed>'",
      '',
      'Cabeçalhos de mensagem originais:',
      '',
      'Received: by smtp654.umblergrid.com id hfuk9429co8e for <diretoria@example.com.br>; Wed, 18 Jan 2017 15:40:20 -0200 (envelope-from <bruno@example.net.br>)',
      'From: Bruno Martins <bruno@example.net.br>',
      'To: Grupo Precision <diretoria@example.com.br>',
      'Subject: Re: Contratos Bruno',
      'Date: Wed, 18 Jan 2017 17:37:46 +0000'
    ),
    expect: [{ recipient: 'diretoria@example.com.br', reason: 'rejected' }],
  },
  {
    name: 'pastebin-exchange-es-buzon-lleno-four',
    source: 'https://pastebin.com/HGKcccQU',
    says: "(paste; cause from the bounce's own words) El buzón del destinatario está lleno y no puede aceptar mensajes. [The recipient's mailbox is full and can't accept messages.] (each recipient)",
    rebuilt:
      'Paste quotes the NDR text under "Respuesta al enviar un email:" [reply when sending an e-mail]. Local parts of the senado.gov.ar addresses -> user1..user4. The fifth recipient is cut off in the stored copy and left out. Added: From/To/Subject/Date/Message-ID/MIME-Version/Content-Type headers and blank lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA\'s usual layout.',
    raw: lines(
      'From: postmaster@example.org',
      'To: joe@example.org',
      'Subject: Undeliverable: consulta',
      'Date: Tue, 6 Dec 2016 10:00:00 -0300',
      'Message-ID: <ndr-20161206100000@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'No se ha podido realizar la entrega a estos destinatarios o listas de distribución:',
      '',
      'user1@senado.gov.ar',
      'El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.',
      '',
      'user2@senado.gov.ar',
      'El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.',
      '',
      'user3@senado.gov.ar',
      'El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.',
      '',
      'user4@senado.gov.ar',
      'El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.'
    ),
    expect: [
      { recipient: 'user1@senado.gov.ar', reason: 'mailboxfull' },
      { recipient: 'user2@senado.gov.ar', reason: 'mailboxfull' },
      { recipient: 'user3@senado.gov.ar', reason: 'mailboxfull' },
      { recipient: 'user4@senado.gov.ar', reason: 'mailboxfull' },
    ],
  },
  {
    name: 'pastebin-postfix-1and1-invalid-ptr',
    source: 'https://pastebin.com/kk36bWMg',
    says: "(paste; cause from the bounce's own words) host mx00.kundenserver.de[212.227.15.134] refused to talk to me: 554-kundenserver.de (mxeue002) Nemesis ESMTP Service not available 554-No SMTP service 554 invalid DNS PTR resource record, IP=5.230.214.109",
    rebuilt:
      "Addresses were e-mail-obfuscated in the stored copy: recipient -> joe@example.de, sender -> sender@fletzner.de. Paste holds the notification text and DSN fields; added message headers, multipart/report structure, part headers, blank lines. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'Return-Path: <>',
      'Date: Thu, 6 Nov 2014 09:23:10 +0100 (CET)',
      'From: MAILER-DAEMON@fletzner.de (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: sender@fletzner.de',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="667DB3E1017.1415262190/fletzner.de"',
      'Message-Id: <20141106082310.7A8B93E1018@fletzner.de>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--667DB3E1017.1415262190/fletzner.de',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host fletzner.de.',
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
      '<joe@example.de>: host mx00.kundenserver.de[212.227.15.134] refused to talk',
      '    to me: 554-kundenserver.de (mxeue002) Nemesis ESMTP Service not available',
      '    554-No SMTP service 554 invalid DNS PTR resource record, IP=5.230.214.109',
      '',
      '--667DB3E1017.1415262190/fletzner.de',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; fletzner.de',
      'X-Postfix-Queue-ID: 667DB3E1017',
      'X-Postfix-Sender: rfc822; sender@fletzner.de',
      'Arrival-Date: Sat, 1 Nov 2014 09:23:08 +0100 (CET)',
      '',
      'Final-Recipient: rfc822; joe@example.de',
      'Original-Recipient: rfc822;joe@example.de',
      'Action: failed',
      'Status: 4.0.0',
      'Remote-MTA: dns; mx00.kundenserver.de',
      'Diagnostic-Code: smtp; 554-kundenserver.de (mxeue002) Nemesis ESMTP Service not',
      '    available 554-No SMTP service 554 invalid DNS PTR resource record,',
      '    IP=5.230.214.109',
      '',
      '--667DB3E1017.1415262190/fletzner.de--'
    ),
    expect: [{ recipient: 'joe@example.de', reason: 'requireptr' }],
  },
  {
    name: 'pastebin-1and1-domain-not-found-idn',
    source: 'https://pastebin.com/VUMQBAXZ',
    says: "(paste; cause from the bounce's own words) <simone@xn--brebach-o2a.de> domain name system error: domain xn--brebach-o2a.de: domain not found",
    rebuilt:
      "Paste is the 1&1 text and original header section. simone@ -> joe@ (domain kept: it is the cause), david-roth@online.de -> sender@online.de, the other To: addresses -> placeholders. Added: From/To/Subject/Date/Message-ID/MIME-Version/Content-Type; blank lines restored; X-Provags-ID lines dropped. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'From: Mail Delivery System <mailer-daemon@kundenserver.de>',
      'To: sender@online.de',
      'Subject: Mail delivery failed: returning message to sender',
      'Date: Wed, 22 Jun 2011 23:46:20 +0200',
      'Message-ID: <0MaAaA-1aAaAa0000-00aAaA@mrelayeu.kundenserver.de>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of',
      'its recipients. The following addresses failed:',
      '',
      '<joe@xn--brebach-o2a.de>',
      'domain name system error:',
      'domain xn--brebach-o2a.de:',
      'domain not found',
      '',
      '--- The header of the original message is following. ---',
      '',
      'Received: from [192.168.11.26] (p5DF07498.dip.t-dialin.net [93.240.116.152])',
      '\tby mrelayeu.kundenserver.de (node=mrbap3) with ESMTP (Nemesis)',
      '\tid 0LbagN-1RJXEi1WTj-00lHot; Wed, 22 Jun 2011 23:46:15 +0200',
      'Subject: Kontakt',
      'From: David Roth <sender@online.de>',
      'Message-Id: <D1E099F1-8306-4D2F-BE6C-D3BD44E2149E@online.de>',
      'Date: Wed, 22 Jun 2011 23:46:17 +0200',
      'To: a@web.de, b@gmx.de, <joe@xn--brebach-o2a.de>, c@example.de, d@googlemail.com',
      'Mime-Version: 1.0 (iPhone Mail 8J2)',
      'X-Mailer: iPhone Mail (8J2)'
    ),
    expect: [{ recipient: 'joe@xn--brebach-o2a.de', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'pastebin-postfix-host-not-found-two-es-forward',
    source: 'https://pastebin.com/5kuuca5J',
    says: '(paste; cause from the bounce\'s own words) Host or domain name not found. Name service error for name=europea.hn type=A: Host found but no data record of requested type (both recipients) [pasted as a Spanish Outlook forward, "Mensaje original"]',
    rebuilt:
      "Outlook forward header lines (De/Enviado el/Para/Asunto) converted to From/Date/To/Subject (time zone assumed -0600). aaguilar@grupovesta.com -> sender@grupovesta.com; the two role addresses at europea.hn kept (the domain is the cause). Added Message-Id/MIME-Version/Content-Type; Outlook's re-wrapping of the Postfix text kept as pasted. The stored paste copy keeps no leading whitespace; continuation-line indentation follows the MTA's usual layout.",
    raw: lines(
      'From: Mail Delivery System <MAILER-DAEMON@mail.grupovesta.com>',
      'Date: Fri, 10 Jul 2015 08:39:00 -0600',
      'To: sender@grupovesta.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Message-Id: <20150710143900.ABCDEF1234@mail.grupovesta.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.grupovesta.com.',
      '',
      "I'm sorry to have to inform you that your message could not be delivered to",
      "one or more recipients. It's attached below.",
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      'If you do so, please include this problem report. You can delete your own',
      'text from the attached returned message.',
      '',
      '                   The mail system',
      '',
      '<asistentecompras@europea.hn>: Host or domain name not found. Name service',
      '    error for name=europea.hn type=A: Host found but no data record of',
      '    requested type',
      '',
      '<compras@europea.hn>: Host or domain name not found. Name service error for',
      '    name=europea.hn type=A: Host found but no data record of requested type'
    ),
    expect: [
      { recipient: 'asistentecompras@europea.hn', reason: 'hostunknown', hardbounce: true },
      { recipient: 'compras@europea.hn', reason: 'hostunknown', hardbounce: true },
    ],
  },
]
