/**
 * Messages that reach the bounce address but are not bounces: read receipts (RFC 8098 disposition
 * notifications), unsubscribe requests sent to a list's mailto address, challenge-response requests (Boxbe,
 * SpamArrest, TMDA and the like ask the sender to prove they are human or to whitelist themselves), mailing-list
 * notices (a post held or refused by the moderator), success notices sent without their DSN part, and human replies.
 * They name no failed recipient and are never counted: the parser answers no result and says which kind it saw.
 * Auto-replies are `autoreply.ts`.
 * @module
 */

import { matchPhrase } from '../classify/phrases'
import { oneSpace } from '../lib/regex'
import { BOUNCE_SUBJECT } from './bounce-subject'
import type { Parts } from './mime'
import { DAEMON, QUOTE_HEADER } from './person-quote'
import { sieveRejection } from './sieve-mdn'

export type NonBounce =
  | 'receipt'
  | 'challenge'
  | 'reply'
  | 'list-notice'
  | 'quarantine-digest'
  | 'delivery-notice'
  | 'unsubscribe'
  | 'no-report'

/**
 * Any sign of a report beyond a bounce's subject: X-Failed-Recipients, a daemon's From, failure words in the
 * `opening` of the body.
 */
function reportsAFailure(parts: Parts, opening: string): boolean {
  return (
    parts.headers.has('x-failed-recipients') ||
    DAEMON.test(parts.headers.get('from') ?? '') ||
    REPORT_WORDS.test(opening)
  )
}

/**
 * A request to leave a list, sent to its RFC 2369 `List-Unsubscribe: <mailto:…?subject=unsubscribe>` address (the
 * subject the RFC's examples give, which mail clients send as it is): Apple Mail's opt-out mail also says so in
 * `X-Apple-Unsubscribe: true`, beside an `Auto-Submitted: auto-replied` that would otherwise read as a vacation.
 */
function isUnsubscribeRequest(parts: Parts): boolean {
  return (
    /^\s*true\s*$/i.test(parts.headers.get('x-apple-unsubscribe') ?? '') ||
    /^\s*unsubscribe\s*$/i.test(parts.headers.get('subject') ?? '')
  )
}

/**
 * Challenge-response wording. Sources: TMDA's confirmation templates ("confirm your message", "pending", and
 * confirm_request.txt's "To release your message for delivery, please send an empty message"), Boxbe's "Please
 * confirm your email address … your message will be delivered once you've verified" notices, SpamArrest's "verify
 * that you are a real person" requests, cPanel BoxTrapper's verify template ("requires that you verify that you are
 * a real live human being"), and the generic whitelist/approval requests of ChoiceMail.
 * AgentJ's human-authentication request (Probesys/agentj, messages.en.yml and messages.fr.yml): "For security
 * reasons we are obliged to check your email. Please confirm your email by clicking on the following link", "Merci
 * de confirmer votre email en cliquant sur le lien suivant". Boxbe's waitlist notice: "Please add yourself to my Boxbe
 * Guest List" (its HTML: "to my Guest List"), and its report's "Sender not pre-approved".
 */
const CHALLENGE =
  /\b(?:(?:confirm|verify|prove) (?:that )?you are (?:a )?(?:real (?:live )?(?:human|person)|human)|to release your message for delivery|(?:added|add me) to (?:my|your|the recipient's) (?:white ?list|approved senders?(?: list)?|safe senders? list)|(?:your|this) message (?:is|has been) (?:held|pending) (?:until|for) (?:you|your) (?:confirm|verif)|click (?:on )?the (?:link|button) below to (?:confirm|verify) (?:that you are|your (?:message|email))|sender verification (?:request|required|service)|awaiting your (?:confirmation|verification)|challenge[- ]response|will be delivered (?:once|after|as soon as) you(?:'ve| have)? (?:verified|confirmed)|verify your (?:e-?mail )?address to (?:reach|contact|send to)|obliged to check your e-?mail|confirm your e-?mail(?: address)? by clicking (?:on )?the following link|merci de confirmer votre (?:e-?mail|adresse) en cliquant|add yourself to my (?:boxbe )?guest list|sender not pre-?approved)/i
/**
 * A challenge-response service that answers with a delivery report: Boxbe's notice is a multipart/report whose
 * recipient block says `Diagnostic-Code: X-Boxbe-Notice; Sender not pre-approved.` with `Status: 4.7.0`, over "Your
 * message … has been waitlisted. Please add yourself to my Boxbe Guest List". The message waits for the sender's
 * answer; nothing failed and nobody's address is at fault. Only when every recipient's status is temporary (4.x.x):
 * a permanent refusal that asks to be whitelisted (a server that "requires confirmation") is a refusal still.
 */
const CHALLENGE_CHARS = 2048
function heldForChallenge(dsn: string, text: string): boolean {
  const statuses = dsn.match(/^Status:[ \t]*\d/gim)
  if (!statuses?.every((status) => status.endsWith('4'))) return false
  // Said at the top of the notice, and in the recipient block: only those are read (every delay notice comes here).
  return (
    /^Diagnostic-Code:[ \t]*X-Boxbe-Notice[ \t]*;/im.test(dsn) ||
    CHALLENGE.test(oneSpace(dsn.slice(0, CHALLENGE_CHARS))) ||
    CHALLENGE.test(oneSpace(text.slice(0, CHALLENGE_CHARS)))
  )
}
/** cPanel BoxTrapper's verify message: its documented subject is "verify#%msgid%" (the reply it waits for keeps it). */
const BOXTRAPPER_SUBJECT = /^\s*verify#\S+\s*$/i
const CHALLENGE_HEADERS = [
  'x-boxbe-verification',
  'x-spamarrest-noautoreply',
  'x-tmda-confirm',
  'x-challenge',
]
/**
 * A mailing list manager's notice to a poster or member: Mailman 2's `postheld.txt` ("Your mail to 'list' … Is
 * being held until the list moderator can review it for approval") and `refuse.txt` ("has been rejected by the
 * list moderator"), Mailman 3's hold notice ("Your message to list awaits moderator approval") and
 * `nomoretoday.txt` ("we will not be sending you any further responses today"), Sympa's `reject.tt2` ("has been
 * rejected by the moderator"), every notice of mlmmj's ("Hi, this is the mlmmj program managing the mailinglist"),
 * Google Groups' join refusal ("The group you attempted to subscribe to is invite only"), ezmlm's moderation request
 * ("The enclosed message was submitted to the … mailing list. If you'd like to approve it for distribution to all
 * the subscribers, please e-mail:"), Mailman 2's `disabled.txt` ("Your membership in the mailing list … has been
 * disabled due to excessive bounces": about the member's own past bounces) and Mailman 3's (its `disable.txt`: "Your
 * subscription has been disabled on the … mailing list"), Mailman's bounce probe (`probe.txt`: "This is a probe
 * message. You can ignore this message.", the member's old bounce attached as a sample), and DoList's
 * `notposted.txt` ({@link DOLIST_NOTICE}). Mailman marks every such
 * message `X-List-Administrivia: yes`. It is about a post or a membership; the only address it names is the list's
 * own (or the poster's), never a recipient that failed.
 */
const LIST_NOTICE =
  /\b(?:this is a probe message\. you can ignore this message|your subscription has been disabled on the \S+ mailing list|is being held until the list moderator can review it|has been rejected by the (?:list )?moderator|awaits moderator approval|we will not be sending you any further responses today|this is the mlmmj program managing the mailing ?list|the group you attempted to subscribe to is invite only|if you'd like to approve it for distribution|your membership in the mailing list \S+ has been disabled due to excessive bounces)\b/i
/**
 * Majordomo's resend sends a post it holds to the list's moderator under the subject "BOUNCE <list>@<host>: <reason>",
 * the reasons as its source writes them; the message is the post itself, not a failure.
 */
const MAJORDOMO_HOLD =
  /^BOUNCE \S+@\S+:\s+(?:Non-member submission from|Approval required:|Admin request|(?:global )?taboo (?:header|body)|Message too long \(>|Invalid 'Approved:' header|Imbalanced parentheses|Header (?:line|field) too long)/
/**
 * A spam filter's digest of the mail it holds for the recipient: the senders it lists failed nothing. Proxmox Mail
 * Gateway's "Daily Spam Report for '…'" ("There are 2 messages for … in the spam quarantine", pmg-api's
 * spamreport templates), Proofpoint's "End User Digest", Barracuda's "Spam Quarantine Summary", Sophos's
 * "Quarantine Digest", Microsoft 365's "You have … messages in quarantine", Mimecast's "On Hold Digest".
 */
const QUARANTINE_DIGEST =
  /\b(?:daily |weekly )?spam (?:report|digest) for\b|\bspam quarantine (?:summary|digest|report|notification)\b|\bquarantine (?:summary|digest)\b|\bend user digest\b|\bmessages? (?:for \S+ )?in (?:the |your )?(?:spam )?quarantine\b|\bon[- ]hold digest\b/i

/** DoList's `notposted.txt`, its list of reasons: a line of its own ("- You are not a subscriber to test list, or"). */
const DOLIST_NOTICE = /^[ \t]*-[ \t]*You are not a subscriber to \S+ list, or[ \t]*\r?$/im

/**
 * Words of a failure report: a "Re:" that says these is a carrier's bounce in reply form (Verizon's vtext). A reply
 * code only before what a reply puts after it (a status, a word, an address): a phone number in a person's note or
 * signature ("+421 2 450 123 45") is none.
 */
const FAILURE_WORDS =
  /undeliver|could not be delivered|delivery (?:has )?failed|not delivered|user unknown|no such|does not exist|invalid (?:recipient|address)|\b[45]\d\d[ -](?:[245]\.\d|[#<([]|[^\d\s])|\b[45]\.\d{1,3}\.\d{1,3}\b/i

/**
 * Any sign that a message reports a failed delivery: a failure's words (`FAILURE_WORDS` and more, in English and
 * the common forms in German, French, Italian, Spanish, Portuguese and Japanese), an SMTP code, or (see
 * `nonBounceKind`) any sentence a phrase family reads. A message with none of them, from no mail system and under
 * no bounce subject, is not a report (a ticket system's acknowledgement, a person's "thank you for your message"
 * naming a colleague): reading addresses out of it would report people who never failed.
 */
const REPORT_WORDS = new RegExp(
  `${FAILURE_WORDS.source}|said: [45]\\d\\d\\b|in reply to (?:rcpt to|mail from|end of data|data) command|can(?:n'?t| ?not) be delivered|couldn'?t be delivered|(?:was|were|has|have)(?:n'?t| not) been delivered|unable to deliver|failed|failure|rejected|refused|returned|bounced?|error|permanent|temporar|delay|unzustellbar|nicht zugestellt|non remis|non distribu|non consegnat|no se (?:pudo|ha podido) entregar|n[ãa]o (?:foi|pôde ser) entregue|配信|送信でき|届きませんでした|宛先`,
  'i'
)

/**
 * A person's reply, whatever failure it talks about ("his server answered 550 5.1.1 user unknown"): it answers a
 * message (In-Reply-To or References) and quotes it as mail clients do ("On … wrote:", "> " lines), which no
 * carrier's bounce in reply form does.
 */
function quotesLikeAPerson(parts: Parts, opening: string): boolean {
  const answers = parts.headers.has('in-reply-to') || parts.headers.has('references')
  // A transcript's ">>> RCPT TO:" is no quotation. Outlook quotes under a header block ("From: … / Sent: …").
  return answers && (/^[ \t]*>(?!>>)|\bwrote:[ \t]*\r?$/m.test(opening) || QUOTE_HEADER.test(opening))
}

/**
 * The text without the lines a mail client quotes ("> …"): a reply's failure words there are the quoted message's
 * (qmail's autorespond answers "Re: …" and quotes the request under its own words, with no In-Reply-To). A
 * transcript's ">>> RCPT TO:" is no quotation.
 */
function withoutQuotedLines(text: string): string {
  return text.replace(/^[ \t]*>(?!>>).*$/gm, '')
}

/**
 * Postfix's success notice (bounce_templates.c, the "success" template: "Your message was successfully delivered to
 * the destination(s) listed below", subject "Successful Mail Delivery Report"), here without the delivery-status
 * part that would say so field by field (a forwarder or a paste drops it). Its list gives each destination's 2xx
 * answer; a failure's code or status anywhere in it leaves the message to the report readers. Also in Japanese: a
 * host's Postfix template ("お送りいただいたメッセージは正常に配信されました", XSERVER's, as tomsword.com shows it) and
 * Exchange's delivery and relay receipts ("メッセージは次の受信者に配信されました", "次の受信者またはグループへの配信は
 * 完了しましたが", as it-bibouroku.hateblo.jp quotes them); Exchange's relay receipt in English ("Relayed: …", KB
 * 3184617: "Delivery to these recipients or groups is complete, but no delivery notification was sent by the
 * destination server:"). Postfix's "verify" template, the report `sendmail -bv` asks
 * for ("Enclosed is the mail delivery report that you requested."), and Stalwart's success notice (queue/dsn.rs: "Your
 * message has been successfully delivered to the following recipients:") say the same. So does OpenSMTPD's (bounce.c: "Your
 * message was successfully delivered to these recipients.", "… relayed to these recipients."), but only under its own
 * subject for a notice of success, "Delivery status notification: dsn" (newer releases: "…: delivered", "…: relayed"): some releases wrote the success sentence over
 * their failures too, under "…: error" (OpenSMTPD issue 687).
 */
function isSuccessNotice(opening: string, subject: string): boolean {
  return (
    (SUCCESS_NOTICE.test(opening) ||
      (OPENSMTPD_SUCCESS.test(opening) && /: (?:dsn|delivered|relayed)\s*$/i.test(subject))) &&
    // Nor a notice that also names a failure in its own words ("配信できませんでした", could not be delivered).
    !/配信できません|送信できません|失敗/.test(opening) &&
    // A reply code, or a status that is no IP address's octets ("[10.4.5.6]" holds no 4.5.6).
    !/(?:^|[\s:])[45]\d\d[ -]|(?<!\d\.)\b[45]\.\d{1,3}\.\d{1,3}\b(?!\.\d)/m.test(opening)
  )
}

const OPENSMTPD_SUCCESS = /\byour message was (?:successfully delivered|relayed) to these recipients\./i
const SUCCESS_NOTICE =
  /\byour message was successfully delivered to the\s+destination\(s\)\s+listed below\b|\benclosed is the mail delivery report that you requested\b|\byour message has been (?:successfully )?delivered to the following recipients:|\bdelivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:|お送りいただいたメッセージは正常に配信されました|メッセージは次の受信者に配信されました|次の受信者またはグループへの配信は完了しましたが/i

/** How much of a body's opening the phrase families read for a sign of a report (they scan all they are given). */
const SIGN_CHARS = 8 * 1024

/**
 * The kind of non-bounce a message is, or null when it may be a bounce. `autoReply` (RFC 3834, `autoreply.ts`)
 * is the caller's: such a reply is read for its sender, never dismissed here.
 */
export function nonBounceKind(parts: Parts, looksLikeBounce: boolean, autoReply = false): NonBounce | null {
  if (parts.feedback) return null
  if (parts.dsn) return heldForChallenge(parts.dsn, parts.text) ? 'challenge' : null
  if (
    parts.email.attachments.some((a) => a.mimeType.toLowerCase() === 'message/disposition-notification') ||
    /report-type\s*=\s*"?disposition-notification/i.test(parts.headers.get('content-type') ?? '')
  )
    // A Sieve rejection is the recipient's filter refusing the mail (sieve-mdn.ts), not a receipt.
    return sieveRejection(parts) ? null : 'receipt'
  const subject = parts.headers.get('subject') ?? ''
  // The opening of the body is where these messages say what they are.
  const opening = parts.text.slice(0, 16 * 1024)
  const reply = /^\s*(?:re|aw|sv|antw|r|ynt)\s*:/i.test(subject)
  const from = parts.headers.get('from') ?? ''
  // A person answering a bounce ("Re: Undeliverable: …" from a person, In-Reply-To set, the report quoted under
  // "… wrote:"): whatever the subject's bounce words, the report it quotes is no report of this message.
  if (reply && !DAEMON.test(from) && quotesLikeAPerson(parts, opening)) return 'reply'
  // A filter's digest comes from its postmaster, which alone would make it look like a bounce: its subject says what
  // it is (a bounce of a digest says so too: "Undeliverable: Daily Spam Report …").
  if (
    QUARANTINE_DIGEST.test(subject) &&
    !BOUNCE_SUBJECT.test(subject) &&
    !/fail|not delivered|delayed/i.test(subject)
  )
    return 'quarantine-digest'
  // (A DSN part never reaches here: the function answers null for it first.)
  if (isSuccessNotice(opening, subject)) return 'delivery-notice'
  if (looksLikeBounce) return null
  if (isUnsubscribeRequest(parts) && !reportsAFailure(parts, opening)) return 'unsubscribe'
  if (CHALLENGE_HEADERS.some((h) => parts.headers.has(h))) return 'challenge'
  const administrivia = /^yes$/i.test(parts.headers.get('x-list-administrivia')?.trim() ?? '')
  // Templates wrap their sentences anywhere ("any further\nresponses today"): the words are read one-spaced.
  const words = oneSpace(opening)
  if (
    administrivia ||
    LIST_NOTICE.test(subject) ||
    LIST_NOTICE.test(words) ||
    DOLIST_NOTICE.test(opening) ||
    MAJORDOMO_HOLD.test(subject)
  )
    return 'list-notice'
  if (
    QUARANTINE_DIGEST.test(words.slice(0, 2048)) &&
    !reportsAFailure(parts, opening) &&
    !/\b[45]\d\d[ -]/.test(opening)
  )
    return 'quarantine-digest'
  if (CHALLENGE.test(subject) || CHALLENGE.test(words) || BOXTRAPPER_SUBJECT.test(subject)) return 'challenge'
  if (
    reply &&
    !DAEMON.test(from) &&
    (!FAILURE_WORDS.test(withoutQuotedLines(opening)) || quotesLikeAPerson(parts, opening))
  )
    return 'reply'
  if (
    !reportsAFailure(parts, opening) &&
    !REPORT_WORDS.test(subject) &&
    !autoReply &&
    !matchPhrase(subject.slice(0, SIGN_CHARS)) &&
    !matchPhrase(opening.slice(0, SIGN_CHARS))
  )
    return 'no-report'
  return null
}
