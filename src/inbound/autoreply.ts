/**
 * RFC 3834 automatic responses (vacation notices, out-of-office replies): the sender of the reply is the
 * recipient it speaks for. Never a failure; recorded only.
 * @module
 */
import { matchPhrase } from '../classify/phrases'
import { reportedAddress } from '../lib/address'
import { BOUNCE_SUBJECT } from './bounce-subject'
import { firstAddress } from './fields'
import type { Parts } from './mime'
import { type Extracted, reportedEvent } from './result'

/**
 * The subjects mail clients and webmail give automatic replies: Outlook/Exchange "Automatic reply:" and its
 * localized forms (German "Automatische Antwort"/"Abwesenheitsnotiz", French "Réponse automatique", Spanish
 * "Respuesta automática", Italian "Risposta automatica", Swedish/Norwegian/Danish "Autosvar"), Gmail's and
 * Yahoo's vacation responders ("Auto-Reply", "Out of Office"), RFC 3834's "Auto:" convention, and Outlook's
 * "Automatic reply:" in Portuguese, Polish, Czech, Finnish, Turkish, Russian, Japanese, Chinese and Korean, and (as a
 * reply classifier's table of Outlook's prefixes lists them) Slovak (the Czech form reads it), Hungarian, Croatian, Indonesian, Catalan,
 * Romanian, Vietnamese, Greek, Bulgarian, Ukrainian, Hebrew, Arabic, Thai and Traditional Chinese, with the Spanish
 * and Dutch out-of-office forms "Fuera de la oficina", "Buiten kantoor".
 */
const AUTO_REPLY_SUBJECT =
  /^(?:auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|auto:|away|autoresponse|vacation|automatische antwort|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|autosvar|automatisch antwoord|resposta autom[áàa]tica|automatikus v[áa]lasz|automatski odgovor|balasan otomatis|buiten kantoor|fuera de la oficina|r[ăa]spuns automat|trả lời tự động|αυτόματη απάντηση|автоматичен отговор|автоматична відповідь|תשובה אוטומטית|رد تلقائي|ตอบกลับอัตโนมัติ|自動回覆|automatyczna odpowied[źz]|automatick[áa] odpov[ěe][dď]|automaattinen vastaus|otomatik yan[ıi]t|автоматический ответ|автоответ|自動応答|自動返信|自动回复|자동 회신)/i

/**
 * Ticket systems' acknowledgements, wherever their subject puts it: Zendesk's "[Request received] …", "We've
 * received your request", "Ticket #123 created". Request Tracker puts its tag before "AutoReply:" ("[example.org
 * #48213] AutoReply: …"): the subject is read after any leading bracketed tags as well.
 */
const TICKET_ACK_SUBJECT =
  /\b(?:request received|we(?:'ve| have) received your (?:request|message|e-?mail)|(?:ticket|request|case) #?\d* ?(?:has been |was )?(?:received|created|opened))\b/i
const LEADING_TAGS = /^\s*(?:\[[^\]]{0,80}\]\s*)+/

/**
 * What an out-of-office note says in its first lines when its client sets no RFC 3834 header and keeps the
 * original subject (webmail vacation responders, a person's own rule): the writer is away, or will answer later.
 */
const AUTO_REPLY_OPENING =
  /\b(?:i am|i'm|i will be|i'll be|i shall be) (?:currently |now )?(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk|e-?mail)|on (?:vacation|holiday|leave|annual leave|parental leave|maternity leave|paternity leave|sabbatical|a business trip)|travell?ing|out of town)\b|\bout of (?:the )?office (?:until|from|till|through|on)\b|\b(?:i will|i'll) (?:respond|reply|answer|get back to you)\b.{0,60}\b(?:when|upon|after) (?:i|my) return/i

/**
 * A failed delivery in a report's own words: "could not be delivered", "undeliverable", Postfix's "said: 550" and
 * "(in reply to RCPT TO command)", a reply code with its enhanced status ("550 5.1.1"). No vacation note says these.
 */
const FAILURE_REPORTED =
  /could ?n[o']?t be delivered|undeliverable|delivery (?:has )?failed|\bsaid: [45]\d\d\b|in reply to (?:rcpt to|mail from|end of data|data) command|\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/i

/**
 * Exchange's NDR words for a message not delivered ("Your message to joe@… wasn't delivered", "has not been delivered"):
 * read only against its out-of-office marks, since a person's vacation note may say them ("Your message was not
 * delivered to a person").
 */
const NOT_DELIVERED = /\b(?:was ?n[o']?t|has ?n[o']?t been) delivered\b/i

/** How much of a body the out-of-office words are looked for in: they open the note. */
const OPENING_CHARS = 2048

/**
 * An auto-reply by its headers, subject or opening words; a message that presents itself as a bounce (a daemon
 * sender, a bounce subject) or carries a delivery report stays a bounce whatever it says.
 */
export function isAutoReply(parts: Parts): boolean {
  const auto = parts.headers.get('auto-submitted')?.toLowerCase() ?? ''
  const subject = parts.headers.get('subject') ?? ''
  const bounceLike = looksLikeBounce(parts)
  // Postfix and Exim mark their bounces "Auto-Submitted: auto-replied" too: the header decides only for a message
  // whose sender, subject and opening words say no delivery failed (the words read only where a header asks).
  const saysNoFailure = () => !bounceLike && !FAILURE_REPORTED.test(parts.text.slice(0, OPENING_CHARS * 4))
  if (/^auto-(?:replied|notified)/.test(auto) && saysNoFailure()) return true
  // Exchange's out-of-office replies say "auto-generated" (RFC 3834's word for a message no one asked for), with the mark
  // of its mailbox rules' answer to a message (X-MS-Exchange-Inbox-Rules-Loop) and In-Reply-To. (A helpdesk's
  // acknowledgement with only X-Auto-Response-Suppress, Zammad's, is no person's reply.)
  if (
    /^auto-generated/.test(auto) &&
    parts.headers.has('x-ms-exchange-inbox-rules-loop') &&
    parts.headers.has('in-reply-to') &&
    saysNoFailure() &&
    !NOT_DELIVERED.test(parts.text.slice(0, OPENING_CHARS * 4))
  )
    return true
  // X-Autoreply and X-Autorespond decide unless the sender or subject is a bounce's (a ticket system's or relay's header
  // on a bounce it passes on): an out-of-office quoting a failure in the original is still an auto-reply.
  if ((parts.headers.has('x-autoreply') || parts.headers.has('x-autorespond')) && !bounceLike) return true
  if (/^auto[-_]?reply$/i.test(parts.headers.get('precedence') ?? '') && saysNoFailure()) return true
  if (bounceLike) return false
  return (
    AUTO_REPLY_SUBJECT.test(subject) ||
    AUTO_REPLY_SUBJECT.test(subject.replace(LEADING_TAGS, '')) ||
    TICKET_ACK_SUBJECT.test(subject) ||
    (!parts.dsn && AUTO_REPLY_OPENING.test(parts.text.slice(0, OPENING_CHARS)))
  )
}

export function fromAutoReply(parts: Parts): Extracted {
  const from = reportedAddress(firstAddress(parts.headers.get('from')) ?? '')
  if (!from.ok) return { kind: 'autoreply', results: [] }
  return {
    kind: 'autoreply',
    results: [
      reportedEvent(from.address, { kind: 'autoreply', originalId: null, addressOddity: from.oddity }),
    ],
  }
}

/**
 * A responder writing for the server, not for a person: a From of only the null path (`From: <>`, as Exim's autoreply
 * transport leaves it when no `from` is set) over words that say the address has no mailbox ("You sent mail to
 * jane@…. That's not a valid user here."). An out-of-office note or a challenge from `<>` says no such thing and stays
 * what it is (Microsoft 365 writes `From: <>` on mail that came without a From).
 */
function serverSaysNoSuchUser(parts: Parts): boolean {
  if (!/^\s*<\s*>\s*$/.test(parts.headers.get('from') ?? '')) return false
  const rule = matchPhrase(parts.text.slice(0, OPENING_CHARS))
  return rule !== null && DEAD_ADDRESS_REASONS.has(rule.reason)
}
const DEAD_ADDRESS_REASONS = new Set(['userunknown', 'hostunknown'])

/** A bounce by its sender or subject (Mailer-Daemon, "Undeliverable", "Returned mail", …). */
export function looksLikeBounce(parts: Parts): boolean {
  const from = parts.headers.get('from') ?? ''
  const subject = parts.headers.get('subject') ?? ''
  return (
    /mailer-daemon|postmaster|mail delivery/i.test(from) ||
    BOUNCE_SUBJECT.test(subject) ||
    serverSaysNoSuchUser(parts)
  )
}
