/**
 * Phrase families: what receiving servers write, mapped to a reason. Ordered: the first family that matches
 * decides, so sender-side refusals (blocklists, authentication, spam) come before the recipient-side families
 * they are often worded like ("550 … rejected").
 * @module
 */
import type { Reason } from './reasons'

export interface PhraseRule {
  reason: Reason
  /** Stable name reported as the deciding rule (`text:<name>`). */
  name: string
  pattern: RegExp
}

/** Microsoft Exchange's own NDR codes (`550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`): each names its cause. */
const EXCHANGE_CODES: readonly PhraseRule[] = (
  [
    ['userunknown', /\bRESOLVER\.ADR\.(?:Ex)?Recip(?:ient)?NotFound\b/i],
    ['hostunknown', /\bSMTPSEND\.DNS\.NonExistentDomain\b/i],
    ['networkerror', /\bSMTPSEND\.DNS\.MxLoopback\b/i],
    ['systemerror', /\bRESOLVER\.ADR\.(?:BadPrimary|InvalidInSmtp|Ambiguous)\b/i],
    ['ratelimited', /\bRESOLVER\.ADR\.RecipLimit\b/i],
    ['securityerror', /\bRESOLVER\.RST\.AuthRequired\b/i],
    ['rejected', /\bRESOLVER\.RST\.NotAuthorized\b/i],
    ['emailtoolarge', /\bRESOLVER\.RST\.RecipSizeLimit\b/i],
    ['expired', /\bQUEUE\.Expired\b/i],
  ] as const
).map(([reason, pattern]) => ({ reason, name: 'exchange-code', pattern }))

export const PHRASES: readonly PhraseRule[] = [
  ...EXCHANGE_CODES,
  {
    reason: 'notcompliantrfc',
    name: 'not-rfc-compliant',
    pattern:
      /multiple (?:\S+ ){0,4}addresses in from:? header|not (?:rfc|rfc ?5322|rfc ?2822|rfc ?822)[ -]?compliant|(?:violates|not conform(?:ing)? to) rfc ?(?:5322|2822|822|5321)|duplicate (?:header|message-id)|missing (?:a |the )?(?:date|from|message-id) header/i,
  },
  {
    reason: 'authfailure',
    name: 'auth-dmarc-spf-dkim',
    pattern:
      /\b(?:dmarc|spf|dkim)\b.{0,60}\b(?:fail|policy|reject|not pass|alignment|check|invalid)|\b(?:fail\w*|reject\w*|did not pass)\b.{0,40}\b(?:dmarc|spf|dkim)\b|sender (?:authentication|auth) (?:failed|required)|unauthenticated (?:e-?mail|mail|message)|not authenticated|(?:does not|doesn't) have authentication information|fails? to pass (?:sender )?authentication/i,
  },
  {
    reason: 'requireptr',
    name: 'ptr-missing',
    pattern:
      /(?:no|missing|invalid|bad) (?:ptr|reverse dns|rdns)|ptr (?:record )?(?:is )?(?:required|missing|not found|mismatch)|reverse (?:dns|lookup|hostname)|\brdns\b|cannot find your (?:host ?name|reverse)|(?:client|ip) .{0,30}does not resolve|mismatches client ip|(?:does not|doesn't) match (?:the )?(?:client|connecting) ip/i,
  },
  {
    reason: 'badreputation',
    name: 'reputation',
    pattern: /reputation|sender ?score|poor (?:sender|ip)|low (?:quality|trust) (?:sender|ip)/i,
  },
  {
    // The envelope sender's own address is on the receiver's list: a sender refusal, not a block of the host.
    reason: 'rejected',
    name: 'sender-blocklisted',
    pattern:
      /(?:sender|sender address|sender e-?mail address|your e-?mail address|from address)(?: \S+)? (?:has been |is |was )?(?:black ?listed|in my black ?list|on (?:the |my |our )?(?:black|block) ?list)|\(sender blacklisted\)/i,
  },
  {
    // A URL or domain inside the message is on a blocklist: the content is refused, not the sending host.
    reason: 'spamdetected',
    name: 'content-blocklist',
    pattern: /\burib?l\b|\bsurbl\b|(?:black|block)(?:listed)? (?:url|uri|link|domain) in (?:the )?message/i,
  },
  {
    reason: 'blocked',
    name: 'blocklist',
    pattern:
      /block ?list|black ?list|deny ?list|\bdnsbl\b|\brbl\b|spamhaus|spamcop|barracuda|sorbs|\buceprotect\b|blocked using|(?<!not )listed (?:at|on|in|by)\b|(?:client|sender|your|the) (?:host|ip|server|address)? ?(?:\[[^\]]*\] )?(?:is |has been |was )?(?:blocked|banned|blacklisted)|\bip\b.{0,40}\b(?:blocked|banned|refused|not allowed)|connection (?:refused|rejected|denied)|refused to talk|access denied.{0,20}\b(?:ip|host|connect)|not accepting connections|service refused|unwanted messages have been sent from|use the smtp server of your isp|invalid ip for sending|dynamic (?:ip|address)|residential (?:ip|address)|\bgo away\b|open proxy|cannot resolve your (?:address|host)|may not be (?:a )?mail exchanger|confirm this mail server|server requires confirmation|(?:mail server|host) at \S+ is blocked|no access from mail server|accepting mail from your (?:ip|host|server|network)|unresolvable relay host|deferred due to user complaints|dropped by (?:the )?remote host|(?:bad|banned) send(?:ing|er) ip|bad ip profile|listed as abusive|access ip .{0,40}(?:has been )?rejected|forbidden by your ip|access to submit messages to this e-mail system has been rejected|helo command rejected|not allowed to connect|service not available, closing transmission channel|sending spam|spams? from your ip|looks suspiciously like (?:a )?spammer/i,
  },
  {
    reason: 'virusdetected',
    name: 'virus',
    pattern: /virus|malware|infected|trojan|malicious (?:content|attachment)/i,
  },
  {
    reason: 'spamdetected',
    name: 'spam',
    pattern:
      /spam|unsolicited|junk ?mail|bulk (?:e-?mail|mail)|looks like (?:phishing|spam)|suspicious content|(?:message )?content rejected|\bUBE\b|content filter|(?:mail )?content denied|rejecting (?:mail|banned) content|unacceptable content|reject bulk|recurrent pattern detection|blocked by our filter/i,
  },
  {
    reason: 'ratelimited',
    name: 'rate-limit',
    pattern:
      /rate ?limit|too many (?:\w+ )?(?:messages|connections|mails?|e-?mails|sessions|concurrent|recipients|errors from your)|connection limit|(?:e-?mails|messages) per (?:hour|minute|day)|try again slower|at a rate that prevents|trop de connexions|numerous attempts to deliver|(?:sending|message|connection) rate|throttl|exceeded .{0,30}(?:rate|sending limit|messages per)|slow down|frequency or volume|frequency limited/i,
  },
  {
    reason: 'emailtoolarge',
    name: 'too-large',
    pattern:
      /message (?:size|length) exceeds|(?:message|mail|e-?mail)(?: file)? (?:is )?too (?:big|large)|exceeds? (?:the )?(?:maximum |max )?(?:allowed )?(?:message )?size|(?<!mail ?box )size limit|message too large|max(?:imum)? (?:inbound )?message size(?: exceeded)?|exceeded (?:the )?max(?:imum)? (?:inbound )?message size/i,
  },
  {
    reason: 'norelaying',
    name: 'relay-denied',
    pattern:
      /relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed))|not permitted to relay|unable to relay|we do not relay|not configured to relay|not allowed to relay|relay for \S+ (?:denied|not allowed)|not in my list of allowed rcpthosts?|authentication when attempting to send to a non-local|email address is not verified\. the following identities failed/i,
  },
  {
    reason: 'policyviolation',
    name: 'policy-violation',
    pattern:
      /policy violation|rejected for policy reasons|protocol violation|not accepted for policy reasons|denied by policy|rejected due to (?:local|security) polic|organi[sz]ation(?:al)? (?:policy|settings)|illegal attachment|members-only list|closed mailing list|mass mailer|given low priority|(?:do not|don't) accept messages containing|not accepting mail with/i,
  },
  {
    reason: 'rejected',
    name: 'sender-refused',
    pattern:
      /sender (?:e-?mail )?(?:address )?(?:was )?(?:rejected|refused|denied|blocked|verify failed|not (?:allowed|authorized|pre-?approved))|(?:invalid|bogus|unroutable|empty|null) (?:envelope )?(?:sender|mail from)|\b(?:sender|from)[: ]*<?[^\s<>@]+@[^\s<>@]+>? (?:unknown|not found|does not exist|invalid)|<> (?:invalid sender|not allowed)|empty envelope senders?|null sender|sender domain is empty|(?:without|requires?) a valid sender domain|\bbatv\b|backscatter|(?:no third-party|unsigned) dsns?|not a registered gateway user|mail from not owned by|returned mail not accepted|fully qualified (?:e-?mail )?address required|emetteur invalide|(?:does not|doesn't) accept mail from|list of senders to accept mail from|senderfilterconfig|valid-address-filter|delivery not authorized, message refused|(?:do not|don't|does not|may not|might not) have (?:the )?permission to (?:post|send)|(?:are |is )?not a member of (?:this|the) (?:mailing )?list|not member article|投稿する権限がない|not (?:allowed|authorized|permitted) to (?:post|send)|mail from .{0,60}(?:rejected|refused)|(?:from|envelope sender|sender) (?:address|domain) .{0,40}(?:does not exist|not found|unknown|invalid)|purported responsible address|deferred due to unexpected volume or user complaints|all recipient addresses rejected ?: ?access denied|customfromdenied|'send mail as' (?:feature|account)/i,
  },
  {
    // The recipient (or its provider on its behalf) chose not to receive this sender's mail.
    reason: 'filtered',
    name: 'recipient-filter',
    pattern:
      /only accepting mail from specific|recipient(?:'s)? preferences|restricted sms e-?mail|account is protected by|\buser reject|blocked by the recipient|rejected due to user rules|refuses to receive this mail|refuses? to receive (?:mail|e-?mail|messages)/i,
  },
  {
    reason: 'failedstarttls',
    name: 'starttls',
    pattern: /starttls|tls (?:negotiation|handshake) fail|requiretls|(?:does not|doesn't) support tls/i,
  },
  {
    reason: 'systemfull',
    name: 'system-full',
    pattern:
      /insufficient system (?:storage|resources)|system (?:storage|disk) (?:is )?full|out of (?:disk )?space|no space left|insufficient disk space/i,
  },
  {
    reason: 'mailboxfull',
    name: 'mailbox-full',
    pattern:
      /mail ?box (?:is )?(?:full|over ?quota)|over ?quota|quota (?:exceeded|exceeds|full)|exceed\w* (?:\w+ )?(?:storage|quota)|(?:mailbox|inbox|account) .{0,30}(?:exceeded|over) .{0,30}(?:size|limit|quota|storage)|disk quota|insufficient (?:storage|space)|storage (?:allocation )?(?:exceeded|full)|(?:mailbox|inbox) .{0,20}full|full mail ?box|mail ?folder (?:is )?full|quota (?:violation|usage exceeded)|exceeding (?:its |the )?(?:mailbox )?quota|over the (?:allowed )?quota|not enough (?:storage|disk) space|does not have enough space|space has been used up|would exceed (?:the )?maximum allowed storage|mail ?box size limit|too much mail data|boite du destinataire pleine/i,
  },
  {
    reason: 'suspend',
    name: 'account-disabled',
    pattern:
      /(?:account|mail ?box|user|recipient|address)(?: has been| is| was)? (?:temporarily |currently )?(?:disabled|suspended|deactivated|inactive|locked|frozen|blocked by (?:the )?administrator)|\bis currently suspended|\bhas been (?:temporarily )?suspended|user is terminated|archived recipient|(?:user or domain|domain) is disabled|temporar(?:y|ily) (?:locked|inactive)|suspend(?:ed)? the service|boite du destinataire archivee|(?:disabled|suspended|inactive|deactivated) (?:account|mail ?box|user|recipient)|(?:account|mail ?box)\b.{0,40}\b(?:is|has been|was) (?:temporarily )?(?:disabled|suspended|deactivated|inactive)|(?:user|account|mail ?box)\b.{0,60}\btemporar(?:y|ily) locked/i,
  },
  {
    reason: 'networkerror',
    name: 'dns-temporary',
    pattern:
      /name server reply|host not found, try again|temporary failure in name resolution|dns lookup timed? ?out|dns records? .{0,40}could not be found/i,
  },
  {
    reason: 'notaccept',
    name: 'no-mx',
    pattern: /no mx (?:record )?(?:found|for)|couldn'?t find a mail exchanger|unable to get mx info/i,
  },
  {
    reason: 'hostunknown',
    name: 'domain-not-found',
    pattern:
      /(?:host|domain)(?: name)? (?:not found|unknown|does not exist|lookup failed|could not be resolved|has no (?:mx|dns))|unknown (?:host|domain)|no (?:mx|dns) (?:record|entry|entries)|nxdomain|name or service not known|unrout(?:e)?able (?:mail )?domain|no such domain|domain (?:is )?(?:invalid|not valid)|unrouteable address|dns lookup failure: (?:host|domain) \S+ not found|domain (?:is )?not reachable|domain must exist|(?:account|user|recipient) or domain may not exist/i,
  },
  {
    reason: 'hasmoved',
    name: 'moved',
    pattern:
      /has moved|moved (?:permanently )?to|has been replaced by|no longer (?:accepts mail|at this|with us|receives)/i,
  },
  {
    // A mail server's own directory lookup, in its own words (Domino, Notes, IMail, Exchange 2003, InterScan):
    // an unknown user whatever the SMTP stage, unlike the generic words a remote filter also uses.
    reason: 'userunknown',
    name: 'directory',
    pattern:
      /not (?:listed|present) in (?:the )?(?:\w+ )?directory|\bno \S+ in (?:the )?name directory|not listed in (?:the )?public name (?:&|and) address book|invalid final delivery userid|(?:^|\s)unknown user: [^\s@]+@|recipient name is not recogni[sz]ed|\(and other recipients in the same domain\)|check if (?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/i,
  },
  {
    reason: 'userunknown',
    name: 'user-unknown',
    pattern:
      /(?:user|mail ?box|recipient|address|account|addressee|local part)(?<!\b(?:ip|client|sender|host|server|from) \w+)s?(?: name)?(?: \(?(?=[^\s()@]*[a-z])[^\s()@]{1,64}\)?)? (?:is |was )?(?:unknown|not (?:found|known|valid|listed|recogni[sz]ed)|(?:does ?n[o']?t |not )exist|invalid|unrecogni[sz]ed)|(?<![^\s<>:])[^\s@<>]+@[^\s@<>]+>? (?:not found|does not exist|unknown)|is not a (?:known|valid) user|no account by that name|no mail ?box (?:found|available|present)|mail ?box not present|there is no one at this address|non-?existent (?:user|recipient|mail ?box|address)|(?:is not|not) a local address|recipient is not local|recipient (?:is )?not (?:ok|accepted)|\bbad recipient|\bbadrcptto\b|badrecipientto|not in my validrcptto|destination (?:addresses were unknown|server rejected recipients)|following recipients? (?:was|were) undeliverable|can'?t accept user|e-?mail name is not found|not an active address|(?:wrong|no longer valid) e-?mail address|address is wrong or no longer valid|envelope recipient (?:has been denied|is in my)|recipient ?not ?found|unknown virtual user|missing home directory|user not active|utilisateur inconnu|nessun utente|adresse nicht gefunden|no valid recipients|no existe (?:dicha persona|ese usuario)|no such (?:user|mail ?box|recipient|address|account|person)|unknown (?:user|recipient|mail ?box|(?:e-?mail )?address|local[- ]part|addressee)|invalid (?:recipient|mail ?box|address|user|e-?mail)|(?:does not|doesn't|does n't) exist|(?:could|can)(?:n'?t| ?not) be found|doesn'?t have an? (?:[\w.-]+ )?account|user not local|not a valid (?:mail ?box|recipient|user|address)|bad destination mail ?box|address rejected: (?:not found|unverified)|no mail ?box (?:here|by that name)|undeliverable address|invalid (?:final )?delivery userid|not listed in (?:the )?(?:\w+ )?directory|not listed in (?:the )?public name (?:&|and) address book|check (?:if )?(?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/i,
  },
  {
    reason: 'notaccept',
    name: 'accepts-no-mail',
    pattern:
      /does not accept (?:e-?mail|mail)(?! from)|accepts no mail|null mx|not accepting (?:any )?(?:e-?mail|mail)(?! with| from)|indicated no smtp service|smtp protocol returned a permanent error/i,
  },
  {
    reason: 'networkerror',
    name: 'network',
    pattern:
      /(?:connection|network|host) (?:reset|unreachable|error)|host is unreachable|no route to host|unable to resolve route|could not connect and send|forwarding loop|message looping|loop count exceeded|routing loop|mail loop|too many hops|loop(?:s)? detected|dns (?:failure|error|timeout|lookup failed)|temporary (?:dns|lookup) failure|host name lookup failure|(?:was not|wasn't) able to establish an smtp connection/i,
  },
  {
    reason: 'expired',
    name: 'expired',
    pattern:
      /delivery (?:time|period) (?:has )?expired|will be retried for \d+ more|(?:still )?undelivered after \d+ (?:hours|days)|will (?:continue|keep) trying|envelope expired|delivery failed \d+ attempts|(?:connection|session) timed? ?out|did not accept our requests to connect|(?:have|has) been failing for a long time|retry (?:time(?:out)?|period) (?:exceeded|expired)|(?:message|mail) (?:has been |was )?(?:delayed|queued|in queue) (?:for|too long)|giving up|could not be delivered (?:within|for) \d+|message expired|expired after|message timed out|could not find a gateway|delivery expired|delivery attempts will continue|failed to deliver to domain|after multiple retries|could not be delivered for more than|not been collected after|sitting in (?:the )?queue|long failure period|server did not respond|within the allowed queue period/i,
  },
  {
    reason: 'mailererror',
    name: 'mailer',
    pattern:
      /mailer error|command (?:died|failed)|local delivery (?:program )?failed|exit (?:status|code) \d+|can'?t create (?:user )?output file|procmail|lock failure|command output/i,
  },
  {
    reason: 'securityerror',
    name: 'security',
    pattern:
      /authentication (?:is )?required|authentication (?:failure|failed|credentials invalid)|authentication turned on|not subscribed to ses|encryption required|must (?:issue|use) (?:a )?(?:starttls|tls|encryption)|unauthenticated senders? (?:are )?not (?:allowed|permitted)/i,
  },
  {
    reason: 'syntaxerror',
    name: 'syntax',
    pattern:
      /syntax error|unrecognized command|command not (?:recognized|implemented)|bad sequence of commands/i,
  },
  {
    reason: 'contenterror',
    name: 'content',
    pattern:
      /(?:header|mime) (?:error|syntax|is invalid)|invalid (?:header|mime)|content (?:refused|not allowed)|blocked because (?:of )?its content/i,
  },
]

/**
 * Families too vague to beat a specific enhanced code ("550 5.7.1 … mailbox unavailable" is a block, not an
 * unknown user): consulted only after the code tables.
 */
export const WEAK_PHRASES: readonly PhraseRule[] = [
  {
    reason: 'policyviolation',
    name: 'policy',
    pattern:
      /polic(?:y|ies)|prohibited|administrative(?:ly)? (?:prohibited|denied)|not allowed|rejected by (?:the )?recipient/i,
  },
  {
    reason: 'systemerror',
    name: 'system-error',
    pattern:
      /system error|internal (?:server )?error|local error|temporar(?:y|ily) (?:local )?(?:problem|error|unavailable)|temporary local failure|server (?:error|busy)|service (?:temporarily |currently )?(?:un)?available|try (?:again )?later|resources temporarily|config(?:uration)? error|misconfigured|queue file write error|interrupted system call|error while being processed|there is no mdb|could not load drd|timeout waiting for input/i,
  },
  {
    reason: 'userunknown',
    name: 'mailbox-unavailable',
    pattern:
      /mail ?box (?:is )?unavailable|requested action not taken: mailbox|recipient address rejected|account unavailable/i,
  },
  {
    // Exim's answer when an ACL denies without its own words: usually the sender or its host.
    reason: 'rejected',
    name: 'administrative-prohibition',
    pattern: /administrative prohibition/i,
  },
]

/** The first family of `rules` matching `text`, or null. */
export function matchPhrase(text: string, rules: readonly PhraseRule[] = PHRASES): PhraseRule | null {
  for (const rule of rules) if (rule.pattern.test(text)) return rule
  return null
}
