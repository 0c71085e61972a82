/**
 * Non-bounce messages reproduced from the software that sends them (source cited above each builder).
 * Sender of the original mail: a@example.net; the other side: example.org; IPs: 192.0.2.1.
 * Kind 'human' messages are WRITTEN for this test (not sourced).
 */
export interface NonBounceSample {
  name: string
  source: string
  kind: 'autoreply' | 'challenge' | 'list' | 'receipt' | 'human'
  raw: string
}

const crlf = (lines: string[]) => lines.join('\r\n')
const DATE = 'Mon, 4 May 2026 10:00:00 +0000'
const ORIG_ID = '<20260504095900.1A2B3C@mail.example.net>'

/** The original message's header block, as a report would quote it. */
const origHeaders = (to = 'joe@example.org', subject = 'Quarterly report') => [
  'Return-Path: <a@example.net>',
  'Received: from mail.example.net (mail.example.net [192.0.2.1])',
  '\tby mx.example.org (Postfix) with ESMTPS id 4F1A2B3C4D',
  `\tfor <${to}>; ${DATE}`,
  'From: Ann <a@example.net>',
  `To: <${to}>`,
  `Subject: ${subject}`,
  `Date: ${DATE}`,
  `Message-ID: ${ORIG_ID}`,
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
]

export const NON_BOUNCES: NonBounceSample[] = []
const add = (s: NonBounceSample) => NON_BOUNCES.push(s)

// ---------------------------------------------------------------------------------------------------------------
// 1. AUTO-REPLIES
// ---------------------------------------------------------------------------------------------------------------

// Source: dovecot/pigeonhole src/lib-sieve/plugins/vacation/cmd-vacation.c, act_vacation_send(): X-Sieve,
// Message-ID, Date, From "<recipient>", To "<sender>", Subject "Auto: " + original subject when the script gives
// none, In-Reply-To, References, "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", MIME-Version,
// text/plain utf-8 8bit, then the :reason text. (The reason is the user's text.)
add({
  name: 'pigeonhole-sieve-vacation',
  source: 'dovecot/pigeonhole src/lib-sieve/plugins/vacation/cmd-vacation.c (act_vacation_send)',
  kind: 'autoreply',
  raw: crlf([
    'X-Sieve: Pigeonhole Sieve 0.5.21',
    'Message-ID: <dovecot-sieve-1714816800-1234-0@mx.example.org>',
    `Date: ${DATE}`,
    'From: <joe@example.org>',
    'To: <a@example.net>',
    'Subject: Auto: Quarterly report',
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied (vacation)',
    'Precedence: bulk',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'I am on vacation until 18 May and will not be reading mail.',
    'For anything urgent please write to my colleague bob@example.org.',
    '',
  ]),
})

// Source: cyrusimap/cyrus-imapd imap/lmtp_sieve.c send_response(): Message-ID <cmu-sieve-pid-time-n@server>,
// Date, "X-Sieve: CMU Sieve 3.0", "X-Sieve-Action: vacation", From "<addr>", To "<addr>", Subject (the script's
// :subject), In-Reply-To, "Auto-Submitted: auto-replied (vacation)", MIME-Version, text/plain utf-8 8bit. No
// Precedence. The reason text below is a user's (it names another mailbox and says mail is not forwarded).
add({
  name: 'cyrus-sieve-vacation',
  source: 'cyrusimap/cyrus-imapd imap/lmtp_sieve.c (send_response)',
  kind: 'autoreply',
  raw: crlf([
    'Message-ID: <cmu-sieve-4242-1714816800-0@imap.example.org>',
    `Date: ${DATE}`,
    'X-Sieve: CMU Sieve 3.0',
    'X-Sieve-Action: vacation',
    'From: <joe@example.org>',
    'To: <a@example.net>',
    'Subject: Away until 18 May',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied (vacation)',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Thank you for your mail. I am away and your message will not be forwarded.',
    'Please resend anything urgent to support@example.org.',
    '',
  ]),
})

// Source: cyrusimap/cyrus-imapd imap/lmtp_sieve.c, same builder with no :subject: RFC 5230 section 4.5 has the
// implementation use "Auto: " + the original subject; Cyrus' :mime variant sends the reason as a MIME entity.
// Here the vacation subject is the default and the original subject itself carries failure words.
add({
  name: 'cyrus-sieve-vacation-failure-subject',
  source: 'cyrusimap/cyrus-imapd imap/lmtp_sieve.c (send_response); RFC 5230 4.5 ("Auto: " subject)',
  kind: 'autoreply',
  raw: crlf([
    'Message-ID: <cmu-sieve-4242-1714816801-1@imap.example.org>',
    `Date: ${DATE}`,
    'X-Sieve: CMU Sieve 3.0',
    'X-Sieve-Action: vacation',
    'From: <joe@example.org>',
    'To: <a@example.net>',
    'Subject: Auto: Your payment failed - action required',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied (vacation)',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'I am on parental leave until September.',
    '',
  ]),
})

// Source: MS-OXCMAIL 2.1.3.2.20 "Auto Response Suppress" (learn.microsoft.com/en-us/openspecs/exchange_server_protocols/
// ms-oxcmail/ced68690-...): X-Auto-Response-Suppress values; o365info.com "Automatic Reply in Office 365 - Dealing
// with mail loop" and blogs.it.ox.ac.uk/nexus/2021/05 (X-MS-Exchange-Inbox-Rules-Loop counts auto-replies). The
// "Automatic reply: " subject prefix is Outlook's (also in the parser's own list). PARTIALLY SOURCED: the
// Auto-Submitted: auto-generated value is what those pages describe Exchange adding; the body is the user's.
add({
  name: 'exchange-online-oof',
  source:
    'MS-OXCMAIL 2.1.3.2.20; o365info.com automatic-reply mail-loop article; blogs.it.ox.ac.uk/nexus/2021/05',
  kind: 'autoreply',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    'To: Ann <a@example.net>',
    'Subject: Automatic reply: Quarterly report',
    'Thread-Topic: Quarterly report',
    `Date: ${DATE}`,
    'Message-ID: <AM0PR01MB1234A1B2C3D4E5F6@AM0PR01MB1234.eurprd01.prod.example.org>',
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'Auto-Submitted: auto-generated',
    'X-MS-Exchange-Inbox-Rules-Loop: joe@example.org',
    'X-Auto-Response-Suppress: All',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    'I am out of the office until Monday 11 May with limited access to e-mail.',
    'Messages sent to this address are not being monitored; contact',
    'help@example.org for urgent requests.',
    '',
  ]),
})

// Source: bestpractical/rt etc/initialdata, template "Autoreply" (Subject: AutoReply: {$Ticket->Subject}; body
// "Greetings, This message has been automatically generated in response to the creation of a trouble ticket
// regarding: ... There is no need to reply ... assigned an ID of [rtname #id] ... Thank you, {CorrespondAddress}",
// then a dashed line and the requestor's own message ({$Transaction->Content()}). Only headers RT's template sets
// plus the envelope minimum are given. The quoted requestor text is the customer's (a@example.net) own words.
add({
  name: 'rt-autoreply-ticket-created',
  source: 'bestpractical/rt etc/initialdata (Templates: Autoreply)',
  kind: 'autoreply',
  raw: crlf([
    'From: "Example Support via RT" <support@example.org>',
    'To: a@example.net',
    'Subject: [example.org #48213] AutoReply: Invoice mail to billing@example.org keeps failing',
    `Date: ${DATE}`,
    'Message-ID: <rt-4.4.4-1234-1714816800-42.48213-3-0@example.org>',
    `In-Reply-To: ${ORIG_ID}`,
    'Precedence: bulk',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    '',
    'Greetings,',
    '',
    'This message has been automatically generated in response to the',
    'creation of a trouble ticket regarding:',
    '\t"Invoice mail to billing@example.org keeps failing", ',
    'a summary of which appears below.',
    '',
    'There is no need to reply to this message right now.  Your ticket has been',
    'assigned an ID of [example.org #48213].',
    '',
    'Please include the string:',
    '',
    '         [example.org #48213]',
    '',
    'in the subject line of all future correspondence about this issue. To do so, ',
    'you may reply to this message.',
    '',
    '                        Thank you,',
    '                        support@example.org',
    '',
    '-------------------------------------------------------------------------',
    'Hello, every invoice we send to billing@example.org comes back as',
    'undeliverable with "550 5.1.1 user unknown". Can you check the mailbox?',
    '',
    'Ann',
    '',
  ]),
})

// Source: Zendesk default trigger "Notify requester of received request" as returned by the Zendesk API
// (github.com/nukosuke/go-zendesk commit 51e321b9, trigger JSON; gist.github.com/kgarfinkel/d27eb8b5...):
// subject "[Request received] {{ticket.title}}", body "Your request ({{ticket.id}}) has been received and is being
// reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n{{ticket.comments_formatted}}".
add({
  name: 'zendesk-request-received',
  source:
    'Zendesk API trigger "Notify requester of received request" (go-zendesk commit 51e321b9; gist kgarfinkel)',
  kind: 'autoreply',
  raw: crlf([
    'From: Example Support <support@example.org>',
    'Reply-To: Example Support <support+id4521@example.org>',
    'To: Ann <a@example.net>',
    'Subject: [Request received] Password reset email rejected',
    `Date: ${DATE}`,
    'Message-ID: <ABC123_5f0e8d2c1a_sprut@zendesk.com>',
    `In-Reply-To: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Your request (4521) has been received and is being reviewed by our support staff.',
    '',
    'To add additional comments, reply to this email.',
    '',
    '----------------------------------------------',
    '',
    'Ann, May 4, 2026, 10:00',
    '',
    'Our password reset mails to joe@example.org are rejected by your server',
    'with "554 5.7.1 Message rejected". Please whitelist 192.0.2.1.',
    '',
  ]),
})

// Source: docs.zammad.org/en/pre-release/api/trigger.html, default trigger "auto reply (on follow-up of tickets)":
// subject "Thanks for your follow-up (#{ticket.title})", HTML body "Your follow-up for (#{config.ticket_hook}
// #{ticket.number}) has been received and will be reviewed by our support staff. ... Your #{config.product_name}
// Team ... Zammad, your customer support system".
add({
  name: 'zammad-followup-autoreply',
  source: 'docs.zammad.org/en/pre-release/api/trigger.html (auto reply (on follow-up of tickets))',
  kind: 'autoreply',
  raw: crlf([
    'From: Example Helpdesk <helpdesk@example.org>',
    'To: a@example.net',
    'Subject: Thanks for your follow-up (Delivery failure for newsletter)',
    `Date: ${DATE}`,
    'Message-ID: <zammad-1714816800.123456@example.org>',
    `In-Reply-To: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=UTF-8',
    '',
    '<div>Your follow-up for <b>(Ticket#20260504100012)</b> has been received and will be reviewed by our support staff.</div>',
    '<br/>',
    '<div>To provide additional information, please reply to this email or click on the following link:',
    '<a href="https://helpdesk.example.org/#ticket/zoom/12">https://helpdesk.example.org/#ticket/zoom/12</a>',
    '</div>',
    '<br/>',
    '<div>Your Example Helpdesk Team</div>',
    '<br/>',
    '<div><i><a href="https://zammad.com">Zammad</a>, your customer support system</i></div>',
    '',
  ]),
})

// ---------------------------------------------------------------------------------------------------------------
// 2. CHALLENGE-RESPONSE
// ---------------------------------------------------------------------------------------------------------------

// Source: TMDA (KevinGoodsell/tmda-fork) tmda/templates/confirm_request.txt ("From: %(recipient_address)s /
// Subject: Please confirm your message / Your e-mail message with the subject of "..." was not delivered because
// your address was not recognized. ...") and tmda/TMDA/AutoResponse.py (multipart/mixed: text/plain with
// Content-Description "Confirmation Request" + text/rfc822-headers "Original Message Headers"; adds Date,
// Message-ID, References, In-Reply-To, To, "Precedence: bulk", "Auto-Submitted: auto-replied",
// "X-Delivery-Agent: TMDA/<version> (<codename>)").
add({
  name: 'tmda-confirm-request',
  source: 'KevinGoodsell/tmda-fork tmda/templates/confirm_request.txt + tmda/TMDA/AutoResponse.py',
  kind: 'challenge',
  raw: crlf([
    'Content-Type: multipart/mixed; boundary="===============1234567890=="',
    'MIME-Version: 1.0',
    'From: joe@example.org',
    'Subject: Please confirm your message',
    `Date: ${DATE}`,
    'Message-ID: <20260504100000.4242.tmda@example.org>',
    `References: ${ORIG_ID}`,
    `In-Reply-To: ${ORIG_ID}`,
    'To: a@example.net',
    'Precedence: bulk',
    'Auto-Submitted: auto-replied',
    'X-Delivery-Agent: TMDA/1.1.12 (Macallan)',
    '',
    '--===============1234567890==',
    'Content-Type: text/plain; charset="us-ascii"',
    'MIME-Version: 1.0',
    'Content-Transfer-Encoding: 7bit',
    'Content-Description: Confirmation Request',
    '',
    'Your e-mail message with the subject of "Quarterly report"',
    'was not delivered because your address was not recognized.',
    '',
    'To release your message for delivery, please send an empty message',
    'to the following address, or use your mailer\'s "Reply" feature.',
    '',
    '<mailto:joe-confirm-accept.1714816800.4242.2d3f4a@example.org>',
    '',
    'This confirmation verifies that your message is legitimate and not',
    'junk-mail.',
    '',
    '[ This message was generated by TMDA v1.1.12 http://tmda.net/,',
    '  an automated junk-mail reduction system. ]',
    '',
    '--- Below this line is a copy of your message.',
    '',
    '',
    '--===============1234567890==',
    'Content-Type: text/rfc822-headers; charset="us-ascii"',
    'MIME-Version: 1.0',
    'Content-Transfer-Encoding: 7bit',
    'Content-Description: Original Message Headers',
    '',
    ...origHeaders(),
    '',
    '--===============1234567890==--',
    '',
  ]),
})

// ---------------------------------------------------------------------------------------------------------------
// 3. MAILING-LIST NOTICES
// ---------------------------------------------------------------------------------------------------------------

// Source: Mailman 2.1 Mailman/Handlers/Hold.py (subject 'Your message to %(listname)s awaits moderator approval',
// sent from the list's -bounces/-admin address via Message.UserNotification) + templates/en/postheld.txt
// (terencehonles/mailman) + Mailman/Message.py UserNotification.send (Message-ID, Date, "Precedence: bulk").
add({
  name: 'mailman2-post-held',
  source:
    'Mailman 2.1 Hold.py + templates/en/postheld.txt (terencehonles/mailman) + Message.py (jaredmauch/mailman2-python3)',
  kind: 'list',
  raw: crlf([
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    'Subject: Your message to Widgets awaits moderator approval',
    'From: widgets-bounces@example.org',
    'To: a@example.net',
    'Message-ID: <mailman.12.1714816800.4242.widgets@example.org>',
    `Date: ${DATE}`,
    'Precedence: bulk',
    'X-BeenThere: widgets@example.org',
    'X-Mailman-Version: 2.1.39',
    'List-Id: <widgets.example.org>',
    '',
    "Your mail to 'Widgets' with the subject",
    '',
    '    Quarterly report',
    '',
    'Is being held until the list moderator can review it for approval.',
    '',
    'The reason it is being held:',
    '',
    '    Post by non-member to a members-only list',
    '',
    'Either the message will get posted to the list, or you will receive ',
    "notification of the moderator's decision.",
    '',
  ]),
})

// Source: Mailman 2.1 Mailman/Handlers/Moderate.py do_reject() (default notice "Your message has been rejected,
// probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members
// from posting to it. If you think that your messages are being rejected in error, contact the mailing list owner
// at %(listowner)s.") raised as RejectMessage and sent by MailList.BounceMessage() (Bouncer.py): a
// UserNotification from the list owner address, Subject = the original subject, multipart/mixed with the notice
// as text/plain and the original message as message/rfc822; "Precedence: bulk" from UserNotification.send.
add({
  name: 'mailman2-nonmember-rejected',
  source:
    'Mailman 2.1 Handlers/Moderate.py do_reject + Bouncer.py BounceMessage + Message.py (jaredmauch/mailman2-python3)',
  kind: 'list',
  raw: crlf([
    'Subject: Quarterly report',
    'From: widgets-owner@example.org',
    'To: a@example.net',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="===============5555555555=="',
    'Message-ID: <mailman.13.1714816800.4242.widgets@example.org>',
    `Date: ${DATE}`,
    'Precedence: bulk',
    '',
    '--===============5555555555==',
    'Content-Type: text/plain; charset="us-ascii"',
    'MIME-Version: 1.0',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Your message has been rejected, probably because you are not subscribed to the',
    "mailing list and the list's policy is to prohibit non-members from posting to",
    'it.  If you think that your messages are being rejected in error, contact the',
    'mailing list owner at widgets-owner@example.org.',
    '',
    '--===============5555555555==',
    'Content-Type: message/rfc822',
    'MIME-Version: 1.0',
    '',
    ...origHeaders('widgets@example.org'),
    '',
    'Hi all, the quarterly report is attached.',
    '',
    '--===============5555555555==--',
    '',
  ]),
})

// Source: GNU Mailman 3 moderation doctest (src/mailman/app/docs/moderator.rst, seen via the index): the refusal
// notice "Subject: Request to mailing list "A Test List" rejected / From: <list>-bounces / Precedence: bulk" with
// the list:user:notice:refuse template "Your request to the <list> mailing list\n\n    Posting of your message
// titled "..."\n\nhas been rejected by the list moderator.  The moderator gave the following reason ...".
add({
  name: 'mailman3-post-refused',
  source:
    'GNU Mailman 3 src/mailman/app/docs/moderator.rst (refusal notice doctest), template list:user:notice:refuse',
  kind: 'list',
  raw: crlf([
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    'Subject: Request to mailing list "Widgets" rejected',
    'From: widgets-bounces@example.org',
    'To: a@example.net',
    'Message-ID: <171481680012.4242.9876543210@lists.example.org>',
    `Date: ${DATE}`,
    'Precedence: bulk',
    '',
    'Your request to the widgets@example.org mailing list',
    '',
    '    Posting of your message titled "Quarterly report"',
    '',
    'has been rejected by the list moderator.  The moderator gave the',
    'following reason for rejecting your request:',
    '',
    '"Off topic"',
    '',
    'Any questions or comments should be directed to the list administrator',
    'at:',
    '',
    '    widgets-owner@example.org',
    '',
  ]),
})

// Source: ezmlm ezmlm-make.c as found in the index (text/top "Hi! This is the ezmlm program. I'm managing the
// <list>@<host> mailing list.", text/sub-confirm "To confirm that you would like ... added to this mailing list,
// please send an empty reply to this address: ...", text/bottom command list). The "Mailing-List: contact
// <list>-help@<host>; run by ezmlm" header is ezmlm's. Subject/Reply-To follow ezmlm-manage's confirm address form.
add({
  name: 'ezmlm-subscribe-confirm',
  source: 'ezmlm ezmlm-make.c (text/top, text/sub-confirm, text/bottom)',
  kind: 'list',
  raw: crlf([
    'Mailing-List: contact widgets-help@example.org; run by ezmlm',
    `Date: ${DATE}`,
    'Message-ID: <1714816800.4242.ezmlm@example.org>',
    'From: widgets-help@example.org',
    'To: a@example.net',
    'Reply-To: widgets-sc.1714816800.abcdefghijkl-a=example.net@example.org',
    'Delivered-To: responder for widgets@example.org',
    'Subject: confirm subscribe to widgets@example.org',
    '',
    "Hi! This is the ezmlm program. I'm managing the",
    'widgets@example.org mailing list.',
    '',
    'To confirm that you would like',
    '',
    'a@example.net',
    '',
    'added to this mailing list, please send an empty reply to this address:',
    '',
    'widgets-sc.1714816800.abcdefghijkl-a=example.net@example.org',
    '',
    'Your mailer should have a Reply feature that uses this address automatically.',
    '',
    'This confirmation serves two purposes. First, it verifies that I am able',
    'to get mail through to you. Second, it protects you in case someone',
    'forges a subscription request in your name.',
    '',
    '',
    '--- Here are the ezmlm command addresses.',
    '',
    'I can handle administrative requests automatically.',
    'Just send an empty note to any of these addresses:',
    '',
    '   <widgets-subscribe@example.org>:',
    '   Receive future messages sent to the mailing list.',
    '',
    '   <widgets-unsubscribe@example.org>:',
    '   Stop receiving messages.',
    '',
    '   <widgets-get.12345@example.org>:',
    '   Retrieve a copy of message 12345 from the archive.',
    '',
    'DO NOT SEND ADMINISTRATIVE REQUESTS TO THE MAILING LIST!',
    "If you do, I won't see them, and subscribers will yell at you.",
    '',
  ]),
})

// ---------------------------------------------------------------------------------------------------------------
// 4. RECEIPTS
// ---------------------------------------------------------------------------------------------------------------

// Source: Thunderbird mailnews/extensions/mdn/src/nsMsgMdnGenerator.cpp (CreateFirstPart/SecondPart/ThirdPart):
// From, Message-ID, Subject "<MdnDisplayedReceipt> - <subject>", To (Disposition-Notification-To), References,
// multipart/report; report-type=disposition-notification; text/plain UTF-8 8bit with MsgMdnMsgSentTo +
// MsgMdnDisplayed strings ("This is a Return Receipt for the mail that you sent to %S." / "Note: This Return
// Receipt only acknowledges that the message was displayed on the recipient's computer. ..."; the strings as
// quoted by several re-implementations in the index); message/disposition-notification name="MDNPart2.txt"
// (Reporting-UA, Final-Recipient, Original-Message-ID, Disposition); text/rfc822-headers name="MDNPart3.txt".
add({
  name: 'thunderbird-mdn-displayed',
  source: 'Thunderbird nsMsgMdnGenerator.cpp + msgmdn.properties strings',
  kind: 'receipt',
  raw: crlf([
    `Date: ${DATE}`,
    'From: joe@example.org',
    'Message-ID: <a1b2c3d4-0000-4000-8000-123456789abc@example.org>',
    'Subject: Return Receipt (displayed) - Quarterly report',
    'To: a@example.net',
    `References: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification;',
    '\tboundary="------------mdn0123456789"',
    '',
    '--------------mdn0123456789',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is a Return Receipt for the mail that you sent to joe@example.org.',
    '',
    "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.",
    '',
    '--------------mdn0123456789',
    'Content-Type: message/disposition-notification; name="MDNPart2.txt"',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Reporting-UA: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.0',
    'Final-Recipient: rfc822;joe@example.org',
    `Original-Message-ID: ${ORIG_ID}`,
    'Disposition: manual-action/MDN-sent-manually; displayed',
    '',
    '--------------mdn0123456789',
    'Content-Type: text/rfc822-headers; name="MDNPart3.txt"',
    'Content-Transfer-Encoding: 7bit',
    'Content-Disposition: inline',
    '',
    ...origHeaders(),
    'Disposition-Notification-To: Ann <a@example.net>',
    '',
    '--------------mdn0123456789--',
    '',
  ]),
})

/**
 * Postfix success DSN. Source: vdukhovni/postfix src/bounce/bounce_templates.c (success template: sender
 * "MAILER-DAEMON (Mail Delivery System)", subject "Successful Mail Delivery Report", body "This is the mail system
 * at host $myhostname. Your message was successfully delivered to the destination(s) listed below. ...") and
 * src/bounce/bounce_notify_util.c (multipart/report delivery-status; per-recipient text "<rcpt>: <log text>";
 * "Content-Description: Delivery report", Reporting-MTA, Arrival-Date, Final-Recipient, Original-Recipient, Action
 * (the log's dsn_action: delivered / relayed / expanded), Status, Diagnostic-Code; headers-only part described
 * "Message Headers" (no "Undelivered " for success)). Auto-Submitted: auto-replied per bounce(8)'s RFC 3834 note.
 */
function postfixSuccess(
  name: string,
  action: string,
  logText: string,
  subject = 'Successful Mail Delivery Report'
) {
  add({
    name,
    source:
      'vdukhovni/postfix src/bounce/bounce_templates.c (success/verify template) + bounce_notify_util.c',
    kind: 'receipt',
    raw: crlf([
      'Return-Path: <>',
      `Date: ${DATE}`,
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      `Subject: ${subject}`,
      'To: a@example.net',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="6A1B2C3D4E.1714816800/mail.example.net"',
      'Content-Transfer-Encoding: 7bit',
      'Message-Id: <20260504100000.7F7F7F7F7F@mail.example.net>',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--6A1B2C3D4E.1714816800/mail.example.net',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.example.net.',
      '',
      ...(subject === 'Successful Mail Delivery Report'
        ? [
            'Your message was successfully delivered to the destination(s)',
            'listed below. If the message was delivered to mailbox you will',
            'receive no further notifications. Otherwise you may still receive',
            'notifications of mail delivery errors from other systems.',
          ]
        : ['Enclosed is the mail delivery report that you requested.']),
      '',
      '                   The mail system',
      '',
      `<joe@example.org>: ${logText}`,
      '',
      '--6A1B2C3D4E.1714816800/mail.example.net',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.net',
      'X-Postfix-Queue-ID: 6A1B2C3D4E',
      'X-Postfix-Sender: rfc822; a@example.net',
      `Arrival-Date: ${DATE}`,
      '',
      'Final-Recipient: rfc822; joe@example.org',
      'Original-Recipient: rfc822;joe@example.org',
      `Action: ${action}`,
      'Status: 2.0.0',
      ...(action === 'relayed' ? ['Remote-MTA: dns; mx.example.org'] : []),
      `Diagnostic-Code: ${action === 'relayed' ? 'smtp; 250 2.0.0 Ok: queued as 4F1A2B3C4D' : `X-Postfix; ${logText}`}`,
      '',
      '--6A1B2C3D4E.1714816800/mail.example.net',
      'Content-Description: Message Headers',
      'Content-Type: text/rfc822-headers',
      '',
      ...origHeaders(),
      '',
      '--6A1B2C3D4E.1714816800/mail.example.net--',
      '',
    ]),
  })
}
postfixSuccess(
  'postfix-success-relayed',
  'relayed',
  'delivery via mx.example.org[192.0.2.1]:25: 250 2.0.0 Ok: queued as 4F1A2B3C4D'
)
postfixSuccess('postfix-success-delivered', 'delivered', 'delivered to mailbox')
postfixSuccess('postfix-success-expanded', 'expanded', 'alias expanded')
postfixSuccess(
  'postfix-verbose-delivery-report',
  'delivered',
  'delivery via mx.example.org[192.0.2.1]:25: 250 2.0.0 Ok: queued as 4F1A2B3C4D',
  'Mail Delivery Status Report'
)

// ---------------------------------------------------------------------------------------------------------------
// 5. HUMAN REPLIES — WRITTEN FOR THIS TEST, NOT SOURCED
// ---------------------------------------------------------------------------------------------------------------

// WRITTEN: a person's reply that reports a colleague's address failing, with SMTP words in it.
add({
  name: 'human-reply-mentions-user-unknown',
  source: 'WRITTEN (not sourced)',
  kind: 'human',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    'To: Ann <a@example.net>',
    'Subject: Re: Quarterly report',
    `Date: ${DATE}`,
    'Message-ID: <CAJoe123456789@mail.example.org>',
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Hi Ann,',
    '',
    'Thanks! By the way, Bob says your copy to bob@example.org never arrived;',
    'his server answered "550 5.1.1 user unknown" because he moved to',
    'robert@example.org last week. Could you resend it there?',
    '',
    'Joe',
    '',
    'On Mon, 4 May 2026 at 09:59, Ann <a@example.net> wrote:',
    '> Hi Joe, the quarterly report is attached.',
    '',
  ]),
})

// WRITTEN: a person forwarding the bounce they got, with their own note on top.
add({
  name: 'human-forwards-bounce',
  source: 'WRITTEN (not sourced)',
  kind: 'human',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    'To: Ann <a@example.net>',
    'Subject: Fwd: Undelivered Mail Returned to Sender',
    `Date: ${DATE}`,
    'Message-ID: <CAJoe987654321@mail.example.org>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Ann, I tried to forward your report to our accountant and it bounced,',
    'see below. Do you have another address for her?',
    '',
    '---------- Forwarded message ---------',
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    `Date: ${DATE}`,
    'Subject: Undelivered Mail Returned to Sender',
    'To: joe@example.org',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<carol@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1',
    '    <carol@example.com>: Recipient address rejected: User unknown',
    '',
  ]),
})

// WRITTEN: a short reply that says "failed"/"rejected" about a payment, naming an address.
add({
  name: 'human-reply-payment-failed',
  source: 'WRITTEN (not sourced)',
  kind: 'human',
  raw: crlf([
    'From: "Joe Example" <joe@example.org>',
    'To: a@example.net',
    'Subject: RE: Invoice 1182',
    `Date: ${DATE}`,
    'Message-ID: <DB9PR01MB0001@example.org>',
    `In-Reply-To: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Hello,',
    '',
    'The first card payment was rejected by the bank and failed, but the',
    'transfer went through today. Please send the receipt to finance@example.org.',
    '',
    'Regards, Joe',
    '',
  ]),
})
