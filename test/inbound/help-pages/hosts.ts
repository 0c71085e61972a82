/** Whole bounces from hosting companies' knowledge bases and ISPs' pages in Dutch, German and Portuguese (see
 * case.ts). */
import { type HelpPageBounce, lines } from './case'

/** header block added for pages that show only the body */
const head = (from: string, subject: string, date: string, id: string, charset = 'us-ascii') => [
  `From: ${from}`,
  'To: a@example.net',
  `Subject: ${subject}`,
  `Date: ${date}`,
  `Message-ID: <${id}>`,
  'MIME-Version: 1.0',
  `Content-Type: text/plain; charset=${charset}`,
  ...(charset === 'UTF-8' ? ['Content-Transfer-Encoding: 8bit'] : []),
  '',
]

const POSTFIX_HDRS =
  'From (MAILER-DAEMON), To, Subject "Undelivered Mail Returned to Sender", Date, Message-ID, MIME-Version, Content-Type added (page shows only the body)'

const NEWPAGES = 'https://edu.newpages.com.my/article/349/email-error-message'
const WEBOKE =
  'https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html'
const BS2 = 'https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails'
const BLACKPEARL = 'http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages'

export const HOST_PAGES: HelpPageBounce[] = [
  {
    name: 'iphouse-maildrop-over-quota',
    source: 'http://blogs.iphouse.net/2010/01/19/undeliverable-mail/',
    says: '"Command output: maildrop: maildir over quota". What this means is that the service "maildrop" says that the Mail Directory (maildir) is over quota – the mailbox is full.',
    rebuilt:
      "test address blogtest@iphouse.com → joe@iphouse.com (reply is from iphouse's own server); From MAILER-DAEMON@smtpin-2.iphouse.net, To, Subject, Date, Message-ID, MIME-Version, Content-Type added; blank line after the first sentence kept as on the page",
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@smtpin-2.iphouse.net>',
        'Undelivered Mail Returned to Sender',
        'Tue, 19 Jan 2010 12:00:00 -0600',
        'bounce1@smtpin-2.iphouse.net'
      ),
      'This is the mail system at host smtpin-2.iphouse.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '<joe@iphouse.com>: permission denied. Command output: maildrop: maildir',
      '    over quota.'
    ),
    expect: [{ recipient: 'joe@iphouse.com', reason: 'mailboxfull' }],
  },
  {
    name: 'inframes-unifiedlayer-qmail-spamcop',
    source: 'https://blog.inframes.com/2013/08',
    says: 'It seems that a couple of those servers are "compromised" this week ... someone ... used the server to send spam ... This resulted on a couple of the IP addresses being blacklisted.',
    rebuilt:
      'page shows the bounce as quoted in Outlook with addresses hidden by the site\'s e-mail protection: header block rebuilt (From MAILER-DAEMON@roproxy1-pub.unifiedlayer.com, To a@example.net, Subject "failure notice" as shown, Date from "05 August 2013 11:21", Message-ID, MIME-Version, Content-Type); the hidden recipient line restored as "<joe@example.org>:"; the page\'s placeholder "[recipient\'s IP address]" kept; blank lines restored between qmail paragraphs',
    raw: lines(
      ...head(
        'MAILER-DAEMON@roproxy1-pub.unifiedlayer.com',
        'failure notice',
        'Mon, 05 Aug 2013 11:21:00 +0100',
        'qmail1@roproxy1-pub.unifiedlayer.com'
      ),
      'Hi. This is the qmail-send program at roproxy1-pub.unifiedlayer.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<joe@example.org>:',
      "[recipient's IP address] does not like recipient.",
      'Remote host said: 554 5.7.1 Rejected - your IP address was found in a blacklist for sending spam. Please visit:',
      'http://spamcop.net/bl.shtml?69.89.25.95',
      "Giving up on [recipient's IP address]."
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'blocked' }],
  },
  {
    name: 'webpanache-aol-dyn-t1-block',
    source: 'http://www.webpan.com/Customers/bounces.htm',
    says: 'AOL regularly blocks domains, ISPs and/or hosts based on spam complaints or what they consider excessive use. ... If you are blocked, your bounce-back message(s) will look something like this',
    rebuilt:
      'janedoey@aol.com → joe@aol.com (reply from AOL); From postmaster@webpan.com (Web Panache\'s server, name not shown on the page), To, Subject "Undeliverable mail", Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...head(
        'Postmaster <postmaster@webpan.com>',
        'Undeliverable mail',
        'Wed, 08 Nov 2006 10:00:00 -0800',
        'dsn1@webpan.com'
      ),
      'Delivery failed 2 attempts: joe@aol.com',
      'Body of message generated response:',
      '421-: (DYN:T1)',
      'http://postmaster.info.aol.com/errors/421dynt1.html',
      '421 SERVICE NOT AVAILABLE'
    ),
    expect: [{ recipient: 'joe@aol.com', reason: 'blocked' }],
  },
  {
    name: 'machighway-chkuser-511',
    source:
      'http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php',
    says: "511 | The e-mail address doesn't exist on the mail server.",
    rebuilt:
      'example@exampledomain.com → joe@example.org (the space before ">" kept as on the page); From MAILER-DAEMON, To, Subject "Returned mail: see transcript for details", Date, Message-ID, MIME-Version, Content-Type added',
    raw: lines(
      ...head(
        'Mail Delivery Subsystem <MAILER-DAEMON@machighway.com>',
        'Returned mail: see transcript for details',
        'Thu, 10 Mar 2011 09:00:00 -0500',
        'dsn2@machighway.com'
      ),
      '   ----- The following addresses had permanent fatal errors -----',
      '<joe@example.org >',
      '    (reason: 511 sorry, no mailbox here by that name (#5.1.1 - chkuser))'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'newpages-over-quota-try-later',
    source: NEWPAGES,
    says: 'A common issue users face is a full mailbox. ... Here are examples of error messages that may appear due to a full mailbox: <user@example.com>: The user is over the quota. You can try again later.',
    rebuilt: `user@example.com → joe@example.org; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:00:00 +0800',
        'np1@mail.newpages.com.my'
      ),
      '<joe@example.org>: The user is over the quota. You can try again later.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'newpages-552-mailbox-is-full',
    source: NEWPAGES,
    says: 'examples of error messages that may appear due to a full mailbox: <user@example.com>: host in7.example.com said: 552 <user@example.com>... Mailbox is full',
    rebuilt: `user@example.com → joe@example.org (both places); ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:01:00 +0800',
        'np2@mail.newpages.com.my'
      ),
      '<joe@example.org>: host in7.example.com said:',
      '    552 <joe@example.org>... Mailbox is full'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'newpages-552-exceeded-storage-allocation',
    source: NEWPAGES,
    says: 'examples of error messages that may appear due to a full mailbox: ... <user@example.com>: host mail9.example.com said: 552 Requested mail action aborted: exceeded storage allocation',
    rebuilt: `user@example.com → joe@example.org; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:02:00 +0800',
        'np3@mail.newpages.com.my'
      ),
      '<joe@example.org>: host mail9.example.com said:',
      '    552 Requested mail action aborted: exceeded storage allocation'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'newpages-550-cant-create-output',
    source: NEWPAGES,
    says: "examples of error messages that may appear due to a full mailbox: ... Mailbox limit exceeded while appending message / 550 <user@example.com>... Can't create output",
    rebuilt: `user@example.com → joe@example.org; the page gives the two lines without a "host ... said" line, kept so; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:03:00 +0800',
        'np4@mail.newpages.com.my'
      ),
      'Mailbox limit exceeded while appending message',
      "550 <joe@example.org>... Can't create output"
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'newpages-552-size-5000000',
    source: NEWPAGES,
    says: "These errors indicate that the total size of your email, including headers, text, and attachments, exceeds the domain's maximum allowable size for a single message.",
    rebuilt: `user1@example.com → joe@example.org; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:04:00 +0800',
        'np5@mail.newpages.com.my'
      ),
      '<joe@example.org>: host host.example.com said:',
      '    552 Message size exceeds fixed maximum message size (5000000)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'newpages-552-maximum-message-size-mx2',
    source: NEWPAGES,
    says: "These errors indicate that the total size of your email, including headers, text, and attachments, exceeds the domain's maximum allowable size for a single message.",
    rebuilt: `user@example.com → joe@example.org; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@mail.newpages.com.my>',
        'Undelivered Mail Returned to Sender',
        'Mon, 03 Mar 2025 10:05:00 +0800',
        'np6@mail.newpages.com.my'
      ),
      '<joe@example.org>: host mx2.mail.example.com said:',
      '    552 message size exceeds the maximum message size'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'emailtoolarge' }],
  },
  {
    name: 'weboke-exim-550-510-recipient-rejected',
    source: WEBOKE,
    says: 'Het domein heeft een geldige mailserver maar het emailadres zelf wordt geweigerd. Meestal omdat het emailadres zelf niet bestaat. [The domain has a valid mail server but the address itself is refused, usually because the address itself does not exist.]',
    rebuilt:
      'email@adres.nl → joe@adres.nl; host mail.adres.nl and the page\'s "[xxx.xx.x.xx]" kept; Exim preamble lines ("This message was created automatically ...", "The following address(es) failed:") and the address line added from the layout the page\'s title names ("Mail delivery failed: returning message to sender"); headers added',
    raw: lines(
      ...head(
        'Mail Delivery System <Mailer-Daemon@server.weboke.nl>',
        'Mail delivery failed: returning message to sender',
        'Tue, 04 Mar 2025 11:00:00 +0100',
        'E1wk1-0001aa-AA@server.weboke.nl'
      ),
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@adres.nl',
      '    SMTP error from remote mail server after RCPT TO:<joe@adres.nl>:',
      '    host mail.adres.nl [xxx.xx.x.xx]: 550 5.1.0 Recipient rejected.'
    ),
    expect: [{ recipient: 'joe@adres.nl', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'weboke-exim-psmtp-no-relaying',
    source: WEBOKE,
    says: 'Dit betekent waarschijnlijk dat de mailserver die opgegeven is bij het domein geen mail wil aannemen voor dat domein. ... de mailserver kent het domein waarschijnlijk niet eens en zegt die mail is niet voor mij en doorsturen doe ik het niet. [The mail server listed for the domain will not accept mail for that domain; it does not know the domain and will not relay.]',
    rebuilt:
      "email@adres.nl → joe@boox.nl (the page's psmtp host is boox.nl.s200a1.psmtp.com); Exim preamble and address line added from the layout the title names; headers added",
    raw: lines(
      ...head(
        'Mail Delivery System <Mailer-Daemon@server.weboke.nl>',
        'Mail delivery failed: returning message to sender',
        'Tue, 04 Mar 2025 11:01:00 +0100',
        'E1wk2-0001bb-BB@server.weboke.nl'
      ),
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@boox.nl',
      '    SMTP error from remote mail server after RCPT TO:<joe@boox.nl>:',
      '    host boox.nl.s200a1.psmtp.com [207.126.147.10]: 554 No relaying allowed - psmtp'
    ),
    expect: [{ recipient: 'joe@boox.nl', reason: 'norelaying' }],
  },
  {
    name: 'weboke-exim-user-unknown-virtual-mailbox',
    source: WEBOKE,
    says: 'het mailadres dat is opgegeven bestaat simpelweg niet. [the given address simply does not exist.]',
    rebuilt:
      'page shows "SMTP error from remote mail server after RCPT TO 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table" without address or host: recipient joe@example.org and host mx.example.org [192.0.2.25] added, address put in "<joe@example.org>:" as Postfix replies do; Exim preamble added from the layout the title names; headers added',
    raw: lines(
      ...head(
        'Mail Delivery System <Mailer-Daemon@server.weboke.nl>',
        'Mail delivery failed: returning message to sender',
        'Tue, 04 Mar 2025 11:02:00 +0100',
        'E1wk3-0001cc-CC@server.weboke.nl'
      ),
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  joe@example.org',
      '    SMTP error from remote mail server after RCPT TO:<joe@example.org>:',
      '    host mx.example.org [192.0.2.25]: 550 5.1.1 <joe@example.org>: Recipient address rejected: User unknown in virtual mailbox table'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'weboke-exim-unrouteable-address',
    source: WEBOKE,
    says: 'Unrouteable address: Dit betekent meestal dat je mail hebt gestuurd aan een domein dat (nog) niet bestaat ... Bijvoorbeeld iets sturen aan info@testnaam (zonder .nl erachter) levert deze fout op. [usually means you sent mail to a domain that does not (yet) exist, e.g. info@testnaam without .nl]',
    rebuilt:
      "the page's own example address info@testnaam used as recipient; the page says the bounce names the address with the technical reason below it — Exim preamble from the layout the title names and headers added",
    raw: lines(
      ...head(
        'Mail Delivery System <Mailer-Daemon@server.weboke.nl>',
        'Mail delivery failed: returning message to sender',
        'Tue, 04 Mar 2025 11:03:00 +0100',
        'E1wk4-0001dd-DD@server.weboke.nl'
      ),
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  info@testnaam',
      '    Unrouteable address'
    ),
    expect: [{ recipient: 'info@testnaam', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'goneo-postfix-user-unknown',
    source: 'https://goneo.de/hilfe/email/fehlermeldungen',
    says: "Der Mailserver des Empfängers gibt an, dass die E-Mail-Adresse nicht existiert. [The recipient's mail server says the e-mail address does not exist.] (… eine E-Mail von unserem Mailserver mit dem Betreff Undelivered Mail returned to sender, die die entsprechende Fehlermeldung enthält)",
    rebuilt: `mail@example.com → joe@example.org; the error line kept exactly as the page gives it; ${POSTFIX_HDRS} (subject as the page names it)`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@goneo.de>',
        'Undelivered Mail Returned to Sender',
        'Wed, 05 Mar 2025 09:00:00 +0100',
        'g1@goneo.de'
      ),
      '550 joe@example.org: Recipient address rejected: User unknown (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'bs2-host-not-found-hotmeil',
    source: BS2,
    says: 'Não existe o servidor de destino. O endereço pode estar errado ou foi desativado. No caso de enviar um email para "joao@hotmeil.com", você receberá esse erro, pois não existe o endereço "hotmeil.com". [The destination server does not exist ... hotmeil.com does not exist.]',
    rebuilt: `joao@hotmeil.com → joe@hotmeil.com (the misspelt domain is the point, kept); the page gives the error as "Host or domain name not found / Type=A: Host not found" — written out as one Postfix line "<joe@hotmeil.com>: Host or domain name not found. Name service error for name=hotmeil.com type=A: Host not found" (added words: "Name service error for name=hotmeil.com"); ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@bs2.com.br>',
        'Undelivered Mail Returned to Sender',
        'Thu, 06 Mar 2025 14:00:00 -0300',
        'bs1@bs2.com.br'
      ),
      '<joe@hotmeil.com>: Host or domain name not found. Name service error for',
      '    name=hotmeil.com type=A: Host not found'
    ),
    expect: [{ recipient: 'joe@hotmeil.com', reason: 'hostunknown', hardbounce: true }],
  },
  {
    name: 'bs2-550-user-unknown',
    source: BS2,
    says: 'Não existe o e-mail no servidor de destino. Por exemplo: mickeymouse@bs2.com.br. Existe o servidor "bs2.com.br", porém não existe a conta "mickeymouse" [The address does not exist on the destination server ... the account does not exist.]',
    rebuilt: `mickeymouse@bs2.com.br → joe@bs2.com.br (reply from bs2's own server); the page gives only "550 User unknown": written as a Postfix recipient line "<joe@bs2.com.br>: host mx.bs2.com.br said: 550 User unknown" (host name mx.bs2.com.br invented); ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@bs2.com.br>',
        'Undelivered Mail Returned to Sender',
        'Thu, 06 Mar 2025 14:01:00 -0300',
        'bs2@bs2.com.br'
      ),
      '<joe@bs2.com.br>: host mx.bs2.com.br said: 550 User unknown (in reply to RCPT',
      '    TO command)'
    ),
    expect: [{ recipient: 'joe@bs2.com.br', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'ubiquity-qmail-554-over-quota',
    source: 'http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification',
    says: 'Remote host said: 554 delivery error: Sorry, your message to __________ cannot be elivered. This account is over quota. — Their email address is over their allotted disk space.',
    rebuilt:
      'blank "__________" → joe@example.org; the page\'s typo "elivered" kept; the page says to look for the line beginning "Remote host said" (qmail-send layout): qmail-send preamble, "<joe@example.org>:" line and "Giving up" line added; headers added (From MAILER-DAEMON, Subject "failure notice")',
    raw: lines(
      ...head(
        'MAILER-DAEMON@mail.ubiquityhosting.com',
        'failure notice',
        'Fri, 07 Mar 2025 08:00:00 -0700',
        'q1@mail.ubiquityhosting.com'
      ),
      'Hi. This is the qmail-send program at mail.ubiquityhosting.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<joe@example.org>:',
      '192.0.2.7 does not like recipient.',
      'Remote host said: 554 delivery error: Sorry, your message to joe@example.org cannot be elivered. This account is over quota.',
      'Giving up on 192.0.2.7.'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'mailboxfull' }],
  },
  {
    name: 'blackpearl-relay-recipient-table',
    source: BLACKPEARL,
    says: "If you get error 550 (or 554, depending on the recipient's email server), it means that the email address you are sending the message to does not exist. Example of messages associated with this error: ... 550 5.1.1 [e-mail]: Recipient address rejected: User unknown in relay recipient table",
    rebuilt: `[e-mail] → joe@example.org; page gives the reply line only: written as a Postfix recipient line with host mx.example.org[192.0.2.30] added; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@blackpearlmail.com>',
        'Undelivered Mail Returned to Sender',
        'Sat, 08 Mar 2025 12:00:00 +0000',
        'bp1@blackpearlmail.com'
      ),
      '<joe@example.org>: host mx.example.org[192.0.2.30] said: 550 5.1.1',
      '    <joe@example.org>: Recipient address rejected: User unknown in relay',
      '    recipient table (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'blackpearl-address-rejected-510',
    source: BLACKPEARL,
    says: 'it means that the email address you are sending the message to does not exist. Example of messages associated with this error: ... 550 #5.1.0 Address rejected [email]',
    rebuilt: `[email] → joe@example.org; page gives the reply line only: written as a Postfix recipient line with host mx.example.org[192.0.2.31] added; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@blackpearlmail.com>',
        'Undelivered Mail Returned to Sender',
        'Sat, 08 Mar 2025 12:01:00 +0000',
        'bp2@blackpearlmail.com'
      ),
      '<joe@example.org>: host mx.example.org[192.0.2.31] said: 550 #5.1.0 Address',
      '    rejected joe@example.org (in reply to RCPT TO command)'
    ),
    expect: [{ recipient: 'joe@example.org', reason: 'userunknown', hardbounce: true }],
  },
  {
    name: 'blackpearl-yahoo-disabled-discontinued',
    source: BLACKPEARL,
    says: 'it means that the email address you are sending the message to does not exist. Example of messages associated with this error: ... 554 delivery error: Sorry your message to [email] cannot be delivered. This account has been disabled or discontinued',
    rebuilt: `[email] → joe@yahoo.com (wording is Yahoo's); page gives the reply line only: written as a Postfix recipient line with host mta5.am0.yahoodns.net added; ${POSTFIX_HDRS}`,
    raw: lines(
      ...head(
        'Mail Delivery System <MAILER-DAEMON@blackpearlmail.com>',
        'Undelivered Mail Returned to Sender',
        'Sat, 08 Mar 2025 12:02:00 +0000',
        'bp3@blackpearlmail.com'
      ),
      '<joe@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.32] said: 554 delivery',
      '    error: Sorry your message to joe@yahoo.com cannot be delivered. This account',
      '    has been disabled or discontinued (in reply to end of DATA command)'
    ),
    expect: [{ recipient: 'joe@yahoo.com', reason: 'userunknown' }],
  },
]
