/**
 * Exim's own bounces and delay warnings, from Exim's test suite (test/mail/<test>.<recipient>, with test/log,
 * test/confs and test/scripts for the cause): an MTA's own output, gathered in stop 33 before any rule. Kept
 * verbatim: the mbox From_ line dropped, LF turned into CRLF, the suite's placeholders (CALLER, test.ex, "Exim x.yz",
 * munged ids and boundaries) kept. First run: 10 of 25. Since: Exim's return_output ("The following text was
 * generated during the delivery attempt"), its X-Exim-Diagnostic field, the remote's "Over-quota" and "You are
 * banned". Left out: :fail: texts an administrator wrote (the suite's "(filter fail)" words name no cause), bounces
 * that show no reason at all (a transport's size limit, an autoreply's expansion error, a custom warning template),
 * an unqualified recipient with no domain, and a child address shown only as "an undisclosed address". A second
 * round (other tests; first run 11 of 25) added a retry timeout, a bounce of a bounce and unrouteable domains; its
 * misses were bounces naming no cause (a missing pipe command only the log names), the suite's filter texts and
 * "Unrouteable address" again.
 */
import type { HelpPageBounce } from './case'

const CRLF = '\r\n'
const mbox = (s: string) => s.replace(/\r?\n/g, CRLF)

const KEPT =
  'verbatim from the mailbox file; mbox From_ line dropped, LF->CRLF; placeholders CALLER/test.ex/Exim x.yz/munged ids and boundary kept'

export const EXIM_TEST_PAGES: HelpPageBounce[] = [
  {
    name: 'exim-0052 unrouteable local user (plain text, pre-DSN layout)',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0052.CALLER (1st message); test/confs/0052; test/scripts/0000-Basic/0052',
    says: 'router smartuser has local_parts = !xx99, localuser needs check_local_user; xx99 matches no router -> "Unrouteable address" (no such local user)',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@myhost.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by myhost.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@myhost.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.ex>
X-Failed-Recipients: xx99@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.ex>
To: CALLER@myhost.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  xx99@test.ex
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@myhost.ex>
Received: from CALLER by myhost.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.ex>)
\tid 10HmaX-0005vi-00
\tfor xx99@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.ex>
From: CALLER_NAME <CALLER@myhost.ex>

This is a test message 1.

`),
    expect: [{ recipient: 'xx99@test.ex', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'exim-0051 redirect :fail: "unrouteable mail domain" (multipart/report)',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0051.CALLER (2nd message); test/confs/0051',
    says: 'router fail_remote_domains: redirect, domains = ! +local_domains, data = :fail: unrouteable mail domain "$domain" (:fail:)',
    rebuilt: `${KEPT} (newer 000000005vi-0000 id layout)`,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@myhost.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by myhost.ex with local (Exim x.yz)
\tid 10HmbB-000000005vi-0000
\tfor CALLER@myhost.ex;
\tTue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: userx@badbad.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.ex>
To: CALLER@myhost.ex
References: <E10HmbA-000000005vi-0000@myhost.ex>
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmbB-000000005vi-0000@myhost.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@badbad.ex
    unrouteable mail domain "badbad.ex" (:fail:)

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; myhost.ex

Action: failed
Final-Recipient: rfc822;userx@badbad.ex
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@myhost.ex>
Received: from CALLER by myhost.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.ex>)
\tid 10HmbA-000000005vi-0000
\tfor userx@badbad.ex;
\tTue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbA-000000005vi-0000@myhost.ex>
From: CALLER_NAME <CALLER@myhost.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

This is a test message 3.

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [{ recipient: 'userx@badbad.ex', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'exim-0211 remote rejects at connect: 550 Go away (DSN with Remote-MTA/Diagnostic-Code)',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0211.CALLER (1st message); test/log/0211 ("Test: reject connect"); test/scripts/0000-Basic/0211',
    says: 'test server answers the connection with "550 Go away" (banner rejection) -> SMTP error after initial connection, permanent',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: userx@domain1
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmaY-0005vi-00@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@domain1
  host 127.0.0.1 [127.0.0.1]
    SMTP error from remote mail server after initial connection:
    550 Go away

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; the.local.host.name

Action: failed
Final-Recipient: rfc822;userx@domain1
Status: 5.0.0
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 Go away

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaX-0005vi-00
\tfor userx@domain1; Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

Test message 1

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [{ recipient: 'userx@domain1', reason: 'blocked', hardbounce: false }],
  },
  {
    name: 'exim-4700 remote rejects HELO: 550 Go away, two recipients (newer DSN with X-Remote-MTA-* fields)',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/4700.CALLER (2nd message); test/scripts/4700-Events (same server script as 0211 "reject helo")',
    says: 'test server accepts the connection (220 Connected OK) and answers HELO with "550 Go away" -> both recipients fail',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmbA-000000005vi-0000
\tfor CALLER@test.ex;
\tTue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: usery@domain2,
  userx@domain1
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
References: <E10HmaZ-000000005vi-0000@the.local.host.name>
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmbA-000000005vi-0000@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  usery@domain2
  host localhost4.test.ex [127.0.0.1]
    SMTP error from remote mail server after HELO the.local.host.name:
    550 Go away
  userx@domain1
  host localhost4.test.ex [127.0.0.1]
    SMTP error from remote mail server after HELO the.local.host.name:
    550 Go away

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; the.local.host.name

Action: failed
Final-Recipient: rfc822;userx@domain1
Status: 5.0.0
Remote-MTA: dns; localhost4.test.ex
Remote-MTA: X-ip; [127.0.0.1]:10001
X-Remote-MTA-smtp-greeting: X-str; 220 Connected OK
X-Remote-MTA-helo-response: X-str; 550 Go away
Diagnostic-Code: smtp; 550 Go away

Action: failed
Final-Recipient: rfc822;usery@domain2
Status: 5.0.0
Remote-MTA: dns; localhost4.test.ex
Remote-MTA: X-ip; [127.0.0.1]:10001
X-Remote-MTA-smtp-greeting: X-str; 220 Connected OK
X-Remote-MTA-helo-response: X-str; 550 Go away
Diagnostic-Code: smtp; 550 Go away

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaZ-000000005vi-0000;
\tTue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaZ-000000005vi-0000@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

Test message 2

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [
      { recipient: 'userx@domain1', reason: 'blocked', hardbounce: false },
      { recipient: 'usery@domain2', reason: 'blocked', hardbounce: false },
    ],
  },
  {
    name: 'exim-0310 appendfile quota, then "mailbox is full: retry timeout exceeded" (no returned message)',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0310.CALLER; test/log/0310; test/confs/0310',
    says: 'appendfile quota: "== abcd defer (-22): mailbox is full (MTA-imposed quota exceeded ...)" then "** abcd: retry timeout exceeded"',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
X-Failed-Recipients: abcd@myhost.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  abcd@myhost.test.ex
    mailbox is full: retry timeout exceeded


`),
    expect: [{ recipient: 'abcd@myhost.test.ex', reason: 'mailboxfull', hardbounce: false }],
  },
  {
    name: 'exim-0461 "retry time not reached for any host after a long failure period"',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0461.CALLER (1st message); test/log/0461; test/confs/0461',
    says: "manualroute to V4NET.0.0.1 (Network unreachable) with retry rule F,1s,1s; host retry data past the cutoff -> fail (log: all hosts for 'test.ex' have been failing for a long time (and retry time not reached))",
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmbB-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbB-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    retry time not reached for any host after a long failure period

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmbA-0005vi-00
\tfor userx@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbA-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>

Short message

`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0461 "retry timeout exceeded" after Network unreachable',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0461.CALLER (2nd message); test/log/0461; test/confs/0461',
    says: 'host V4NET.0.0.2 Network unreachable on every try, retry rule F,1s,2s exceeded -> "** userx@test.ex: retry timeout exceeded"',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmbD-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbD-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmbC-0005vi-00
\tfor userx@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbC-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>

Short message

`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0531 LMTP 450 after DATA until retry timeout',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0531.CALLER (1st message); test/log/0531; test/confs/0531',
    says: 'lmtp transport: server answers 450 TEMPERROR after DATA on every try; retry timeout exceeded',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    LMTP error after DATA: 450 TEMPERROR: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@myhost.test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.test.ex>)
\tid 10HmaX-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@myhost.test.ex>

This is a test message.

`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0531 SMTP 450 after RCPT until retry timeout (host on the second line)',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0531.CALLER (3rd message); test/log/0531',
    says: 'server answers RCPT with 450 TEMPERROR; retry timeout exceeded',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmbC-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbC-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    SMTP error from remote mail server after RCPT TO:<userx@test.ex>:
  host 127.0.0.1 [127.0.0.1]: 450 TEMPERROR: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@myhost.test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.test.ex>)
\tid 10HmbB-0005vi-00
\tfor userx@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbB-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@myhost.test.ex>

This is a test message.

`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0037 filter lookup error deferred until "retry timeout exceeded"',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0037.CALLER (filter-lookup message); test/confs/0037; test/scripts/0000-Basic/0037',
    says: 'user filter for filter-lookup fails to expand a lookup -> router defers; retry rule times out -> retry timeout exceeded',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@test.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmbJ-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbJ-0005vi-00@the.local.host.name>
X-Failed-Recipients: filter-lookup@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  filter-lookup@test.ex
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmbI-0005vi-00
\tfor filter-lookup@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbI-0005vi-00@the.local.host.name>
Subject: should give filter error (3)
From: CALLER_NAME <CALLER@test.ex>
X-added: qualify_domain is test.ex


`),
    expect: [{ recipient: 'filter-lookup@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0048 pipe transport with return_output: pipe output makes delivery fail',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0048.CALLER (1st message); conf not read',
    says: 'inferred from the bounce: redirect generates |TESTSUITE/aux-fixed/showenv; pipe transport return_output, so any output from the command fails the delivery and is returned',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@test.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@the.local.host.name>
X-Failed-Recipients: pipe@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pipe to |TESTSUITE/aux-fixed/showenv
    generated by pipe@test.ex

The following text was generated during the delivery attempt:

------ pipe to |TESTSUITE/aux-fixed/showenv
       generated by pipe@test.ex ------

Test pipe script
Running as: EXIMUSER
------------------
Args:
----------current-----------
TESTSUITE
----------env-----------
A=a
B=b
C=c
COLON=:
DOMAIN=test.ex
HOME=TESTSUITE/
LOCAL_PART=pipe
LOCAL_PART_PREFIX=
LOCAL_PART_SUFFIX=
LOGNAME=pipe
ME=pipe
MESSAGE_ID=10HmaX-0005vi-00
PATH=/bin:/usr/bin
QUALIFY_DOMAIN=test.ex
RECIPIENT=pipe@test.ex
SENDER=CALLER@test.ex
SHELL=/bin/sh
USER=pipe
----------cat-----------
>From CALLER@test.ex Tue Mar 02 09:44:33 1999
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaX-0005vi-00
\tfor pipe@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Some message text.

------------------

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaX-0005vi-00
\tfor pipe@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Some message text.

`),
    expect: [{ recipient: 'pipe@test.ex', reason: 'mailererror', hardbounce: false }],
  },
  {
    name: 'exim-0142 pipe router delivery, output returned (recipient line without reason)',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0142.CALLER (conf not read)',
    says: 'inferred from the bounce: pipe transport (return_output) runs a command that lists file descriptors; its output fails the delivery',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@the.local.host.name>
X-Failed-Recipients: pipe@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pipe@test.ex

The following text was generated during the delivery attempt:

------ pipe@test.ex ------

max fd = dddd
  0 opt=0 STATUS
  1 opt=0 STATUS
  2 opt=0 STATUS

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaX-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Test message

`),
    expect: [{ recipient: 'pipe@test.ex', reason: 'mailererror', hardbounce: false }],
  },
  {
    name: 'exim-0194 pipe command exits 99, "local delivery failed", three recipients',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0194.CALLER (3rd message); test/log/0194 ("Child process of piperet transport returned 99 from command: TESTSUITE/aux-fixed/0194.ret")',
    says: 'pipe transport piperet runs a script that prints a line and exits with the value of header "ret:" (99) -> permanent failure',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmbD-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbD-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userz@myhost.test.ex,
  usery@myhost.test.ex,
  userx@myhost.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userz@myhost.test.ex
    local delivery failed
  usery@myhost.test.ex
    local delivery failed
  userx@myhost.test.ex
    local delivery failed

The following text was generated during the delivery attempts:

------ userz@myhost.test.ex ------
------ usery@myhost.test.ex ------
------ userx@myhost.test.ex ------

This script generates this message and returns the value of its argument.

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@myhost.test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.test.ex>)
\tid 10HmbC-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbC-0005vi-00@myhost.test.ex>
ret: 99
From: CALLER_NAME <CALLER@myhost.test.ex>

More message 99

`),
    expect: [
      { recipient: 'userz@myhost.test.ex', reason: 'mailererror', hardbounce: false },
      { recipient: 'usery@myhost.test.ex', reason: 'mailererror', hardbounce: false },
      { recipient: 'userx@myhost.test.ex', reason: 'mailererror', hardbounce: false },
    ],
  },
  {
    name: 'exim-0194 pipe output returned ("return message generated"), no reason lines',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0194.CALLER (1st message); test/log/0194 ("** userx@myhost.test.ex R=all T=pipe: return message generated")',
    says: 'pipe transport with return_output: the command writes "This is some returned text." so delivery fails with the output returned',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userz@myhost.test.ex,
  usery@myhost.test.ex,
  userx@myhost.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userz@myhost.test.ex
  usery@myhost.test.ex
  userx@myhost.test.ex

The following text was generated during the delivery attempts:

------ userz@myhost.test.ex ------
------ usery@myhost.test.ex ------
------ userx@myhost.test.ex ------

This is some returned text.

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@myhost.test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@myhost.test.ex>)
\tid 10HmaX-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@myhost.test.ex>

This is a test message.

`),
    expect: [
      { recipient: 'userz@myhost.test.ex', reason: 'mailererror', hardbounce: false },
      { recipient: 'usery@myhost.test.ex', reason: 'mailererror', hardbounce: false },
      { recipient: 'userx@myhost.test.ex', reason: 'mailererror', hardbounce: false },
    ],
  },
  {
    name: 'exim-4620 redirect ":fail: account disabled" bounced to an SRS sender',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/4620.CALLER; test/confs/4620; test/scripts/4620-SRS',
    says: 'router remote_bouncer (redirect, allow_fail) data = :fail: account disabled',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmaZ-0005vi-00
\tfor SRS0=ZZZZ=YY=the.local.host.name=CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: remote_user@remote.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@the.local.host.name>
To: SRS0=ZZZZ=YY=the.local.host.name=CALLER@test.ex
References: <E10HmaX-0005vi-00@the.local.host.name>
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmaZ-0005vi-00@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  remote_user@remote.ex
    account disabled

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; the.local.host.name

Action: failed
Final-Recipient: rfc822;remote_user@remote.ex
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <SRS0=ZZZZ=YY=the.local.host.name=CALLER@test.ex>
Received: from localhost ([127.0.0.1] helo=the.local.host.name)
\tby the.local.host.name with esmtp (Exim x.yz)
\t(envelope-from <SRS0=ZZZZ=YY=the.local.host.name=CALLER@test.ex>)
\tid 10HmaY-0005vi-00
\tfor remote_user@remote.ex; Tue, 2 Mar 1999 09:44:33 +0000
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@the.local.host.name>)
\tid 10HmaX-0005vi-00
\tfor redirect@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

Message body

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [{ recipient: 'remote_user@remote.ex', reason: 'suspend', hardbounce: false }],
  },
  {
    name: 'exim-5911 hosts_require_tls but server offers no STARTTLS (X-Exim-Diagnostic only)',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/5911.CALLER; conf/script not read; cause is the X-Exim-Diagnostic text',
    says: 'smtp transport requires TLS for the host; server EHLO reply has no STARTTLS -> "a TLS session is required, but the server did not offer TLS support"',
    rebuilt: `${KEPT} (ipv4.ipv4.ipv4.ipv4 / ip4.ip4.ip4.ip4 munges kept)`,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@myhost.test.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from the.local.host.name ([ip4.ip4.ip4.ip4] helo=myhost.test.ex)
\tby myhost.test.ex with esmtpS (TLS_proto_and_cipher)
\t(Exim x.yz)
\tid 10HmaZ-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00
\tfor CALLER@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: a@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: CALLER@myhost.test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  a@test.ex
  host ipv4.ipv4.ipv4.ipv4 [ipv4.ipv4.ipv4.ipv4]

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; myhost.test.ex

Action: failed
Final-Recipient: rfc822;a@test.ex
Status: 5.0.0
Remote-MTA: dns; ip4.ip4.ip4.ip4
Remote-MTA: X-ip; [ip4.ip4.ip4.ip4]:1111
X-Remote-MTA-smtp-greeting: X-str; 220 Hi there
X-Remote-MTA-helo-response: X-str; 250 wotcher
X-Exim-Diagnostic: X-str; a TLS session is required, but the server did not offer TLS support

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@myhost.test.ex>
Received: from CALLER by myhost.test.ex with local-smtp (Exim x.yz)
\t(envelope-from <CALLER@myhost.test.ex>)
\tid 10HmaX-0005vi-00
\tfor a@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000


--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [{ recipient: 'a@test.ex', reason: 'failedstarttls', hardbounce: false }],
  },
  {
    name: 'exim-0098 delay warning: remote 451 Over-quota (multipart/report, Action: delayed)',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0098.CALLER (last message); test/log/0098; test/confs/0098 (server ACL: defer message = Over-quota)',
    says: 'remote server ACL "defer message = Over-quota" answers RCPT with 451; delay_warning fires -> Warning: message delayed',
    rebuilt: KEPT,
    raw: mbox(`Return-path: <>
Envelope-to: CALLER@test.ex
Delivery-date: Tue, 2 Mar 1999 09:44:33 +0000
Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
\tid 10HmbN-0005vi-00
\tfor CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Warning: message 10HmbM-0005vi-00 delayed 0 minutes
Message-Id: <E10HmbN-0005vi-00@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 0 minutes on the queue on the.local.host.name.

The message identifier is:     10HmbM-0005vi-00
The subject of the message is: testing a remote defer
The date of the message is:    Tue, 2 Mar 1999 09:44:33 +0000

The address to which the message has not yet been delivered is:

  rrrr@remote.defer
    Delay reason: H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<rrrr@remote.defer>:
    451 Over-quota

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; the.local.host.name

Action: delayed
Final-Recipient: rfc822;rrrr@remote.defer
Status: 4.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/rfc822-headers

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmbM-0005vi-00
\tfor rrrr@remote.defer; Tue, 2 Mar 1999 09:44:33 +0000
Subject: testing a remote defer
Message-Id: <E10HmbM-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000


--NNNNNNNNNN-eximdsn-MMMMMMMMMM--

`),
    expect: [{ recipient: 'rrrr@remote.defer', reason: 'mailboxfull', hardbounce: false }],
  },
  {
    name: 'exim-0256 unknown local part, bounce Received line without "for" (errors_copy config)',
    source: 'https://github.com/Exim/exim/blob/master/test/mail/0256.CALLER; test/confs/0256',
    says: 'only router r1 (accept) has local_parts = !unknown, so unknown@test.ex matches no router -> "Unrouteable address"',
    rebuilt: KEPT,
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
\tid 10HmaY-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
X-Failed-Recipients: unknown@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  unknown@test.ex
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
\t(envelope-from <CALLER@test.ex>)
\tid 10HmaX-0005vi-00
\tfor unknown@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>


`),
    expect: [{ recipient: 'unknown@test.ex', reason: 'userunknown', hardbounce: true }],
  },
  // A second round over other tests of the suite (first run 11 of 25; kept: the shapes the first round had not).
  {
    name: 'exim-0174-unrouteable-domain-old',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0174.CALLER (version at commit 2709ca2632f6); test/log/0174',
    says: 'test/log/0174: ** userx@non-local.example R=fail_remote_domains: unrouteable mail domain "non-local.example" (:fail:) (router failing every non-local domain)',
    rebuilt: 'Dropped the mbox "From " line; otherwise as stored (pre-DSN layout).',
    raw: mbox(`Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
	id 10HmbD-0005vi-00
	for CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbD-0005vi-00@the.local.host.name>
X-Failed-Recipients: userx@non-local.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@non-local.example
    unrouteable mail domain "non-local.example" (:fail:)

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with scanned-ok (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbC-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Received: from CALLER by the.local.host.name with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbB-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbB-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Yet another test message
`),
    expect: [{ recipient: 'userx@non-local.example', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'exim-0174-unrouteable-domain-dsn',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0174.CALLER (version at commit 06175ac09a1e); test/log/0174',
    says: 'test/log/0174: ** userx@non-local.example R=fail_remote_domains: unrouteable mail domain "non-local.example" (:fail:)',
    rebuilt: 'Dropped the mbox "From " line; otherwise as stored (multipart/report, new id format).',
    raw: mbox(`Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
	id 10HmbD-000000005vi-0000
	for CALLER@test.ex;
	Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: userx@non-local.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
References: <E10HmbB-000000005vi-0000@the.local.host.name>
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmbD-000000005vi-0000@the.local.host.name>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@non-local.example
    unrouteable mail domain "non-local.example" (:fail:)

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; the.local.host.name

Action: failed
Final-Recipient: rfc822;userx@non-local.example
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with scanned-ok (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbC-000000005vi-0000;
	Tue, 2 Mar 1999 09:44:33 +0000
Received: from CALLER by the.local.host.name with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbB-000000005vi-0000;
	Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbB-000000005vi-0000@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

Yet another test message

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--
`),
    expect: [{ recipient: 'userx@non-local.example', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'exim-0452-retry-timeout-old',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0452.CALLER (second message, version at commit 2709ca2632f6); test/log/0452',
    says: 'test/log/0452: userx@test.ex deferred (error in filter file ...) and then "** userx@test.ex: retry timeout exceeded" (retry rule time-out reached)',
    rebuilt:
      'Dropped the mbox "From " line; only the second message of the file (the first is an autoreply, not a bounce).',
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
	id 10HmbA-0005vi-00
	for CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbA-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmaZ-0005vi-00
	for userx@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaZ-0005vi-00@myhost.test.ex>
fno: 2
From: CALLER_NAME <CALLER@test.ex>

Another message 
`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0452-retry-timeout-dsn',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0452.CALLER (second message, version at commit cc5a3f438270); test/log/0452',
    says: 'test/log/0452: ** userx@test.ex: retry timeout exceeded',
    rebuilt: 'Dropped the mbox "From " line; only the second message of the file.',
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
	id 10HmbA-0005vi-00
	for CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: userx@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmbA-0005vi-00@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@test.ex
    retry timeout exceeded

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; myhost.test.ex

Action: failed
Final-Recipient: rfc822;userx@test.ex
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmaZ-0005vi-00
	for userx@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
fno: 2
Message-Id: <E10HmaZ-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

Another message 

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--
`),
    expect: [{ recipient: 'userx@test.ex', reason: 'expired', hardbounce: false }],
  },
  {
    name: 'exim-0508-bounce-of-bounce-old',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0508.postmaster (version at commit 2709ca2632f6)',
    says: 'A bounce (sender <>) to userx is piped to |/bin/echo "Some pipe output" with return_output; the output fails the delivery and, the sender being <>, the failure report goes to postmaster',
    rebuilt: 'Dropped the mbox "From " line; otherwise as stored (pre-DSN "A message sent by <>" layout).',
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
	id 10HmaY-0005vi-00
	for postmaster@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
X-Failed-Recipients: userx@myhost.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: postmaster@test.ex
Subject: Mail delivery failed

This message was created automatically by mail delivery software.

A message sent by

  <>

could not be delivered to one or more of its recipients. The following
address(es) failed:

  pipe to |/bin/echo "Some pipe output"
    generated by userx@myhost.test.ex

The following text was generated during the delivery attempt:

------ pipe to |/bin/echo "Some pipe output"
       generated by userx@myhost.test.ex ------

Some pipe output

------ This is a copy of the message, including all the headers. ------

Return-path: <>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	id 10HmaX-0005vi-00
	for userx@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>

This is a test message
`),
    expect: [{ recipient: 'userx@myhost.test.ex', reason: 'mailererror', hardbounce: false }],
  },
  {
    name: 'exim-0508-bounce-of-bounce-dsn',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0508.postmaster (version at commit cc5a3f438270)',
    says: 'Pipe |/bin/echo "Some pipe output" with return_output for a message whose sender is <>; report goes to postmaster',
    rebuilt:
      'Dropped the mbox "From " line; otherwise as stored. Final-Recipient is the pipe command; X-Failed-Recipients names userx@myhost.test.ex, which expect follows.',
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
	id 10HmaY-0005vi-00
	for postmaster@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: userx@myhost.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@myhost.test.ex>
To: postmaster@test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed
Message-Id: <E10HmaY-0005vi-00@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message sent by

  <>

could not be delivered to one or more of its recipients. The following
address(es) failed:

  pipe to |/bin/echo "Some pipe output"
    generated by userx@myhost.test.ex

The following text was generated during the delivery attempt:

------ pipe to |/bin/echo "Some pipe output"
       generated by userx@myhost.test.ex ------

Some pipe output

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; myhost.test.ex

Action: failed
Final-Recipient: rfc822;|/bin/echo "Some pipe output"
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	id 10HmaX-0005vi-00
	for userx@myhost.test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaX-0005vi-00@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

This is a test message

--NNNNNNNNNN-eximdsn-MMMMMMMMMM--
`),
    expect: [{ recipient: 'userx@myhost.test.ex', reason: 'mailererror', hardbounce: false }],
  },
  {
    name: 'exim-0383-redking-pipe-output-dsn',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0383.CALLER (third message, version at commit cc5a3f438270)',
    says: "User filter pipe with return_output: the script's output fails the delivery",
    rebuilt:
      'Dropped the mbox "From " line; only the third bounce in the file. Final-Recipient is the pipe command; X-Failed-Recipients names redking@test.ex, which expect follows.',
    raw: mbox(`Received: from EXIMUSER by myhost.test.ex with local (Exim x.yz)
	id 10HmbC-0005vi-00
	for CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
X-Failed-Recipients: redking@test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Content-Type: multipart/report; report-type=delivery-status; boundary=NNNNNNNNNN-eximdsn-MMMMMMMMMM
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E10HmbC-0005vi-00@myhost.test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pipe to |TESTSUITE/aux-fixed/showenv $thisaddress $1
    generated by redking@test.ex

The following text was generated during the delivery attempt:

------ pipe to |TESTSUITE/aux-fixed/showenv $thisaddress $1
       generated by redking@test.ex ------

Test pipe script
Running as: CALLER
------------------
Args:
  redking@test.ex
  red
----------current-----------
/
----------env-----------
A=
B=
C=
COLON=
DOMAIN=test.ex
HOME=
LOCAL_PART=redking
LOCAL_PART_PREFIX=
LOCAL_PART_SUFFIX=
LOGNAME=redking
ME=
MESSAGE_ID=10HmbB-0005vi-00
PATH=/bin:/usr/bin
QUALIFY_DOMAIN=test.ex
RECIPIENT=redking@test.ex
SENDER=CALLER@test.ex
SHELL=/bin/sh
USER=redking
----------cat-----------
>From CALLER@test.ex Tue Mar 02 09:44:33 1999
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbB-0005vi-00
	for redking@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
To: redking@test.ex
Message-Id: <E10HmbB-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000


------------------

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/delivery-status

Reporting-MTA: dns; myhost.test.ex

Action: failed
Final-Recipient: rfc822;|TESTSUITE/aux-fixed/showenv $thisaddress $1
Status: 5.0.0

--NNNNNNNNNN-eximdsn-MMMMMMMMMM
Content-type: message/rfc822

Return-path: <CALLER@test.ex>
Received: from CALLER by myhost.test.ex with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmbB-0005vi-00
	for redking@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
To: redking@test.ex
Message-Id: <E10HmbB-0005vi-00@myhost.test.ex>
From: CALLER_NAME <CALLER@test.ex>
Date: Tue, 2 Mar 1999 09:44:33 +0000


--NNNNNNNNNN-eximdsn-MMMMMMMMMM--
`),
    expect: [{ recipient: 'redking@test.ex', reason: 'mailererror', hardbounce: false }],
  },
  {
    name: 'exim-0226-pipe-address-output-old',
    source:
      'https://github.com/Exim/exim/blob/master/test/mail/0226.CALLER (second message, version at commit 2709ca2632f6)',
    says: 'The address |TESTSUITE/aux-fixed/showenv@yes.test.ex is turned into a pipe delivery (allowed for domain yes.test.ex) whose transport has return_output; the script output fails the delivery',
    rebuilt:
      'Dropped the mbox "From " line; only the second bounce of the file (the first names pipe/file addresses for no.test.ex with no stated cause, left out).',
    raw: mbox(`Received: from EXIMUSER by the.local.host.name with local (Exim x.yz)
	id 10HmbA-0005vi-00
	for CALLER@test.ex; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmbA-0005vi-00@the.local.host.name>
X-Failed-Recipients: |TESTSUITE/aux-fixed/showenv@yes.test.ex
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@test.ex>
To: CALLER@test.ex
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pipe to |TESTSUITE/aux-fixed/showenv
    generated by |TESTSUITE/aux-fixed/showenv@yes.test.ex

The following text was generated during the delivery attempt:

------ pipe to |TESTSUITE/aux-fixed/showenv
       generated by |TESTSUITE/aux-fixed/showenv@yes.test.ex ------

Test pipe script
Running as: CALLER
------------------
Args:
----------current-----------
/
----------env-----------
A=
B=
C=
COLON=
DOMAIN=yes.test.ex
HOME=
LOCAL_PART=|TESTSUITE/aux-fixed/showenv
LOCAL_PART_PREFIX=
LOCAL_PART_SUFFIX=
LOGNAME=|TESTSUITE/aux-fixed/showenv
ME=
MESSAGE_ID=10HmaZ-0005vi-00
PATH=/bin:/usr/bin
QUALIFY_DOMAIN=test.ex
RECIPIENT=|TESTSUITE/aux-fixed/showenv@yes.test.ex
SENDER=CALLER@test.ex
SHELL=/bin/sh
USER=|TESTSUITE/aux-fixed/showenv
----------cat-----------
>From CALLER@test.ex Tue Mar 02 09:44:33 1999
Received: from CALLER by the.local.host.name with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmaZ-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaZ-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Message 2

------------------

------ This is a copy of the message, including all the headers. ------

Return-path: <CALLER@test.ex>
Received: from CALLER by the.local.host.name with local (Exim x.yz)
	(envelope-from <CALLER@test.ex>)
	id 10HmaZ-0005vi-00; Tue, 2 Mar 1999 09:44:33 +0000
Date: Tue, 2 Mar 1999 09:44:33 +0000
Message-Id: <E10HmaZ-0005vi-00@the.local.host.name>
From: CALLER_NAME <CALLER@test.ex>

Message 2
`),
    expect: [
      { recipient: '|TESTSUITE/aux-fixed/showenv@yes.test.ex', reason: 'mailererror', hardbounce: false },
    ],
  },
]
