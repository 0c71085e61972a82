/** Whole bounces from Vietnamese and Indonesian help pages and blogs (see case.ts). */
import { type HelpPageBounce, lines, POSTFIX_INTRO } from './case'

const TINHOC =
  'https://tinhocvanphong.com.vn/hieu-loi-email-ten-mien-va-thong-bao-loi-co-the-gap-phai-khi-su-dung.html'
const TINHOC_REBUILT =
  'page shows only the "<recipient>: host X said:" line and the reply line (Postfix layout); Postfix header block ' +
  '(From MAILER-DAEMON@mail.example.net, To, Subject "Undelivered Mail Returned to Sender", Date, Message-ID, MIME-Version, Content-Type) ' +
  'and the standard Postfix notification text before "The mail system" added; user@example.com → joe@example.org; ' +
  'page\'s typographic "…" written as "..."; reply line indented 4 spaces as Postfix wraps it'

export const ASIA_PAGES: HelpPageBounce[] = [
  {
    name: 'vietnap-exim-unrouteable-daily-quota',
    source: 'https://vietnap.vn/unroutable-address/',
    says: 'Với shared-hosting tại VietNAP, giới hạn số lượng gửi mail ra ngoài mỗi ngày là 2000 ... Khi tổng số lượng email gửi ra ngoài vượt quá 2000, hệ thống trả lỗi về [on VietNAP shared hosting the outgoing limit is 2000 mails a day; when the total exceeds 2000 the system returns this error]',
    rebuilt:
      'obfuscated "[email protected]" → joe@example.org; header block (From Mail Delivery System <Mailer-Daemon@host.example.net>, To, Subject "Mail delivery failed: returning message to sender", Date, Message-ID, X-Failed-Recipients, MIME-Version, Content-Type) added (page names no host); recipient and reason lines indented as Exim does',
    raw: lines(
      'From: Mail Delivery System <Mailer-Daemon@host.example.net>',
      'To: a@example.net',
      'Subject: Mail delivery failed: returning message to sender',
      'Date: Mon, 07 Dec 2026 16:20:00 +0700',
      'Message-ID: <E1vnap0-0001aa-AA@host.example.net>',
      'X-Failed-Recipients: joe@example.org',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@example.org',
      '    Unrouteable address'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'ratelimited' }],
  },
  {
    name: 'matbao-exim-gmail-account-does-not-exist',
    source: 'https://cdspvinhlong.edu.vn/nhung-ma-loi-email-thuong-gap-trung-tam-ho-tro-ky-thuat/',
    says: 'Lỗi mail địa chỉ email không tồn tại: Địa chỉ email nhận không tồn tại ... Bạn cần kiểm tra lại để chắc chắn không nhập sai địa chỉ nhận thư [error: the recipient address does not exist; check you did not mistype it]',
    rebuilt:
      'XXX@gmail.com → joe@gmail.com (reply comes from Gmail); page shows only the "SMTP error from remote mail server after RCPT TO:" line and says Mat Bao bounces come from Mailer-Daemon@ProXX.emailserver.vn: ' +
      'header block (From, To, Subject, Date, Message-ID, X-Failed-Recipients, MIME-Version, Content-Type) and the standard Exim text before the recipient added; ' +
      'the page\'s run-together "Please tryn550-5.1." (stored copy cut there) split into lines at the literal "\\n"; the Gmail reply is kept only as far as the page shows it',
    raw: lines(
      'From: Mail Delivery System <Mailer-Daemon@ProXX.emailserver.vn>',
      'To: a@example.net',
      'Subject: Mail delivery failed: returning message to sender',
      'Date: Mon, 07 Dec 2026 09:12:00 +0700',
      'Message-ID: <E1vmbao-0002bb-BB@ProXX.emailserver.vn>',
      'X-Failed-Recipients: joe@gmail.com',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@gmail.com',
      '    SMTP error from remote mail server after RCPT TO:<joe@gmail.com>:',
      '    550-5.1.1 The email account that you tried to reach does not exist. Please try',
      '    550-5.1.'
    ),
    expect: [{ recipient: 'joe@gmail.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'unixlinux-id-outlook-no-such-user-here-smtp-auth',
    source: 'https://id.unixlinux.online/ys/pk/1006027415.html',
    says: 'Saat Anda menerima kesalahan "Tidak Ada Pengguna Tersebut di Sini", ini berarti Anda mencoba mengirim email keluar, namun, Anda belum mengonfigurasi klien email Anda dengan benar untuk otentikasi [when you get "No such user here" it means you tried to send outgoing mail without configuring your mail client for SMTP authentication, i.e. the server refused to relay]',
    rebuilt:
      "'test@gmail.com' → 'joe@example.org' (the refusal comes from the sender's own server, not Gmail); header block (From System Administrator <postmaster@mail.example.net>, To, Subject \"Undeliverable: Test 2\", Date, Message-ID, MIME-Version, Content-Type) added; the page's line break inside the recipient line kept; indentation as Outlook shows it",
    raw: lines(
      'From: System Administrator <postmaster@mail.example.net>',
      'To: a@example.net',
      'Subject: Undeliverable: Test 2',
      'Date: Mon, 15 Mar 2010 06:23:05 -0700',
      'Message-ID: <ndr-20100315062305@mail.example.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tTest 2',
      '      Sent:\t3/15/2010 6:23 AM',
      '',
      'The following recipient(s) could not be reached:',
      '',
      "      'joe@example.org' on 3/15/2010 6:23 AM",
      '            550 No such user here'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'norelaying' }],
  },
  {
    name: 'tinhocvanphong-postfix-mailbox-is-full',
    source: TINHOC,
    says: 'Lỗi Mailbox is full: Hầu hết các hệ thống đều có giới hạn về số lượng email được phép cư trú trên máy chủ cho mỗi người dùng và khi đạt đến giới hạn đó ... chúng báo lỗi [most systems limit how much mail each user may keep; when the limit is reached they return this error]',
    rebuilt: TINHOC_REBUILT,
    raw: lines(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 8 Dec 2026 10:00:00 +0700 (ICT)',
      'Message-ID: <20261208030000.AAA111@mail.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@example.org>: host in7.example.com said:',
      '    552 <joe@example.org>... Mailbox is full'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'tinhocvanphong-postfix-exceeded-storage-allocation',
    source: TINHOC,
    says: 'Lỗi Mailbox is full ... khi đạt đến giới hạn đó, do không có chỗ để chấp nhận thư đến mới nên chúng báo lỗi [when the per-user storage limit is reached there is no room for new mail, so the server returns an error]',
    rebuilt: TINHOC_REBUILT,
    raw: lines(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 8 Dec 2026 10:05:00 +0700 (ICT)',
      'Message-ID: <20261208030500.AAA222@mail.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@example.org>: host mail9.example.com said:',
      '    552 Requested mail action aborted: exceeded storage allocation'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'tinhocvanphong-postfix-message-size-5000000',
    source: TINHOC,
    says: 'Lỗi "Message exceeds size limit": Những lỗi này có nghĩa là kích thước của thư, bao gồm tất cả văn bản và tệp đính kèm, vượt quá giới hạn kích thước mỗi thư tối đa của tên miền [the message, with all text and attachments, exceeds the domain\'s maximum size per message]',
    rebuilt: `${TINHOC_REBUILT}; user1@example.com → joe@example.org`,
    raw: lines(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 8 Dec 2026 10:10:00 +0700 (ICT)',
      'Message-ID: <20261208031000.AAA333@mail.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@example.org>: host host.example.com said:',
      '    552 Message size exceeds fixed maximum message size (5000000)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'tinhocvanphong-postfix-message-size-5242880-bytes',
    source: TINHOC,
    says: 'về cơ bản, email của bạn quá lớn để được chấp nhận. Bạn nên cố gắng giảm kích thước của tin nhắn [basically your email is too large to be accepted; reduce its size or split it]',
    rebuilt: TINHOC_REBUILT,
    raw: lines(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 8 Dec 2026 10:15:00 +0700 (ICT)',
      'Message-ID: <20261208031500.AAA444@mail.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@example.org>: host mx01.example.com said:',
      '    552 Message size exceeds fixed maximum message size: 5242880 bytes'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'tinhocvanphong-postfix-user-over-quota',
    source: TINHOC,
    says: 'Lỗi Mailbox is full ... giới hạn về số lượng email được phép cư trú trên máy chủ cho mỗi người dùng [mailbox full: the per-user storage limit on the server has been reached]',
    rebuilt: `${TINHOC_REBUILT}; this line has no "host X said:" part on the page, so the recipient line is the whole diagnosis`,
    raw: lines(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: a@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 8 Dec 2026 10:20:00 +0700 (ICT)',
      'Message-ID: <20261208032000.AAA555@mail.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...POSTFIX_INTRO('mail.example.net'),
      '<joe@example.org>: User is over the quota. You can try again later.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
]
