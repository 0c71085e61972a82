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

// ---------------------------------------------------------------------------------------------------------------
// MORE AUTO-REPLIES (stop 27: a helper's gathering, sources cited)
// ---------------------------------------------------------------------------------------------------------------

// Source: sendmail's vacation(1): freebsd/freebsd-src vacation/vacation.c (sendmail 8.x copy) sendmessage():
// pipes "To: <From>\n" + "Auto-Submitted: auto-replied\n" and then the user's ~/.vacation.msg verbatim into
// sendmail; contrib/sendmail/vacation/vacation.1 gives the example .vacation.msg (From: ... / Subject: I am on
// vacation / Delivered-By-The-Graces-Of: The Vacation program / Precedence: bulk / "I am on vacation until July
// 22. If you have something urgent, please contact ..."). The message file is the man page's example with our
// names; Date and Message-Id are the ones sendmail adds on submission (plain).
add({
  name: 'sendmail-vacation1-man-page-example',
  source:
    'freebsd-src vacation/vacation.c (sendmessage) + contrib/sendmail/vacation/vacation.1 (example .vacation.msg)',
  kind: 'autoreply',
  raw: crlf([
    'Received: (from joe@localhost)',
    '\tby mx.example.org (8.18.1/8.18.1/Submit) id 644A0A1e012345;',
    `\t${DATE}`,
    `Date: ${DATE}`,
    'Message-Id: <202605041000.644A0A1e012345@mx.example.org>',
    'To: a@example.net',
    'Auto-Submitted: auto-replied',
    'From: joe@example.org (Joe Example)',
    'Subject: I am on vacation',
    'Delivered-By-The-Graces-Of: The Vacation program',
    'Precedence: bulk',
    '',
    'I am on vacation until May 18.  If you have something urgent,',
    'please contact Bob Example <bob@example.org>.',
    '--joe',
    '',
  ]),
})

// Source: Exim doc/doc-docbook/filter.xfpt, "Mail commands": the filter command `vacation` behaves like `mail` with
// defaults `subject "On vacation"`, `expand file .vacation.msg`, `once .vacation`, `once_repeat 7d`; the reply goes
// to $reply_address and "An In-Reply-To: header is automatically included". Exim src/src/transports/autoreply.c
// writes From/Reply-To/To/Cc/Bcc/Subject, then "In-Reply-To: <message-id>", then "Auto-Submitted: auto-replied",
// a blank line and the text/file. The .vacation.msg below is the user's (with $h_subject: expanded); From,
// Message-Id and Date are the ones Exim adds to a locally submitted message (plain).
add({
  name: 'exim-filter-vacation-command',
  source: 'Exim doc/doc-docbook/filter.xfpt (vacation command defaults) + src/src/transports/autoreply.c',
  kind: 'autoreply',
  raw: crlf([
    'Received: from joe by mx.example.org with local (Exim 4.97)',
    '\t(envelope-from <joe@example.org>)',
    '\tid 1uA7Bc-000Q2x-3K',
    `\tfor a@example.net; ${DATE}`,
    'To: Ann <a@example.net>',
    'Subject: On vacation',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied',
    'Message-Id: <E1uA7Bc-000Q2x-3K@mx.example.org>',
    'From: Joe Example <joe@example.org>',
    `Date: ${DATE}`,
    '',
    'I am away until 18 May and will read your message about "Quarterly report"',
    'when I return.',
    '',
  ]),
})

// Source: Exim filter.xfpt, "Mail commands": the example `mail text "Your message about $h_subject: has been
// received"` (no subject given, so none is written) plus the `return message` option; autoreply.c then appends
// "\n------ This is a copy of the message, including all the headers. ------\n\n" and the incoming message (under
// bounce_return_size_limit). Headers as autoreply.c writes them (To from $reply_address, In-Reply-To,
// Auto-Submitted: auto-replied); Message-Id/From/Date added by Exim on local submission (plain). The copied
// message is Ann's own request.
add({
  name: 'exim-filter-mail-return-message',
  source: 'Exim doc/doc-docbook/filter.xfpt (mail command, return message) + src/src/transports/autoreply.c',
  kind: 'autoreply',
  raw: crlf([
    'Received: from joe by mx.example.org with local (Exim 4.97)',
    '\t(envelope-from <joe@example.org>)',
    '\tid 1uA7Bd-000Q31-5M',
    `\tfor a@example.net; ${DATE}`,
    'To: Ann <a@example.net>',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied',
    'Message-Id: <E1uA7Bd-000Q31-5M@mx.example.org>',
    'From: Joe Example <joe@example.org>',
    `Date: ${DATE}`,
    '',
    'Your message about Quarterly report has been received',
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    ...origHeaders().slice(1),
    '',
    'Hi Joe, the quarterly report is attached. My copy to carol@example.com',
    'was rejected ("550 5.1.1 user unknown"), so please forward it to her.',
    '',
    'Ann',
    '',
  ]),
})

// Source: Zimbra/zm-mailbox store/src/java/com/zimbra/cs/mailbox/Notification.java outOfOfficeIfNecessary(): From
// = account address, To = the envelope sender, Subject = replySubjectPrefix + " " + original subject (prefix "Re:"
// from store-conf/conf/msgs/ZsMsg.properties), In-Reply-To, "Auto-Submitted: auto-replied (zimbra; vacation)",
// "Precedence: bulk", text body = zimbraPrefOutOfOfficeReply (the user's text), envelope sender <> by default.
// Message-ID is JavaMail's (form plain).
add({
  name: 'zimbra-out-of-office',
  source:
    'Zimbra/zm-mailbox Notification.java (outOfOfficeIfNecessary) + ZsMsg.properties (replySubjectPrefix)',
  kind: 'autoreply',
  raw: crlf([
    'Return-Path: <>',
    `Date: ${DATE}`,
    'From: Joe Example <joe@example.org>',
    'To: a@example.net',
    'Message-ID: <1204583117.17.1777888800123.JavaMail.zimbra@mail.example.org>',
    'Subject: Re: Quarterly report',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 7bit',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied (zimbra; vacation)',
    'Precedence: bulk',
    '',
    'I am out of the office until 18 May. Your message has not been forwarded;',
    'for urgent matters please contact bob@example.org.',
    '',
  ]),
})

// Source: postfixadmin/postfixadmin VIRTUAL_VACATION/vacation.pl send_vacation_email(): Email::Simple->create with
// To (SMTP sender), From (the vacation mailbox), Subject (the stored subject, $SUBJECT replaced), "Precedence:
// junk", "Content-Type: text/plain; charset=utf-8", "X-Loop: Postfix Admin Virtual Vacation", "Auto-Submitted:
// auto-replied"; Email::Simple::Creator adds Date. Subject/body are the defaults from languages/en.lang
// (pUsersVacation_subject_text 'Out of Office'; pUsersVacation_body_text "I will be away from <%From_Date> until
// <%Until_Date>.\nFor urgent matters you can contact <contact person>.") with the dates filled in.
add({
  name: 'postfixadmin-virtual-vacation',
  source:
    'postfixadmin VIRTUAL_VACATION/vacation.pl (send_vacation_email) + languages/en.lang (default text)',
  kind: 'autoreply',
  raw: crlf([
    'To: a@example.net',
    'From: joe@example.org',
    'Subject: Out of Office',
    'Precedence: junk',
    'Content-Type: text/plain; charset=utf-8',
    'X-Loop: Postfix Admin Virtual Vacation',
    'Auto-Submitted: auto-replied',
    `Date: ${DATE}`,
    '',
    'I will be away from 2026-05-04 until 2026-05-18.',
    'For urgent matters you can contact <contact person>.',
    '',
  ]),
})

// Source: sagredo-dev/autorespond autorespond.c (qmail autoresponder by Eric Huss): send_message() writes "Date: %u
// %s %u %02u:%02u:%02u -0000" and "Message-ID: <time.pid.autorespond@$LOCAL>"; main() writes "Delivered-To:
// Autoresponder", "To: <sender>", "From: <arsender>", "Subject: Re:<original subject>", a blank line, the message
// file, then (default flag 1) "-------- Original Message --------" and the original body with every line
// prefixed "> ". No MIME or Auto-Submitted header. The message file and the quoted request are the user's/Ann's.
add({
  name: 'qmail-autorespond-quoted-original',
  source: 'sagredo-dev/autorespond autorespond.c (main, send_message)',
  kind: 'autoreply',
  raw: crlf([
    'Date: 4 May 2026 10:00:00 -0000',
    'Message-ID: <1777888800.4242.autorespond@help>',
    'Delivered-To: Autoresponder',
    'To: a@example.net',
    'From: help@example.org',
    'Subject: Re: Mail to billing@example.org keeps bouncing',
    '',
    'Thank you for writing to help@example.org.',
    'We answer every message within two working days.',
    '',
    '-------- Original Message --------',
    '',
    '> Hello, every invoice we send to billing@example.org comes back as',
    '> undeliverable: "550 5.1.1 <billing@example.org>: Recipient address rejected".',
    '> Could you check that mailbox?',
    '> ',
    '> Ann',
    '',
    '',
  ]),
})

// Source: Gmail vacation responder. PARTIALLY SOURCED: the header set "Auto-Submitted: auto-replied", "Precedence:
// bulk", "X-Autoreply: yes" is from jpmckinney/multi_mail wiki "Detecting autoresponders" ("GMail sets ...");
// the subject/body are the user's responseSubject/responseBodyPlainText (developers.google.com Gmail API
// VacationSettings; the doc calls the subject "text to prepend to the subject line" without saying what follows,
// so only the response subject is used). From/To/Date/Message-ID/In-Reply-To and the MIME headers are plain.
add({
  name: 'gmail-vacation-responder',
  source: 'multi_mail wiki "Detecting autoresponders" (Gmail headers) + Gmail API VacationSettings',
  kind: 'autoreply',
  raw: crlf([
    'MIME-Version: 1.0',
    'From: Joe Example <joe@example.org>',
    `Date: ${DATE}`,
    'Message-ID: <CAJoe+vac0123456789abcdef@mail.gmail.com>',
    'Subject: Out of office',
    'To: a@example.net',
    `In-Reply-To: ${ORIG_ID}`,
    'Auto-Submitted: auto-replied',
    'Precedence: bulk',
    'X-Autoreply: yes',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    'I am travelling until 18 May with no access to mail. Your message will not',
    'be forwarded; please write to bob@example.org if it cannot wait.',
    '',
  ]),
})

// Source: osTicket/osTicket include/i18n/en_US/templates/email/ticket.autoresp.yaml (subject "Support Ticket
// Opened [#%{ticket.number}]", HTML body "Dear %{recipient.name.first}, A request for support has been created and
// assigned #%{ticket.number}. A representative will follow-up with you as soon as possible. ...") and
// include/class.mailer.php send(): "X-Mailer: osTicket Mailer", and for options['autoreply'] "Precedence:
// auto_reply", "X-Autoreply: yes", "X-Auto-Response-Suppress: DR, RN, OOF, AutoReply", "Auto-Submitted:
// auto-replied"; In-Reply-To/References from the thread; Message-Id "B<sysid>-<rand>-<tag>-<email>". Company name
// "Example", empty signature. Date and the single text/html part are plain (osTicket may add a text alternative).
add({
  name: 'osticket-new-ticket-autoresponse',
  source: 'osTicket ticket.autoresp.yaml + include/class.mailer.php (send, autoreply headers)',
  kind: 'autoreply',
  raw: crlf([
    'Message-ID: <Bq7W3xY-Kd9aZ-AAAAAAAAAAAAAAAAAQAAAFVxyz1abc-support@example.org>',
    `Date: ${DATE}`,
    'From: "Example Support" <support@example.org>',
    'To: Ann <a@example.net>',
    'Subject: Support Ticket Opened [#284513]',
    'X-Mailer: osTicket Mailer',
    'Precedence: auto_reply',
    'X-Autoreply: yes',
    'X-Auto-Response-Suppress: DR, RN, OOF, AutoReply',
    'Auto-Submitted: auto-replied',
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    '<h3><strong>Dear Ann,</strong></h3>',
    '<p>',
    'A request for support has been created and assigned #284513.',
    'A representative will follow-up with you as soon as possible. You can',
    '<a href="https://support.example.org/view.php?t=284513">view this ticket\'s progress',
    'online</a>.',
    '</p>',
    '<br>',
    '<div style="color: rgb(127, 127, 127)">',
    'Your Example Team,',
    '<br>',
    '',
    '</div>',
    '<hr>',
    '<div style="color: rgb(127, 127, 127); font-size: small; "><em>If you',
    'wish to provide additional comments or information regarding the issue,',
    'please reply to this email or <a href="https://support.example.org/view.php?t=284513"><span',
    'style="color: rgb(84, 141, 212);" >login to your account</span></a> for',
    'a complete archive of your support requests.</em></div>',
    '',
  ]),
})

// Source: OTRS/otrs scripts/database/otrs-initial_insert.mysql.sql, auto_response "default reply (after new ticket
// has been created)": text "This is a demo text which is send to every inquiry.\nIt could contain something
// like:\n\nThanks for your email. A new ticket has been created.\n\nYou wrote:\n<OTRS_CUSTOMER_EMAIL[6]>\n\nYour
// email will be answered by a human ASAP\n\nHave fun with OTRS! :-)\n\nYour OTRS Team\n", subject "RE:
// <OTRS_CUSTOMER_SUBJECT[24]>"; Kernel/System/Email.pm Send(): with Loop "X-Loop: yes", "Precedence: bulk",
// "Auto-Submitted: auto-generated", "X-Mailer: <Product> Mail Service (<Version>)", "X-Powered-By: OTRS - Open
// Ticket Request System (http://otrs.org/)", utf-8 body quoted-printable. INFERRED: that auto responses are sent
// with Loop set, and the "[Ticket#<number>] " subject hook (OTRS default Ticket::Hook/SubjectFormat). The quoted
// six lines are Ann's request; <OTRS_CUSTOMER_EMAIL[6]> quotes them with "> ".
add({
  name: 'otrs-default-auto-reply-new-ticket',
  source:
    'OTRS/otrs scripts/database/otrs-initial_insert.mysql.sql (auto_response 1) + Kernel/System/Email.pm',
  kind: 'autoreply',
  raw: crlf([
    'From: "Example Support" <support@example.org>',
    'To: Ann <a@example.net>',
    'Subject: [Ticket#2026050410000017] RE: Order 4411 refund failed',
    'X-Loop: yes',
    'Precedence: bulk',
    'Auto-Submitted: auto-generated',
    'X-Mailer: OTRS Mail Service (6.0.30)',
    'X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)',
    'Message-ID: <1777888800.2811953.812537@example.org>',
    `Date: ${DATE}`,
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'This is a demo text which is send to every inquiry.',
    'It could contain something like:',
    '',
    'Thanks for your email. A new ticket has been created.',
    '',
    'You wrote:',
    '> Hello,',
    '> ',
    '> order 4411 was charged twice and the refund to my card failed',
    '> with the message "transaction rejected". Please advise.',
    '> ',
    '> Ann',
    '',
    'Your email will be answered by a human ASAP',
    '',
    'Have fun with OTRS! :-)',
    '',
    'Your OTRS Team',
    '',
  ]),
})

// ---------------------------------------------------------------------------------------------------------------
// MORE MAILING-LIST NOTICES (stop 27: a helper's gathering, sources cited)
// ---------------------------------------------------------------------------------------------------------------

// Source: sympa-community/sympa default/mail_tt2/message_report.tt2 (Subject "Message distribution"; entry
// 'moderating_message': "Your message to the list '%1' has been forwarded to the moderator(s)") and
// src/lib/Sympa/Message/Template.pm _new_from_template(): adds Message-Id, Date, To, From "<gecos> <sympa@domain>"
// (default gecos SYMPA), MIME-Version, "Content-Type: text/plain; charset=<charset>", "Content-Transfer-Encoding:
// 8bit", "Auto-Submitted: auto-generated". Message-Id form plain.
add({
  name: 'sympa-message-report-moderating',
  source: 'sympa default/mail_tt2/message_report.tt2 + src/lib/Sympa/Message/Template.pm',
  kind: 'list',
  raw: crlf([
    'Message-Id: <sympa.1777888800.4242.2177@lists.example.org>',
    `Date: ${DATE}`,
    'To: a@example.net',
    'From: SYMPA <sympa@lists.example.org>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    'Auto-Submitted: auto-generated',
    'Subject: Message distribution',
    '',
    "Your message to the list 'widgets' has been forwarded to the moderator(s)",
    '',
  ]),
})

// Source: sympa default/mail_tt2/send_auth.tt2 ("Reply-to: [% conf.sympa %]", "Subject: Confirm [% authkey %]",
// multipart/mixed; "To distribute the attached message in list %1, follow the link below:", the mailto: link,
// "Or send a message to %1 with the following subject:", "CONFIRM <authkey>", then the message as message/rfc822
// with "X-Sympa-Attach: yes") + Template.pm's added headers (as above). The attached message is Ann's post.
add({
  name: 'sympa-send-auth-confirm-distribution',
  source: 'sympa default/mail_tt2/send_auth.tt2 + src/lib/Sympa/Message/Template.pm',
  kind: 'list',
  raw: crlf([
    'Message-Id: <sympa.1777888800.4242.2178@lists.example.org>',
    `Date: ${DATE}`,
    'To: a@example.net',
    'From: SYMPA <sympa@lists.example.org>',
    'MIME-Version: 1.0',
    'Content-Transfer-Encoding: 8bit',
    'Auto-Submitted: auto-generated',
    'Reply-to: sympa@lists.example.org',
    'Subject: Confirm 5c0f3e2d9a8b7c6d5e4f3a2b1c0d9e8f',
    'Content-Type: multipart/mixed; boundary="----------=_1777888800-4242-7"',
    '',
    '------------=_1777888800-4242-7',
    'Content-Disposition: inline',
    '',
    'To distribute the attached message in list widgets, follow the link below:',
    '',
    'mailto:sympa@lists.example.org?subject=CONFIRM%205c0f3e2d9a8b7c6d5e4f3a2b1c0d9e8f',
    '',
    'Or send a message to sympa@lists.example.org with the following subject:',
    'CONFIRM 5c0f3e2d9a8b7c6d5e4f3a2b1c0d9e8f',
    '',
    '------------=_1777888800-4242-7',
    'Content-Type: message/rfc822',
    'Content-Transfer-Encoding:  8bit',
    'Content-Disposition: inline',
    'X-Sympa-Attach: yes',
    '',
    ...origHeaders('widgets@lists.example.org'),
    '',
    'Hi all, the quarterly report is attached.',
    '',
    '------------=_1777888800-4242-7--',
    '',
  ]),
})

// Source: GNU Mailman 3 src/mailman/templates/en/list:user:action:subscribe.txt ("Email Address Registration
// Confirmation ... confirm $token ...") and src/mailman/app/subscriptions.py _handle_confirmation_needed_events():
// subject "Your confirmation is needed to join the $fqdn_listname mailing list.", UserNotification(email_address,
// confirm_address, ...) so From is <list>-confirm+<token>@<domain>, Auto-Submitted replaced by "auto-generated",
// send(add_precedence=False) (no Precedence). Read via wikimedia/operations-debs-mailman3. Message-ID/Date as
// UserNotification.send adds them (form plain, like the existing mailman3 sample).
add({
  name: 'mailman3-subscription-confirmation',
  source: 'Mailman 3 templates/en/list:user:action:subscribe.txt + app/subscriptions.py (wikimedia mirror)',
  kind: 'list',
  raw: crlf([
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    'Subject: Your confirmation is needed to join the widgets@example.org mailing list.',
    'From: widgets-confirm+3b1d6ac0f4a9e8d7c6b5a4938271605f4e3d2c1b@example.org',
    'To: a@example.net',
    'Message-ID: <177788880012.4242.1357924680@lists.example.org>',
    `Date: ${DATE}`,
    'Auto-Submitted: auto-generated',
    '',
    'Email Address Registration Confirmation',
    '',
    'Hello, this is the GNU Mailman server at example.org.',
    '',
    'We have received a registration request for the email address',
    '',
    '    a@example.net',
    '',
    'Before you can start using GNU Mailman at this site, you must first confirm',
    'that this is your email address.  You can do this by replying to this message.',
    '',
    'Or you should include the following line -- and only the following',
    'line -- in a message to widgets-request@example.org:',
    '',
    '    confirm 3b1d6ac0f4a9e8d7c6b5a4938271605f4e3d2c1b',
    '',
    "Note that simply sending a `reply' to this message should work from",
    'most mail readers.',
    '',
    'If you do not wish to register this email address, simply disregard this',
    'message.  If you think you are being maliciously subscribed to the list, or',
    'have any other questions, you may contact',
    '',
    '    widgets-owner@example.org',
    '',
  ]),
})

// Source: Majordomo 2 (jasontibbitts/majordomo) files/en/ack_stall ("Your message to $LIST has been delayed, and
// requires the approval \nof the moderators, for the following reason(s):\n\n$REASONS\n\nIf you do not wish the
// message to be posted, or have other concerns, \nplease send a message to the list owners at the following
// address: \n  $OWNER") and files/en/.ack_stall (subject "Stalled post to $LIST", text/plain us-ascii 7bit); the
// reason "Non-Member Submission from <victim>" is from the Access.pm restrict_post branch; ack_attach_original
// defaults to "fail stall", so the post is attached. PLAIN: From/To/Date/Message-ID and the multipart/mixed layout.
add({
  name: 'majordomo2-ack-stall',
  source: 'jasontibbitts/majordomo files/en/ack_stall + files/en/.ack_stall + Access.pm (reason text)',
  kind: 'list',
  raw: crlf([
    'From: widgets-owner@example.org',
    'To: a@example.net',
    'Subject: Stalled post to widgets',
    `Date: ${DATE}`,
    'Message-ID: <majordomo.1777888800.4242@lists.example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="----------=_1777888800-4242-0"',
    '',
    '------------=_1777888800-4242-0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Your message to widgets has been delayed, and requires the approval ',
    'of the moderators, for the following reason(s):',
    '',
    'Non-Member Submission from a@example.net',
    '',
    'If you do not wish the message to be posted, or have other concerns, ',
    'please send a message to the list owners at the following address: ',
    '  widgets-owner@example.org',
    '',
    '------------=_1777888800-4242-0',
    'Content-Type: message/rfc822',
    '',
    ...origHeaders('widgets@example.org'),
    '',
    'Hi all, the quarterly report is attached.',
    '',
    '------------=_1777888800-4242-0--',
    '',
  ]),
})

// ---------------------------------------------------------------------------------------------------------------
// MORE RECEIPTS (stop 27: a helper's gathering, sources cited)
// ---------------------------------------------------------------------------------------------------------------

// Source: sendmail savemail.c (freebsd-src contrib/sendmail/src/savemail.c) returntosender() with msg "Return
// receipt": Subject "Return receipt", "Auto-Submitted: auto-generated (return-receipt)", multipart/report;
// report-type=delivery-status; boundary "<qid>.<time>/<host>", sender "Mail Delivery Subsystem" <MAILER-DAEMON>;
// errbody(): "This is a MIME-encapsulated message", first part without headers, "The original message was
// received at <date>" / "from <host [ip]>", "   ----- The following addresses had successful delivery
// notifications -----", "<rcpt>  (successfully delivered to mailbox)", then message/delivery-status (Reporting-MTA,
// Received-From-MTA, Arrival-Date; Final-Recipient, "Action: delivered (to mailbox)", Status 2.0.0,
// Last-Attempt-Date) and text/rfc822-headers. The transcript is empty here (nothing was logged for this delivery).
add({
  name: 'sendmail-return-receipt',
  source: 'sendmail savemail.c (returntosender "Return receipt", errbody) via freebsd-src contrib/sendmail',
  kind: 'receipt',
  raw: crlf([
    'Return-Path: <>',
    'Received: from localhost (localhost)',
    '\tby mx.example.org (8.18.1/8.18.1) id 644A05Xq012346;',
    '\tMon, 4 May 2026 10:00:05 GMT',
    'Date: Mon, 4 May 2026 10:00:05 GMT',
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
    'Message-Id: <202605041000.644A05Xq012346@mx.example.org>',
    'To: <a@example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="644A05Xq012346.1777888805/mx.example.org"',
    'Subject: Return receipt',
    'Auto-Submitted: auto-generated (return-receipt)',
    '',
    'This is a MIME-encapsulated message',
    '',
    '--644A05Xq012346.1777888805/mx.example.org',
    '',
    'The original message was received at Mon, 4 May 2026 10:00:02 GMT',
    'from mail.example.net [192.0.2.1]',
    '',
    '   ----- The following addresses had successful delivery notifications -----',
    '<joe@example.org>  (successfully delivered to mailbox)',
    '',
    '',
    '--644A05Xq012346.1777888805/mx.example.org',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    'Received-From-MTA: dns; mail.example.net',
    'Arrival-Date: Mon, 4 May 2026 10:00:02 GMT',
    '',
    'Final-Recipient: rfc822; joe@example.org',
    'Action: delivered (to mailbox)',
    'Status: 2.0.0',
    'Last-Attempt-Date: Mon, 4 May 2026 10:00:05 GMT',
    '',
    '--644A05Xq012346.1777888805/mx.example.org',
    'Content-Type: text/rfc822-headers',
    '',
    ...origHeaders(),
    '',
    '--644A05Xq012346.1777888805/mx.example.org--',
    '',
  ]),
})

// Source: Exim src/src/deliver.c (the DSN-success block in deliver_message(), sent when a NOTIFY=SUCCESS recipient
// is relayed to a non-DSN-aware host): "Auto-Submitted: auto-generated", "From: Mail Delivery System
// <Mailer-Daemon@<qualify_domain>>", "Subject: Delivery Status Notification", multipart/report;
// report-type=delivery-status; boundary=<time>-eximdsn-<rand>; text part "This message was created automatically by
// mail delivery software.\n ----- The following addresses had successful delivery notifications -----\n<%s>
// (relayed %s)\n\n" (here "to non-DSN-aware mailer"); message/delivery-status "Reporting-MTA: dns; <host>",
// "Action: delivered", "Final-Recipient: rfc822;<rcpt>", "Status: 2.0.0", "Remote-MTA: dns; <host>",
// "Diagnostic-Code: smtp; 250 Ok"; then text/rfc822-headers with the return path added. Received/Message-Id/Date
// are Exim's own on local submission (form plain).
add({
  name: 'exim-dsn-success-relayed',
  source: 'Exim src/src/deliver.c (success DSN to senders of NOTIFY=SUCCESS mail)',
  kind: 'receipt',
  raw: crlf([
    'Return-path: <>',
    'Received: from Debian-exim by mail.example.net with local (Exim 4.97)',
    '\tid 1uA7Be-000Q33-7P',
    `\tfor a@example.net; ${DATE}`,
    'Auto-Submitted: auto-generated',
    'From: Mail Delivery System <Mailer-Daemon@mail.example.net>',
    'To: a@example.net',
    'Subject: Delivery Status Notification',
    'Content-Type: multipart/report; report-type=delivery-status; boundary=1777888800-eximdsn-1804289383',
    'MIME-Version: 1.0',
    'Message-Id: <E1uA7Be-000Q33-7P@mail.example.net>',
    `Date: ${DATE}`,
    '',
    '--1777888800-eximdsn-1804289383',
    'Content-type: text/plain; charset=us-ascii',
    '',
    'This message was created automatically by mail delivery software.',
    ' ----- The following addresses had successful delivery notifications -----',
    '<joe@example.org> (relayed to non-DSN-aware mailer)',
    '',
    '--1777888800-eximdsn-1804289383',
    'Content-type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    '',
    'Action: delivered',
    'Final-Recipient: rfc822;joe@example.org',
    'Status: 2.0.0',
    'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 250 Ok',
    '',
    '--1777888800-eximdsn-1804289383',
    'Content-type: text/rfc822-headers',
    '',
    'Return-path: <a@example.net>',
    ...origHeaders().slice(1),
    '',
    '--1777888800-eximdsn-1804289383--',
    '',
  ]),
})

// Source: GNOME/evolution src/modules/mdn/evolution-mdn.c mdn_notify_sender(): multipart/report;
// report-type="disposition-notification"; text/plain format=flowed UTF-8 quoted-printable "Your message to %s
// about “%s” on %s has been displayed. This is no guarantee that the message has been read or understood.";
// message/disposition-notification 7bit "Reporting-UA: <host>; Evolution <version>", "Final-Recipient: rfc822;
// <self>", "Original-Message-ID", "Disposition: manual-action/MDN-sent-manually;displayed"; Subject "Read: %s";
// From self, To Disposition-Notification-To; "Return-Path: <>"; "Auto-Submitted: auto-replied" (RFC 3834). The
// X-Evolution-* bookkeeping headers are dropped (Evolution strips them before sending); Date/Message-ID/boundary
// are plain.
add({
  name: 'evolution-mdn-displayed',
  source: 'GNOME/evolution src/modules/mdn/evolution-mdn.c (mdn_notify_sender)',
  kind: 'receipt',
  raw: crlf([
    'Return-Path: <>',
    'Subject: Read: Quarterly report',
    'From: joe@example.org',
    'To: Ann <a@example.net>',
    'Auto-Submitted: auto-replied',
    `Date: ${DATE}`,
    'Message-ID: <5a1c2b3d4e5f60718293a4b5c6d7e8f9a0b1c2d3.camel@example.org>',
    'Content-Type: multipart/report; report-type="disposition-notification";',
    '\tboundary="=-Xq2kM9vN4pL7rT1sW8yZ"',
    'MIME-Version: 1.0',
    '',
    '--=-Xq2kM9vN4pL7rT1sW8yZ',
    'Content-Type: text/plain; format=flowed; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Your message to joe@example.org about =E2=80=9CQuarterly report=E2=80=9D =',
    'on Mon, 4 May 2026 10:00:00 +0000 has been displayed. This is no guarantee =',
    'that the message has been read or understood.',
    '--=-Xq2kM9vN4pL7rT1sW8yZ',
    'Content-Type: message/disposition-notification',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Reporting-UA: example.org; Evolution 3.52.4',
    'Final-Recipient: rfc822; joe@example.org',
    `Original-Message-ID: ${ORIG_ID}`,
    'Disposition: manual-action/MDN-sent-manually;displayed',
    '',
    '--=-Xq2kM9vN4pL7rT1sW8yZ--',
    '',
  ]),
})

// Source: Zimbra/zm-mailbox SendDeliveryReport.java sendReport(): Subject "Read-Receipt: " + subject, From the
// account, To = Disposition-Notification-To, "Auto-Submitted: auto-replied (zimbra; read-receipt)", "Precedence:
// bulk", multipart/report with "; report-type=disposition-notification" appended; part 1 text from ZsMsg.properties
// readReceiptNotification ("The message sent on {0} to {1} with subject \"{2}\" has been displayed. This is no
// guarantee that the message has been read or understood.", date in DateFormat LONG/LONG); part 2
// "message/disposition-notification; charset=utf-8" with Reporting-UA (request host; user agent),
// Original-Recipient, Final-Recipient, Original-Message-ID, "Disposition: manual-action/MDN-sent-manually;
// displayed". The user-agent string and JavaMail Message-ID/boundary are plain.
add({
  name: 'zimbra-read-receipt',
  source: 'Zimbra/zm-mailbox service/mail/SendDeliveryReport.java (sendReport) + ZsMsg.properties',
  kind: 'receipt',
  raw: crlf([
    'Return-Path: <>',
    `Date: ${DATE}`,
    'From: Joe Example <joe@example.org>',
    'To: Ann <a@example.net>',
    'Message-ID: <1730264413.21.1777888800456.JavaMail.zimbra@mail.example.org>',
    'Subject: Read-Receipt: Quarterly report',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; ',
    '\tboundary="----=_Part_20_1118140819.1777888800455"; report-type=disposition-notification',
    'Auto-Submitted: auto-replied (zimbra; read-receipt)',
    'Precedence: bulk',
    '',
    '------=_Part_20_1118140819.1777888800455',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    'The message sent on May 4, 2026 10:00:00 AM GMT to joe@example.org with subject "Quarterly report" has been displayed. This is no guarantee that the message has been read or understood.',
    '------=_Part_20_1118140819.1777888800455',
    'Content-Type: message/disposition-notification; charset=utf-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Reporting-UA: 192.0.2.1; ZimbraWebClient - FF128 (Linux)',
    'Original-Recipient: rfc822;joe@example.org',
    'Final-Recipient: rfc822;joe@example.org',
    `Original-Message-ID: ${ORIG_ID}`,
    'Disposition: manual-action/MDN-sent-manually; displayed',
    '',
    '------=_Part_20_1118140819.1777888800455--',
    '',
  ]),
})

// Source: Microsoft Exchange read receipt. PARTIALLY SOURCED: the body is KB Q136515 ("Read: <Original Message
// Subject>" and "Your message\n\n  To: ...\n  Subject: ...\n  Sent: 8/22/95 1:27:33 PM\n\nwas read on 8/22/95
// 1:30:16 PM"); MS-OXOMSG 2.2.1.60 PidTagSubjectPrefix ("Read receipts: \"Read: \""); KB 323484 (Exchange sends
// read receipts as multipart/report). The RFC 3798 field block and the header set are plain.
add({
  name: 'exchange-read-receipt',
  source: 'MS KB Q136515 (body) + MS-OXOMSG 2.2.1.60 (Read: prefix) + KB 323484 (multipart/report)',
  kind: 'receipt',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    'To: Ann <a@example.net>',
    'Subject: Read: Quarterly report',
    'Date: Mon, 4 May 2026 10:05:12 +0000',
    'Message-ID: <AM0PR01MB1234C5D6E7F8A9B0@AM0PR01MB1234.eurprd01.prod.example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification;',
    '\tboundary="----_=_NextPart_001_01DABC12.3456789A"',
    '',
    '------_=_NextPart_001_01DABC12.3456789A',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Your message',
    '',
    '  To: Joe Example',
    '  Subject: Quarterly report',
    '  Sent: 5/4/2026 10:00:00 AM',
    '',
    'was read on 5/4/2026 10:05:12 AM',
    '',
    '------_=_NextPart_001_01DABC12.3456789A',
    'Content-Type: message/disposition-notification',
    '',
    'Final-Recipient: RFC822; joe@example.org',
    `Original-Message-ID: ${ORIG_ID}`,
    'Disposition: automatic-action/MDN-sent-automatically; displayed',
    '',
    '------_=_NextPart_001_01DABC12.3456789A--',
    '',
  ]),
})

// Source: KDE/kmail kmmessage.cpp KMMessage::createMDN() (multipart/report; report-type=disposition-notification;
// text/plain part = MDN::descriptionFor() with ${date}/${to}/${subject} replaced by the original's header fields;
// message/disposition-notification from KMime::MDN::dispositionNotificationBodyContent(); optional third part off by
// default (quote-message 0); Subject "Message Disposition Notification"; In-Reply-To and References from the
// original) and KDE/kmime src/kmime_mdn.cpp (the "deleted" description "The message sent on ${date} to ${to} with
// subject \"${subject}\" has been deleted unseen. This is no guarantee that the message will not be \"undeleted\"
// and nonetheless read later on."; "Reporting-UA: <host>; KMime <version>"; "Final-Recipient: rfc822; ";
// "Disposition: <mode>/<sending>; deleted"; createMDN keeps MDN::SentAutomatically unless it had to ask the user).
// From/Date/User-Agent from initHeader(); Message-ID plain.
add({
  name: 'kmail-mdn-deleted-unseen',
  source: 'KDE/kmail kmmessage.cpp (KMMessage::createMDN) + KDE/kmime src/kmime_mdn.cpp',
  kind: 'receipt',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    `Date: ${DATE}`,
    'User-Agent: KMail/1.9.10',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; boundary="Boundary-00=_k9XnJ3wQ1rT5yU7"; report-type="disposition-notification"',
    'To: Ann <a@example.net>',
    'Subject: Message Disposition Notification',
    `In-Reply-To: ${ORIG_ID}`,
    `References: ${ORIG_ID}`,
    'Message-Id: <202605041000.77123.joe@example.org>',
    '',
    '--Boundary-00=_k9XnJ3wQ1rT5yU7',
    'Content-Type: text/plain;',
    '  charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    'Content-Disposition: inline',
    '',
    `The message sent on ${DATE} to <joe@example.org> with subject "Quarterly report" has been deleted unseen. This is no guarantee that the message will not be "undeleted" and nonetheless read later on.`,
    '--Boundary-00=_k9XnJ3wQ1rT5yU7',
    'Content-Type: message/disposition-notification',
    'Content-Disposition: inline',
    '',
    'Reporting-UA: ws7.example.org; KMime 0.1.0',
    'Final-Recipient: rfc822; Joe Example <joe@example.org>',
    `Original-Message-ID: ${ORIG_ID}`,
    'Disposition: manual-action/MDN-sent-automatically; deleted',
    '',
    '--Boundary-00=_k9XnJ3wQ1rT5yU7--',
    '',
  ]),
})

// Source: KDE/kmail kmmessage.cpp KMMessage::createDeliveryReceipt(): To = Disposition-Notification-To, Subject
// i18n("Receipt: ") + subject, body "Your message was successfully delivered." + "\n\n---------- Message header
// follows ----------\n" + the original's header block + "--------------------------------------------\n";
// setAutomaticFields() gives MIME-Version; From/Date/User-Agent from initHeader(). Message-ID plain.
add({
  name: 'kmail-delivery-receipt-plain',
  source: 'KDE/kmail kmmessage.cpp (KMMessage::createDeliveryReceipt, initHeader)',
  kind: 'receipt',
  raw: crlf([
    'From: Joe Example <joe@example.org>',
    `Date: ${DATE}`,
    'User-Agent: KMail/1.9.10',
    'To: Ann <a@example.net>',
    'Subject: Receipt: Quarterly report',
    'MIME-Version: 1.0',
    'Content-Type: text/plain',
    'Message-Id: <202605041000.77124.joe@example.org>',
    '',
    'Your message was successfully delivered.',
    '',
    '---------- Message header follows ----------',
    ...origHeaders(),
    'Disposition-Notification-To: Ann <a@example.net>',
    '--------------------------------------------',
    '',
  ]),
})
