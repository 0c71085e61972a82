/**
 * RFC 3834 automatic responses (vacation notices, out-of-office replies): the sender of the reply is the
 * recipient it speaks for. Never a failure; recorded only.
 * @module
 */
import { reportedAddress } from '../lib/address'
import { firstAddress } from './fields'
import type { Parts } from './mime'
import { type Extracted, reportedEvent } from './result'

/**
 * The subjects mail clients and webmail give automatic replies: Outlook/Exchange "Automatic reply:" and its
 * localized forms (German "Automatische Antwort"/"Abwesenheitsnotiz", French "Réponse automatique", Spanish
 * "Respuesta automática", Italian "Risposta automatica", Swedish/Norwegian/Danish "Autosvar"), Gmail's and
 * Yahoo's vacation responders ("Auto-Reply", "Out of Office"), RFC 3834's "Auto:" convention, and Outlook's
 * "Automatic reply:" in Portuguese, Polish, Czech, Finnish, Turkish, Russian, Japanese, Chinese and Korean.
 */
const AUTO_REPLY_SUBJECT =
  /^(?:auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|auto:|away|autoresponse|vacation|automatische antwort|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|autosvar|automatisch antwoord|resposta autom[áa]tica|automatyczna odpowied[źz]|automatick[áa] odpov[ěe]d|automaattinen vastaus|otomatik yan[ıi]t|автоматический ответ|автоответ|自動応答|自動返信|自动回复|자동 회신)/i

/** An auto-reply by its headers or subject; a bounce that also says "auto-replied" stays a bounce. */
export function isAutoReply(parts: Parts): boolean {
  const auto = parts.headers.get('auto-submitted')?.toLowerCase() ?? ''
  const subject = parts.headers.get('subject') ?? ''
  if (/^auto-(?:replied|notified)/.test(auto) && !looksLikeBounce(parts)) return true
  if (parts.headers.has('x-autoreply') || parts.headers.has('x-autorespond')) return true
  if (/^auto[-_]?reply$/i.test(parts.headers.get('precedence') ?? '') && !looksLikeBounce(parts)) return true
  return AUTO_REPLY_SUBJECT.test(subject) && !looksLikeBounce(parts)
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

/** A bounce by its sender or subject (Mailer-Daemon, "Undeliverable", "Returned mail", …). */
export function looksLikeBounce(parts: Parts): boolean {
  const from = parts.headers.get('from') ?? ''
  const subject = parts.headers.get('subject') ?? ''
  return (
    /mailer-daemon|postmaster|mail delivery/i.test(from) ||
    /undeliver|delivery (?:status|failure)|returned mail|failure notice|non.?delivery|could not be delivered/i.test(
      subject
    )
  )
}
