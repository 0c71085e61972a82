/** Whole bounces from English-language help desks', hosts' and vendors' pages and issue threads (see case.ts). */
import { BODY_ONLY, bodyOnlyHeaders, type HelpPageBounce, lines } from './case'

export const ENGLISH_PAGES: HelpPageBounce[] = [
  {
    name: 'westelcom-sendmail-user-unknown',
    source: 'http://help.westelcom.com/articles/e-mail_bounce.htm',
    says: "If you get the user unknown message, the problem is that the portion of the e-mail address before the @ symbol has been rejected by the recipient's e-mail server ... The delivery failed because there is no mailbox with the name xxxxxxx, at Westelcom.",
    rebuilt:
      'xxxxxxx@westelcom.com -> joe@example.org (local part "xxxxxxx" -> "joe"); To: <support@westelcom.com> -> a@example.net; Message-ID/MIME-Version/Content-Type added; broken line "-----\\n\\nThe following addresses" rejoined; Arrival-Date (cut on the page after "Thu, 10 Apr") completed from the page\'s own "original message was received at" time',
    raw: lines(
      'Return-Path: <MAILER-DAEMON>',
      'Date: Thu, 10 Apr 1997 08:59:38 -0400 (EDT)',
      'From: Mail Delivery Subsystem <MAILER-DAEMON@westelcom.com>',
      'To: <a@example.net>',
      'Subject: Returned mail: User unknown',
      'Auto-Submitted: auto-generated (failure)',
      'Message-ID: <199704101259.IAA00001@camel10.westelcom.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The original message was received at Thu, 10 Apr 1997 08:59:38 -0400',
      '(EDT) from brickbat9.westelcom.com [207.69.200.12]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      'joe@example.org',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to localhost.westelcom.com.:',
      '>>> RCPT To:<joe>',
      '<<< 550 joe...User unknown',
      '550 <joe@example.org>... User unknown',
      'Reporting-MTA: dns; camel10.westelcom.com',
      'Received-From-MTA: DNS; brickbat9.westelcom.com',
      'Arrival-Date: Thu, 10 Apr 1997 08:59:38 -0400 (EDT)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'chilipepper-juno-quota-exceeded',
    source: 'http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html',
    says: "Many systems impose a quota on the amount of disk space each user's mail box may use. If a user on such a system exceeds his quota the mail system refuses to accept any more mail for him.",
    rebuilt:
      'JDOE@JUNO.COM -> joe@example.org; ' +
      BODY_ONLY +
      ' (From taken from the page\'s statement that its reports come from "Mail Delivery Subsystem <MAILER-DAEMON@mail.chilipepperweb.net>")',
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mail.chilipepperweb.net>',
        'Returned mail: see transcript for details',
        'cpw1@mail.chilipepperweb.net'
      ),
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to c.mx.juno.com.:',
      '>>> RCPT To:<joe@example.org>',
      '<<< 552 <joe@example.org>... Mail quota exceeded',
      '554 <joe@example.org>... Service unavailable'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'chilipepper-aol-full-mailbox',
    source: 'http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html',
    says: 'The error message returned from some systems may look a bit different, like this one from America Online: ... [cause: recipient exceeded the mailbox quota] Give the intended recipient time to clean out his/her mailbox',
    rebuilt: `jdoe@aol.com -> joe@example.org; ${BODY_ONLY} (sender host not shown: mx.example.org)`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Returned mail: see transcript for details',
        'cpw2@mx.example.org'
      ),
      'The mail you sent could not be delivered to:',
      '552 joe@example.org has a full mailbox'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'chilipepper-hotmail-exceeded-storage',
    source: 'http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html',
    says: 'Or this one from HotMail: [same cause: the recipient exceeded the mailbox quota] Give the intended recipient time to clean out his/her mailbox, then resend your message.',
    rebuilt:
      'JDOE@HOTMAIL.COM -> joe@example.org; ' +
      BODY_ONLY +
      '; only the two transcript lines the page shows are in the body',
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mail.chilipepperweb.net>',
        'Returned mail: see transcript for details',
        'cpw3@mail.chilipepperweb.net'
      ),
      '<<< 552 Requested mail action aborted: exceeded storage allocation',
      '554 5.0.0 <joe@example.org>... Service unavailable'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'aol-help-mailbox-not-found',
    source: 'http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=73062',
    says: "The unknown user message means either the username doesn't exist on the AOL® service or no longer exists on the AOL service.",
    rebuilt: `"(e-mail address)@aol.com" -> joe@example.org; ${BODY_ONLY} (sender host not shown: mx.example.org)`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Returned mail: see transcript for details',
        'aol1@mx.example.org'
      ),
      '----- Transcript of session follows -----',
      '... while talking to air29.mail.aol.com.:',
      '>>> RCPT To:<joe@example.org>',
      '<<< 550 Mailbox not found',
      '550 <joe@example.org>... User unknown'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'informit-sendmail-user-unknown',
    source: 'https://informit.com/articles/article.aspx?p=170904&seqNum=3',
    says: 'You probably just mistyped the E-mail address.',
    rebuilt:
      'user@example.com -> joe@example.org; line breaks restored (the stored page runs the lines together); ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>',
        'Returned mail: see transcript for details',
        'inf1@mail.example.net',
        'Tue, 13 Jan 2004 14:12:30 -0700'
      ),
      'The original message was received at Tue, 13 Jan 2004 14:12:29 -0700',
      'from mail.example.net [192.168.1.50]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mail.example.net.:',
      '>>> RCPT To:<joe@example.org>',
      '<<< 550 <joe@example.org>... user unknown',
      '550 <joe@example.org>... user unknown'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'umd-sendmail-gave-up-after-4-days',
    source: 'http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/',
    says: 'If all delivery attempts prove unsuccessful, a final bounce will arrive announcing the failure ... [after] "Deferred: Connection timed out with recipient\'s host" -- The recipient\'s mail server is probably down or overloaded',
    rebuilt:
      'placeholder "recipient\'s-address" -> joe@example.org; placeholder "REASON" filled with the page\'s own example reason "Deferred: Connection timed out with" + mx.example.org; ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
        'Returned mail: Cannot send message for 4 days',
        'umd1@mx.example.net'
      ),
      '   ----- Transcript of session follows -----',
      'joe@example.org... Deferred: Connection timed out with mx.example.org.',
      'Message could not be delivered for 4 days',
      'Message will be deleted from queue'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'expired' }],
  },
  {
    name: 'uva-sendmail-too-many-hops',
    source: 'http://holmes.acc.virginia.edu/~upostmst/guide/toomanyhops.html',
    says: 'the mail system sent the message to the first address (mst3k@virginia.edu) which sent it to the second address (mst3k@m.mail.virginia.edu) ... the forward on their account to their registered address was causing a mail loop',
    rebuilt:
      'the page\'s line lost its <addresses> in HTML ("from via mail.Virginia.EDU, to"); restored as from <a@example.net> ... to <joe@example.org>; "following addresses" block added for joe@example.org; ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mail.Virginia.EDU>',
        'Returned mail: see transcript for details',
        'uva1@mail.Virginia.EDU'
      ),
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '554 Too many hops 26 (25 max): from <a@example.net> via mail.Virginia.EDU, to <joe@example.org>'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'networkerror' }],
  },
  {
    name: 'icglink-sendmail-unauthorized-relay',
    source: 'http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73',
    says: 'Sender is relaying mail -- probably using a commercial ISP while using a UM From:-address',
    rebuilt: `placeholder <recipient's-address> -> <joe@example.org>; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
        'Returned mail: see transcript for details',
        'icg1@mx.example.net'
      ),
      '   ----- Transcript of session follows -----',
      '553 <joe@example.org>',
      '... unauthorized relay traffic prohibited',
      '554 <joe@example.org>',
      '... Service unavailable'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'norelaying' }],
  },
  {
    name: 'cox-forum-aup-cxbl-blocked',
    source:
      'https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275 ; http://postmaster.cox.net/confluence/display/postmaster/Error+Codes',
    says: 'Cox error codes page: "CXBL — The sending IP address has been blocked by Cox due to exhibiting spam-like behavior"; forum poster: "blocked. The other person sending the original email gets 554 ... bounce back / reject email."',
    rebuilt:
      'the forum stripped the address lines and the URL; recipient line <joe@example.org> added, "... while talking to" host filled with mx.example.org; the stripped URL is left out exactly as the post shows it ("at for more information"); ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
        'Returned mail: see transcript for details',
        'cox1@mx.example.net'
      ),
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '    (reason: 554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '<<< 554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL',
      '554 5.0.0 Service unavailable'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'blocked' }],
  },
  {
    name: 'typethink-exim-recipient-not-found',
    source:
      'https://typethink.freshdesk.com/support/solutions/articles/3000063194-why-did-i-get-this-mail-delivery-failed-returning-message-to-sender-',
    says: 'This means the activation email ... was not accepted by the email server responsible for the email address provided during registration. [the failed address is described as "An Email address which is unknown"]',
    rebuilt:
      'bracketed placeholders replaced: unknown address -> joe@example.org, no-reply@[Your Domain] -> a@example.net, [A SMTP Server] [<An IP Address>] -> mx.example.org [192.0.2.25], [Date] -> fixed date; MIME-Version/Message-ID/Content-Type added; the returned copy shortened to its headers plus one body line',
    raw: lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.net>',
      'Date: Thu, 3 Dec 2026 10:00:00 +0000',
      'To: a@example.net',
      'Subject: Mail delivery failed: returning message to sender',
      'Message-ID: <E1typ-0001@mail.example.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      ' joe@example.org',
      '   SMTP error from remote mail server after RCPT TO:<joe@example.org>:',
      '   host mx.example.org [192.0.2.25]: 550 5.1.1 <joe@example.org> Recipient not found.  <>',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <a@example.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Subject: Website Account Activation',
      'From: <a@example.net>',
      'To: joe@example.org',
      '',
      'Your website account has been successfully created.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'nexlan-exim-mailbox-is-full',
    source: 'http://www.nexlan.com/emailreturned.htm',
    says: 'Scenario 1: Mailbox is full ... The reason is in the third paragraph. Quite simply, the mailbox is full. The recipient needs to delete messages from his/her account',
    rebuilt:
      'adam@thisdomain.net -> joe@example.org; you@yourdomain.com -> a@example.net; Sent: line -> Date header; Message-ID/MIME-Version/Content-Type added; indentation of the address lines restored',
    raw: lines(
      'From: Mail Delivery System <Mailer-Daemon@thisdomain.net>',
      'Date: Fri, 12 Nov 2005 08:37:00 -0600',
      'To: a@example.net',
      'Subject: Mail delivery failed: returning message to sender',
      'Message-ID: <E1nex-0001@thisdomain.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@example.org',
      '    mailbox is full',
      '',
      '------ This is a copy of the message, including all the headers. ------'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'tufts-exim-unknown-alias',
    source: 'http://uit.tufts.edu/print.php?pid=548',
    says: 'The listed address is not a valid email address; the address does not exist or was spelled incorrectly.',
    rebuilt:
      'user@host.tufts.edu -> joe@example.org; the address after "RCPT TO:" (lost in HTML) restored as <joe@example.org>; ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery System <Mailer-Daemon@tufts.edu>',
        'Mail delivery failed: returning message to sender',
        'tufts1@tufts.edu'
      ),
      'joe@example.org',
      'SMTP error from remote mailer after RCPT TO:<joe@example.org>:',
      'host host.tufts.edu [130.64.123.123]: 550 5.1.1 unknown or illegal alias:',
      'joe@example.org'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'tufts-exim-unrouteable-address',
    source: 'http://uit.tufts.edu/print.php?pid=548',
    says: 'The listed address is not valid. This error usually occurs when the address contains an invalid domain name, which the mail servers are unable to route.',
    rebuilt: `user@host.com -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery System <Mailer-Daemon@tufts.edu>',
        'Mail delivery failed: returning message to sender',
        'tufts2@tufts.edu'
      ),
      'joe@example.org',
      'Unrouteable address'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown' }],
  },
  {
    name: 'tufts-sun-messaging-over-quota',
    source: 'http://uit.tufts.edu/print.php?pid=548',
    says: 'This error means that the recipient is temporarily unable to receive email because their email inbox is full.',
    rebuilt:
      'user@ims-ms-daemon -> joe@ims-ms-daemon; user@host.tufts.edu -> joe@example.org; ' +
      BODY_ONLY +
      '; only the three lines the page shows',
    raw: lines(
      ...bodyOnlyHeaders(
        'Internet Mail Delivery <postmaster@tufts.edu>',
        'Delivery Notification: Delivery has failed',
        'tufts3@tufts.edu'
      ),
      'Recipient address: joe@ims-ms-daemon',
      'Original address: joe@example.org',
      'Reason: Over quota'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'conftool-postfix-mailbox-unavailable',
    source: 'https://www.conftool.net/ctforum/index.php?topic=441.0',
    says: 'The mail address is wrong, the part before the at sign "@" does not exist / is unknown. Usually the error message lists the error code 550. ... Typical error messages: [this one among them]',
    rebuilt:
      'unknown@online.de -> joe@example.org; ' +
      BODY_ONLY +
      '; Postfix preamble not added (page shows only the recipient lines)',
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'ct1@mx.example.net'
      ),
      '<joe@example.org>: host xxx.kundenserver.de[123.123.15.40] said: 550',
      '   Requested action not taken: mailbox unavailable (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'pobox-yahoo-over-quota',
    source: 'http://pobox.com/bounce-common.mhtml',
    says: 'Mailbox is full ... The following are all examples of bounce messages caused by a full mailbox',
    rebuilt: `user@yahoo.com -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@pobox.com (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pb1@pobox.com'
      ),
      '<joe@example.org>: User is over the quota. You can try again later.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'pobox-ibm-mailbox-is-full',
    source: 'http://pobox.com/bounce-common.mhtml',
    says: 'Mailbox is full ... The following are all examples of bounce messages caused by a full mailbox',
    rebuilt: `user@ibm.net -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@pobox.com (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pb2@pobox.com'
      ),
      '<joe@example.org>: host in7.ibm.net said:',
      '552 <joe@example.org>... Mailbox is full'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'pobox-cant-create-output',
    source: 'http://pobox.com/bounce-common.mhtml',
    says: "Mailbox is full ... The following are all examples of bounce messages caused by a full mailbox: ... 550 <user@codetel.net.do>... Can't create output",
    rebuilt: `user@codetel.net.do -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@pobox.com (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pb3@pobox.com'
      ),
      "550 <joe@example.org>... Can't create output"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'pobox-home-message-size',
    source: 'http://pobox.com/bounce-common.mhtml',
    says: "These errors mean that the size of the message, including all headers, text and attachments, exceeds the domain's maximum per-message size limit - essentially, that your email is too big to be accepted.",
    rebuilt: `user1@home.com -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@pobox.com (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pb4@pobox.com'
      ),
      '<joe@example.org>: host mx-rr.home.com said:',
      '552 Message size exceeds fixed maximum message size (5000000)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'pobox-bellsouth-message-size',
    source: 'http://pobox.com/bounce-common.mhtml',
    says: "These errors mean that the size of the message ... exceeds the domain's maximum per-message size limit - essentially, that your email is too big to be accepted.",
    rebuilt: `user@bellsouth.net -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@pobox.com (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'pb5@pobox.com'
      ),
      '<joe@example.org>: host mx01.mail.bellsouth.net said:',
      '552 Message size exceeds fixed maximum message size: 5242880 bytes'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'smartermail-no-mx-records',
    source:
      'http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx ; http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx',
    says: 'If you mistype an email address, this will yield a SmarterMail System Administrator Delivery Failure messages as shown below',
    rebuilt:
      'user@example_domain.com -> joe@example.org (and the quoted domain -> example.org); xxx.xxx.xxx.xxx -> 192.0.2.1; ' +
      BODY_ONLY +
      ' (From: System Administrator as the page names the sender)',
    raw: lines(
      ...bodyOnlyHeaders(
        'System Administrator <postmaster@mx.example.net>',
        'Undeliverable Mail',
        'sm1@mx.example.net'
      ),
      'Could not deliver message to the following recipient(s):',
      '',
      'Failed Recipient: joe@example.org',
      "Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example.org' domain.",
      '',
      'Failed all attempts to connect to the recipients mail server.',
      "Attempted to send the message to the following ip's: 192.0.2.1"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown' }],
  },
  {
    name: 'smartermail-mailbox-is-full',
    source:
      'http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx ; http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx',
    says: 'If you are sending mail to a user whose mailbox is full you will see this message returned to you',
    rebuilt: `user@example_domain.com -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'System Administrator <postmaster@mx.example.net>',
        'Undeliverable Mail',
        'sm2@mx.example.net'
      ),
      'Could not deliver message to the following recipient(s):',
      '',
      'Failed Recipient: joe@example.org',
      'Reason: The mailbox is full'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'technet-exchange-relay-access-denied',
    source: 'http://technet.microsoft.com/en-us/exchange/bb288511.aspx',
    says: 'For security purposes many computers or servers on the Internet restrict the IP addresses and/or domains they will accept electronic mail messages from or relay messages for. If a computer or server on the Internet refuses to transfer a message it will create an error message',
    rebuilt:
      'template placeholders filled: Recipient Email Address -> joe@example.org, host that rejected the message -> mx.example.org, Subject -> "Hello", dates -> fixed; the HTML-mangled diagnostic restored as "<mx.example.org #5.5.0 smtp;554 <joe@example.org>: Relay access denied>"; To/Date/Message-ID/MIME-Version/Content-Type added',
    raw: lines(
      'From: System Administrator <postmaster@example.net>',
      'To: a@example.net',
      'Subject: Undeliverable: Hello',
      'Date: Thu, 3 Dec 2026 10:00:00 +0000',
      'Message-ID: <tn1@example.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:  Hello',
      '      Sent:     12/3/2026 9:58 AM',
      '',
      'The following recipient(s) could not be reached:',
      '',
      '      joe@example.org on 12/3/2026 10:00 AM',
      "            There was a SMTP communication problem with the recipient's email server.  Please contact your system administrator.",
      '            <mx.example.org #5.5.0 smtp;554 <joe@example.org>: Relay access denied>'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'norelaying' }],
  },
  {
    name: 'thundermail-stalwart-barracuda-reputation',
    source: 'https://github.com/thunderbird/mailstrom/issues/162',
    says: "Thundermail can't send messages to some email providers - blocked by Barracuda Reputation ... the email was blocked by the recipient's server",
    rebuilt:
      'xxxxx@domain.com -> joe@example.org, zzzzz@domain.com -> ann@example.org; From/To/Subject/Message-ID/MIME headers and multipart/report wrapper added; the second per-recipient group (cut on the page after "Final-") rebuilt as a copy of the first for ann@example.org',
    raw: lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.thundermail.com>',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Fri, 5 Dec 2025 17:34:37 +0000',
      'Message-ID: <tm162@mail.thundermail.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="tm-bnd"',
      '',
      '--tm-bnd',
      'Content-Type: text/plain; charset="utf-8"',
      '',
      'Your message could not be delivered to the following recipients:',
      '',
      "<joe@example.org> (host 'd405521.a.ess.ca.barracudanetworks.com' rejected command 'DATA' with code 550 (0.0.0) 'Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (ann@example.org:blocked,joe@example.org:blocked)')",
      "<ann@example.org> (host 'd405521.a.ess.ca.barracudanetworks.com' rejected command 'DATA' with code 550 (0.0.0) 'Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (ann@example.org:blocked,joe@example.org:blocked)')",
      '',
      '--tm-bnd',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mail.thundermail.com',
      'Arrival-Date: Fri, 5 Dec 2025 17:34:36 +0000',
      '',
      'Final-Recipient: rfc822;joe@example.org',
      'Action: failed',
      'Status: 5.5.0',
      'Diagnostic-Code: smtp;550 Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (ann@example.org:blocked,joe@example.org:blocked)',
      'Remote-MTA: dns;d405521.a.ess.ca.barracudanetworks.com',
      '',
      'Final-Recipient: rfc822;ann@example.org',
      'Action: failed',
      'Status: 5.5.0',
      'Diagnostic-Code: smtp;550 Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (ann@example.org:blocked,joe@example.org:blocked)',
      'Remote-MTA: dns;d405521.a.ess.ca.barracudanetworks.com',
      '',
      '--tm-bnd--'
    ),
    expect: [
      { recipient: 'joe@example.org', reason: 'blocked' },
      { recipient: 'ann@example.org', reason: 'blocked' },
    ],
  },
  {
    name: 'thundermail-stalwart-abusix-infomaniak',
    source: 'https://github.com/thunderbird/mailstrom/issues/251',
    says: 'Infomaniak (@etik.com) blocks emails from Thundermail ... maintainer: "We\'ve cleared our reputation with Abusix, so this should work again."',
    rebuilt: `MYEMAIL@etik.com -> joe@example.org; markdown link syntax around the host names removed; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery Subsystem <MAILER-DAEMON@mail.thundermail.com>',
        'Undelivered Mail Returned to Sender',
        'tm251@mail.thundermail.com'
      ),
      'Your message could not be delivered to the following recipients:',
      '',
      "<joe@example.org> (host 'mta-gw.infomaniak.ch' rejected command 'DATA' with code 554 (5.7.1) 'Service unavailable; Client host [5.60.96.8] blocked using xxx.combined.mail.abusix.zone; https://lookup.abusix.com/search?q=5.60.96.8')"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'blocked' }],
  },
  {
    name: 'forwardemail-proofpoint-dnsbl-blocked',
    source: 'https://github.com/forwardemail/free-email-forwarding/issues/219',
    says: 'icloud.com and 550 5.7.0 responses ... "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" ref: https://ipcheck.proofpoint.com/?ip=138.197.213.185 ... maintainer: "Should be resolved"',
    rebuilt: `test@example.com -> joe@example.org; ${BODY_ONLY}`,
    raw: lines(
      ...bodyOnlyHeaders(
        'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
        'Undelivered Mail Returned to Sender',
        'fe219@mx.example.net'
      ),
      'This is a system-generated message to inform you that your email could not',
      'be delivered to one or more recipients. Details of the email and the error are as follows:',
      '',
      '',
      '<joe@example.org>: host mx1.forwardemail.net[138.197.213.185] said: 550',
      '   Error for joe@example.org of "Invalid greeting. response=550 5.7.0',
      '   Blocked - see',
      '   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185: 550',
      '   5.7.0 Blocked - see',
      '   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" (in',
      '   reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'blocked' }],
  },
  {
    name: 'docker-mailserver-amavis-ube',
    source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1390',
    says: 'amavis comes into play and blocks this mail as SPAM before it can be processed further. [log: "Blocked SPAM {BouncedOpenRelay,Quarantined}"]',
    rebuilt:
      'myuser@mydomain.de -> a@example.net, otheruser@otherdomain.de -> joe@example.org; From/To/Subject/Date/Message-ID/MIME headers added; "XXX" of the masked IP -> 198; Return-Path closing ">" restored; notice cut after the Return-Path/From lines as the page shows',
    raw: lines(
      'From: Content-filter at mail.mydomain.de <postmaster@mail.mydomain.de>',
      'To: a@example.net',
      'Subject: UNDELIVERABLE mail, UBE, id:04499-12',
      'Date: Sat, 8 Feb 2020 12:00:00 +0100',
      'Message-ID: <UBE04499-12@mail.mydomain.de>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'A message from <a@example.net>',
      'to: joe@example.org',
      '',
      'was considered unsolicited bulk e-mail (UBE).',
      '',
      'Our internal reference code for your message is 04499-12/ZLlB5XaNH1eJ',
      '',
      'The message carried your return address, so it was either a genuine mail',
      'from you, or a sender address was faked and your e-mail address abused',
      'by third party, in which case we apologize for undesired notification.',
      '',
      'We do try to minimize backscatter for more prominent cases of UBE and',
      'for infected mail, but for less obvious cases some balance between',
      'losing genuine mail and sending undesired backscatter is sought,',
      'and there can be some collateral damage on either side.',
      '',
      'First upstream SMTP client IP address: [198.211.186.169]',
      '  p4fd3bxx9.dip0.t-ipconnect.de',
      "According to a 'Received:' trace, the message apparently originated at:",
      '  [198.211.186.169],',
      '',
      'Return-Path: <a@example.net>',
      'From: Frederic <a@example.net>'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'spamdetected' }],
  },
  {
    name: 'conftool-postfix-hosteurope-user-unknown',
    source: 'https://www.conftool.net/ctforum/index.php?topic=441.0',
    says: 'The mail address is wrong, the part before the at sign "@" does not exist / is unknown. Usually the error message lists the error code 550. ... Typical error messages: [this one among them]',
    rebuilt:
      'unknown@asdf.de -> joe@example.org; ' +
      BODY_ONLY +
      '; Postfix preamble not added (page shows only the recipient lines)',
    raw: lines(
      ...bodyOnlyHeaders(
        'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'ct2@mx.example.net'
      ),
      '<joe@example.org>: host mx0.asdf.de[80.237.138.5] said: 550 User unknown',
      '  (ID:440:1:2 (xxx.mc1.hosteurope.de)) (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'wku-exchange-barracuda-user-unknown',
    source: 'https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911',
    says: 'This means that the email address you attempted to send to is unknown by the destination server. You could have mistyped the email address, or used an outdated account that has been deactivated.',
    rebuilt:
      'the page shows only the diagnostic lines with the recipient and host stripped ("#< #5.0.0 ...; host[] said:"): recipient restored as joe@example.org, host as mx.example.org[192.0.2.25]; "Generating server:" value filled with mx.wku.edu; ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Microsoft Outlook <MicrosoftExchange@wku.edu>',
        'Undeliverable: Hello',
        'wku1@wku.edu'
      ),
      'Diagnostic information for administrators:',
      '',
      'Generating server: mx.wku.edu',
      '',
      'joe@example.org',
      '#< #5.0.0 X-Spam-&-Virus-Firewall; host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)> #SMTP#'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'wku-exchange-barracuda-name-not-known',
    source: 'https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911',
    says: 'This means the domain, cannot be resolved via DNS and is therefore unreachable by our mail system. Often this is just due to a mistyped email address',
    rebuilt:
      'the page shows only the diagnostic line with the domain stripped ("#< #5.0.0 X-Spam-&-Virus-Firewall; []: Name or service not known> #SMTP#"): recipient restored as joe@example.org, domain as [example.org]; "Generating server:" value filled with mx.wku.edu; ' +
      BODY_ONLY,
    raw: lines(
      ...bodyOnlyHeaders(
        'Microsoft Outlook <MicrosoftExchange@wku.edu>',
        'Undeliverable: Hello',
        'wku2@wku.edu'
      ),
      'Diagnostic information for administrators:',
      '',
      'Generating server: mx.wku.edu',
      '',
      'joe@example.org',
      '#< #5.0.0 X-Spam-&-Virus-Firewall; [example.org]: Name or service not known> #SMTP#'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown' }],
  },
]
