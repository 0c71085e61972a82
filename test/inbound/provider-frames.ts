/**
 * Bounce layouts of mailbox providers and commercial mail servers, as their own documentation or a verbatim copy
 * of a real bounce shows them. Each `build` returns a raw RFC 822 message (CRLF) with the refused recipient and
 * the remote server's reply put where that layout puts them. Where a page shows only part of a bounce, only that
 * part is built, under plain headers (noted per layout).
 *
 * Sources were found with the stored-page search; none is a bounce-parser fixture or rule file.
 */

export interface Layout {
  source: string
  build: (recipient: string, reply: string, status: string) => string
  stage: 'rcpt' | null
  hosts: string[]
  statesStatus: boolean
  /** false: the layout never quotes the remote reply, only its own fixed sentence. */
  quotesReply?: boolean
  /** For layouts that do not quote the reply: the reason their own sentence documents. */
  ownReason?: string
}

const CRLF = (lines: string[]) => `${lines.join('\r\n')}\r\n`

const head = (from: string, subject: string | null, extra: string[] = []) => [
  `From: ${from}`,
  'To: a@example.net',
  ...(subject === null ? [] : [`Subject: ${subject}`]),
  'Date: Thu, 3 Dec 2026 10:00:00 +0000',
  'Message-ID: <b1@example.net>',
  'MIME-Version: 1.0',
  ...extra,
]

const plain = ['Content-Type: text/plain; charset="us-ascii"']
const utf8 = ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: 8bit']

/** "550 5.1.1 text" → { code: "550", enhanced: "5.1.1", text: "text" }. */
function splitReply(reply: string): { code: string; enhanced: string | null; text: string } {
  const m = /^([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?(.*)$/.exec(reply)
  if (!m) return { code: '', enhanced: null, text: reply }
  return { code: m[1]!, enhanced: m[2] ?? null, text: m[3]! }
}

/** The blank lines Exchange's NDRs leave between the user's part and the administrators' diagnostics. */
const SPACER = Array<string>(7).fill('')

/** The end of Exchange's NDRs: the original message's headers. */
const exchangeTail = (rcpt: string) => [
  '',
  'Original message headers:',
  '',
  'From: a@example.net',
  `To: ${rcpt}`,
  'Subject: hello',
]

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1)

export const PROVIDER_LAYOUTS: Record<string, Layout> = {
  // Microsoft KB 284204 ("Delivery status notifications in Exchange Server and in Small Business Server",
  // Exchange 2000/2003), as archived at https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/284/204.HTM
  // and KB 195671 (same layout). The NDR as Outlook shows it: fixed sentence + "<server #5.1.1>"; it never quotes
  // the remote reply. Headers not shown on the page: plain ones.
  exchange2003: {
    source: 'https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/284/204.HTM',
    build: (rcpt, _reply, _status) =>
      CRLF([
        ...head('postmaster@example.net', 'Undeliverable: Original Message', plain),
        '',
        'Your message did not reach some or all of the intended recipients.',
        '',
        '      Subject:\tOriginal Message',
        '      Sent:\t7/11/2001 9:20 AM',
        '',
        'The following recipient(s) could not be reached:',
        '',
        `      ${rcpt} on 7/11/2001 9:20 AM`,
        '            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.',
        '            <server.example.net #5.1.1>',
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
    quotesReply: false,
    ownReason: 'userunknown',
  },

  // Exchange 2007/2010 NDR for a remote refusal, a verbatim copy at http://cpumd.com/KB1039tag/failed-send
  // ("How to read a email bounce back"): "The following organization rejected your message: <host>." and
  // "<domain> #<reply> ##" under the diagnostics. The user sentence is the one that copy shows (a 5.7.1 refusal).
  exchange2010: {
    source: 'http://cpumd.com/KB1039tag/failed-send',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('Microsoft Exchange <postmaster@example.net>', 'Undeliverable: hello', plain),
        '',
        'Delivery has failed to these recipients or distribution lists:',
        '',
        rcpt,
        "Your message wasn't delivered because of security policies. Microsoft Exchange will not try to redeliver this message for you. Please provide the following diagnostic text to your system administrator.",
        '',
        'The following organization rejected your message: mx.example.org.',
        ...SPACER,
        'Diagnostic information for administrators:',
        '',
        'Generating server: server.example.net',
        '',
        rcpt,
        `mx.example.org #${reply} ##`,
        ...exchangeTail(rcpt),
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
  },

  // Exchange 2010 NDR wrapping a DSN from a relay: "#< #5.5.0 SMTP; 554-...> #SMTP#", verbatim copy at
  // https://pastebin.com/ZTwURw5w .
  'exchange2010-relayed': {
    source: 'https://pastebin.com/ZTwURw5w',
    build: (rcpt, reply, status) =>
      CRLF([
        ...head('Microsoft Exchange <postmaster@example.net>', 'Undeliverable: hello', plain),
        '',
        'Delivery has failed to these recipients or distribution lists:',
        '',
        rcpt,
        'A communication failure occurred during the delivery of this message. Microsoft Exchange will not try to redeliver this message for you. Please try resending this message later, or provide the following diagnostic text to your system administrator.',
        ...SPACER,
        'Diagnostic information for administrators:',
        '',
        'Generating server: db1.example.net',
        '',
        rcpt,
        `#< #${status} SMTP; ${reply}> #SMTP#`,
        ...exchangeTail(rcpt),
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
  },

  // Exchange 2013/2016 NDR naming the rejecting host: "<host> rejected your message to the following email
  // addresses:", "<host> gave this error:\n<reply text>", "Remote Server returned '<reply>'"; verbatim copy at
  // https://pastebin.com/32NXKByX .
  'exchange2016-rejected': {
    source: 'https://pastebin.com/32NXKByX',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('Microsoft Exchange <postmaster@example.net>', 'Undeliverable: hello', plain),
        '',
        'mx.example.org rejected your message to the following email addresses:',
        '',
        `${rcpt} (${rcpt})`,
        '',
        'A communication failure occurred during the delivery of this message. Please try resending the message later. If the problem continues, contact your helpdesk.',
        '',
        'mx.example.org gave this error:',
        splitReply(reply).text,
        ...SPACER,
        'Diagnostic information for administrators:',
        '',
        'Generating server: MAIL.example.net',
        '',
        rcpt,
        'mx.example.org',
        `Remote Server returned '${reply}'`,
        '',
        'Original message headers:',
        '',
        'From: a@example.net',
        `To: ${rcpt}`,
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
  },

  // Exchange Online (Office 365) NDR: "Your message wasn't delivered because the recipient's email provider
  // rejected it." and the generating server in prod.outlook.com; verbatim copy at https://pastebin.com/xDUr7BjE .
  'exchange-online': {
    source: 'https://pastebin.com/xDUr7BjE',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head(
          'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.net>',
          'Undeliverable: hello',
          plain
        ),
        '',
        'Delivery has failed to these recipients or groups:',
        '',
        `${rcpt} (${rcpt})`,
        "Your message wasn't delivered because the recipient's email provider rejected it.",
        ...SPACER,
        'Diagnostic information for administrators:',
        '',
        'Generating server: ME1PR01MB1107.ausprd01.prod.outlook.com',
        '',
        rcpt,
        `Remote Server returned '${reply}'`,
        '',
        'Original message headers:',
        '',
        'From: a@example.net',
        `To: ${rcpt}`,
      ]),
    stage: null,
    hosts: ['outlook.com'],
    statesStatus: false,
  },

  // Lotus Domino "Delivery Failure Report", verbatim in IBM technote 1100477 as quoted at
  // https://atnotes.de/index.php/topic,28316.0/prev_next,next.html : "Your document: … was not delivered to: …
  // because: <reply>". The page shows the body only: plain headers, no subject.
  domino: {
    source: 'https://atnotes.de/index.php/topic,28316.0/prev_next,next.html',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('Postmaster <MAILER-DAEMON@example.net>', null, plain),
        '',
        'Delivery Failure Report',
        '',
        'Your document:\thello',
        `was not delivered to:\t${rcpt}`,
        `because:\t${reply}`,
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
  },

  // Symantec Email Security.cloud (MessageLabs), Broadcom KB 162445
  // https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html : shows
  // only the opening ("This is the mail delivery agent at messagelabs.com. / I was unable to deliver your message to
  // the following addresses:") and says the recipient server's refusal is included. PARTIAL: the address and the
  // reply are put below the opening, each on its own line; their exact framing is not shown.
  messagelabs: {
    source:
      'https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('MAILER-DAEMON@messagelabs.com', null, plain),
        '',
        'This is the mail delivery agent at messagelabs.com.',
        '',
        'I was unable to deliver your message to the following addresses:',
        '',
        rcpt,
        '',
        reply,
      ]),
    stage: null,
    hosts: ['messagelabs.com'],
    statesStatus: false,
  },

  // MailEnable bounce, verbatim in MailEnable KB ME020517 https://mailenable.com/kb/content/article.asp?ID=ME020517 :
  // names only the target DOMAIN, never the recipient address, then "The server returned:" and the reply. Body only
  // on the page: plain headers.
  mailenable: {
    source: 'https://mailenable.com/kb/content/article.asp?ID=ME020517',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('MAILER-DAEMON@example.net', null, plain),
        '',
        'MailEnable: Message Delivery Failure.',
        '',
        'Reason: ME-E0193: [ABCDEF0123456789.MAI] Message Delivery Failure.',
        '',
        `Your message addressed to the target domain (${domainOf(rcpt)}) could not be delivered because the mail server responsible for this domain returned a permanent error.`,
        '',
        'The server returned:',
        '',
        reply,
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
  },

  // SmarterMail "System Administrator" delivery failure, http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx
  // and http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx : "Failed Recipient:"
  // and "Reason: The mailbox is full" (its own sentence; the pages show no remote reply in this layout).
  smartermail: {
    source: 'http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx',
    build: (rcpt, _reply, _status) =>
      CRLF([
        ...head('System Administrator <postmaster@example.net>', null, plain),
        '',
        'Could not deliver message to the following recipient(s):',
        '',
        `Failed Recipient: ${rcpt}`,
        'Reason: The mailbox is full',
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
    quotesReply: false,
    ownReason: 'mailboxfull',
  },

  // DTI (dream.jp / point.ne.jp) "Mail System Error - Returned Mail" from "Mail Administrator", verbatim at
  // http://dream.jp/support/techinfo/mail/error/error05.html : "Each of the following recipients was rejected by a
  // remote mail server … Recipient: <…> / Reason: <…>". The page's Reason line shows the reply text without a code;
  // the whole reply is put there. stage 'rcpt': the text says the recipient was rejected by the remote server.
  dti: {
    source: 'http://dream.jp/support/techinfo/mail/error/error05.html',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head('Mail Administrator <Postmaster@point.ne.jp>', 'Mail System Error - Returned Mail', plain),
        '',
        'This Message was undeliverable due to the following reason:',
        '',
        'Each of the following recipients was rejected by a remote mail server.',
        'The reasons given by the server are included to help you determine why',
        'each recipient was rejected.',
        '',
        `    Recipient: <${rcpt}>`,
        `    Reason:    ${reply}`,
        '',
        'Please reply to Postmaster@dti.ne.jp',
        'if you feel this message to be in error.',
      ]),
    stage: 'rcpt',
    hosts: ['dti.ne.jp', 'point.ne.jp'],
    statesStatus: false,
  },

  // The same "Mail Administrator" layout, quota variant, verbatim at http://faq.busblog.jp/faq/show/410 :
  // "The user(s) account is temporarily over quota." — its own sentence, no remote reply.
  'dti-quota': {
    source: 'http://faq.busblog.jp/faq/show/410',
    build: (rcpt, _reply, _status) =>
      CRLF([
        ...head('Mail Administrator <Postmaster@example.ne.jp>', 'Mail System Error - Returned Mail', plain),
        '',
        'This Message was undeliverable due to the following reason:',
        '',
        'The user(s) account is temporarily over quota.',
        '',
        `<${rcpt}>`,
        '',
        'Please reply to <Postmaster@example.ne.jp>',
        'if you feel this message to be in error.',
      ]),
    stage: null,
    hosts: [],
    statesStatus: false,
    quotesReply: false,
    ownReason: 'mailboxfull',
  },

  // OCN (NTT Communications) Postfix bounce with its Japanese template, verbatim at
  // https://www.intx.co.jp/14091204/ (defer113.ocn.ad.jp). The page's recipient line is a DNS failure; a remote
  // refusal is put in Postfix's own per-recipient form ("host … said: … (in reply to RCPT TO command)"). Body only
  // on the page (no DSN part shown): plain headers, UTF-8 (the real one is likely ISO-2022-JP).
  ocn: {
    source: 'https://www.intx.co.jp/14091204/',
    build: (rcpt, reply, _status) =>
      CRLF([
        ...head(
          'MAILER-DAEMON@defer113.ocn.ad.jp (Mail Delivery System)',
          'Undelivered Mail Returned to Sender',
          utf8
        ),
        '',
        'This is the Postfix program at host defer113.ocn.ad.jp.',
        '',
        "I'm sorry to have to inform you that the message returned",
        'below could not be delivered to one or more destinations.',
        '',
        'For further assistance, please contact <support@ocn.ad.jp>',
        '',
        'If you do so, please include this problem report. You can',
        'delete your own text from the message returned below.',
        '',
        'The following sentences are Japanese.',
        '',
        'このメールと共に返信されているメールは一つ以上の宛先に対',
        'して配信できませんでした。',
        '',
        'エラーメッセージの原因や対処法については下記のサイトで',
        'ご案内しております。',
        'http://www.ocn.ne.jp/0/faq/mail/errormail/',
        '',
        '上記のサイトでも解決できない場合は、<support@ocn.ad.jp>',
        'へご連絡ください。',
        'ご連絡の際には、この障害レポートを一緒にお送りください。',
        'このメールに添付されているお客様の元のメールは削除しても',
        '構いません。',
        '',
        '--------------------------------------------------------',
        '',
        `<${rcpt}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`,
      ]),
    stage: 'rcpt',
    hosts: ['ocn.ad.jp', 'ocn.ne.jp'],
    statesStatus: false,
  },

  // Yahoo! JAPAN "Delivery failure", verbatim at http://mahoro-ba.net/e771.html (example 2): its own sentence
  // "This user doesn't have a yahoo.co.jp account (<addr>)"; no remote reply in this layout.
  yahoojp: {
    source: 'http://mahoro-ba.net/e771.html',
    build: (rcpt, _reply, _status) =>
      CRLF([
        ...head('MAILER-DAEMON@yahoo.co.jp', 'Delivery failure', plain),
        '',
        'Message from yahoo.co.jp.',
        'Unable to deliver message to the following address(es).',
        '',
        `<${rcpt}>:`,
        `This user doesn't have a yahoo.co.jp account (${rcpt})`,
      ]),
    stage: null,
    hosts: ['yahoo.co.jp'],
    statesStatus: false,
    quotesReply: false,
    ownReason: 'userunknown',
  },

  // AOL's own mailer-daemon report (Sendmail-based), described section by section at
  // http://postmaster.aol.com/trouble/mailer.html and http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=222661 :
  // arrival line, the Postmaster's "*** ATTENTION ***" text (cut off in the stored page after "The AOL address that
  // was undeliverable is li…": only the complete sentences are kept), then the Sendmail transcript
  // ">>> RCPT To:<…> / <<< <reply> / 550 <…>... User unknown" (the last line is Sendmail's translation).
  aol: {
    source: 'http://postmaster.aol.com/trouble/mailer.html',
    build: (rcpt, reply, _status) => {
      const { code, enhanced, text } = splitReply(reply)
      return CRLF([
        ...head(
          'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
          'Returned mail: see transcript for details',
          plain
        ),
        '',
        'The original message was received at Tue, 14 Jul 1998 20:48:05 -0400 (EDT)',
        'from example.net [192.0.2.9]',
        '',
        'The line beginning with "<<<" describes the specific reason your e-mail could not be delivered.',
        'The next line contains a second error message that is a general translation for other e-mail servers.',
        'Please direct further questions regarding this message to your e-mail administrator.',
        '',
        '*** ATTENTION ***',
        'Your e-mail is being returned to you because there was a problem with its delivery.',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to air29.mail.aol.com.:',
        `>>> RCPT To:<${rcpt}>`,
        `<<< ${reply}`,
        `${code || '550'}${enhanced ? ` ${enhanced}` : ''} <${rcpt}>... ${text}`,
      ])
    },
    stage: 'rcpt',
    hosts: ['aol.com'],
    statesStatus: false,
  },
}
