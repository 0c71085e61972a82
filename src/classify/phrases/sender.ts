/**
 * Phrase families about the sender: its authentication, host, reputation, address and rate, and the SMTP
 * dialogue it holds. Ordered in `index.ts`.
 * @module
 */
import { anyOf, type PhraseRule } from './rule'

export const NOT_RFC_COMPLIANT: PhraseRule = {
  reason: 'notcompliantrfc',
  name: 'not-rfc-compliant',
  pattern: anyOf(
    [
      // Exim receive.c: "552 Message header not CRLF terminated".
      /\bmessage header not crlf terminated\b/,
      // Gmail's SMTP error reference (2026): "550 5.7.1 The message contains a unicode character in a disallowed header."
      /\bunicode character in a disallowed header\b/,
      // VDX's mail server (its FAQ): "550 Subject contains invalid characters".
      /\bsubject contains invalid characters\b/,
      // QQ Mail: '550 The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol.'
      /\bthe "from" header is missing or invalid\b/,
      // MailCleaner's DATA ACL: "Maximum line length is 998, got 1532." (RFC 5322's line limit).
      /\bmaximum line length is \d{2,5}, got \d{2,9}\b/,
      // amavisd-new's DSN for a bad header (its "BAD HEADER" category): "Undeliverable mail, invalid header section: …".
      /\binvalid header section\b/,
      // Haraka's headers plugin: "Only one Subject header allowed. See RFC 5322, Section 3.6", "Required header 'Date'
      // missing", "outgoing mail must not have a Return-Path header (RFC 5321)", "Message contains non-unique 'Subject'
      // header"; and its Date checks (haraka-plugin-headers 1.x, index.js): "The Date header could not be parsed", "… is too
      // far in the future", "… is too old".
      /\bthe date header (?:could not be parsed|is too far in the future|is too old)\b/,
      /\bonly one [\w-]+ header allowed\b|\brequired header '?[\w-]+'? missing\b|\bmust not have a return-path header\b/,
      /\bcontains non-unique '?[\w-]+'? header\b/,
      // Exchange Online (550 5.1.20): "Multiple From addresses are not allowed without Sender address" (RFC 5322 3.6.2);
      // hMailServer (SMTPConnection.cpp): "554 Rejected - Message containing bare LF's."; fml4 (libenvf.pl): "Your mail
      // is rejected for 'invalid Message-Id'."
      /\bmultiple from addresses are not allowed\b|\bmessage containing bare lf'?s\b/,
      /\brejected for '?invalid message-id\b/,
      // Gmail's SMTP error reference: "550 5.7.1 Encoded-word syntax is not permitted in message header From."
      /\bencoded-word syntax is not permitted\b/,
      // OpenDKIM's RequiredHeaders (RFC 5322 §3.6): "message does not have exactly one From field", "message has
      // multiple Subject fields"; Stalwart: "Failed to parse message."; chasquid: "Error parsing message: …", "Error
      // reading DATA: invalid line ending".
      /\bmessage does not have exactly one [\w-]+ field\b|\bmessage has multiple [\w-]+ fields\b/,
      /\bfailed to parse message\.|(?<!internal |temporary )\berror parsing message: |\berror reading data: invalid line ending\b/,
      // Exim verify.c (verify = header_syntax): "unqualified address not permitted: failing address in "Cc:" header",
      // "Invalid character in header …", "syntax error in 'From:' header when scanning for sender"; Postfix smtpd.c:
      // "bare <LF> received"; Haraka: "Bare line-feed" (line ends RFC 5321 forbids).
      /\bunqualified address not permitted\b|\binvalid character in header "[^"]{1,100}" found\b/,
      /\bsyntax error in '[\w-]+:' header when scanning for\b/,
      /\bbare (?:<lf>|line-?feed)/,
      /multiple (?:\S+ ){0,4}addresses in (?:the )?from:? header/,
      /not (?:rfc|rfc ?5322|rfc ?2822|rfc ?822)[ -]?compliant/,
      // RFC 5322 §2.1.1 limits a line to 998 characters: docomo answers "500 Line Too Long" (sendmagic's notes).
      /\blines? (?:is |are )?too long\b/,
      /(?:violates|not conform(?:ing)? to) rfc ?(?:5322|2822|822|5321)/,
      /duplicate (?:header|message-id)/,
      // Momentum's reference: "550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)"; Gmail's:
      // "550 5.7.1 Messages missing a valid Message-ID header are not accepted" (older: "messageId").
      /missing (?:a |the )?(?:valid |required )?(?:rfc ?\d+ )?(?:date|from|message-?id):? (?:header|field)/,
      // qmail-smtpd.c refuses a bare LF in the message: "451 See http://pobox.com/~djb/docs/smtplf.html.".
      /docs\/smtplf\.html/,
      // Exchange Online 5.7.512: "message must be RFC 5322 section 3.6.2 compliant".
      /rfc ?(?:5322|2822|822) section [\d.]+ compliant/,
      // Gmail's SMTP error reference: "550 5.7.1 Messages missing a valid address in From: header, or having no From:
      // header, are not accepted."
      /(?:missing a valid address in|having no) from:? header/,
      // amavisd-new's CC_BADH category: "554 5.7.0 Reject, id=… - BAD HEADER: duplicate header field".
      /\bbad header: /,
      // BarricadeMX (smtpf) reply table: "554 5.6.0 missing RFC 2822 required headers", "message headers must be
      // US-ASCII, found 0xE9; RFC 2822 section 2.2", "550 5.7.1 missing of end-of-header line".
      /\bmissing (?:rfc ?\d+ )?required headers?\b/,
      /\bheaders? must be us-ascii\b/,
      /\bmissing (?:of )?(?:the )?end-of-header line\b/,
    ],
    'i'
  ),
}

export const AUTH_DMARC_SPF_DKIM: PhraseRule = {
  reason: 'authfailure',
  name: 'auth-dmarc-spf-dkim',
  pattern: anyOf(
    [
      // RFC 7208's words for a host the domain's SPF record does not authorize, as a receiver's reply puts them: "According
      // to the domain's SPF record your host 'mail.example.com' is not a designated sender" (somebits.com's blog, 2007).
      /\bspf\b.{0,80}\bis not a designated (?:sender|mail ?server)\b/,
      // MailChannels (as Dada Mail's issue #717 quotes it): "550 5.7.1 [BFD] Sender prohibited by SPF".
      /\bprohibited by spf\b/,
      // Outlook.com's postmaster table: "550 command rejected due to Sender ID validation failure." (RFC 4406's check).
      /\bsender id validation fail/,
      // Mail::SPF::Query's default explanation, as ASSP 1.2's SPFError fills it: "Please see
      // http://spf.pobox.com/why.html?sender=…" (the SPF check failed).
      /\bspf\.pobox\.com\/why\.html\b/,
      // rspamd's dmarc plugin (its reject action's default message): "554 5.7.1 Action set by DMARC".
      /\baction set by dmarc\b/,
      // Gmail's SMTP error reference: "4.7.24 The SPF record of the sending domain has one or more suspicious entries",
      // "4.7.32 … the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM
      // organizational domain"; Outlook.com 5.7.515: "sending domain … does not meet the required authentication level".
      /\bspf record of the sending domain has one or more suspicious entries\b|\bisn't aligned with either the authenticated spf or dkim\b/,
      /\bdoes not meet the required authentication level\b/,
      // OpenDKIM (On-BadSignature/On-NoSignature = reject): "bad DKIM signature data", "no DKIM signature data", "DKIM
      // signature syntax error"; Stalwart's strict DKIM: "No passing DKIM signatures found."
      /\b(?:bad|no) dkim signature data\b|\bdkim signature syntax error\b|\bno passing dkim signatures? found\b/,
      // Broadcom KB 162445 relays "550 5.7.1 SPF unauthorized mail is prohibited".
      // cPanel's dkim ACL: "DKIM: encountered the following problem validating example.net: bodyhash_mismatch".
      /\b(?:dmarc|spf|dkim)\b.{0,60}\b(?:fail|policy|reject|not pass|alignment|check|invalid|unauthori[sz]ed|problem validating)/,
      /\b(?:fail\w*|reject\w*|did not pass)\b.{0,40}\b(?:dmarc|spf|dkim)\b/,
      // haraka-plugin-spf (return_results): "sender <a@…> SPF SoftFail", "… SPF Permanent Error", "… SPF Temporary
      // Error", "… SPF record not found" (its deny/defer options for each result); maddy check/dkim: "421 4.7.20
      // Temporary error during DKIM verification".
      /\bspf (?:soft ?fail|permanent error|temporary error|record not found)\b/,
      /\berror during dkim verification\b/,
      // Forpsi's published limits (kb a3302): "550 5.1.0 … blocked by SPF".
      /\bblocked by (?:spf|dkim|dmarc)\b/,
      /sender (?:authentication|auth) (?:failed|required)/,
      // Not James's DNSRBLHandler: "unauthenticated e-mail from 192.0.2.1 is restricted" (the client is listed).
      /unauthenticated (?:e-?mail|mail|message)(?! from \S+ is restricted)/,
      // Exchange's "530 5.7.1 Client was not authenticated" and Exchange Online's 5.7.57 "… to send anonymous mail"
      // are SMTP AUTH (security), not the message's authentication.
      /(?<!\bclient (?:was |is )?)not authenticated(?! to send anonymous)/,
      /(?:does not|doesn't) have authentication information/,
      // Lavabit magma's SPF check (smtp.c): "THE ADDRESS [192.0.2.1] IS NOT AUTHORIZED TO SEND MESSAGES FROM <…>".
      /\bis not authori[sz]ed to send (?:messages|mail|e-?mail) from\b/,
      // Mail::SPF's default explanation, which postfix-policyd-spf-perl and pypolicyd-spf return: "Please see
      // http://www.openspf.net/Why?s=mfrom;…" (the site moved from openspf.org to openspf.net).
      /\bopenspf\.(?:net|org)\/why\b/,
      // qmail-dmarc (App::Qmail::DMARC): "554 Valid DKIM signature required for sender domain example.org".
      /\bdkim signature (?:is )?required\b/,
      /fails? to pass (?:sender )?authentication/,
      // Interia's help: "550 5.7.0 [SPF] host 192.0.2.1 is not allowed to send mail from example.net".
      /\bspf\b.{0,60}\bnot (?:allowed|permitted) to send (?:mail|e-?mail|messages)\b/,
      // Cleanmail (Bluewin's filter): "Forged sender domain from this server" (the domain's published senders).
      /\bforged sender domain\b/,
    ],
    'i'
  ),
}

export const PTR_MISSING: PhraseRule = {
  reason: 'requireptr',
  name: 'ptr-missing',
  pattern: anyOf(
    [
      // policyd-weight's DNSERRMSG: "450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator".
      /\bno dns entries for your mta\b/,
      // Gmail's SMTP error reference (4.7.23): "The sending IP address for this message doesn't have a PTR record, or the
      // PTR record's forward DNS entry doesn't match the sending IP address."
      /\bdoesn't have a ptr record\b|\bptr record's forward dns entry doesn't match\b/,
      // Sendmail proto.m4 (require_rdns, FORGED): "Possibly forged hostname for 192.0.2.1" (its PTR does not resolve back).
      /\bpossibly forged hostname\b/,
      /(?:no|missing|invalid|bad) (?:ptr|reverse dns|rdns)/,
      /ptr (?:record )?(?:is )?(?:required|missing|not found|mismatch)/,
      // Not iRedAPD's "Blacklisted reverse DNS name of server IP address" (the name is on its list: a block).
      /(?<!blacklisted )reverse (?:dns|lookup|hostname)/,
      /\brdns\b/,
      /cannot find your (?:host ?name|reverse)/,
      /(?:client|ip) .{0,30}does not resolve/,
      /mismatches client ip/,
      /(?:does not|doesn't) match (?:the )?(?:client|connecting) ip/,
      // Sendmail's relay check and Momentum's fcdns policy: "Relaying denied. IP name lookup failed [192.0.2.1]" is
      // a refusal for want of reverse DNS, not a relay refusal.
      /\bip name lookup failed/,
      // Sendmail proto.m4 (client_resolve): "Relaying denied. IP name possibly forged [192.0.2.1]", "Relaying
      // temporarily denied. Cannot resolve PTR record for 192.0.2.1"; Haraka's fcrdns plugin: "Sorry, no FCrDNS match
      // found"; freenet: "550-Inconsistent/Missing DNS PTR record (RFC 1912 2.1)".
      /\bip name possibly forged\b/,
      /\bcannot resolve ptr record\b/,
      // A mention alone decides nothing ("fcrdns ok", "(DNS PTR record OK)"): only with its failure.
      /\bno fcrdns\b|\bfcrdns (?:check )?(?:failed|failure|mismatch)/,
      // WEB.DE's and GMX's refusals (their error list): "554-invalid DNS PTR resource record", "Bad DNS PTR resource
      // record".
      /\b(?:missing|inconsistent|no|invalid|bad)(?:\/(?:missing|inconsistent))? dns ptr (?:resource )?record\b/,
      // AT&T/BellSouth's mail block summary: "421-failure in DNS look-up." is its refusal for want of reverse DNS.
      /\b421[- ]failure in dns look-?up/,
    ],
    'i'
  ),
}

export const REPUTATION: PhraseRule = {
  reason: 'badreputation',
  name: 'reputation',
  // Yahoo's TSS04 (senders.yahooinc.com error codes): deferred for the sending IP's complaint and volume record.
  // Barracuda's "blocked using Barracuda Reputation" is its DNS blocklist (BRBL): the blocklist family's.
  // Exchange Online 5.7.705 "tenant has exceeded threshold": most of the tenant's mail was judged suspicious.
  // Never a URL's path: Barracuda's reply links "www.barracudanetworks.com/reputation/?…" after its verdict.
  // Nor another list's name that holds the word: Postfix's "blocked using Trend Micro Email Reputation database" (a
  // real Trend Micro refusal on bbs.iredmail.org, post 13489) names the list the client was found on.
  // Nor Validity's Senderscore as Rackspace's blocklist ("blocked using … Senderscore. Please visit
  // https://senderscore.org/rtbl/"): the blocklist family's.
  // Nor an instruction to look the address up: Trend Micro's "… refused due to the sender IP found in ERS-QIL. For
  // details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/." (its list's finding).
  // Haraka's karma plugin: "550 very bad karma score: -8" (the connection's history of good and bad behaviour).
  // Yahoo's help (SLN3437, postmaster-22, TS01): "421 Message from (192.0.2.1) temporarily deferred - 4.16.50",
  // "… - 4.16.51", "[TS01] Messages from … temporarily deferred due to excessive user complaints". Yahoo's error-code
  // page files its temporary "[TS01]"/"[TS02]" deferrals under complaints and a poor reputation of the sending IP
  // ("Message temporarily deferred (eg: TS* Errors)"); "[TS03] … permanently deferred" is a block (SLN3436).
  pattern:
    /\[ts0[12]\] |temporarily deferred - 4\.16\.5\d\b|deferred due to excessive user complaints|(?<!blocked using (?:\S+ ){1,4}|\/|query the (?:ip )?)reputation|bad karma score|(?<!blocked using (?:\S+ )?|[/.])sender ?score|poor (?:sender|ip)|low (?:quality|trust) (?:sender|ip)|deferred due to (?:unexpected volume or )?user complaints|tenant has exceeded threshold/i,
}

export const SENDER_BLOCKLISTED: PhraseRule = {
  // The envelope sender's own address is on the receiver's list: a sender refusal, not a block of the host.
  reason: 'rejected',
  name: 'sender-blocklisted',
  pattern: anyOf(
    [
      // Sendmail's rhsbl.m4: "Mail from example.net refused by blackhole site dbl.spamhaus.org" (the sender's domain
      // listed); chkuser's CHKUSER_SENDERMX_STRING: "511 sorry, can't find a valid MX for sender domain (#5.1.1 -
      // chkuser)" (the sender's domain, whatever the 5.1.1 says).
      /\bmail from (?!\[?\d{1,3}(?:\.\d{1,3}){3}\]? )[a-z0-9.-]+\.[a-z]{2,} refused by blackhole site\b/,
      /\bcan'?t find a valid mx for sender domain\b/,
      // MailCleaner's Exim ACL (its sender blacklist): "blacklisted sender: joe@example.org"; Courier's submit, whose
      // bad-MX list is checked for the sender's domain: "517 Mail server at 192.0.2.1 is blocked." (its exact words: "your
      // mail server at … is blocked by …" is the connecting host's block).
      /\bblacklisted sender: <?[^\s@<>]{1,64}@|(?<!\b(?:your|the|our) )\bmail server at \d{1,3}(?:\.\d{1,3}){3} is blocked\.(?![a-z0-9])/,
      // Broadcom KB 169925: "551 Sender is on domain's blacklist".
      /(?:sender|sender address|sender e-?mail address|your e-?mail address|from address)(?: \S+)? (?:has been |is |was )?(?:black ?listed|in my black ?list|on (?:the |my |our |a |\S+'s )?(?:black|block) ?list)/,
      // Mimecast's SMTP error codes: "Rejected by header based manually Blocked Senders", "421 Sender address
      // blocked", "Envelope blocked - User Entry" (a user's own blocked-senders entry).
      /\bblocked senders?\b/,
      /\bsender (?:e-?mail )?address (?:is |has been |was )?blocked\b/,
      /\benvelope blocked\b/,
      // Trend Micro Hosted Email Security: "Recipient address rejected: BLOCK-SEND-ER" (its blocked-senders list).
      /\bblock-send-er\b/,
      // Baruwa's reject reasons: "The domain example.com is banned" (the sender's domain, on its banned senders list).
      /\bthe domain \S+ (?:is|has been) banned/,
      /\(sender blacklisted\)/,
      // qmail-smtpd.c: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)".
      /\bbadmailfrom\b/,
      // Specialist (Brazil), its postmaster page: "553 sorry, your envelope sender has been denied, maybe you are a
      // SPAMMER" — the refusal names the envelope sender, whatever it guesses about spam.
      /\byour envelope sender (?:has been |is |was )?(?:denied|refused|rejected)\b/,
      // DirectAdmin's exim.strings.conf: "554 denied. 5.7.1 Email Blocked due to SPAM", "… Domain Blocked due to SPAM"
      // (the sender's address or domain on its list); Postfix's reject_rhsbl_sender (Mail-in-a-Box): "Sender
      // address [example.net] blocked using dbl.spamhaus.org".
      /\b(?:email|domain) blocked due to spam\b/,
      /\bsender address \[[^\]\s]{1,253}\] blocked using\b/,
    ],
    'i'
  ),
}

/**
 * A sender told outright that its mail is being rate limited, whatever the rest says about spam (Gmail's 421
 * 4.7.0 "… has been temporarily rate limited", support.google.com/a/answer/3726730): tried before the block and
 * spam families.
 */
export const RATE_LIMITED_OUTRIGHT: PhraseRule = {
  reason: 'ratelimited',
  name: 'rate-limited-outright',
  pattern: anyOf(
    [
      /(?:has been|is being|are being) temporarily rate limited/,
      // Sophos Email's community notes: "554 5.7.28 Mail flood detected" (the sender's address over its volume).
      /\bmail flood detected\b/,
      // Alibaba Mail's bounce help: "454 Transient reject by behaviour spam … : too frequently sending" (a volume
      // limit, whatever the "behaviour spam" label before it says).
      /\btoo frequently sending/,
    ],
    'i'
  ),
}

export const BLOCKLIST: PhraseRule = {
  reason: 'blocked',
  name: 'blocklist',
  pattern: anyOf(
    [
      // qmail's chkuser (CHKUSER_MAXWRONGRCPT_STRING, CHKUSER_INTRUSIONTHRESHOLD_STRING): "sorry, you are violating our
      // security policies" under 5.1.1, 5.5.3 or 5.7.1 (the client refused after too many unknown recipients, not this
      // one); qmail-smtpd's badhelo: "553 sorry, your HELO host name has been denied (#5.7.1)"; Sendmail's dnsbl.m4
      // before 8.13: "Mail from 192.0.2.1 refused by blackhole site …" (the client's address listed).
      /\bviolating our security polic(?:y|ies)\b|\bhelo host name has been denied\b/,
      /\bmail from \[?\d{1,3}(?:\.\d{1,3}){3}\]? refused by blackhole site\b/,
      // qmail-ldap's qmail-smtpd.c (err_deny, the client's address in its deny list): "553 sorry, mail from your location
      // [192.0.2.1] is administratively denied (#5.7.1)".
      /\bmail from your location\b.{0,60}\bdenied\b/,
      // MailScanner v5's sender.spam.rbl.report ("the server … is on a public blacklist") in ca, hu, sk, ro.
      /en una llista negra pública|rosszul konfiguralt vagy rossz celokra hasznalt levelezo szerverek/,
      /vo verejnej ciernej listine|apare listat in cel putin unul din serverele anti-spam publice/,
      // … and in Welsh (reports/cy+en): "… wedi'i nodi mewn cosbrestr gyhoeddus …".
      /mewn cosbrestr gyhoeddus/,
      // T-Online's refusal of a listed client, as a mailcow issue quotes it (mailcow/mailcow-dockerized #2639): "554
      // IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)".
      /\ba problem occurred\.? \(ask your postmaster\b[^()]{0,160}\) \(bl\)/,
      // Barracuda Email Security Service: "550 permanent failure for one or more recipients (joe@…:blocked)" (or
      // ":quarantined"), in Gmail's words "SMTP response: 550 permanent failure Recipient result: blocked" — a policy,
      // reputation or content decision at the recipient's gateway, not a missing mailbox (suped.com's Barracuda
      // pages).
      /\bpermanent failure for one or more recipients \([^()\s]{1,254}:(?:blocked|quarantined)\)|\brecipient result: blocked\b/,
      // Exim's test suite (0211, the remote's EHLO answer it quotes): "Remote host closed connection in response to HELO …
      // (EHLO response was: 550 You are banned)".
      /\byou are banned\b/,
      // Trend Micro Email Reputation Services' Quick IP Lookup list, as a Sendmail transcript on dot1.tv quotes it: "450
      // 4.7.1 <joe@…>: Recipient address rejected: Mail from 192.0.2.1 was refused due to the sender IP found in ERS-QIL."
      /\bsender ip found in ers-\w+/,
      // MailCleaner's HELO ACL (a spambot's HELO name): "HELO/EHLO blocked"; Courier's submit: "517 HELO mx.example.org
      // does not exist." (also as EHLO); policyd-weight's REJECTMSG (its score of the client's HELO, DNS and DNSBL checks): "550
      // temporarily blocked because of previous errors".
      /\bhelo\/ehlo blocked\b|\b(?:helo|ehlo)(?:\/ehlo)? [a-z0-9.-]{1,253} does not exist\b|\btemporarily blocked because of previous errors\b/,
      // Rackspace's common bounces: "Client host rejected: The sender's mail server is blocked".
      /\bsender'?s mail server is blocked\b/,
      // Yahoo's help (SLN5066): "553 Mail from 192.0.2.1 not allowed" (but "… not allowed to relay", a relay refusal,
      // "… not allowed: authentication required", SMTP AUTH's, "… not allowed by SPF", SPF's); (SLN3444) "553 VS99-IP1
      // deferred".
      /\bmail from \d{1,3}(?:\.\d{1,3}){3} not allowed(?! to relay\b|:? ?authentication required| by spf\b)|\bvs\d{1,3}-ip\d{0,2} deferred\b/,
      // MailScanner v5's sender.spam.rbl.report (de, fr, it, nl, pt_br, cz): the sending server is on a public blocklist.
      /steht in der öffentlichen schwarzen liste|inscrit sur une liste noire de serveurs|presente in liste pubbliche di sistemi mal configurati/,
      /opgenomen in een openbare zwarte lijst|relacionado em uma lista-negra de sistemas|veden na verejnem cernem seznamu/,
      // Citadel (rbl_check): "550 5.7.1 Message rejected due to known spammer source IP address"; Apache James
      // (DNSRBLHandler): "530 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted." (the client is
      // listed); Haraka's helo.checks: "HELO host must be a FQDN or address literal", "HELO is dynamic", "You are not who
      // you say you are", "HELO host has no forward DNS match", "Invalid address format in HELO", "HELO IP literal does
      // not match your IP address", and (haraka-plugin-helo.checks 1.x, index.js) "HELO host name invalid", "That HELO not
      // allowed here", "HELO IP literal not in the same /24 as your IP address", "Invalid HELO host cannot achieve forward
      // DNS match", "EHLO protocol mismatch" (its rDNS texts are the PTR family's).
      /\bhelo host name invalid\b|\bthat helo not allowed here\b/,
      /\bhelo ip literal not in the same\b|\binvalid helo host cannot achieve forward dns\b|\b(?:helo|ehlo) protocol mismatch\b/,
      /\bknown spammer source ip address\b|\bunauthenticated e-?mail from \S+ is restricted\b/,
      /\bhelo host must be a fqdn\b|\bhelo is dynamic\b|\byou are not who you say you are\b|\bhelo host has no forward dns\b/,
      /\binvalid address format in helo\b|\bhelo ip literal does not match\b/,
      // Coremail's bounce list: "IP is rejected"; Road Runner's block pages (security.rr.com): "554 5.7.1 - ERROR: Mail
      // Refused - <192.0.2.1> - See …block-lookup…", "ERROR:5.7.1:550 Mail Refused - 192.0.2.1 - See …/rrDynamic";
      // Interia's antispam page: "IP address (192.0.2.1) of the server handling your email has been labeled as a source
      // of spam."; hMailServer (SpamTestHeloHost.cpp): "The host name specified in HELO does not match IP address."
      // Coremail's whole reply only: "Connection from your IP is rejected: too many connections" is a rate limit's.
      /(?:^|\b\d{3}[ -]|\bsmtp; ?|\bsaid: )#?(?:[245]\.\d{1,3}\.\d{1,3} )?ip is rejected\b|\bmail refused - <?\d{1,3}(?:\.\d{1,3}){3}>? - see\b/,
      /\bhas been label(?:l)?ed as a source of spam\b|\bhost name specified in helo does not match ip address\b/,
      // Yahoo: "451 VS1-IP Excessive unknown recipients - possible Open Relay" (the sending server refused).
      /\bexcessive unknown recipients - possible open relay\b/,
      // Stalwart (ehlo_reject_non_fqdn): "Invalid EHLO domain."; maddy (requireMatchingEHLO): "No matching A/AAA records
      // found for the EHLO hostname".
      /\binvalid (?:ehlo|helo) domain\b|\brecords found for the (?:ehlo|helo) hostname\b/,
      // Exim: acl.c "client SMTP authorization failed (…)" (CSA: the client is not authorised to send), smtp_in.c
      // "EHLO argument does not match calling host"; Sendmail proto.m4: "bogus HELO name used"; spamdyke: "You are not
      // following the SMTP protocol" (an early talker); Haraka's default refusal at connect: "Your mail is not welcome here".
      /\bclient smtp authorization failed\b|\b(?:helo|ehlo) argument does not match calling host\b|\bbogus helo\b/,
      /\bnot following the smtp protocol\b|\byour mail is not welcome here\b/,
      /block ?list/,
      // Not a hedge or advice: cPanel's failed lookup, "The account or domain may not exist, they may be blacklisted,
      // or missing the proper dns entries" (its fail_remote_domains router: the domain is what failed), DirectAdmin's
      // spam verdict, "… make sure your mailserver … is not on any black lists".
      /(?<!\bthey may be |\bany )black ?list/,
      // Courier submit.C checkmx() under BOFHCHECKHELO: "517 HELO mx.example.net does not match 192.0.2.1", "517 HELO
      // nowhere.example does not exist." (the sending host's name refused).
      /\bhelo \S+ does not (?:match|exist)\b/,
      // Yandex's bounce help: "Blocked by spam statistics" (a sender whose mail is all spam, refused for 24 hours);
      // Proximus ("Your IP address is in our blacklist"): "554 Access denied - Under investigation for spam abuse";
      // Hornetsecurity's classification codes: "554 5.5.4 Spam IP rejected".
      /\bblocked by spam statistics\b/,
      /\bunder investigation for spam\b/,
      /\bspam ip rejected\b/,
      // Baruwa: "The sender 192.0.2.1 is banned" (the sending IP on its banned senders list).
      /\bsender \[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:is |has been |was )?(?:banned|blocked|black ?listed)/,
      // Trend Micro DDEI's sender filter: "521 Block permanently", "421 Block temporarily".
      /\bblock (?:permanently|temporarily)\b/,
      // AT&T/BellSouth's mail block summary: "521 <192.0.2.1> is blocked", "550 <192.0.2.1> blocked by
      // ldap:ou=rblmx, …" and "550 unauthorized interface for <192.0.2.1>" (not a recognised source of mail).
      /<\d{1,3}(?:\.\d{1,3}){3}> (?:is |has been )?blocked\b/,
      /\bunauthori[sz]ed interface for\b/,
      // USA.NET's postmaster page: "550 Mail from refused. UNL." refuses the sending IP, not the sender's address.
      /mail from refused\. unl\b/,
      // Google Workspace's SMTP error table: "421 4.7.0 IP not in whitelist for RCPT domain" (the recipient's domain
      // admits listed sending IPs only).
      /\bip (?:address )?(?:is )?not in (?:the )?(?:white|allow) ?list\b/,
      // Greylisting (Postgrey, Mailprotector's "Recipient address rejected: Greylisted"): the unknown sender's first
      // attempt is refused for a while; nothing about the recipient.
      /\b(?:grey|gray) ?list(?:ed|ing)\b/,
      // Apache James's greylist handler (AbstractGreylistHandler, a retry inside the block time): "451 4.4.3 Temporary
      // rejected: Reconnect to fast. Please try again later"; qpsmtpd (Qpsmtpd::DSN->bad_sender_ip): "550 Bad sender's IP".
      /\breconnect to(?:o)? fast\b|\bbad sender'?s ip\b/,
      // Postfix smtpd (check_client_access, reject_*_client): "Client host rejected: Access denied".
      /client host rejected: access denied/,
      // Gmail's SMTP error reference (support.google.com/a/answer/3726730), 550 5.7.1: refusals of the sending IP.
      /not authorized to send email directly to our servers/,
      // The 550 form refuses the IP; Gmail's 421 form of the same sentence says it is "temporarily rate limited".
      /unusual rate of unsolicited mail originating from your ip(?!.{0,160}rate limited)/,
      /deny ?list/,
      /\bdnsbls?\b/,
      // Cloudflare Email Routing's postmaster page: "… found on one or more RBLs (abusixip)" (earlier "DNSBLs").
      /\brbls?\b/,
      // Sophos Email's SMTP error codes: XGEMAIL_0008, "Message rejected because a domain, an IP address, or an email
      // address is in the admin block list" (the receiving organisation's block list of senders).
      /\bxgemail[ _]0008\b/,
      // Blocklist operators named in their refusals (Spamhaus, SpamCop, Barracuda, SORBS, UCEPROTECT).
      /spamhaus/,
      /spamcop/,
      /barracuda/,
      /sorbs/,
      /\buceprotect\b/,
      // invaluement's lists (ivmSIP, ivmSIP/24): "550-Blocked by ivmSIP and/or ivmSIP/24 - see
      // https://www.invaluement.com/lookup/?item=…" (a real refusal relayed by o2switch, pastebin.com).
      /\binvaluement\b|\bivmsip\b/,
      // NiX Spam (heise's DNS blocklist): "550-192.0.2.1 , Your e-mail service was detected by mx-ha.web.de (NiX Spam)"
      // (a real refusal relayed in an Exchange-style NDR, pastebin.com).
      /\bnix ?spam\b/,
      // Proofpoint's refusal of a sending IP by its reputation: "554 5.7.1 Blocked - see
      // https://ipcheck.proofpoint.com/?ip=192.0.2.1" (the lookup page it names lists the IP).
      /\bipcheck\.proofpoint\.com\b/,
      /blocked using/,
      /(?<!not )listed (?:at|on|in|by)\b/,
      /(?:client|sender|your|the) (?:host|ip|server|address)? ?(?:\[[^\]]*\] )?(?:is |has been |was )?(?:blocked|banned|blacklisted)/,
      /\bip\b.{0,40}\b(?:blocked|banned|refused|not allowed)/,
      // In the plural: EarthLink's "550 Dynamic/zombied/spam IPs blocked. Write …" (a real bounce on rackaid.com's
      // EarthLink blacklist page) refuses the sending IP's class, not the message's content. (Not an intrusion
      // prevention system's "IPS": "blocked by IPS", "our IPS blocked".)
      /(?<!\b(?:our|the|by|an?) )\bips (?:are |have been )?blocked\b/,
      // Not the operating system's ECONNREFUSED as an MTA writes it (nothing answered on port 25: the network family's):
      // Postfix's "connect to …: Connection refused", Go's, Rust's, and Courier's transcript line "<<< Connection refused".
      /(?<!\bconnect to \S+: |\bdial tcp \S+: connect: )connection (?:rejected|denied)(?! \(os error)/,
      /(?<!\bconnect to \S+: |\bdial tcp \S+: connect: |<<< )connection refused(?! \(os error)/,
      /<<< connection refused by\b/,
      // Postfix postscreen (postscreen.c): a client on its permanent denylist gets "521 5.3.2 Service currently
      // unavailable" (drop) or "550 5.3.2 …" (enforce): the sending IP refused, every recipient alike.
      /\b5\.3\.2 service currently unavailable\b/,
      // Postfix: "refused to talk to me: 554 …".
      /refused to talk/,
      /access denied.{0,20}\b(?:ip|host|connect)/,
      /not accepting connections/,
      /service refused/,
      /unwanted messages have been sent from/,
      /use the smtp server of your isp/,
      /invalid ip for sending/,
      /dynamic (?:ip|address)/,
      /residential (?:ip|address)/,
      /\bgo away\b/,
      /open proxy/,
      /cannot resolve your (?:address|host)/,
      /may not be (?:a )?mail exchanger/,
      /confirm this mail server/,
      /server requires confirmation/,
      /(?:mail server|host) at \S+ is blocked/,
      /no access from mail server/,
      /accepting mail from your (?:ip|host|server|network)/,
      /unresolvable relay host/,
      /dropped by (?:the )?remote host/,
      /(?:bad|banned) send(?:ing|er) ip/,
      /bad ip profile/,
      /listed as abusive/,
      /access ip .{0,40}(?:has been )?rejected/,
      /forbidden by your ip/,
      /access to submit messages to this e-mail system has been rejected/,
      /helo command rejected(?!: server configuration error)/,
      // Apache James (fastfail/ResolvableEhloHeloHandler.java): "501 5.5.4 Provided EHLO/HELO mail.example.net can not
      // resolved." (its spelling): the client's HELO name does not resolve, as Postfix's "Helo command rejected: Host not
      // found".
      /\bprovided (?:ehlo|helo)(?:\/(?:ehlo|helo))? \S+ can ?not (?:be )?resolved\b/,
      /not allowed to connect/,
      // RFC 5321's text for reply code 421.
      /service not available, closing transmission channel/,
      /sending spam/,
      /spams? from your ip/,
      /looks suspiciously like (?:a )?spammer/,
      // Trend Micro DDEI's SMTP error codes: "450 Temporary denial of connection (450) for Zombie matches (ERS)".
      /\bdenial of connection\b/,
      // Broadcom KB 169901, refusals of blacklisted sending IPs: "552 spam source blocked".
      /\bspam source (?:is |has been )?blocked\b/,
      // AT&T WorldNet's postmaster page: "550 Error. Blocked for abuse" (the sending host).
      /\bblocked for abuse\b/,
      // Naver's and Hanaro's replies: "421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed.
      // You must register your IP …"; Chinese hosts' reply lists: "remote ip is forbidden", "550 black ip.".
      /\byour ip\b.{0,20}\bis filtered\b/,
      /\b(?:remote |client |your )?ip (?:address )?is forbidden\b/,
      /\bblack ip\b/,
      // cPanel's and DirectAdmin's HELO checks (their Exim ACLs): "REJECTED - Bad HELO - Host impersonating [host]",
      // "Access denied - Invalid HELO name (See RFC2821 4.1.1.1)", "HELO is an IP address", "HELO should be a FQDN
      // or address literal"; DirectAdmin's "554 denied. 5.7.1 Host Blocked due to SPAM".
      /\b(?:bad|invalid) helo\b/,
      /\bhelo (?:is an ip address|should be a fqdn)\b/,
      /\bhost impersonating\b/,
      /\bhost blocked due to\b/,
      // Postfix smtpd.c: "503 5.7.0 Error: access denied for unknown[192.0.2.1]" (the client refused); Sendmail
      // srvrsmtp.c, a refused connection's greeting: "554 mail.example.org ESMTP not accepting messages".
      /\baccess denied for [^\s[\]]{1,255}\[[0-9a-f:.]{2,45}\]/,
      /\besmtp not accepting messages\b/,
    ],
    'i'
  ),
}

export const RATE_LIMIT: PhraseRule = {
  reason: 'ratelimited',
  name: 'rate-limit',
  pattern: anyOf(
    [
      // nodemailer's smtp-server (maxClients): "421 mx.example.org Too many connected clients, try again in a moment";
      // Huawei Cloud's SMTP response codes: "500 The number of sessions exceeds the maximum"; Oracle Cloud Email
      // Delivery's SMTP errors: "421 Too many auth failures, try again later", "455 Maximum messages sent per minute
      // reached : limit is 100" (and per day); Emailit's relay: "452 4.4.5 Messages per second limit exceeded".
      /\btoo many connected clients\b|\bnumber of sessions exceeds\b|\btoo many auth(?:entication)? failures\b/,
      // Forward Email's daily limits per sender and per sender to a domain (its SQLite/IMAP delivery): "421 example.net
      // limited to 10 GB with current of 10.2 GB from 950 messages".
      /\blimited (?:to \d[\d.]* ?[kmgt]?b )?with current of \d[\d.]* ?[kmgt]?b from \d+ messages\b/,
      /\bmaximum messages sent per (?:second|minute|hour|day)\b|\bmessages per (?:second|minute|hour|day) limit exceeded\b/,
      // Google Groups (openzfs/zfs issue 1481): "The group … has exceeded its quota for total number of external recipients".
      /\bexceeded its quota for total number of external recipients\b/,
      // Courier's ratefilter: "500 Number of messages exceeded administrative limit." (too many from one sender).
      /\bnumber of messages exceeded (?:the )?administrative limit\b/,
      // GNU Mailman 3.3 (rules/max_recipients.py in de, es): "Nachricht hat mehr als 10 Empfänger".
      /nachricht hat mehr als \d+ empfänger|el mensaje tiene más de \d+ destinatarios/,
      // SparkPost's delays page: "451 4.3.0 [internal] Sending IP temporarily suspended" (its adaptive delivery backing
      // off); SendGrid's SMTP error reference: "450 too frequent connects from 192.0.2.1", "451 Authentication failed:
      // Maximum credits exceeded" (the account's sending credits).
      /\bsending ip temporarily suspended\b|\btoo frequent connects\b|\bmaximum credits exceeded\b/,
      // Rackspace's common bounces (G30): "Mailbox received too much email in a short period of time".
      /\breceived too much e-?mail in a short period\b/,
      // postfwd's documented rate actions (doc/postfwd.txt, etc/postfwd.cf.sample): "sorry, max 3 requests per 5 minutes",
      // "please do not try more than once per 5 minutes", "limit of 500 recipients per hour for sender … exceeded",
      // "max 1.5mb per 10 minutes"; policyd v2 (cluebringer Quotas.pm): "Policy rejection; Message count quota exceeded",
      // "Cumulative message size quota exceeded"; milter-greylist (greylist.conf.5): "No more than 25 recipients,
      // please"; Exim's spec (rate limiting): "Sender rate exceeds 20 messages per 1h"; Postfix smtpd (anvil limits):
      // "too many new TLS sessions from …", "too many AUTH commands from …".
      /\bmax \d+(?:\.\d+)? ?(?:requests|messages|mails|recipients|[km]b) per (?:\d+ )?(?:seconds?|minutes?|hours?|days?)\b/,
      // A rate's shape only: "Message size limit of 10485760 bytes exceeded" is a size's, "Hop count limit of 30
      // exceeded" a loop's.
      /\bdo not try more than once per\b|\blimit of \d+ (?:requests|messages|mails|recipients) per (?:\d+ )?\w+\b(?: [\w.@<>-]+){0,4} exceeded\b/,
      /\bmessage count quota exceeded\b|\bcumulative message size quota exceeded\b|\bno more than \d+ recipients\b/,
      /\brate exceeds \d+(?:\.\d+)? (?:messages|recipients)\b|\btoo many (?:new tls sessions|auth commands) from\b/,
      // Haraka's limit plugin: "450 Too many recipient attempts"; Apache James: "452 4.5.3 Requested action not taken:
      // max recipients reached".
      /\btoo many recipient attempts\b|\bmax recipients reached\b/,
      // Gmail's SMTP error reference: "452 4.5.3 Domain policy size per transaction exceeded", "421 4.7.28 … exceeded the
      // quota for sending messages that have the same Message-ID", "550 5.4.5 Daily user sending limit exceeded"; Exchange
      // Online: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded" (the mailbox receives too much too fast).
      /\bdomain policy size per transaction exceeded\b|\bquota for sending messages that have the same message-id\b/,
      /\bdaily user sending limit exceeded\b|\brecipient thread limit exceeded\b/,
      /rate ?limit/,
      // Mimecast's SMTP error codes: "550 Exceeding outbound thread limit" (too many concurrent connections).
      /\bexceeding (?:\w+ )?thread limit\b/,
      // A relay's allowance for the sender, addressed to the sender: outMail's "You have exceeded your Outmail quota"
      // (Prolateral KB 187), "… your sending/daily quota".
      /(?:you have|you've) exceeded your \w+ quota/,
      // MailRoute's outbound quota (its "Outbound Email Quotas" article): "554 5.7.1 <joe@…>: Recipient address
      // rejected: Policy Rejection- Quota Exceeded", the sending account over its hourly allowance.
      /\bpolicy rejection- ?quota exceeded/,
      // Mailprotector's common bouncebacks: "Message submission rate for this client has exceeded the configured limit".
      /submission rate .{0,40}exceeded/,
      // Not Web.de's "User has too many messages on the server" (a full mailbox).
      /too many (?:\w+ )?(?:messages(?! on the server)|connections|mails?|e-?mails|sessions|concurrent|recipients|errors from your)/,
      // Momentum's reference: "421 4.4.5 Service unavailable, concurrency limit reached".
      /concurrency limit/,
      // FTGate's service error table (#1.04): "451 4.5.1 [192.0.2.1] Max concurrent sessions"; Stalwart (inbound/data.rs):
      // "451 4.4.5 Maximum number of messages per session exceeded." (its code is the system-full one).
      /\bmax(?:imum)? concurrent (?:sessions|connections)\b|\bmaximum number of messages per session\b/,
      // chkuser (CHKUSER_MAXRCPT_STRING): "571 sorry, reached maximum number of recipients for one session"; qmail-smtpd
      // (sagredo's err_maxrcpt, control/maxrcpt): "452 max rcpt limit exceeded (#5.7.1)".
      /\breached maximum number of recipients\b|\bmax rcpt limit exceeded\b/,
      // Gmail's SMTP error reference: "450 4.2.1 The user you are trying to contact is receiving email too quickly",
      // "Peak SMTP relay limit exceeded for this customer", "Daily SMTP relay limit exceeded".
      /receiving (?:e-?mail|mail|messages) too quickly/,
      /relay (?:sending )?limit exceeded/,
      // Exchange Online: "5.2.2 Submission quota exceeded" (the sender's), 5.2.122 "The recipient has exceeded their
      // limit for the number of messages they can receive per hour"; Apple: "deferred due to excessive volume".
      /submission quota (?:was )?exceeded/,
      /limit for the number of messages (?:\w+ ){0,3}(?:can )?receive/,
      /deferred due to excessive volume/,
      // Exchange's receive connector: "432 4.3.2 Concurrent connections limit exceeded" (connections from the sender's IP).
      /connections? limit/,
      /(?:e-?mails|messages) per (?:hour|minute|day)/,
      /try again slower/,
      /at a rate that prevents/,
      // French: "too many connections".
      /trop de connexions/,
      /numerous attempts to deliver/,
      // iridis mailRelay (KB 254): "HST-RTE: Hourly send rate exceeded, retry later."
      /(?:send|sending|message|connection) rate/,
      /throttl/,
      /exceeded .{0,30}(?:rate|sending limit|messages per)/,
      /slow down/,
      /frequency or volume/,
      /frequency limited/,
      // Lavabit magma (smtp.c): "… IS CONFIGURED NOT TO ACCEPT MORE THAN 100 MESSAGES … IN A TWENTY-FOUR HOUR PERIOD",
      // "PER MESSAGE RECIPIENT LIMIT REACHED"; mox (smtpserver/server.go): "more than 500 messages in past 1m0s from
      // your ip/network".
      /not to accept more than \d+ messages/,
      /recipient limit (?:reached|exceeded)/,
      /more than \d+ (?:messages|bytes) in (?:the )?past \S+ from your ip/,
      // BarricadeMX (smtpf) reply table: "connections 30 exceed 20/60s", "null-sender messages 20 for <…> exceed
      // 10/60s" (its per-client and per-recipient rate limits).
      /\b(?:connections|messages|recipients) \d+ (?:for <[^<>\s]*> )?exceeds? \d+\/\d+s\b/,
      // Netfabric: "MAX RCPT TO DAILY LIMIT"; Alibaba Mail: "the number of RCPT attempts is achieved the maximum
      // threshold", "the total of RCPTs is achieved the maximum threshold".
      /\bdaily (?:sending |recipients? |rcpt |messages? |e-?mails? )?limit\b/,
      /\b(?:number|total) of rcpt(?:s| attempts)? is achieved the maximum threshold\b/,
      // A Chinese host's FAQ (emailhost.com.cn): "sending quota exceeded" (the sender's, not a mailbox's quota).
      /\bsending quota (?:is |has been )?exceeded\b/,
      // Postfix smtpd.c (anvil's message rate limit): "450 4.7.1 Error: too much mail from 192.0.2.1".
      /\btoo much mail from\b/,
      // cPanel (mail_permissions, its ACLs): "Domain … has exceeded the max defers and failures per hour (5/5 (100%))
      // allowed.", "Number of failed recipients exceeded. Come back in a few hours.", "The server has reached its
      // limit for processing requests from your host."; Plesk's limit-out handler: "The limit on the number of
      // allowed outgoing messages was exceeded."; iRedAPD's throttle: "Quota exceeded (number of mails in total)",
      // "Quota exceeded (accumulated message size)" (the sender's, not a mailbox's quota).
      /\bexceeded the max\b.{0,60}\bper (?:hour|day)\b/,
      /\bnumber of failed recipients exceeded\b/,
      /\blimit for processing requests from your (?:host|ip)\b/,
      /\blimit on the number of (?:allowed )?outgoing messages\b/,
      /\bquota exceeded \((?:number of mails|accumulated message size)/,
    ],
    'i'
  ),
}

export const RELAY_DENIED: PhraseRule = {
  reason: 'norelaying',
  name: 'relay-denied',
  pattern: anyOf(
    [
      // ASSP 1.2 (its NoRelaying reply): "550 5.7.1 Forwarding to remote hosts disabled."; MailCleaner's Exim ACL for
      // destinations refused for relaying: "Relaying to this domain is forbidden".
      /\bforwarding to remote hosts (?:is )?disabled\b|\brelay(?:ing)? to this domain is (?:forbidden|prohibited)\b/,
      // Korean portals' refusal to relay (a sender's list of their replies, under "no permission to send"): "554 Relay
      // operation rejected".
      /\brelay operation rejected\b/,
      // Gmail's SMTP error reference (Workspace's SMTP relay service): "550 5.7.1 Invalid credentials for relay 192.0.2.1.".
      /\binvalid credentials for relay\b/,
      // Hoasted's outgoing server (its support page): "550 relay through this server without authentication.".
      /\brelay through this server without authentication\b/,
      // Iridis mailRelay: "Relay Prohibited: The sending domain, IP address or authenticated login is not authorised …";
      // "550 Relay prohibited" as other relays write it.
      // Not beside a dead mailbox's verdict ("Relay prohibited: joe@example.org mailbox does not exist").
      /(?<!(?:user unknown|does not exist|no such user)\b.{0,40})\brelay prohibited\b(?!.{0,60}\b(?:user unknown|does not exist|no such user|mailbox unavailable))/,
      // spamdyke: "Sending to remote addresses (relaying) is not allowed."; Haraka's relay plugin (haraka-plugin-relay,
      // index.js) for a destination domain its config names with no known action: "Mail for that recipient is not
      // accepted here." (its default, "I cannot deliver mail for <…>", is no relay verdict: recipient.ts).
      /\(relaying\) is not allowed\b|\bmail for that recipient is not accepted here\b/,
      // Kerio Connect: "550 5.7.1 Relaying is denied".
      /relay(?:ing)? (?:access )?(?:is )?(?:denied|not (?:permitted|allowed))/,
      /not permitted to relay/,
      /unable to relay(?! message back to mta)/,
      /we do not relay/,
      /not configured to relay/,
      // MessageLabs: "553 you are trying to use me [server] as a relay, but I have not been configured to let you …".
      /trying to use me .{0,80}as a relay/,
      // hMailServer's error reference: "Delivery is not allowed to this address" (its IP ranges forbid relaying).
      /delivery is not allowed to this address/,
      /not allowed to relay/,
      // Debian's exim4 configured for local delivery only (its "nonlocal" router): the sending host relays nothing.
      /mailing to remote domains not supported/,
      // A Chinese mail server's reply list: "553 host denies relay.".
      /\bdenies relay(?:ing)?\b/,
      // cPanel (mail_permissions, relaying disabled): "This server does not relay mail.".
      /\bdoes not relay (?:mail|e-?mail|messages)\b/,
      /relay for \S+ (?:denied|not allowed)/,
      // Postini's relay refusal (weboke.nl's list of bounces): "554 No relaying allowed - psmtp".
      /\bno relaying allowed\b/,
      // An ISP's Sendmail (icglink.net's help desk): "553 <joe@…>... unauthorized relay traffic prohibited".
      /\bunauthori[sz]ed relay/,
      // qmail: "sorry, that domain isn't in my list of allowed rcpthosts".
      /(?:not|n't) in my list of allowed rcpthosts?/,
      /authentication when attempting to send to a non-local/,
      // Amazon SES: the sending identity is not verified.
      /email address is not verified\. the following identities failed/,
    ],
    'i'
  ),
}

export const SENDER_REFUSED: PhraseRule = {
  reason: 'rejected',
  name: 'sender-refused',
  pattern: anyOf(
    [
      // Courier's submit (checkdns, the sender's domain): "517 RFC 1035 violation: recursive CNAME records for example.net.".
      /\brecursive cname records for\b/,
      // Exim (smtp_in.c, af_verify_pmfail): "550-Postmaster verification failed while checking <a@example.net>", then the
      // refusal its callout to the sender's domain's postmaster got ("550-Response: 550 5.1.1 <postmaster@…>: … User
      // unknown …"), ending "550 Sender verify failed": the sender's domain refused, whatever the quoted reply says.
      /\bpostmaster verification failed\b/,
      // The Apache Software Foundation's lists (ezmlm): "Must be sent from an @apache.org address or a subscriber address or
      // an address in LDAP." (a non-subscriber's post refused, apache/arrow's issue tracker).
      /\bmust be sent from\b.{0,60}\bsubscriber address\b/,
      // maddy (check/authorize_sender): "553 5.7.0 Unauthorized use of sender address" (the authenticated user may not
      // send as that From or envelope sender).
      /\bunauthori[sz]ed use of (?:the )?sender address\b/,
      // Discourse's reply-by-email refusal (server.en.yml, email_reject_user_not_found): "Your reply was sent from an
      // unknown email address." — the sender is unknown to the forum, whose address is live.
      /\byour reply was sent from an unknown e-?mail address\b/,
      // Zoho Mail's anti-abuse block of the sending account, for external recipients until it is unblocked: "550 5.4.6
      // Unusual sending activity detected. Please try after sometime." (as senders relaying through Zoho quote it; not
      // RFC 3463's X.4.6 routing loop).
      /\bunusual sending activity detected\b/,
      // Mail.ru's refusal of the sending account, barred after a suspected compromise until its owner restores it
      // (mailout.ru's guide to Mail.ru's errors: "550 message sending for this account is disabled").
      /\bmessage sending for this account is disabled\b/,
      // The sender's domain without DNS, refused at MAIL FROM: qmail's check (jms1's patch, err_hmf): "553 sorry, your
      // envelope sender domain must exist (#5.7.1)"; Plan 9's smtpd: "554 5.7.1 Sender domain must exist: …"; XMail's
      // "505 Your domain has no DNS/MX entries" (Mailgun's "Sender Verification Error" article lists all three).
      /\bsender domain must exist\b|\byour domain has no dns\b/,
      // Exchange's store refusing the sender's own submission (Microsoft's SMTP AUTH submission article and NDR
      // reference): "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException …",
      // "…:SendAsDeniedException.MapiExceptionSendAsDenied …", "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:
      // QuotaExceededException.MapiExceptionShutoffQuotaExceeded": the sending mailbox, for every recipient.
      /\bstoredrv\.submission\.exception\b/,
      // Schleuder 4.0 (its German locale, de.yml): "Nur Absender, die als Mitglied eingetragen sind, dürfen Emails an diese
      // Adresse schicken.", "Nur Admins dürfen Emails an diese Adresse schicken." (a list's refusal of a poster).
      /\bnur (?:absender|admins?)\b.{0,60}dürfen e-?mails an diese adresse schicken/,
      // MailCleaner's Exim ACL: "This domain does not accept sender addresses using capital letters"; Courier's submit
      // (the sender's domain looked up in DNS): "517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>";
      // its verifyfilter (the sender verified by a callback): "530-Cached verification status found (previously
      // undeliverable)"; gromox's list refusals (mlist_bounce, gb2312 and euc-jp): "您没有足够的权限向“…”这个邮件列表发送
      // 邮件", "…のメールリストへの送信権限がありません" (a list's refusal of a poster, read as the table reads them).
      /\bdoes not accept sender addresses\b|\binvalid domain, see <url:[^<>\s]{1,80}\/rfc1035\.txt>/,
      /\bcached verification status found\b|没有足够的权限向.{0,80}邮件列表发送邮件|メールリストへの送信権限がありません/,
      // Mailing-list software's own translations of its refusal of a poster: GNU Mailman 3.3 (rules/moderation.py, a
      // non-member, and rules/banned_address.py, a banned sender, in es, de, nl, pt_BR, nb_NO, tr, ca, cs, fr); mlmmj 1.3
      // (deny-post, subonlypost: de, fr, it, cs, sk, fi, pt, ast, zh-cn); Sympa 6.2 (report.tt2: send_subscriber,
      // send_closed, send_local_user in nl, ja, ru, pl, pt_BR, sv, hu, de, fr).
      /el mensaje no es de un miembro de la lista|stammt nicht von einem listenmitglied|komt niet van een lid van deze lijst/,
      /não é de um membro da lista|er ikke fra et listemedlem|bir liste üyesinden değil|no és d'un membre de la llista/,
      /ist aus dieser liste ausgeschlossen|is verbannen uit deze lijst|je v tomto listu zakázán|est banni de la liste/,
      /weil sie die liste nicht abonniert haben|parce que vous n'êtes pas un inscrit de la liste|perché non sei iscritt/,
      /není v seznamu členů konference|nie ste abonentom diskusie|et ole postituslistan tilaaja|você não faz parte da lista/,
      /nun yes suscriptor de la llista|因为您不是列表订户/,
      /is beperkt tot lijstabonnees|リストの読者だけです|разрешена только её подписчикам|jest dostępne dla jej subskrybentów/,
      /é restrita aos membros|är begränsad till listprenumeranter|csak a listatagok számára engedélyezett/,
      /ist auf abonnenten beschränkt|nachrichtenverteilung auf dieser liste ist nicht erlaubt|отправка сообщений в эту рассылку запрещена/,
      /メッセージをこのリストへ発送することはできません|la diffusion des messages dans la liste est interdite/,
      /est réservée aux utilisateurs du domaine local|разрешена только пользователям локального домена/,
      // DreamHost's sender domain policy: "5.7.1 Sender domain not allowed." (a From domain its servers do not host).
      /\bsender domain not allowed\b/,
      // Exchange Online's NDR table: "550 5.7.800 Access denied, banned sender" (as its 5.7.501-503).
      /\baccess denied, banned sender\b/,
      // Lists refusing a poster: ezmlm-idx's ezmlm-make templates ("Sorry, only subscribers may post.", "Sorry, I've been
      // told to reject your posts.") and their translations (lang/*/messages: de, fr, pt, pl, sv, hu, it); GNU Mailman 2.1's
      // Hold.py and Moderate.py in its translations (messages/*/mailman.po: de, fr, es, it).
      /\bonly subscribers (?:may|can) post\b|\btold to reject your posts\b/,
      /nur nachrichten von abonnenten der liste akzeptiert|nicht gestattet, nachrichten auf dieser mailingliste|sie dürfen keine nachrichten an diese liste|ihre nachrichten nicht anzunehmen/,
      /seuls les abonnés peuvent poster|les non-abonnés ne sont pas autorisés à envoyer|configuré pour rejeter vos messages/,
      /somente assinantes podem enviar|tylko prenumeratorzy mogą wysyłać|endast prenumeranter får posta|utasitsam el a leveleidet/,
      // … and in nl, id, da, cs, pt_BR (lang/*/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS, ERR_NO_POST).
      /alleen leden mogen berichten insturen|opdracht gekregen om uw berichten te weigeren|hanya pelanggan boleh mengirim/,
      /program ini menolak posting anda|tidak dibolehkan untuk mengirim pesan ke list ini|kun tilmeldte må poste/,
      /instruktion om at afvise post fra dig|smějí přispívat pouze přihlášení uživatelé|příkaz odmítnout příspěvky od vás/,
      /fui programado a rejeitar as suas mensagens/,
      /tiene prohibido mandar mensajes a esta lista|no estén suscritos no se les permite mandar|non sei autorizzato a spedire messaggi a questa lista|non iscritti non è permesso inviare/,
      // Haraka: "550 a@example.net That sender cannot send mail here" (access), "550 Email from that domain is not
      // accepted here." (mail_from.is_resolvable's kin), "550 No bounces accepted here" (mail_from.nobounces).
      /\bthat sender cannot send mail here\b|\bemail from that domain is not accepted here\b|\bno bounces accepted here\b/,
      // Mailing lists refusing a poster who is not a member: fml4 (kern/fml.pl) "You joe@example.org are not member
      // (Elena ML)", fml8 (FML::Process::State) "denied since you are not a member", "deny request from a system
      // account" and its Japanese templates ("… メーリングリストのメンバーではありません", "メンバー以外からの投稿");
      // hMailServer's list modes (RecipientParser.cpp): "550 Not authorized sender.", "550 Not authorized owner.";
      // Exchange Online's 5.7.193: "the sender isn't a group member or external senders are …", "The group sales isn't
      // set up to receive messages from Joe."
      // Only the lists' own shapes: "If you are not a member of the University, contact …" beside a user-unknown verdict
      // is no list's refusal.
      /\byou [^\s@]{1,64}@[^\s@]{1,253} are not member\b|\bsince you are not a member\b|\bdeny request from a system account\b/,
      /\byou are not a member of (?:this|the) (?:list|group|mailing list)\b|\byou are not a member of [^\s@]{1,64}@[^\s@]{1,253}|\bsorry, you are not a member\b/,
      /メーリングリストのメンバーではありません|メンバー以外からの投稿/,
      /\bnot authorized (?:sender|owner)\b|\bsender isn'?t a group member\b|\bisn'?t set up to receive messages from\b/,
      // hMailServer (SMTPConnection.cpp, SpamTestMXRecords.cpp): "550 Sender address must be specified.", "550 Sender
      // domain does not have any MX records."; Coremail's bounce list: "sender is rejected".
      // Coremail's whole reply only: "Mailbox is full; sender is rejected until …" is the mailbox's verdict.
      /\bsender address must be specified\b|\bsender domain does not have any mx records?\b/,
      /(?:^|\b\d{3}[ -]|\bsmtp; ?|\bsaid: )#?(?:[245]\.\d{1,3}\.\d{1,3} )?sender is rejected\b/,
      // Yahoo's Sender Hub: "451 Message temporarily deferred due to unresolvable RFC.5321 from domain".
      /\bunresolvable rfc\.?5321 from domain\b/,
      // maddy (requireMXRecord, on the MAIL FROM domain): "Domain in MAIL FROM has null MX record", "… does not have any MX
      // records"; Postal: "530 From/Sender name is not valid" (the From domain is not the credential's).
      /\bdomain in mail from (?:has null mx|does not have any mx)\b|\bfrom\/sender name is not valid\b/,
      // Exim: verify.c (verify = header_sender) "there is no valid sender in any header line", "could not verify
      // "From:" header address"; smtp_in.c "Callback setup failed while verifying <…>" (the sender's domain refuses
      // bounces), "sender address must contain a domain". OpenSMTPD: "Sender address syntax error". spamdyke: "The
      // domain of your sender address has no mail exchanger", "Your sender address does not match your authentication
      // username". Haraka: "sender <…> denied", "Spoofed MAIL FROM", "Mail from domain '…' is not allowed from your
      // host", "Envelope domain '…' doesn't match AUTH domain '…'".
      /\bno valid sender in any header line\b|\bcould not verify "?from:"? header address\b/,
      /\bcallback setup failed while verifying\b|\bsender address must contain a domain\b/,
      /\bsender address syntax error\b|\bdomain of your sender address has no mail exchanger\b/,
      /\bsender address does not match your authentication\b/,
      /\bsender <[^<>\s]{0,320}> denied\b|\bspoofed mail from\b/,
      /\bmail from domain \S{1,255} is not allowed from your host\b/,
      /\benvelope domain \S{1,255} (?:doesn't|does not) match auth domain\b/,
      /sender (?:e-?mail )?(?:address )?(?:was )?(?:rejected|refused|denied|blocked|verify failed|verification failed|not (?:allowed|authorized|pre-?approved))/,
      // A callback to the sender's own MX refused: qmail-remote quoting "550 5.7.1 <joe@…>... recipient denied, because MX
      // 10 mx.example.net. [192.0.2.1] for <a@example.net> did not accept the empty address, <>, as required by RFC 821,
      // 1123, 2505, and 2821" (bbs.chinaunix.net thread 618870): the sender's domain takes no bounces.
      /\bdid not accept the empty address\b/,
      // BarricadeMX (smtpf): "550 5.7.0 sender <a@example.net> verification failed" (its call-back to the sender's MX).
      /\bsender <[^<>\s]*> verification failed\b/,
      // Coremail: "550 Requested mail action not taken: Fake sender"; a Chinese mail server's reply list: "553 host
      // denies the sender.".
      /\bfake sender\b/,
      /\bdenies the sender\b/,
      // cPanel's sender verification: "The mail server does not recognize a@example.net as a valid sender."; its
      // suspension of a domain's outgoing mail: "Outgoing mail from "example.net" has been suspended."; iRedAPD:
      // "Sender is not same as SMTP authenticate username".
      /\bdoes not recognize \S+ as a valid sender\b/,
      /\boutgoing mail from \S+ (?:has been|is) suspended\b/,
      /\bsender is not (?:the )?same as (?:the )?smtp auth/,
      // Baruwa: a bounce (null sender) addressed to several recipients is not a real one.
      /legitimate bounces are never sent to more than one recipient/,
      // Postfix smtpd reject_multi_recipient_bounce: "Data command rejected: Multi-recipient bounce"; qmail-ldap's
      // qmail-smtpd.c (err_badbounce): "550 sorry, I don't accept bounce messages with more than one recipient".
      /multi-recipient bounce|\bbounce messages with more than one recipient\b/,
      // qmail-ldap's qmail-smtpd.c (smtp_mail, its log's "refused mailfrom because …" written to the client too): "554
      // refused mailfrom because return MX does not exist", "… valid local sender address required"; SANITYCHECK's "554
      // mailfrom without @ is administratively denied"; NOBOUNCE's "554 RFC2821 bounces are administratively denied";
      // err_dns: "421 DNS temporary failure at return MX check" (the return path's domain, the sender's).
      /\brefused mailfrom\b|\bmailfrom without\b|\bbounces are administratively denied\b|\breturn mx check\b/,
      // ZeptoMail's SMTP error codes: "553 Relaying disallowed as joe@example.org" (the From address not verified on the
      // sending account).
      /\brelaying disallowed as \S{1,64}@/,
      // Emailit's SMTP relay (its knowledge base): "530 From/Sender domain is not verified for this workspace", "…
      // From/Sender address must use this domain", "550 Sending from this domain is paused"; 智邦生活館's (url.com.tw)
      // help page: "550 illegal sender." (the sender's address refused).
      /\bfrom\/sender domain is not verified\b|\bfrom\/sender address must use this domain\b/,
      /\bsending from this domain is paused\b|\billegal sender\b/,
      // RFC 7505 §4.3: a sender domain that publishes a null MX cannot receive replies (550 5.7.27).
      /sender (?:address|domain) has (?:a )?null ?mx/,
      /(?:invalid|bogus|unroutable|empty|null) (?:envelope )?(?:sender|mail from)/,
      /\b(?:sender|from)[: ]*<?[^\s<>@]+@[^\s<>@]+>? (?:unknown|not found|does not exist|invalid)/,
      /<> (?:invalid sender|not allowed)/,
      /empty envelope senders?/,
      /null sender/,
      /sender domain is empty/,
      // smtpf (snertsoft's SMTP replies page): "550 5.7.1 sender <a@example.invalid> from unknown TLD #129".
      /\bsender\b.{0,80}\bfrom unknown tld\b/,
      // Exim's sender callout (spec, "verify = sender"): "550 Verification failed for <a@example.org>".
      /verification failed for <[^>]*>/,
      // Exim acl.c: "Could not complete sender verify" and "… sender verify callout" (the sender's domain did not answer).
      /could not complete sender verify/,
      // AT&T/BellSouth's error summary: "550 [permfail] bellsouth.net requires valid sender domain".
      /(?:without|requires?) (?:a )?valid sender domain/,
      // Sendmail (srvrsmtp.c, proto.m4): "553 5.5.4 <a>... Domain name required for sender address a" and the
      // check_mail ruleset's "Real domain name required for sender address".
      /domain name required for sender address/,
      // Haraka's mail_from.is_resolvable plugin: "No MX for your FROM address", "No valid MX for your FROM address" (its
      // MX hosts have no address), and for a null MX (RFC 7505) "550 5.7.27 Null MX: example.net does not send mail" (the
      // sender's domain: never the recipient's domain accepting no mail).
      /no (?:valid )?mx for your (?:from|sender) address/,
      /\bnull mx: \S{1,253} does not send mail\b/,
      // Exchange Online 5.7.124: "Sender not in allowed-senders list" (a group that accepts listed senders only).
      /not in (?:the )?allowed[- ]senders? list/,
      // BATV (Bounce Address Tag Validation) and backscatter filters refuse untagged bounces.
      /\bbatv\b/,
      /backscatter/,
      /(?:no third-party|unsigned) dsns?/,
      /not a registered gateway user/,
      /mail from not owned by/,
      /returned mail not accepted/,
      /fully qualified (?:e-?mail )?address required/,
      // French: "invalid sender".
      /emetteur invalide/,
      /(?:does not|doesn't) accept mail from/,
      /list of senders to accept mail from/,
      // Exchange's sender filter agent (Set-SenderFilterConfig).
      /senderfilterconfig/,
      /valid-address-filter/,
      /delivery not authorized, message refused/,
      /(?:do not|don't|does not|may not|might not) have (?:the )?permission to (?:post|send)/,
      /(?:are |is )?not a member of (?:this|the) (?:mailing )?list/,
      /not member article/,
      // Japanese: "has no permission to post" (mailing lists).
      /投稿する権限がない/,
      /not (?:allowed|authorized|permitted) to (?:post|send)/,
      // Not Citadel's "You must log in to send mail from example.org" (SMTP AUTH, the security family's).
      /(?<!log in to send )mail from .{0,60}(?:rejected|refused)/,
      /(?:from|envelope sender|sender) (?:address|domain) .{0,40}(?:does not exist|not found|unknown|invalid)/,
      // Sender ID (RFC 4407): the Purported Responsible Address check.
      /purported responsible address/,
      /all recipient addresses rejected ?: ?access denied/,
      /customfromdenied/,
      // Gmail's "Send mail as" feature.
      /'send mail as' (?:feature|account)/,
    ],
    'i'
  ),
}

export const SECURITY: PhraseRule = {
  reason: 'securityerror',
  name: 'security',
  pattern: anyOf(
    [
      // OpenSMTPD smtp_session.c: "530 5.5.1 Invalid command: Must issue an AUTH command first" (a listener that requires
      // authentication).
      /\bmust issue an auth command first\b/,
      // Gmail's SMTP error reference (SMTP AUTH of a Google account): "534 5.7.9 Application-specific password required.",
      // "534 5.7.14 Please log in through your web browser and then try again." (also "… log in with your web browser …").
      /\bapplication-specific password required\b|\bplease log in (?:through|with|via) your web browser\b/,
      // MailCleaner's Exim ACL: "unauthenticated session on submission port"; iRedAPD: "SMTP AUTH is required for users
      // under this sender domain"; dma (its smarthost login): "SMTP login to mx.example.org failed".
      /\bunauthenticated session on submission port\b|\bsmtp auth(?:entication)? is required\b|\bsmtp login to \S{1,253} failed\b/,
      // Exchange Online's SMTP AUTH refusals (its article on printers, scanners and applications): "535 5.7.139
      // Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", "… federated STS service was
      // unreachable."
      /\bauthentication unsuccessful\b/,
      // Citadel (serv_smtp.c): "550 You must log in to send mail from example.org", "… to send mail on this port."
      /\byou must log in to send mail\b/,
      // hMailServer (SMTPConnection.cpp ReAuthenticateUser): "550 Login credentials no longer valid. Please re-authenticate."
      /\blogin credentials no longer valid\b/,
      // Gmail's SMTP error reference: "535 5.7.80 Username and Password not accepted." (SMTP AUTH refused).
      /\busername and password not accepted\b/,
      // An SMTP AUTH refusal as servers word it (PHPMailer #1281 quotes "535 Invalid Username or Password").
      /\binvalid user(?: ?(?:name|id))?(?: or|\/| and) ?password\b/,
      // Exim: transports/smtp.c "lookup of IP address for … was insecure" (DNSSEC required), acl.c "no verified
      // certificate"; Postfix smtpd.c: "No client certificate presented"; OpenSMTPD mta_session.c: "no supported AUTH
      // method", "Refuse to AUTH over unsecure channel"; Stalwart: "You must authenticate first".
      /\blookup of ip address for \S+ was insecure\b/,
      /\bno verified certificate\b|\bno client certificate presented\b/,
      /\bno supported auth method\b|\brefuse to auth over unsecure channel\b|\byou must authenticate first\b/,
      /authentication (?:is )?required/,
      /authentication (?:failure|failed|credentials invalid)/,
      // IceWarp's 5xx table: "501 5.0.0 Authentication canceled" (the SMTP AUTH exchange given up).
      /\bauthentication (?:canceled|cancelled)\b/,
      // Exim's and Mimecast's "535 Incorrect authentication data" (the client's SMTP AUTH credentials refused).
      /\bincorrect authentication data\b/,
      /authentication turned on/,
      // Amazon SES.
      /not subscribed to ses/,
      /encryption required/,
      /must (?:issue|use) (?:a )?(?:starttls|tls|encryption)/,
      /unauthenticated senders? (?:are )?not (?:allowed|permitted)/,
      /not authenticated to send anonymous mail/,
      // Exchange's receive connectors (POPcon's support articles quote them): "530 5.7.1 Client was not
      // authenticated", "550 5.7.1 Client does not have permissions to send as this sender".
      /\bclient (?:was |is )?not authenticated/,
      /client does not have permissions? to send as this sender/,
      // OpenSMTPD (smtpd/mta.c): the relay's authentication secret could not be looked up.
      /could not retrieve credentials/,
      // NetEase's bounce list: "451 Requested mail action not taken: too much fail authentication".
      /\btoo (?:much|many) fail(?:ed|ures?)? auth/,
      // cPanel's ACL for mail to its own host name: "You do not have sufficient privileges to send mail to this address.
      // Please authenticate and try again.".
      /\bdo not have sufficient privileges to send\b/,
    ],
    'i'
  ),
}

export const SYNTAX: PhraseRule = {
  reason: 'syntaxerror',
  name: 'syntax',
  pattern: anyOf(
    [
      // qmail's chkuser (CHKUSER_DOMAINMISSING_STRING): "511 sorry, you must specify a domain (#5.1.1 - chkuser)", "550
      // 5.1.2 … (chkuser)": the RCPT address had no domain, whatever code it carries. Exim's default ACLs: "550 Restricted
      // characters in address" (a local part with "@", "%", "!", "/", "|", a leading dot, and in Debian's exim4-config
      // "&", "#", "?" or a backtick on its relay path): a character that server's policy refuses, a live mailbox too
      // (Debian's own comment: it "will block recipient addresses that are valid"), so never an unknown user.
      /\byou must specify a domain\b|\brestricted characters in address\b/,
      // MailCleaner's Exim ACL: "no HELO given before MAIL command" (the commands out of order).
      /\bno (?:helo|ehlo) given\b/,
      // Parks Communications' server (its spam policy page): "Improper recipient address. Try supplying a domain name.".
      /\btry supplying a domain name\b/,
      // OpenSMTPD (smtp_session.c): "501 5.5.4 Bad NOTIFY parameter syntax" (and its other ESMTP parameters').
      /\bbad [a-z-]+ parameter syntax\b/,
      // Haraka's helo.checks: "501 5.5.4 HELO/EHLO argument invalid - HELO hostname contains non-ASCII characters";
      // Gmail's SMTP error reference: "501 5.5.4 HELO/EHLO argument mx..example.org invalid closing connection.", "501
      // 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.".
      /\bhelo\/ehlo argument (?:\S{1,255} )?invalid\b|\bempty helo\/ehlo argument\b/,
      // Sendmail: proto.m4 "Fully qualified domain name required" (an RCPT without one), srvrsmtp.c "SMTP protocol
      // error" (data before DATA's reply), "Too many bad commands"; Postfix smtpd.c: "Error: too many errors".
      /\bfully qualified domain name required\b|\bsmtp protocol error\b/,
      // Postfix postscreen (postscreen_early.c, postscreen_smtpd.c): "521 5.5.1 Protocol error" (drop) or "550 5.5.1
      // Protocol error" (enforce), the sending client failing its pregreet or bare-newline test, before any recipient
      // is looked up: the client's fault, whatever 521 says elsewhere.
      /\b5\.5\.1 protocol error\b/,
      /\btoo many bad commands\b|\berror: too many errors\b/,
      // Not a message's content (Exchange's IMC, Microsoft KB Q196920: "A syntax error was detected in the content of
      // the message"): that is the content family's.
      /syntax error(?! was detected in the content)/,
      /unrecognized command/,
      /command not (?:recognized|implemented)/,
      /bad sequence of commands/,
      // OpenSMTPD smtp_session.c: "501 5.5.4 Invalid command arguments: …".
      /invalid command arguments/,
      // Postfix smtpd reject_unauth_pipelining: "Improper use of SMTP command pipelining".
      /improper use of smtp command pipelining/,
      // Exim smtp_in.c: "554 SMTP synchronization error" (input sent before the greeting or a reply), "… Too many
      // syntax or protocol errors" (the client's commands).
      /smtp (?:protocol )?synchronization error/,
      // Postfix smtpd.c (unauthorized pipelining): "554 5.5.0 Error: SMTP protocol synchronization".
      /\berror: smtp protocol synchronization\b/,
      // hMailServer's error reference: "421 Excessive amounts of data sent to server." (a line without a newline).
      /excessive amounts? of data sent to server/,
      /too many syntax or protocol errors/,
      // Haraka's early_talker plugin: "You talk too soon" (the client spoke before the greeting, as postscreen's pregreet).
      /\byou talk too soon\b/,
      // Exim parse.c, an address it cannot read: "malformed address: … may not follow …", "angle-brackets nested too
      // deep", "domain missing in source-routed address", "… (expected word or "<")".
      /malformed address: .{0,40}may not follow/,
      /angle-brackets nested too deep|domain missing in source-routed address|\(expected word or "<"\)/,
      // Sendmail parseaddr.c: "553 Unbalanced '<'" (and the other delimiters), "501 5.1.3 8-bit character in mailbox
      // address …", "553 5.1.0 Address "…" too long (256 bytes max)": an address it cannot parse.
      /\bunbalanced '[<>()"]'/,
      /8-bit character in mailbox address/,
      /\btoo long \(\d+ bytes max\)/,
      // cPanel's requirehelo ACL: "HELO required before MAIL".
      /\b(?:helo|ehlo) required before\b/,
    ],
    'i'
  ),
}
