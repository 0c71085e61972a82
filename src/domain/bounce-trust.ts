/**
 * Who may suppress whom with a raw bounce (docs/raw-bounces.md, "Who may suppress whom"). Anyone can mail the
 * bounce address, so a report is believed only as far as something we control vouches for it: a signed return
 * path for the one recipient it was signed for, a Message-ID we signed for that recipient, a configured
 * feedback-loop sender for ARF, or the operator's `TRUST_UNSIGNED_BOUNCES`. Anything else is recorded with
 * disposition `none` (history keeps it; the check is unchanged). Pure.
 * @module
 */
import { type Classification, type Disposition, uncounted } from '../classify'

/** Why a report was not believed for one recipient. */
export type UntrustedWhy = 'unsigned' | 'not the signed recipient' | 'not a feedback loop'

export interface TrustContext {
  /** The recipient a valid signed return path carries, or null when the report came to an unsigned address. */
  signedFor: string | null
  /** The report is an ARF complaint. */
  arf: boolean
  /** The envelope sender is one of `FEEDBACK_LOOP_SENDERS`. */
  fromFeedbackLoop: boolean
  /** The dispositions `TRUST_UNSIGNED_BOUNCES` lets an unsigned report apply. */
  trustedUnsigned: ReadonlySet<Disposition>
}

/** Dispositions that never suppress: recording them as reported harms nobody. */
const HARMLESS: ReadonlySet<Disposition> = new Set(['block', 'none'])

/** Null when the report may apply this recipient's classification, else why not. */
export function untrustedWhy(
  context: TrustContext,
  recipient: { address: string; disposition: Disposition; signedMessageId: boolean }
): UntrustedWhy | null {
  if (context.arf && !context.fromFeedbackLoop) return 'not a feedback loop'
  if (context.signedFor !== null)
    return recipient.address === context.signedFor ? null : 'not the signed recipient'
  if (context.arf || recipient.signedMessageId) return null
  if (HARMLESS.has(recipient.disposition) || context.trustedUnsigned.has(recipient.disposition)) return null
  return 'unsigned'
}

/**
 * A forward target's failure as counted for the address the sender mailed (a report's Original-Recipient, vouched
 * for by the signed return path or Message-ID): soft where the target is dead. The report cannot tell a one-to-one
 * forward from an alias of several people, so one dead target never suppresses the alias outright: it is deferred
 * like any soft bounce, and suppressed at the soft limit. Block and soft stay as they are, and so does a hard failure
 * of the mailbox itself at its Microsoft 365 routing address.
 *
 * Recorded, never counted (disposition `none`, rule `…+program-or-file` / `…+header-only`): a program or file the
 * alias also delivers to (a stale vacation line, an archive, a ticket gateway: its failure says nothing of whether
 * the alias's mail arrives), and a forward read only from the returned original's header (`evidence: 'header'`: a
 * Sieve `redirect :copy` or a member's own redirect looks the same there, and the address mailed is delivered).
 */
export function forwardedClassification(
  classification: Classification,
  route: { target: string; mailed: string; evidence?: 'notice' | 'header' }
): Classification {
  const downgraded = classification.disposition === 'hard' && !itsOwnTenant(route.target, route.mailed)
  const forwarded: Classification = {
    ...classification,
    disposition: downgraded ? 'soft' : classification.disposition,
    hardbounce: false,
    rule: `${FORWARDED}${classification.rule}`,
  }
  if (route.evidence === 'header') return uncounted(forwarded, 'header-only')
  return isProgramOrFile(route.target) ? uncounted(forwarded, 'program-or-file') : forwarded
}

/** Whether a forward target is a program or a file the alias delivers to ("|/usr/bin/vacation joe", "/var/archive/joe"). */
function isProgramOrFile(target: string): boolean {
  return /^"?[|/]/.test(target)
}

/**
 * Exchange hybrid routes a mailbox moved to Microsoft 365 to its coexistence address, the same local part at
 * `<tenant>.mail.onmicrosoft.com` (the mail user's targetAddress): the target is then that very mailbox, not one of
 * an alias's members. Only the organisation's own tenant, named as the domain mailed names its organisation
 * (contoso for contoso.com, mail.contoso.co.uk): anyone can make a tenant, and a role alias's member may share its
 * local part at another.
 */
function itsOwnTenant(target: string, mailed: string): boolean {
  const suffix = '.mail.onmicrosoft.com'
  const at = target.lastIndexOf('@')
  const mailedAt = mailed.lastIndexOf('@')
  if (at <= 0 || !target.endsWith(suffix) || target.slice(0, at) !== mailed.slice(0, mailedAt)) return false
  return target.slice(at + 1, -suffix.length) === organisation(mailed.slice(mailedAt + 1))
}

/**
 * The label that names a domain's organisation: the one before its suffix, a two-letter country's second level
 * ("co.uk", "com.au") counted as part of the suffix. Without the public suffix list a rarer suffix may name the
 * wrong label, and the forward is then counted soft, the safe side.
 */
function organisation(domain: string): string {
  const labels = domain.split('.')
  const countrySecondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3
  return labels.at(countrySecondLevel ? -3 : -2) ?? ''
}

const FORWARDED = 'forwarded:'

const RECORDED_ONLY = 'untrusted:'

/** The classification an untrusted report is recorded with: nothing it says can suppress. */
export function recordedOnly(classification: Classification, why: UntrustedWhy): Classification {
  return {
    ...classification,
    disposition: 'none',
    hardbounce: false,
    rule: `${RECORDED_ONLY}${why.replaceAll(' ', '-')}+${classification.rule}`,
  }
}

/** Whether a stored rule is that of a report recorded but not believed (see {@link recordedOnly}). */
export function isRecordedOnly(rule: string | null): boolean {
  return rule?.startsWith(RECORDED_ONLY) === true
}

/** `FEEDBACK_LOOP_SENDERS` entries are addresses or `@domain`s; `sender` is the envelope sender. */
export function isFeedbackLoopSender(sender: string | null, senders: readonly string[]): boolean {
  if (!sender) return false
  const lower = sender.trim().toLowerCase()
  const domain = lower.slice(lower.lastIndexOf('@'))
  return senders.some((entry) => entry === lower || (entry.startsWith('@') && entry === domain))
}
