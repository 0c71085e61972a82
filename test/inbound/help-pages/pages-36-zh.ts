/**
 * Chinese providers' bounces as Chinese help and forum pages show them (stop 36): NetEase (163.com, 163.net, yeah.net),
 * 263, eYou, Sohu, Sina, a qmail sender callback. Weak material, said plainly: most pages show the provider's
 * diagnostic line only, so each message is that line under minimal headers (`rebuilt` says so per case); the whole
 * pasted bounces the search found had already been taken by earlier rounds. First contact 1 of 11. Read since: NetEase's
 * "Quota exceed the hard limit", 163.net's "User … is not found in Server", the callback's "did not accept the empty
 * address". Kept by convention (agreement.ts): unknown-user words without a status (filtered), a relay refusal the page
 * files under unknown users, and three refusals whose words name no cause.
 */
import { type HelpPageBounce, lines } from './case'

// Minimal headers added to every case below (the pages show only the bounce's diagnostic line(s)).
const head = (to: string, subject: string, date: string, id: string, charset = 'us-ascii') => [
  'From: Mail Delivery System <MAILER-DAEMON@mail.example.net>',
  `To: ${to}`,
  `Subject: ${subject}`,
  `Date: ${date}`,
  `Message-ID: <${id}@mail.example.net>`,
  'MIME-Version: 1.0',
  `Content-Type: text/plain; charset=${charset}`,
  ...(charset === 'utf-8' ? ['Content-Transfer-Encoding: 8bit'] : []),
  '',
]

const MINIMAL =
  'only the diagnostic line is shown on the page; From MAILER-DAEMON@mail.example.net, To, Subject "Returned mail", Date, Message-ID, MIME-Version, Content-Type added; no MTA boilerplate added'

export const PAGES_36_ZH: HelpPageBounce[] = [
  {
    name: 'tnet-263-invalid-recipient',
    source: 'https://www.tnet.hk/support/email/reemail_old.php',
    says: '退信原因: 對方郵箱帳號不存在。 [bounce cause: the recipient mailbox account does not exist]',
    rebuilt: `${MINIMAL}; ***@263.net.cn → joe@263.net.cn; the page's "……" elision kept as printed; page stored as http://, https form given`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:00:00 +0800', 'tnet1'),
      '<joe@263.net.cn> host ……said:550 Invalid recipient'
    ),
    expect: [{ recipient: 'joe@263.net.cn', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'tnet-163net-not-found-in-server',
    source: 'https://www.tnet.hk/support/email/reemail_old.php',
    says: '退信原因: 對方郵箱帳號不存在。 [bounce cause: the recipient mailbox account does not exist]',
    rebuilt: `${MINIMAL}; ***@163.net → jane@163.net (both occurrences); "……" kept; page stored as http://, https form given`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:01:00 +0800', 'tnet2'),
      '<jane@163.net>……User jane@163.net is not found in Server .'
    ),
    expect: [{ recipient: 'jane@163.net', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'tnet-eyou-invalid-address',
    source: 'https://www.tnet.hk/support/email/reemail_old.php',
    says: '退信原因: 對方郵箱帳號不存在。 [bounce cause: the recipient mailbox account does not exist]',
    rebuilt: `${MINIMAL}; ***@EYOU.COM → joe@EYOU.COM; "……" kept; page stored as http://, https form given`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:02:00 +0800', 'tnet3'),
      '<joe@EYOU.COM>…… invalid address'
    ),
    expect: [{ recipient: 'joe@eyou.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'tnet-yeah-com-unable-to-relay',
    source: 'https://www.tnet.hk/support/email/reemail_old.php',
    says: 'listed as an example under "退信: 對方用戶不存在" with 退信原因: 對方郵箱帳號不存在。 [listed under "recipient user does not exist"; cause: the recipient mailbox account does not exist] (note: the address is on yeah.com, not NetEase yeah.net)',
    rebuilt: `${MINIMAL}; ***@yeah.com → joe@yeah.com (the page's second address techartsys@yeah.com also → joe@yeah.com); "……" kept; page stored as http://, https form given`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:03:00 +0800', 'tnet4'),
      '<joe@yeah.com> host ……said:550 5.7.1 Unable to relay for joe@yeah.com'
    ),
    expect: [{ recipient: 'joe@yeah.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'yfs8-163-quota-hard-limit',
    source: 'https://yfs8.com/view/962889.html',
    says: '对方邮箱空间不够,无法接收新邮件 … 退信原因: 邮件发接收方已经没有足够邮箱空间接收新邮件。 [recipient mailbox has no space left for new mail]',
    rebuilt: `${MINIMAL}; ***@163 → jane@163.com (this copy of the page drops ".com" from every domain; restored for 163)`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:04:00 +0800', 'yfs1'),
      '<jane@163.com>:Quota exceed the hard limit for user jane@163.com'
    ),
    expect: [{ recipient: 'jane@163.com', reason: 'mailboxfull' }],
  },
  {
    name: 'txqy-sohu-recipient-reject',
    source: 'https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993',
    says: '收件人在邮箱中设定了一些过滤规则,而你所发的邮件中的信息…符合该收件人或收件人的服务商设置的过滤规则,因此导致邮件在投递后被对方系统拒收。 [the recipient (or its provider) set filter rules that the message matched, so the recipient system refused it]',
    rebuilt: `${MINIMAL}; *****@sohu.com → joe@sohu.com; "……" kept`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:05:00 +0800', 'txqy1'),
      '<joe@sohu.com>: host ……said: 550 Recipient reject'
    ),
    expect: [{ recipient: 'joe@sohu.com', reason: 'filtered' }],
  },
  {
    name: 'txqy-sina-445-server-rejected',
    source: 'https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993',
    says: '错误原因:对方对接受的邮件作了限制,您的邮件超出了对方的要求或是对方服务器的要求。… 收件人在邮箱中设定了一些过滤规则 [the recipient side restricts what it accepts; recipient filter rules refused the message]',
    rebuilt: `${MINIMAL} (charset utf-8, 8bit, for the Chinese text in the reply); ****@SINA.COM and *****@SINA.COM → joe@SINA.COM`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:06:00 +0800', 'txqy2', 'utf-8'),
      'joe@SINA.COM : Failure reply of RCPT to joe@SINA.COM from 202.106.182.168, 445 服务器拒绝 - server rejected (#4.4.4)'
    ),
    expect: [{ recipient: 'joe@sina.com', reason: 'filtered' }],
  },
  {
    name: 'txqy-163net-not-welcome',
    source: 'https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993',
    says: '出现 not Welcome/message blocked/content rejected 等信息的原因是收件人在邮箱中设定了一些过滤规则 … 因此导致邮件在投递后被对方系统拒收。 ["not welcome" means the recipient set filter rules the message matched]',
    rebuilt: `${MINIMAL}; *****@163.net → jane@163.net`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:07:00 +0800', 'txqy3'),
      '<jane@163.net>: This Message is not welcome'
    ),
    expect: [{ recipient: 'jane@163.net', reason: 'filtered' }],
  },
  {
    name: 'dbmail-163-user-not-found',
    source: 'https://www.dbmailserver.com/tui-xin-address-not-exist.htm',
    says: '(page "退信 address not exist") 可能出现的关键字:No such user、user unknown、…、user not found、Invalid address、invalid recipient … [bounce: recipient address does not exist; keywords include user not found]',
    rebuilt: `${MINIMAL}; 12345@163.com → joe@163.com`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:08:00 +0800', 'dbm1'),
      '550 User not found: joe@163.com'
    ),
    expect: [{ recipient: 'joe@163.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'dbmail-postfix-undeliverable-unknown-user',
    source: 'https://www.dbmailserver.com/tui-xin-address-not-exist.htm',
    says: '(page "退信 address not exist") 可能出现的关键字:No such user、user unknown、… invalid recipient … [bounce: recipient address does not exist]',
    rebuilt: `${MINIMAL}; 1111@ss.com → joe@example.com (both occurrences)`,
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:09:00 +0800', 'dbm2'),
      '550 5.1.1 joe@example.com: Recipient address rejected: undeliverable address: unknown user: "joe@example.com"'
    ),
    expect: [{ recipient: 'joe@example.com', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'chinaunix-qmail-callout-null-sender',
    source: 'https://bbs.chinaunix.net/forum.php?action=printable&mod=viewthread&tid=618870',
    says: 'Remote host said: 550 5.7.1 … recipient denied, because MX 10 我方服务器 … for <我放用户地址> did not accept the empty address, <>, as required by RFC 821, 1123, 2505, and 2821 [the remote host refused the recipient because the sender domain\'s own MX ("our server") refused the null sender <> during its sender check]',
    rebuilt:
      'only the Reason block was pasted (quoted with ">;" artefacts, removed); the poster\'s Chinese placeholders replaced: <对方地址> → joe@example.org, 对方服务器ip地址 → 192.0.2.10, 我方服务器 → mx.example.net, [我放服务器ip] → [198.51.100.5], <我放用户地址> → <sender@example.net>; From MAILER-DAEMON, To, Subject "Returned mail", Date, Message-ID, MIME-Version, Content-Type added; page stored as http://, https form given',
    raw: lines(
      ...head('sender@example.net', 'Returned mail', 'Mon, 7 Dec 2026 10:10:00 +0800', 'cu1'),
      'Reason:',
      '<joe@example.org>:',
      '192.0.2.10 does not like recipient.',
      "Remote host said: 550 5.7.1 <joe@example.org>... recipient denied, because MX 10 mx.example.net.' [198.51.100.5] for <sender@example.net> did not accept the empty address, <>, as required by RFC 821, 1123, 2505, and 2821",
      'Giving up on 192.0.2.10'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'rejected' }],
  },
]
