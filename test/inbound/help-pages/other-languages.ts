/** Whole bounces from help pages in Czech, Chinese, German, Korean, Polish, Turkish and Italian (see case.ts). */
import { type HelpPageBounce, lines, POSTFIX_INTRO } from './case'

/** header block added by us (pages show bodies only) */
const head = (from: string, subject: string, date: string, id: string, utf8 = false) => [
  `From: ${from}`,
  'To: a@example.net',
  `Subject: ${subject}`,
  `Date: ${date}`,
  `Message-ID: <${id}>`,
  'MIME-Version: 1.0',
  utf8 ? 'Content-Type: text/plain; charset=UTF-8' : 'Content-Type: text/plain; charset=us-ascii',
  utf8 ? 'Content-Transfer-Encoding: 8bit' : 'Content-Transfer-Encoding: 7bit',
  '',
]

const QMAIL_URLTW = [
  'Hi. This is the qmail-send program at alpha.url.com.tw.',
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  '',
]

const HDR_NOTE =
  'headers From/To/Subject/Date/Message-ID/MIME-Version/Content-Type/Content-Transfer-Encoding added (page shows the body only)'

export const OTHER_LANGUAGE_PAGES: HelpPageBounce[] = [
  // ---------------------------------------------------------------- Seznam (Czech)
  {
    name: 'seznam-native-user-unknown',
    source: 'https://napoveda.seznam.cz/uzivatel-neexistuje',
    says: 'byl pravděpodobně zadán neexistující adresát [a non-existent recipient address was probably entered]',
    rebuilt: `vesely.uzivatel@seznam.cz → joe@example.org (twice); ${HDR_NOTE}; From host unknown → MAILER-DAEMON@mx.example.org; Czech text → charset=UTF-8, 8bit`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
        'Undelivered Mail Returned to Sender',
        'Mon, 19 Nov 2012 10:00:00 +0100',
        'szn1@mx.example.org',
        true
      ),
      'Vaše zpráva pro <joe@example.org> ze dne 19.11.2012 nemohla být doručena.',
      'Zpráva je přiložena.',
      '',
      'You message for <joe@example.org> from 2012/11/19 could not be delivered.',
      "It's attached below.",
      '',
      'Důvod / Reason:',
      '---------------',
      '',
      "5.1.1 szn; User hasn't got the service mapped",
      '',
      'Permanentní chyba na straně uživatele.',
      'Permanent Failure - Bad destination mailbox address'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'seznam-sendmail-user-unknown',
    source: 'https://napoveda.seznam.cz/uzivatel-neexistuje',
    says: 'Chybová hlášení o neexistenci adresáta mohou mít různou formu, podobnou následujícím příkladům [error reports that the addressee does not exist can take various forms, like the following examples]',
    rebuilt: `jiri.novak@scdferg.cz → joe@example.org; the page's masked host "xxx.xxx.yy [xxx.xxx.xxx.xx]" kept as shown; ${HDR_NOTE} (Sendmail-style Subject); only the first (Sendmail) example of the page's list`,
    raw: lines(
      ...head(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Returned mail: see transcript for details',
        'Thu, 9 Oct 2003 09:50:00 -0700',
        'szn2@mx.example.org'
      ),
      'The original message was received at Thu, 9 Oct 2003 09:46:04 -0700 (PDT) from xxx.xxx.yy [xxx.xxx.xxx.xx]',
      '',
      '----- The following addresses had permanent fatal errors -----',
      'joe@example.org',
      '(reason: 550 5.1.1 joe@example.org... User unknown)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'seznam-rcpt-transcript-user-unknown',
    source: 'https://napoveda.seznam.cz/uzivatel-neexistuje',
    says: 'Chybová hlášení o neexistenci adresáta mohou mít různou formu, podobnou následujícím příkladům [error reports that the addressee does not exist can take various forms, like the following examples]',
    rebuilt: `jiri.novak@scdferg.cz → joe@example.org (twice); ${HDR_NOTE}; grouping "Sent RCPT TO … / Could not deliver mail to this user. …" as one example is my reading of the page (the page separates examples only by blank lines)`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
        'Undeliverable mail',
        'Thu, 9 Oct 2003 09:50:00 -0700',
        'szn3@mx.example.org'
      ),
      'Sent RCPT TO: joe@example.org',
      'Received 550 5.1.1 User unknown',
      '',
      'Could not deliver mail to this user.',
      'joe@example.org'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'seznam-qmail-fragment-user-unknown',
    source: 'https://napoveda.seznam.cz/uzivatel-neexistuje',
    says: 'Chybová hlášení o neexistenci adresáta mohou mít různou formu, podobnou následujícím příkladům [error reports that the addressee does not exist can take various forms, like the following examples]',
    rebuilt: `jiri.novak@scdferg.cz → joe@example.org (twice; the page's odd "<addr:>" bracket kept); masked IP xxx.xxx.xxx.xxx kept; ${HDR_NOTE} (qmail-style Subject); no qmail greeting added because the page shows none`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@mx.example.org',
        'failure notice',
        'Thu, 9 Oct 2003 09:50:00 -0700',
        'szn4@mx.example.org'
      ),
      '<joe@example.org:>',
      'xxx.xxx.xxx.xxx does not like recipient.',
      'Remote host said: 550 5.1.1 joe@example.org... User unknown',
      'Giving up on xxx.xxx.xxx.xxx.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- url.com.tw (Traditional Chinese, qmail)
  {
    name: 'urltw-qmail-host-not-found',
    source:
      'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: '搜尋不到該主機資訊。建議檢視收件地址填寫是否正確 [the host could not be found; check that the recipient address is written correctly]',
    rebuilt: `malformed page address <username@herolighting@com> → <joe@example.org>, error text "host named com" kept as shown; curly apostrophes → ASCII; ${HDR_NOTE}`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@alpha.url.com.tw',
        'failure notice',
        'Tue, 1 Mar 2011 10:00:00 +0800',
        'urltw1@alpha.url.com.tw'
      ),
      ...QMAIL_URLTW,
      '<joe@example.org>:',
      "Sorry, I couldn't find any host named com. (#5.1.2)"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'urltw-qmail-databytes',
    source:
      'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: "該封信件的容量已超出接收主機的限制,所以無法收取 [the message size exceeds the receiving host's limit, so it cannot be accepted]",
    rebuilt: `username@isecur.com.tw → joe@example.org; qmail greeting copied from the first example of the same page; ${HDR_NOTE}`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@alpha.url.com.tw',
        'failure notice',
        'Tue, 1 Mar 2011 10:00:00 +0800',
        'urltw2@alpha.url.com.tw'
      ),
      ...QMAIL_URLTW,
      '<joe@example.org>:',
      '210.59.228.172 failed after I sent the message.',
      'Remote host said: 552 sorry, that message size exceeds my databytes limit (#5.3.4)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'urltw-qmail-rejected-spam',
    source:
      'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: '您的信件被對方認為是垃圾信,所以被退(Rejected) [your message was judged to be spam by the other side, so it was rejected]',
    rebuilt: `page shows no recipient for this example: line "<joe@example.org>:" added inside the qmail layout the page names in its first example; qmail greeting copied from that example; ${HDR_NOTE}`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@alpha.url.com.tw',
        'failure notice',
        'Tue, 1 Mar 2011 10:00:00 +0800',
        'urltw3@alpha.url.com.tw'
      ),
      ...QMAIL_URLTW,
      '<joe@example.org>:',
      '194.158.104.109 failed after I sent the message.',
      'Remote host said: 550 Error: SB0102 - Rejected: SPAM'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'spamdetected' }],
  },
  {
    name: 'urltw-qmail-mailfolder-quota',
    source:
      'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: "收件者信箱容量已滿,無法再接收信件 [the recipient's mailbox is full and cannot receive more mail]",
    rebuilt: `username@domain.com.tw → joe@example.org; qmail greeting copied from the first example of the same page; ${HDR_NOTE}`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@alpha.url.com.tw',
        'failure notice',
        'Tue, 1 Mar 2011 10:00:00 +0800',
        'urltw4@alpha.url.com.tw'
      ),
      ...QMAIL_URLTW,
      '<joe@example.org>:',
      'The users mailfolder is over the allowed quota (size).'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'urltw-qmail-orange-user-unknown',
    source:
      'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: '您的信件所填寫的收件人信箱…找不到,對方…主機回應並沒有username 這個使用者,所以將信件退還原寄件者 [the recipient mailbox you wrote could not be found; the remote host answered that there is no such user, so the mail was returned]',
    rebuilt: `username@domian.fr → joe@example.org; page shows no recipient line for this example: "<joe@example.org>:" added inside the qmail layout the page names in its first example; qmail greeting copied from that example; ${HDR_NOTE}`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@alpha.url.com.tw',
        'failure notice',
        'Tue, 1 Mar 2011 10:00:00 +0800',
        'urltw5@alpha.url.com.tw'
      ),
      ...QMAIL_URLTW,
      '<joe@example.org>:',
      '193.252.22.78 does not like recipient.',
      'Remote host said: 550 <joe@example.org>: Recipient address rejected: User unknown',
      'Giving up on 193.252.22.78.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- Yahoo Hilfe (German page, qmail layout)
  {
    name: 'yahoo-de-qmail-dd-no-account',
    source:
      'https://de.hilfe.yahoo.com/kb/Es-gibt-weitere-Informationen-%EF%BF%BD%EF%BF%BDber-nicht-zugestellte-E-Mails-sln3275.html',
    says: 'Der häufigste Grund für solche Zustellfehler ist, dass die eingegebene Mail-Adresse ungültig ist. Wenn die Meldung des Mailer Daemon lautet, dass der Account nicht existiert, überprüfen Sie die Schreibweise der Zieladresse [most common cause: the address entered is invalid; if the daemon says the account does not exist, check the spelling]',
    rebuilt: `testing123@yahoo.com → joe@yahoo.com (reply text and copied To:); sender's copied From "Yahoo Customer Care" given address a@example.net and Return-Path <a@example.net>; the page's "..." elision lines dropped; ${HDR_NOTE} (From MAILER-DAEMON@yahoo.com per the greeting host)`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@yahoo.com',
        'failure notice',
        'Thu, 11 Nov 2010 07:37:30 -0800',
        'yde1@yahoo.com'
      ),
      'Hi. This is the qmail-send program at yahoo.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '123.45.67.89 failed after I sent the message.',
      "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (joe@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <a@example.net>',
      'Received: (qmail 24519 invoked by uid 60001); 11 Nov 2010 15:37:25 -0000',
      'X-Mailer: YahooMail/11.4.9 YahooMailWebService/0.8.107.285259',
      'Date: Thu, 11 Nov 2010 07:37:24 -0800 (PST)',
      'From: Yahoo Customer Care <a@example.net>',
      'Subject: Test Message',
      'To: joe@yahoo.com',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="0-162906830-1289489844=:24510"',
      '',
      '--0-162906830-1289489844=:24510',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      '[Text of the original message here]',
      '',
      '--0-162906830-1289489844=:24510--'
    ),
    expect: [{ recipient: 'joe@yahoo.com', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- German hosting help (Postfix → WEB.DE)
  {
    name: 'gartentechnik-postfix-webde-unknown',
    source:
      'https://hilfe.gartentechnik.com/hc/de/community/posts/207199969-Was-kann-ich-bei-Problemen-mit-dem-Versand-oder-Empfang-von-E-Mails-tun-',
    says: 'In diesem Beispiel konnte die Mail an den Empfänger … nicht zugestellt werden. Der Grund ist, dass der Empfänger nicht bekannt ist [the reason is that the recipient is unknown]',
    rebuilt: `autotec-gmbh@web.de → joe@example.org; closing ")" taken from the page's second quotation of the same line; ${HDR_NOTE} (Postfix From/Subject); year of "05. Nov 01:10 (CET)" unknown, 2012 chosen`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@mx02.seibert-media.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'Mon, 5 Nov 2012 01:10:00 +0100',
        'gt1@mx02.seibert-media.net'
      ),
      ...POSTFIX_INTRO('mx02.seibert-media.net'),
      '<joe@example.org>: host mx-ha02.web.de[213.165.67.120] said: 550 Requested',
      '    action not taken: mailbox unavailable (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- KREONET wiki (Korean, Postfix → Gmail)
  {
    name: 'kreonet-postfix-gmail-ipv6-ptr',
    source: 'https://wiki.kreonet.net/pages/viewpage.action?pageId=198181008',
    says: 'IPv6 PTR Error — IPv6 주소에 대해 DNS의 reverse domain 이 잘못 설정된 경우, 상대편에서 스팸으로 의심하고 block [when the reverse-DNS domain of the IPv6 address is set wrongly, the other side suspects spam and blocks]',
    rebuilt: `<****@yonsei.ac.kr> → <joe@example.org>; list owner kreonet-news-owner@lists.kreonet.net → a@example.net; Postfix 4-space continuation indent restored (the wiki shows none), line breaks kept as shown; ${HDR_NOTE} (Subject as quoted on the page)`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@lists.kreonet.net (Mail Delivery System)',
        'Undelivered Mail Returned to Sender',
        'Tue, 10 Dec 2024 10:00:00 +0900',
        'kr1@lists.kreonet.net'
      ),
      ...POSTFIX_INTRO('lists.kreonet.net'),
      '<joe@example.org>: host aspmx.l.google.com[2404:6800:4008:c03::1b] said:',
      '    550-5.7.1 [2001:320:11:248:546f:4bff:fef8:c9] Gmail has detected that this',
      '    550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR',
      '    records 550-5.7.1 and authentication. For more information, go to 550',
      '    5.7.1',
      '    https://support.google.com/mail/?p=IPv6AuthError',
      '    41be03b00d2f7-78e41c8cf4dsi11013936a12.313 - gsmtp (in reply to end of',
      '    DATA command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'requireptr' }],
  },
  // ---------------------------------------------------------------- auctionpro (Korean blog, Sendmail → Daum/Hanmail)
  // ---------------------------------------------------------------- Winmail (Chinese vendor docs)
  {
    name: 'winmail-spamhaus-blocked',
    source: 'https://www.winmail.cn/ndr/ (headers: http://magicwinmail.com/docs/errormail/gmail.php)',
    says: '退信的错误原因( 发件服务器的IP 111.111.111.111 在黑名单 zen.spamhaus.org 中 ) [cause: the sending server IP is on the zen.spamhaus.org blacklist]',
    rebuilt: `test@blacklistdemo.com → joe@example.org, qian.shen@demo.com → a@example.net, zhen.chen2@cn.blacklistdemo.com (Received "for") → joe@example.org; the page's inline annotations (退信的错误原因…, 原邮件发信时间 …) removed; blank lines restored after the ===== line and around "--- Below this line"; From postmaster@/Subject "failure notice" taken from the Winmail Gmail page; Chinese lines kept as part of the bounce (Winmail's bilingual text) → charset=UTF-8, 8bit`,
    raw: lines(
      ...head(
        'postmaster@example.net',
        'failure notice',
        'Mon, 9 Jun 2025 10:55:00 +0800',
        'wm1@example.net',
        true
      ),
      'Hi. This is the smtp delivery program.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '=====================================================',
      '您好!',
      '您的邮件不能成功的递送到指定地址。这是一个永久的错误,因此不得不放弃继续递送。',
      '',
      '<joe@example.org>, remote server said: 554 Service unavailable; Client host [111.111.111.111] blocked using zen.spamhaus.org',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Received: from Winmail-SERVER ([192.168.1.100])',
      '\t(envelope-sender <a@example.net>)',
      '\tby 192.168.1.88 with ESMTP',
      '\tfor <joe@example.org>; Mon, 09 Jun 2025 10:51:30 +0800',
      'Date: Mon, 9 Jun 2025 10:54:10 +0800',
      'From: "shen qian" <a@example.net>',
      'To: "Chen" <joe@example.org>'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'blocked' }],
  },
  // ---------------------------------------------------------------- KEI.pl (Polish-localised qmail)
  {
    name: 'keipl-qmail-maildir-over-quota',
    source: 'https://www.kei.pl/pomoc/wiadmosc-zwrotna/',
    says: "Za mało miejsca na koncie adresata … konto e-mail, na które chciałeś wysłać wiadomość, jest pełne i nie może przyjąć kolejnych wiadomości [not enough space on the recipient's account: the mailbox is full and cannot accept more messages]",
    rebuilt: `biuro@kontotestowe.e-kei.pl → joe@example.org, bok@kei.pl → a@example.net; the page's bracketed annotations "(Adres odbiorcy)", "(Informacja wyjaśniająca problem)", "(Adres nadawcy)" removed; leading spaces normalised; ${HDR_NOTE} (qmail-style Subject "failure notice", host unknown → mx.example.org)`,
    raw: lines(
      ...head(
        'MAILER-DAEMON@mx.example.org',
        'failure notice',
        'Tue, 5 Mar 2019 10:00:00 +0100',
        'kei1@mx.example.org'
      ),
      'Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy.',
      'Przyczyna wskazana jest ponizej:',
      '',
      '<joe@example.org>:',
      'maildrop: maildir over quota.',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <a@example.net>'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- konto.pl (Polish hosting, Sendmail)
  {
    name: 'kontopl-sendmail-user-unknown',
    source: 'https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx',
    says: 'User unknown (No such user, …) - nie ma takiej skrzynki, czyli adres e-mail jest nieaktualny lub został źle wpisany. To jest tzw. twardy zwrot [no such mailbox: the address is out of date or mistyped; a so-called hard bounce]',
    rebuilt: `<*******@*****.net.pl> → <joe@example.org> (4 times); masked host "*****.net.pl." → mx.example.org.; the trailing dangling line "... while talking to mail.******.pl." dropped; leading spaces normalised; ${HDR_NOTE} (Sendmail From/Subject at alpha.pl, the host the page shows)`,
    raw: lines(
      ...head(
        'Mail Delivery Subsystem <MAILER-DAEMON@alpha.pl>',
        'Returned mail: see transcript for details',
        'Tue, 8 Jan 2013 04:00:30 +0100',
        'konto1@alpha.pl'
      ),
      'The original message was received at Tue, 8 Jan 2013 04:00:25 +0100 (CET)',
      'from localhost.alpha.pl [127.0.0.1]',
      '',
      '----- The following addresses had permanent fatal errors -----',
      '<joe@example.org>',
      '(reason: 550 5.1.1 <joe@example.org>... User unknown)',
      '',
      '----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      '<<< 550 5.1.1 <joe@example.org>... User unknown',
      '550 5.1.1 <joe@example.org>... User unknown',
      '',
      '<<< 503 5.0.0 Need RCPT (recipient)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  // ---------------------------------------------------------------- Openfind Mail2000 (Traditional Chinese vendor FAQ)
  {
    name: 'openfind-mail2000-no-mailbox',
    source:
      'https://openfind.freshdesk.com/support/solutions/articles/35000001323-%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: '550 no mailbox by that name is currently available — 無效的收件者信箱,請確認收件者信件是否填寫正確 [invalid recipient mailbox; check the recipient address]',
    rebuilt:
      'rebuilt inside the format the page gives ("退信訊息內容格式"): Ruby.Yang@openfind.com.tw → a@example.net, test@OOO.com → joe@example.org; the page\'s placeholder "[退信訊息]" (bounce text) filled with the page\'s item 四 text, placed after the address on the same line as the template shows; Subject placeholder "退信訊息" filled likewise; Outlook-style "[mailto:MAILER-DAEMON]" From turned into an address at example.net; Date/Message-ID/MIME headers added',
    raw: lines(
      ...head(
        'Mail Deliver System <MAILER-DAEMON@example.net>',
        'Returned Mail: 550 no mailbox by that name is currently available',
        'Wed, 18 Oct 2017 11:25:30 +0800',
        'of1@example.net'
      ),
      'The original message was received at Wed, 18 Oct 2017 11:25:23 +0800 (CST) from a@example.net',
      '---The following addresses had delivery errors---',
      'joe@example.org 550 no mailbox by that name is currently available'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'openfind-mail2000-hostname-unresolved',
    source:
      'https://openfind.freshdesk.com/support/solutions/articles/35000001323-%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF',
    says: 'Hostname cannot be resolved — 收件者網域暫時無法解析。可能原因: 1.對方DNS主機"當時"異常 … 2.MG/Mail2000 所設定的DNS Server異常 [the recipient domain temporarily cannot be resolved: the other side\'s DNS host was failing at the time, or the DNS server Mail2000 uses is failing]',
    rebuilt:
      'rebuilt inside the format the page gives ("退信訊息內容格式"): Ruby.Yang@openfind.com.tw → a@example.net, test@OOO.com → joe@example.org; placeholder "[退信訊息]" filled with the page\'s item 六 text "Hostname cannot be resolved" on the address line; Subject placeholder filled likewise; From turned into an address at example.net; Date/Message-ID/MIME headers added',
    raw: lines(
      ...head(
        'Mail Deliver System <MAILER-DAEMON@example.net>',
        'Returned Mail: Hostname cannot be resolved',
        'Wed, 18 Oct 2017 11:25:30 +0800',
        'of2@example.net'
      ),
      'The original message was received at Wed, 18 Oct 2017 11:25:23 +0800 (CST) from a@example.net',
      '---The following addresses had delivery errors---',
      'joe@example.org Hostname cannot be resolved'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'networkerror' }],
  },
  // ---------------------------------------------------------------- ixirhost (Turkish hosting blog, Exim)
  {
    name: 'ixirhost-exim-mailbox-quota',
    source:
      'https://blog.ixirhost.com/mail-delivery-failed-returning-message-to-sender-mailbox-quota-exceeded/',
    says: 'maili gönderdiğiniz hesabın kotası dolduğu için size geri dönmüş [it came back because the quota of the account you sent to is full]',
    rebuilt:
      'page shows the failed-address line empty (address stripped): "  joe@example.org" added and the reason indented 4 spaces as Exim does; Subject and date taken from the page\'s "Subject:" / "Sent: Wednesday, February 11, 2015 12:00 PM"; From/To/Message-ID/MIME headers added (host unknown → mx.example.org)',
    raw: lines(
      ...head(
        'Mail Delivery System <Mailer-Daemon@mx.example.org>',
        'Mail delivery failed: returning message to sender',
        'Wed, 11 Feb 2015 12:00:00 +0200',
        'ixir1@mx.example.org'
      ),
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@example.org',
      '    Mailbox quota exceeded'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  // ---------------------------------------------------------------- Virgilio/Tin.it (Italian, InterMail-style report)
  {
    name: 'virgilio-tin-mailbox-full',
    source: 'http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/Suggerimento007.htm',
    says: 'MAILBOX FULL — La casella di posta elettronica alla quale è stato inoltrato il messaggio, ha raggiunto il limite massimo di capienza [the mailbox the message was sent to has reached its maximum capacity]',
    rebuilt: `tizio@virgilio.it → joe@example.org (twice); the page quotes the report on one line: line breaks restored at "processed by the mail server:" and before "Remote MTA"; ${HDR_NOTE} (Subject invented "Nondeliverable mail", host unknown → mx.example.org)`,
    raw: lines(
      ...head(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Nondeliverable mail',
        'Mon, 7 Mar 2005 10:00:00 +0100',
        'tin1@mx.example.org'
      ),
      'These recipients of your message have been processed by the mail server:',
      'joe@example.org; Failed; 5.2.2 (mailbox full)',
      '    Remote MTA ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<joe@example.org> Mailbox disk quota exceeded'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
]
