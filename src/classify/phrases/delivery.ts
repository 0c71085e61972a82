/**
 * Phrase families about the way to the mailbox: TLS, the recipient's domain and DNS, the network, the queue
 * and the receiving system. Ordered in `index.ts`.
 * @module
 */
import { anyOf, type PhraseRule } from './rule'

export const STARTTLS: PhraseRule = {
  reason: 'failedstarttls',
  name: 'starttls',
  // Zimbra's LMTP TLS_REQUIRED: "451 4.2.2 Server accepts messages only on TLS connection"; Google Workspace:
  // "421 4.7.0 TLS required for RCPT domain".
  // Postfix smtp(8) under an encrypt policy: "TLS is required, but was not offered by host …"; Courier's esmtpclient:
  // "/SECURITY=REQUIRED set, but TLS is not available"; Postfix smtpd: "454 4.7.0 TLS not available due to local problem";
  // Postfix smtp_proto.c: "Cannot start TLS: handshake failure"; mailcow's tls_enforce_in: "550 5.7.1 Session
  // encryption is required"; qmail-remote with the TLS patch: "TLS connect failed: timed out" (its handshake).
  // Mimecast's SMTP error codes (553): "This route requires encryption (TLS)", "… requires TLS version 1.2 or
  // greater", "… requires high-strength ciphers" (its policy's TLS demands, unmet by the sender).
  // Exim: "a TLS session is required, but …" (hosts_require_tls), "454 TLS currently unavailable"; Postfix: "Server
  // certificate not verified"; OpenSMTPD: "SSL certificate check failed"; spamdyke: "454 Failed to negotiate TLS
  // connection."; Haraka's force_tls: "No TLS available but required by configuration."
  // Sendmail proto.m4 TLS_connection/TLS_req: "encryption too weak …", "DANE check failed", "CN mx.example.net does not
  // match mx.example.org"; Stalwart: "DANE failed to authenticate …", "(TLS error from '…': Handshake failed: …)";
  // Postfix: "TLS is required, but our TLS engine is unavailable".
  // Gmail's SMTP error reference: "4.7.29 … because you're not using a TLS connection", "5.7.29 … because it wasn't sent
  // over a TLS connection".
  // hMailServer (SMTPConnection.cpp): "530 A SSL/TLS-connection is required for authentication."; VIPRE's rejection
  // reasons: "Your sender domain is required to send via an encrypted SMTP session"; Exchange Online's 4.4.317:
  // "Cannot connect to remote server [Message=UntrustedRoot]" (the remote certificate's chain is not trusted), its
  // 4.7.320 "Certificate validation failed", and its MTA-STS texts (5.4.8 "MX hosts of example.org failed MTA-STS
  // validation", 5.7.5 "Remote certificate failed MTA-STS validation").
  // Momentum's message responses (SparkPost): "4.7.5 [internal] SSL certificate subject does not match host", "…
  // remote node SSL certificate not signed by a valid CA".
  // MailCleaner's Exim ACL (hosts, sender domains and local domains that require TLS): "Encryption is required from
  // you", "… from your domain", "… to this domain".
  // Haraka's outbound (tls.js, a host that must verify): "Host failed TLS verification required by configuration.".
  // maddy: check/requiretls "550 5.7.1 TLS conversation required"; target/remote/security.go's MTA-STS checks "TLS is
  // required but unavailable or failed (MTA-STS)", "… certificate is not trusted but authentication is required by
  // MTA-STS", "Failed to estabilish the MX record authenticity (MTA-STS)" (its spelling). qmail-remote's TLS patch:
  // "No TLS achieved while …/tlshosts/mx.example.org.pem exists", "TLS unable to verify server …".
  pattern:
    /failed tls verification required|encryption is required (?:from you|to this domain)|certificate validation failed|failed mta-sts validation|certificate subject does not match host|certificate not signed by a valid ca|ssl\/tls-connection is required|required to send via an encrypted smtp session|\[message=untrustedroot\]|not using a tls connection|wasn't sent over a tls connection|route requires (?:encryption|tls|high-strength ciphers)|encryption too weak|dane (?:check failed|failed to authenticate)|(?<![.\w-])cn [a-z0-9.-]+\.[a-z]{2,} does not match [a-z0-9.-]+\.[a-z]{2,}|tls error from '[^']{1,255}': (?:handshake|certificate|invalid|starttls)|our tls engine is unavailable|a tls session is required|tls currently unavailable|server certificate not verified|ssl certificate check failed|failed to negotiate tls|no tls available but required|starttls|session encryption is required|cannot start tls|tls (?:negotiation|handshake|connect) fail|requiretls|(?:does not|doesn't) support tls|tls is required, but (?:was not offered|host)|security(?:=required)? set, but tls is not available|\btls not available|\btls required\b|only (?:on|over|via) (?:an? )?tls|\btls conversation required\b|\btls is required but\b|\bmx record authenticity\b|\brequired by mta-sts\b|\bno tls achieved while\b|\btls unable to verify server\b/i,
}

export const SYSTEM_FULL: PhraseRule = {
  reason: 'systemfull',
  name: 'system-full',
  pattern: anyOf(
    [
      /insufficient system (?:storage|resources)/,
      // Oracle Cloud Email Delivery's SMTP errors: "452 System storage error" (RFC 5321's 452, as its words).
      /\bsystem storage error\b/,
      /system (?:storage|disk) (?:is )?full/,
      /out of (?:disk )?space/,
      // The operating system's own error text (ENOSPC: "No space left on device").
      /no space left/,
      /insufficient disk space/,
      // BarricadeMX (smtpf) reply table: "421 4.3.2 system resources exceeded" (memory, disk or a like resource).
      /\bsystem resources exceeded\b/,
      // Exim smtp_in.c, its spool short of space: "452 Space shortage, please try later".
      /\bspace shortage\b/,
      // Courier submit.C (checkrcpt: the spool's free blocks or inodes below the limit): "431 Mail system full."
      /\bmail system (?:is )?full\b/,
    ],
    'i'
  ),
}

export const DNS_TEMPORARY: PhraseRule = {
  reason: 'networkerror',
  name: 'dns-temporary',
  pattern: anyOf(
    [
      // chkuser (CHKUSER_RCPTMX_TMP_STRING): "451 4.4.0 DNS temporary failure (chkuser)".
      /\bdns temporary failure\b/,
      // Apache James RemoteDelivery (TemporaryResolutionException): "Temporary problem looking up mail server for host:
      // <domain>.  I cannot determine where to send this message." (its DNS lookup failed, not the domain).
      /temporary problem looking up mail server for host/,
      // ZoneMTA (lib/sender/dns-errors.js, its resolver's ETIMEOUT and ECONNREFUSED): "Timeout while contacting DNS
      // servers", "Could not contact DNS servers".
      /\btimeout while contacting dns servers\b|\bcould not contact dns servers\b/,
      // Its ESERVFAIL (the same file): "DNS server returned general failure", also after "Failed to resolve IP address for
      // mx.example.org of the MX server for example.org." (zone-mta #154: the resolver failing for minutes).
      /\bdns server returned general failure\b/,
      // hMailServer (ExternalDelivery.cpp): "Unable to find the recipient's email server. The DNS query has failed.", and
      // its smart host's name not resolving: "The host specified as SMTP relay server could not be found."
      /\bthe dns query has failed\b|\bhost specified as smtp relay server could not be found\b/,
      // Postfix smtpd_check.c (reject_unknown_recipient_domain, DNS_INVAL): "450 4.1.2 <joe@…>: Recipient address
      // rejected: Malformed DNS server reply".
      /name server reply|\bmalformed dns server reply\b/,
      /host not found, try again/,
      // The resolver's (getaddrinfo) own words.
      /temporary failure in name resolution/,
      // OpenSMTPD (smtpd/mta.c, DNS_RETRY): "Temporary failure in MX lookup".
      /temporary failure in mx lookup/,
      // Exim (transports/smtp.c): every host's address lookup deferred.
      /host address lookups failed temporarily/,
      // qmail-remote.c temp_dnscanon(): "CNAME lookup failed temporarily. (#4.4.3)".
      /lookup failed temporarily/,
      /dns lookup timed? ?out/,
      /dns records? .{0,40}could not be found/,
      // Exim (host.c, the retry rules' "host lookup did not complete"): a DNS lookup that timed out or failed softly.
      /host lookup did not complete/,
      // Sendmail's text for a resolver TRY_AGAIN: "Deferred: Name server timeout".
      /name server timeout/,
      // qmail-remote.c's DNS_SOFT with its code: "Sorry, I couldn't find any host by that name. (#4.1.2)", temporary
      // whatever status a queue that gives up on it writes (the code-less form: DOMAIN_NOT_FOUND).
      /couldn'?t find any host by that name\.?\s*\(#4\.\d{1,3}\.\d{1,3}\)/,
      // Without its code, when qmail-send says it gave up on a temporary failure ("I'm not going to try again; this
      // message has been in the queue too long.", qmail-send.c): the lookups failed for a week, none said no such host.
      /couldn'?t find any host by that name\.?\s*i'?m not going to try again\b/,
      // Exchange 2000/2003's #5.4.0 text: "The destination server for this recipient could not be found in Domain
      // Name Service (DNS)". RFC 3463's x.4.0 and Microsoft's notes put it down to DNS or the sending side's smart
      // host as often as to a dead domain: never a hard bounce on these words alone.
      /destination server for this recipient could not be found/,
      // Openfind Mail2000's FAQ on its own bounces: "Hostname cannot be resolved" is the recipient's domain not
      // resolving at that moment (its DNS host or Mail2000's resolver failing), not a dead domain.
      // Not a refusal of the client's own name ("Client host rejected: your hostname cannot be resolved").
      /(?<!(?:your|client|sender|helo|ehlo|reverse|rejected:) )\bhostname cannot be resolved\b/,
    ],
    'i'
  ),
}

export const NO_MX: PhraseRule = {
  reason: 'notaccept',
  name: 'no-mx',
  // ZoneMTA (lib/sender/resolve-mx.js, plugins/core/rcpt-mx.js): "Could not find any MX servers for example.org",
  // "Can't find an MX server for <joe@example.org>"; Citadel (smtp_clienthandlers.c): "No MX hosts found for
  // <example.org>"; GreenArrow's error list: "the host named example.org does not have any MX records, and delivery
  // without MX records prohibited by local policy"; Forward Email (helpers/on-rcpt-to.js): "550 joe@example.org does not
  // have any MX records configured on its domain example.org".
  pattern:
    /no mx (?:record )?(?:found|for)|does not have any mx records configured on its domain|couldn'?t find a mail exchanger|unable to get mx info|could not find any mx servers? for|can'?t find an mx server for|no mx hosts found for|does not have any mx records, and delivery without mx records/i,
}

export const DOMAIN_NOT_FOUND: PhraseRule = {
  reason: 'hostunknown',
  name: 'domain-not-found',
  pattern: anyOf(
    [
      // 1&1's (kundenserver.de) Exim: "no valid MX hosts found" for a domain whose MX names no usable host (a real 1&1
      // bounce forwarded in Spanish, pastebin.com qgkrtmww).
      /\bno valid mx hosts found\b/,
      // RFC 3463's title of X.1.2, as servers write it without the code (Yandex's help on its non-delivery reports:
      // "Bad destination system address"; Haraka's DSN.addr_bad_dest_system).
      /\bbad destination system address\b/,
      // qmail-send's bounce as qmail's own documentation shows it, the reply without its code: "This is a permanent
      // error; I've given up." over "<god@heaven.af.mil>: Sorry, I couldn't find any host by that name." (qmail-remote
      // writes "(#4.1.2)" after it, read as a DNS failure in DNS_TEMPORARY; a notice still temporary reads as one here
      // too: hostunknown that is not permanent is a network error, see `refine`).
      /couldn'?t find any host by that name/,
      // Alibaba Mail's help on returned mail: "主机或者对方域名有错误，无法被系统解析。" (the recipient's domain does not resolve).
      /对方域名有错误/,
      // chasquid (courier/smtp.go), Go's resolver answering NXDOMAIN for the recipient's domain: "Could not find mail
      // server: lookup example.org on 127.0.0.53:53: no such host".
      // (Its give-up's "Could not dial: dial tcp: lookup <host> …: no such host" names the host it dialled, which is the
      // recipient's domain only when the domain has no MX: named-domain.ts.)
      /\bcould not find mail server: lookup [a-z0-9.-]{1,253}(?: on \S{1,64})?: no such host\b/,
      // Exchange Server's DSN table: "5.1.4 Recipient address reserved by RFC 2606", "5.1.6 Recipient addresses in single
      // label domains not accepted" (no such domain can be delivered to); hMailServer (ExternalDelivery.cpp): "No mail
      // servers appear to exists for the recipient's address"; XMail (SMAILSvr.cpp): 'Recipient domain "example.org" does
      // not exist (or it has a misconfigured DNS)'.
      /\brecipient address reserved by rfc ?2606\b|\bsingle label domains not accepted\b/,
      /\bno mail servers appear to exists? for the recipient'?s address\b/,
      /\brecipient domain (?:"[^"\s]{1,253}"|'[^'\s]{1,253}'|[^\s"']{1,253}) does ?n[o']?t exist\b/,
      // Exim routers/dnslookup.c: "It appears that the DNS operator for example.org has installed an invalid MX record
      // with an IP address instead of a host name", 'mail domain "example..org" is syntactically invalid'; Postfix
      // dns_lookup.c: "Name service error for …: invalid host or domain name".
      /\binstalled an invalid mx record\b/,
      /\bmail domain \S+ is syntactically invalid\b/,
      /\binvalid host or domain name\b/,
      /(?:host|domain)(?: name)? (?:not found|unknown|does not exist|lookup failed|could not be resolved|has no (?:mx|dns))/,
      /unknown (?:host|domain)/,
      /no (?:mx|dns) (?:record|entry|entries)/,
      /nxdomain/,
      // qmail's chkuser patch (CHKUSER_RCPTMX_STRING): "511 sorry, can't find a valid MX for rcpt domain".
      /can'?t find a valid mx for rcpt domain/,
      // The resolver's (getaddrinfo) own words for a name that does not exist.
      /name or service not known/,
      /unrout(?:e)?able (?:mail )?domain/,
      /no such domain/,
      /domain (?:is )?(?:invalid|not valid)/,
      // Exim: "Unrouteable address".
      /unrouteable address/,
      // Exim (dnslookup router): "all relevant MX records point to non-existent hosts".
      /all relevant mx records point to non-existent hosts/,
      // Exim (transports/smtp.c): "all host address lookups failed permanently".
      /host address lookups failed permanently/,
      // OpenSMTPD (smtpd/mta.c, DNS_EINVAL, a permanent failure): "Invalid domain name".
      // Not OpenSMTPD's reply to a malformed argument ("Invalid command arguments: Invalid domain name").
      /(?<!arguments:\s{0,4})invalid domain name/,
      /dns lookup failure: (?:host|domain) \S+ not found/,
      // Gmail's bounce (Google's "Address not found" notice): "… because the domain example.org couldn't be found".
      /\bbecause the domain \S+ (?:couldn'?t|could not) be found\b/,
      /domain (?:is )?not reachable/,
      // Not the sender's domain: qmail's MAIL FROM check ("553 sorry, your envelope sender domain must exist (#5.7.1)"),
      // Plan 9's smtpd ("554 5.7.1 Sender domain must exist: …").
      /(?<!sender )domain must exist/,
      /(?:account|user|recipient) or domain may not exist/,
      // "550 The domain in the email address 'joe@example.co.ik' does not exist": the domain, not the user.
      /\bthe domain (?:name )?in the e-?mail address (?:'[^'\s]{1,254}'|"[^"\s]{1,254}"|<[^>\s]{1,254}>|\S{1,254}) does ?n[o']?t exist\b/,
    ],
    'i'
  ),
}

export const ACCEPTS_NO_MAIL: PhraseRule = {
  reason: 'notaccept',
  name: 'accepts-no-mail',
  pattern: anyOf(
    [
      // RFC 5321 (3.1, a 554 greeting): "554 No SMTP service here" (the host takes no mail), as Exim's test suite quotes it.
      /\bno smtp service here\b/,
      // "Mails" in the plural too, and never a sender it names ("does not accept mails from 'example.com' over foreign
      // mailservers", an SPF refusal on somebits.com's blog).
      /does not accept (?:e-?)?mails?\b(?! from| with)/,
      /accepts no mail/,
      // RFC 7505 §4.3: "Sender address has null MX" (5.7.27) refuses the sender, not the recipient's domain.
      /(?<!sender (?:address|domain) has (?:a )?)null ?mx/,
      /not accepting (?:any )?(?:e-?)?mails?\b(?! with| from)/,
      /indicated no smtp service/,
      /smtp protocol returned a permanent error/,
      // OpenSMTPD (smtpd/mta.c): every MX of the destination refused the SMTP session.
      /destination seems? to reject all mails?/,
      // Courier's esmtpclient (RFC1035_MX_NONE, a null MX): "Domain does not receive mail.".
      // Anchored to the recipient's domain: "Sender domain does not receive mail" is a sender refusal.
      /(?<!sender |your |from )domain does not receive mail(?! from)/,
    ],
    'i'
  ),
}

export const NETWORK: PhraseRule = {
  reason: 'networkerror',
  name: 'network',
  pattern: anyOf(
    [
      // A Chinese corporate mail system's bounce: "连接收件方邮件系统失败" (connecting to the recipient's mail system failed).
      /连接收件方邮件系统失败/,
      // Forward Email (helpers/on-data.js, too many of its own Received headers): "550 Message was stuck in a redirect loop".
      /\bstuck in a redirect loop\b/,
      // The receiving server dropping a silent client: Huawei Cloud's SMTP response codes, "421 Timeout waiting for data
      // from client"; Parks Communications' server (its spam policy page), "Timeout. Talk faster next time.".
      /\btimeout waiting for data from client\b|\btalk faster next time\b/,
      // vpopmail's vdelivermail (its Delivered-To loop check): "mail is looping".
      /\bmail is looping\b/,
      // GNU Mailman 3.3 (rules/loop.py in de, fr): the message has already been through the list (a loop).
      /nachricht wurde bereits auf dieser liste gepostet|le message a déjà été envoyé à cette liste/,
      // ZoneMTA (lib/sender/get-connection.js): "Connection to mx.example.org closed unexpectedly", "Can't connect to any
      // MX server for example.org", and its delivery-loop plugin: "A delivery loop was detected …"; Citadel
      // (smtp_clienthandlers.c): "Connection broken during SMTP RCPT".
      /(?<!expired\b.{0,200})(?:\bconnection to \S+ closed unexpectedly\b|\bcan'?t connect to any mx server for\b)|\ba delivery loop was detected\b/,
      /(?<!expired\b.{0,200})\bconnection broken during smtp (?:rcpt|mail|data|helo|ehlo)\b/,
      // hMailServer (SMTPClientConnection.cpp, TCPConnection.cpp): "SMTP Connection to recipients server failed.",
      // "There was a timeout while talking to the remote server.", "Remote server closed connection."; Postal
      // (smtp_sender.rb): "No SMTP servers were available for example.org."; Lotus Domino's router (Microsoft KB
      // Q174730): "No route found to domain EXCHANGE from server MAIL1/ACME".
      // Not the last attempt's words after an expiry ("Message expired after 5 days: remote server closed connection"):
      // the expiry decides, as for a timeout.
      /\bconnection to recipients? server failed\b|(?<!expired\b.{0,200})\btimeout while talking to the remote server\b/,
      /(?<!expired\b.{0,200})\bremote server closed (?:the )?connection\b|\bno smtp servers were available for\b/,
      /\bno route found to domain \S+ from server\b/,
      // Postfix smtp_tls_policy.c: "TLSA lookup error for mx.example.org:25" (the DNS lookup failed); Apache James:
      // "No mail server(s) available at this time." (its DSNBounce: no answer from host).
      /\btlsa lookup error\b|\bno mail server\(s\) available\b/,
      // Exim's smtp transport: "failed to lookup IP address for smtp.example.net" (ERRNO_UNKNOWNHOST for a host its
      // configuration names, a smarthost: the recipient's own MX is the dnslookup router's, "all relevant MX records …").
      /\bfailed to lookup ip address for\b/,
      // Exim transports/smtp.c: "Remote host closed connection in response to …", "remote_smtp transport found host … to
      // be local" (the MX points back here); Sendmail proto.m4: "Can not check MX records for recipient host …"; Postfix
      // dns_lookup.c: "Name server loop for …" (a CNAME chain of more than ten).
      /\bremote host closed connection\b/,
      /\bfound host \S+ to be local\b/,
      /\bcan ?not check mx records\b/,
      /\bname server loop\b/,
      /(?:connection|network|host) (?:reset|unreachable|error)/,
      /host is unreachable/,
      // Exim transports/smtp.c: "send() to mx.example.org [192.0.2.1] failed: Broken pipe"; OpenSMTPD mta_session.c:
      // "Connection closed unexpectedly"; Exchange's queue: "… Attempted failover to alternate host, but that did not
      // succeed"; Haraka outbound/hmail.js: "Temporary MX lookup error for …", "DNS lookup failure: …", "Tried all
      // MXs …"; Exchange: "451 4.4.0 DNS query failed".
      /\bsend\(\) to \S+(?: \[[^\]]*\])? failed/,
      /connection closed unexpectedly/,
      // Hornetsecurity's classification codes: "554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer" (its
      // disclaimer header seen more than ten times: a mail loop).
      /\bloop detection\b/,
      /attempted failover to alternate host/,
      // Also maddy's (internal/target/remote/connect.go), whose "554 5.4.4 MX lookup error" is a name that does not exist
      // and "451 4.4.4 MX lookup error" a failed lookup: a queue's give-up turns the second into a 5.4.4 with the same
      // words (Haraka's bounce), so the words stay a network error either way (soft, never a dead domain by itself).
      /\bmx lookup error/,
      /\bdns (?:lookup failure|query failed)/,
      // Not inside Haraka's give-up, "Too many failures (Tried all MXs)": the queue ran out (expired).
      /\btried all mxs?\b(?<!too many failures \(tried all mxs?)/,
      // Sendmail err.c errstring(): EHOSTDOWN as "Host %s is down", ENETUNREACH as the system's "Network is unreachable".
      /\bhost \S+ is down\b/,
      /network is unreachable/,
      // The same system's ENETDOWN ("Network is down"), and a connect() refused as Courier 1.0.16's esmtpclient writes it
      // in its transcript, "<<< Connection refused" (stop 48's real set: a closed port, its delay notice and give-up).
      // Not Sendmail's "Connection refused by <host>", which the blocklist family reads.
      /\bnetwork is down\b/,
      /<<< connection refused(?! by\b)/,
      // SmarterMail: "Failed four Attempts to connect to recipients mail server".
      /failed \w+ attempts? to connect/,
      // Exchange Online's 4.4.317 "Cannot connect to remote server"; Postini's "451 Cannot connect to domain:…".
      /(?:cannot|could not|unable to) connect to (?:the )?(?:remote (?:server|host)|domain\b)/,
      // The operating system's own error text (EHOSTUNREACH).
      /no route to host/,
      // ECONNREFUSED (no server listening on port 25) as MTAs write it: Postfix smtp_connect.c "connect to %s[%s]:%d:
      // %m" ("connect to mx.example.com[192.0.2.1]:25: Connection refused"); Rust's io::Error text, which Stalwart's
      // queue reports ("Connection refused (os error 111)"). Sendmail's own "Connection refused by %s" (err.c) stays
      // with the blocklist family, as the labelled corpus reads it.
      /\bconnect to \S+: connection refused/,
      /connection refused \(os error \d+\)/,
      // Go's net package, as chasquid's give-up quotes it (courier/smtp.go, "all MXs returned transient failures (last:
      // Could not dial: dial tcp 192.0.2.1:25: connect: connection refused)"; its "… i/o timeout" is an expiry's, as the
      // table reads timeouts).
      /\bdial tcp \S+: connect: connection refused\b/,
      // A Chinese host's FAQ (emailhost.com.cn): "rcpt handle timeout" (no answer to RCPT TO in time).
      /\brcpt (?:handle |response )?time ?out\b/,
      // Sendmail usersmtp.c reply(): the connection broke while it waited for the server's answer.
      /reply: read error from/,
      // Postfix smtp_stream.c (4.4.2): "lost connection with host[addr] while …", "conversation with … timed out while …".
      /lost connection with \S+ while/,
      /conversation with \S+ timed out while/,
      /unable to resolve route/,
      /could not connect and send/,
      /forwarding loop/,
      // Lavabit magma (smtp.c): "TOO MANY RECEIVED HEADER LINES … CAUGHT IN A FORWARD LOOP".
      /forward loop/,
      /too many received (?:header )?lines/,
      /message looping/,
      /loop count exceeded/,
      /routing loop/,
      /mail loop/,
      /too many hops/,
      // hMailServer (RecipientParser.cpp): "550 Mail server configuration error. Too many recursive forwards." (an alias
      // or forward chain past 25 steps: a loop).
      /too many recursive forwards/,
      // Postfix local(8) (alias.c): "alias database loop for joe" (an alias expanding to itself).
      /\balias database loop for\b/,
      // Exim smtp_in.c: "421 mx.example.org: SMTP command timeout - closing connection" (the client, us, too slow).
      /\bsmtp command timeout\b/,
      // HCL Domino's router: "Maximum hop count exceeded" (a message loop).
      /hop count exceeded/,
      /loop(?:s)? detected/,
      // Postfix qmgr/smtp(8): "mail for example.com loops back to myself" (a misconfigured MX pointing home).
      /loops back to myself/,
      /dns (?:failure|error|timeout|lookup failed)/,
      // Not Postfix smtpd's "451 4.3.0 <…>: Temporary lookup failure" (smtpd_check.c: a table it could not read).
      /temporary dns failure/,
      /host name lookup failure/,
      /(?:was not|wasn't) able to establish an smtp connection/,
      // OpenSMTPD's relay failures (smtpd/mta.c, mta_on_source): no usable route to any MX.
      /no valid route to (?:remote mx|destination)/,
      /address family mismatch on destination/,
      /all routes to destination blocked/,
      /could not retrieve source address/,
      // Exim (host.c, host_self_action): an MX or host that is this server itself, a loop.
      /remote host address is the local host/,
      /mx record points to (?:the )?local host/,
      // Lotus Notes' router: "Message has exceeded maximum hop count" (a loop).
      /exceeded (?:the )?maximum hop count/,
    ],
    'i'
  ),
}

export const EXPIRED: PhraseRule = {
  reason: 'expired',
  name: 'expired',
  pattern: anyOf(
    [
      // Postfix qmgr (qmgr_message.c): "message is administratively expired" (postsuper -e: the queue gave it up).
      /\bmessage is administratively expired\b/,
      // 1&1's (kundenserver.de) give-up after its retries: "Reason: multiple delivery attempts failed" (real 1&1 bounces
      // on pastebin.com).
      /\bmultiple delivery attempts failed\b/,
      // Exchange Online's 4.4.7 article: the NDR's user text "The server tries to deliver this message but can't. It stops
      // trying." and the remote's reason "The rejecting system considers the message too old …".
      /\btries to deliver this message but can'?t\. it stops trying\b|\bconsiders the message too old\b/,
      // Citadel (smtp_util.c, SDB_WARN): "Citadel will continue attempting delivery for five days."
      /\bwill continue attempting delivery for\b/,
      // Apache James MailDelivery.java: "Too many retries failure. Bouncing after 5 retries."
      /\btoo many retries failure\b|\bbouncing after \d+ retries\b/,
      /delivery (?:time|period) (?:has )?expired/,
      /will be retried for \d+ more/,
      /(?:still )?undelivered after \d+ (?:hours|days)/,
      /will (?:continue|keep) trying/,
      /envelope expired/,
      /delivery failed \d+ attempts/,
      // XMail's QueueUtils.cpp (QueUtResendMessage): "The maximum number of delivery attempts has been reached".
      /maximum number of delivery attempts (?:has been |was )?(?:reached|exceeded)/,
      // Go's dialer, as chasquid reports its last attempt: "dial tcp 192.0.2.25:25: i/o timeout" (a connect timeout).
      /(?:connection|session) timed? ?out|\bdial tcp \S{1,80}: i\/o timeout\b/,
      /did not accept our requests to connect/,
      /(?:have|has) been failing for a long time/,
      /retry (?:time(?:out)?|period) (?:exceeded|expired)/,
      /(?:message|mail) (?:has been |was )?(?:delayed|queued|in queue) (?:for|too long)/,
      // Not qmail-remote.c's "Giving up on <IP>.", written when the server refused every recipient (`!flagbother`):
      // the refusal above it is the cause, no queue ran out.
      /giving up(?! on (?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:.]+\]?)\b)/,
      /could not be delivered (?:within|for) \d+/,
      // Exchange's expiry NDRs: Exchange Online's 4.4.7 user text ("… without success, and has stopped trying")
      // and Exchange 2003's #4.4.7 line ("Could not deliver the message in the time limit specified").
      /has stopped trying/,
      // Mailgun's own give-up after its retry schedule: the whole text is "Too old" (code 602).
      /^too old\.?$/,
      /could not deliver the message in the time limit/,
      // au EZweb's notice, as Sisimai's EZweb module lists it: "Your message was not delivered within 0 days and 1 hours".
      /was not delivered within \d+ (?:days?|hours?)/,
      /message expired/,
      // qmail-send.c: "I'm not going to try again; this message has been in the queue too long."
      /in the queue too long/,
      // Sendmail (queue.c/deliver.c, Timeout.queuereturn): "Cannot send message for 5 days".
      // Its delay warning: "Warning: could not send message for past 4 hours".
      /(?:cannot|could not) send message for (?:past )?\d+ (?:days?|hours?)/,
      // Exchange Server's transport (AckReason.MessageTooOld): "550 4.4.7 Message dropped. Message too old".
      /\bmessage dropped\. message too old\b/,
      // Forward Email (helpers/has-fingerprint-expired.js): "550 This message has been retried for the maximum period of
      // 5 days and has permanently failed"; its delay notice (create-bounce.js): "Your message is delayed and will be
      // retried later to joe@example.org"; mox (queue/dsn.go): "Delivery has been delayed of your email to: …".
      /\bretried for the maximum period of\b|\bis delayed and will be retried later\b|\bdelivery has been delayed of your e-?mail\b/,
      /expired after/,
      /message timed out/,
      /could not find a gateway/,
      /delivery expired/,
      // Symantec Messaging Gateway (Broadcom KB 152083): "554 5.4.7 [internal] exceeded max time without delivery".
      /exceeded max(?:imum)? time without delivery/,
      /delivery attempts will continue/,
      /failed to deliver to domain/,
      /after multiple retries/,
      /could not be delivered for more than/,
      /not been collected after/,
      /sitting in (?:the )?queue/,
      /long failure period/,
      /server did not respond/,
      /within the allowed queue period/,
      // Delay notices, which report the queue still trying (as RFC 3464's Action: delayed does): Exim deliver.c's
      // warning ("has not yet been delivered … after more than 24 hours on the queue"), OpenSMTPD bounce.c's ("A
      // message is delayed for more than 4 hours", "kept in the queue for up to 4 days"), IIS/Exchange 2003's and
      // Courier dsndelayed.txt's ("Delivery to the following recipients has been delayed", "The delivery of the
      // following E-mail message has been delayed"), Gmail's "Delivery incomplete" ("Gmail will retry for 47 more
      // hours").
      /not yet been delivered .{0,80}after more than \d+ (?:hours?|days?)/,
      /\bis delayed for more than \d+/,
      /kept in the queue for up to \d+/,
      /\bdelivery (?:to|of) the following .{0,40}(?:has|have) been delayed/,
      /will retry for \d+ more (?:hours?|days?)/,
      // Exchange 2016's 5.4.300 user text: "Several attempts to deliver your message were unsuccessful and we stopped
      // trying".
      /unsuccessful and (?:we )?(?:have )?stopped trying/,
      // Postini's give-up after six hours: "550 MX records inaccessible for too long", "550 MTA inaccessible for too long".
      /inaccessible for too long/,
      // Haraka hmail.js: temporary failures past its retry intervals become "Too many failures (<last error>)".
      /\btoo many failures \(/,
    ],
    'i'
  ),
}

export const MAILER: PhraseRule = {
  reason: 'mailererror',
  name: 'mailer',
  pattern: anyOf(
    [
      // Courier maildrop (main.C): "maildrop: Timeout quota exceeded.", "maildrop: Unable to change to home directory.",
      // "maildrop: Cannot set my user or group id.": the delivery program failed, whatever the mailbox holds.
      /\bmaildrop: (?:timeout quota exceeded|unable to change to home directory|cannot set my user or group id)\b/,
      // Exim appendfile.c: "transport filter process failed (127) …" (ERRNO_FILTER_FAIL); OpenSMTPD mda.c: "mda exited
      // prematurely" (the delivery program quit before reading the message).
      /\btransport filter process failed\b/,
      /\bmda exited prematurely\b/,
      /mailer error/,
      // Not Courier's transcript marker "<<< <command failed>" (the reply to a pipelined RSET it did not read), which
      // stands before the reply that says why.
      /command died|(?<!<)command failed/,
      /local delivery (?:program )?failed/,
      /exit (?:status|code) \d+/,
      /can'?t create (?:user )?output file/,
      /procmail/,
      /lock failure/,
      /command output/,
    ],
    'i'
  ),
}

/**
 * The receiving system's own failure, named in its own words: the sender did nothing wrong and the address may
 * be fine. Tried late (any sentence about the user, quota or content decides first) but before the code tables,
 * whose reading of these servers' codes would be wrong: qmail writes "(#4.2.1)" and "(#5.4.4)" for its own
 * configuration trouble, which the tables read as a block and a dead domain.
 */
export const RECEIVER_SYSTEM: PhraseRule = {
  reason: 'systemerror',
  name: 'receiver-system',
  pattern: anyOf(
    [
      // Exim smtp_in.c: "421 Too much load; please try again later." (smtp_load_reserve), "421 Local configuration error;
      // please try again later."; receive.c: "451 Error while writing spool file" (relays drop the codes).
      /\btoo much load; please try again later\b|\blocal configuration error; please try again later\b/,
      /\berror while writing spool file\b/,
      // Forward Email's alias forwarding to more targets than allowed (get-forwarding-addresses.js): "421 The address
      // joe@example.org is attempted to be forwarded to (11) addresses which exceeds the maximum of (10)".
      /\bis attempted to be forwarded to \(\d+\) addresses\b/,
      // Postfix local(8): "alias database unavailable", "error reading forwarding file: Permission denied", ":include:
      // file /etc/postfix/staff.list is world writable"; qmgr: "address resolver failure" (trivial-rewrite not answering).
      /\balias database unavailable\b|\berror reading forwarding file\b|\bis world writable\b|\baddress resolver failure\b/,
      // Sendmail recipient.c: an :include: list or .forward it cannot read ("451 4.2.4 Cannot open /etc/mail/lists/staff:
      // Permission denied", "550 5.2.4 … No such file or directory"), one on a dead NFS server ("451 4.4.1 open timeout
      // on /home/joe/.forward"), its user database failing ("Deferred: user database error"): the host's own files.
      /\bcannot open \/\S+: (?:permission denied|no such file or directory)\b|\bopen timeout on \//,
      /\buser database error\b/,
      // qmail-smtpd (sagredo's die_rcpt): "421 unable to verify recipient (#4.3.0)" (its recipient check could not run).
      /\bunable to verify recipient\b/,
      // Exim (a user's or the system's filter file it cannot read): "error in filter file: …".
      /\berror in filter file\b/,
      // dma (net.c): "remote delivery failed: corrupted queue file" (its own spool).
      /\bcorrupted queue file\b/,
      // Exim's own configuration and local-delivery errors (its test suite's logs and bounces; read with "_" as
      // spaces): "invalid message_size_limit in local_delivery transport: invalid integer …", "pipe_transport unset in
      // userforward router", "Expansion of \"…\" in reply2 transport contains non-printing character 8", "failed to
      // create directories for /var/mail/…: Permission denied".
      /\binvalid message size limit in [a-z0-9 -]{1,64} transport\b|\b[a-z]{1,32} transport unset in \S{1,64} router\b/,
      /\bexpansion of "[^"]{0,200}" in \S{1,64} (?:transport|router) contains\b|\bfailed to create directories for\b/,
      // gromox's local bounce templates (BOUNCE_OPERATION_ERROR, gb2312 and euc-jp): "我们的邮件系统出错", "システムエラーがあった"
      // (the receiving system failed).
      /邮件系统出错|郵件系統出錯|システムエラーがあった/,
      // Rackspace's common bounces (G6): "450 4.4.1 … The recipient's server was temporarily unavailable to accept your
      // message".
      /\bserver was temporarily unavailable to accept\b/,
      // Exchange Online's articles: "Transient Failure during recipients lookup AmbiguousRecipientTransientException" (a
      // directory fault), "STOREDRV.Deliver.Exception:DelegateUserValidationException" (a meeting agent's failure).
      /\bambiguousrecipienttransientexception\b|\bdelegateuservalidationexception\b/,
      // HCL Domino's router, when two Person documents match the name ("Recipient user name joe (joe@example.org) not
      // unique.  Several matches found in Domino Directory."): the directory's fault, the same ambiguity.
      /\bseveral matches found in (?:the )?domino directory\b/,
      // Yahoo's error list: "451 4.3.2 Internal server error" (the words say why, not RFC 3463's x.3.2). Only in that
      // shape: the words alone stay weak ("550 5.1.1 … Recipient address rejected: internal server error" is the
      // directory's verdict).
      /\b4\.3\.2 internal server error\b/,
      // WildDuck's Haraka plugin (index.js): "450 Failed to process recipient, try again [ERRC01]", "451 Failed to queue
      // message [ERRQ01]" (its database or queue failing).
      /\bfailed to (?:process recipient, try again|queue message)\b/,
      // MIMEDefang (mimedefang-filter's virus-scan failure): "451 4.3.0 Problem running virus-scanner".
      /\bproblem running virus-?scanner\b/,
      // Citadel (serv_smtp.c): "550 Internal delivery error"; Haraka's clamd plugin: "451 Virus scanner error" (the
      // scanner failed, no virus found).
      /\binternal delivery error\b|\bvirus scanner error\b/,
      // DBMail (lmtp.c): "430 Temporary failure in recipient lookup"; hMailServer (SMTPConnection.cpp): "451 Rejected -
      // No data saved." (it could not write the message to disk); Exchange 5.x (KB
      // Q192349): "No transport provider was available for delivery to this recipient."; Exchange Online's NDR pages:
      // "STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound", "APPROVAL.InvalidExpiry; Cannot read
      // expiry policy." (the store or an agent failed, whatever its 5.2.0 or 5.6.0).
      /\btemporary failure in recipient lookup\b|\brejected - no data saved\b/,
      /\bno transport provider was available\b|\bmapiexceptionnotfound\b|\bapproval\.invalidexpiry\b/,
      // amavisd-new (CC_MTA, 550 5.3.5): "Unable to relay message back to MTA" (its own re-injection failed).
      /\bunable to relay message back to mta\b/,
      // Exim: routers/redirect.c "error in redirect data: …", "syntax error in redirection data" (the host's own alias
      // or forward file); transports/appendfile.c "mailbox … has wrong uid", "… is not a regular file", "failed to lock
      // mailbox …"; transports/smtp.c "Malformed SMTP reply in response to …" (the next hop answered no SMTP). Postfix:
      // smtpd_check.c "address verification problem" (its verify service failed), local/token.c "mail to command is
      // restricted" (allow_mail_to_commands forbids the recipient's own pipe).
      /\berror in redirect(?:ion)? data\b|\bsyntax error in redirection data\b/,
      /\bhas wrong [ug]id\b|\bis not a regular file\b|\bfailed to lock mailbox\b/,
      /\bmalformed smtp reply\b/,
      /\baddress verification problem\b/,
      // Postfix local(8) file.c: "mail to file is restricted" (allow_mail_to_files), unknown.c: "table lookup failure"
      // (fallback_transport_maps could not be read).
      /\bmail to (?:command|file) is restricted\b/,
      /\btable lookup failure\b/,
      // Postfix smtpd_check.c: "451 4.3.0 <…>: Temporary lookup failure" (a lookup table it could not read), "451 4.3.5
      // <…>: Helo command rejected: Server configuration error" (a restriction it cannot evaluate).
      /\btemporary lookup failure\b/,
      // OpenSMTPD mda.c: "Temporary failure in user lookup" (its user database did not answer; x.1.0 by its own code,
      // where the permanent "Permanent failure in user lookup" is an unknown user).
      /\btemporary failure in user lookup\b/,
      /\bserver configuration error\b/,
      // Postfix: smtp_trouble.c SMTP_ERR_DATA "local data error while talking to …", local(8) mailbox.c "… is not
      // owned by recipient" and "user lookup error", maildir.c "maildir delivery failed: … Permission denied" (a full
      // disk there is the system-full family's, tried first).
      /local data error while talking to/,
      /is not owned by recipient/,
      /user lookup error/,
      /maildir delivery failed/,
      // RFC 3463 X.2.4 in its own words, which OpenSMTPD writes when an alias or list cannot be expanded ("524
      // 5.2.4 Mailing list expansion problem", lka_session.c).
      /mailing list expansion problem/,
      // Cyrus lmtpd (lmtpengine.c send_lmtp_error: IMAP_MAILBOX_RESERVED and IMAP_MAILBOX_MOVED as "451 4.2.1 …"): a
      // mailbox being created or moved between its backends, for now; not the user's move (hasmoved).
      /\bmailbox is currently reserved\b/,
      /\bmailbox has been moved to another server\b/,
      // Postfix local(8) and qmgr: "cannot append message to file …" (a quota says so first), "mail transport
      // unavailable" (a transport its master.cf does not run).
      /cannot append message to (?:file|destination)/,
      /mail transport unavailable/,
      // Postfix qmgr: a delivery agent that failed without saying why ("unknown mail transport error").
      /unknown mail transport error/,
      // Exchange's directory found several recipients for one address (KB 251152, "The recipient name is ambiguous",
      // RESOLVER.ADR.Ambiguous): the receiving organisation's directory is at fault.
      /recipient name is ambiguous|\bambiguous recipient\b/,
      // Courier's esmtpclient (RFC1035_MX_BADDNS, or an MX that is an address): "This domain's DNS violates RFC 1035.".
      /dns violates rfc ?1035/,
      // Exim deliver.c: an alias or forward file asks for a file or pipe the router does not allow.
      /delivery to (?:file|pipe) forbidden/,
      // qmail-1.03 qmail-lspawn.c report(): the local delivery could not be started.
      /qmail-local crashed|trouble reading users\/cdb|(?:out of memory|temporary failure) in qmail-lspawn/,
      /unable to find alias user|not allowed to perform deliveries as root|nfs failure in qmail-local/,
      /unable to run qmail-(?:local|getpw)|internal qmail-lspawn bug/,
      // qmail-1.03 qmail-local.c: the recipient's home, maildir or .qmail file is unusable.
      /permanent error in forwarding message|unable to chdir to maildir|(?:timeout|temporary error) on maildir delivery|aack, child crashed/,
      /\.qmail (?:file is writable|has (?:file|prog) delivery but has x bit set)|first line of \.qmail file is blank/,
      /home directory is (?:writable|sticky)|unable to (?:switch to|stat) home directory/,
      /(?:temporary|permission) error trying to open \.qmail file|file has been locked for 30 seconds/,
      // qmail-ldap's qmail-lspawn: its directory lookups, cluster forwarding and home creation.
      /(?:temporary failure in|timeout while performing search on|unable to contact|unable to login into) ldap/,
      /\bldap attribute\b|too many results returned but needs to be unique/,
      /error while executing qmail-forward|automatic homedir creat|error in automatic homedir creation/,
    ],
    'i'
  ),
}

/**
 * A local delivery program's own exit, in the words of the MTA that ran it: Exim's pipe transport ("Child process
 * of address_pipe transport returned 69 (could mean service or program unavailable) from command: …", the
 * parenthesis from os.c's os_strexit, a guess it makes from the exit code) and qmail-local's "Unable to execute
 * sh (#5.2.4)". Tried after the mailbox families (the program's own output may say "over quota") and before the
 * user and domain families, which the guesses' words ("user unknown", "command does not exist") would trip.
 */
export const LOCAL_PROGRAM: PhraseRule = {
  reason: 'mailererror',
  name: 'local-program',
  // The transport's name may carry underscores, which the families read as spaces.
  pattern: anyOf(
    [
      // A delivery program that crashed, in the shell's words qmail-local passes on: "Abort trap (core dumped)" (a list
      // manager's binary after an OS update, jedisct1/libsodium's issue tracker).
      /\(core dumped\)/,
      // Exim (its test suite's log, a pipe whose command is missing): '"callpager" command not found for address_pipe
      // transport' (read with "_" as spaces).
      /\bcommand not found for [a-z0-9 -]{1,64} transport\b/,
      /child process of [\w -]{1,64}? transport returned \d+/,
      /unable to execute \S+ \(#5\.2\.4\)/,
      // Postfix pipe(8) and local(8) exit texts (pipe_command.c, sys_exits.c): "command line usage error", "unknown mail
      // system error 2"; qmail-local.c: "Unable to run /bin/sh: …"; maildrop (dotlock.C): "Unable to create a
      // dot-lock at …".
      // OpenSMTPD's file-writing delivery agents (mail.maildir.c, mail.mboxfile.c) report with err(3):
      // "mail.maildir: Permission denied", "mail.mboxfile: only one mboxfile is allowed".
      /\bmail\.(?:maildir|mboxfile): /,
      /\bcommand line usage error\b/,
      // The other sys_exits.c texts pipe(8) reports a delivery program's exit with: EX_NOINPUT, EX_OSFILE, EX_PROTOCOL,
      // EX_OSERR. Only as pipe(8) writes them, the whole reason or before its "Command output:": the words alone are
      // common ("cannot open input" in a user-unknown reply is no exit of a program).
      /(?:^|[:;]\s*)(?:cannot open input|critical os file missing|remote error in protocol|system resource problem)(?:\.\s*command output:|\.?\s*(?:\(in reply to [^)]*\)\s*)?$)/,
      /\bunknown mail system error \d+/,
      /\bunable to run \//,
      /\bunable to create a dot-lock\b/,
    ],
    'i'
  ),
}
