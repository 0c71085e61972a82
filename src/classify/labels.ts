/**
 * Providers' bounce labels (SES/Resend subtypes, Postmark types, SendGrid classes, …) → reason: the precise
 * ones decide before the text, the generic ones only when nothing else does. Pure; no bindings.
 * @module
 */
import type { Reason } from './reasons'

/**
 * Provider labels precise enough to decide before the text: SES/Resend bounce subtypes and their look-alikes,
 * a provider's own suppression ("mirror"), Postmark's specific types.
 */
const PROVIDER_TYPES: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['mailboxfull', 'mailboxfull'],
  ['messagetoolarge', 'emailtoolarge'],
  ['contentrejected', 'contenterror'],
  ['attachmentrejected', 'contenterror'],
  ['suppressed', 'suppressed'],
  ['onaccountsuppressionlist', 'suppressed'],
  ['manuallydeactivated', 'suppressed'],
  ['noemail', 'userunknown'],
  ['virus', 'virusdetected'],
  ['autoresponder', 'vacation'],
  ['dmarcpolicy', 'authfailure'],
  ['unsubscribed', 'policyviolation'],
  // The provider did not send for a reason of its own (content, headers, quota): nothing about the recipient.
  ['dropped', 'policyviolation'],
])

/**
 * Generic labels: they decide only when neither the text nor a specific code does ("HardBounce" with a
 * Spamhaus text is still a block).
 */
const PROVIDER_FALLBACK: readonly [string, Reason][] = [
  // A provider's give-up (SendGrid's `type: expired`, Mailgun's "old"): the last reply it quotes says why.
  ['expired', 'expired'],
  ['hardbounce', 'userunknown'],
  ['bademailaddress', 'userunknown'],
  ['invalidaddress', 'userunknown'],
  ['permanentgeneral', 'userunknown'],
  ['reputation', 'badreputation'],
  ['content', 'spamdetected'],
  ['spamnotification', 'spamdetected'],
  ['frequency', 'ratelimited'],
  ['blocked', 'blocked'],
  ['dnserror', 'networkerror'],
  ['spamdetected', 'spamdetected'],
  ['ipfailure', 'blocked'],
  ['recipientservererror', 'systemerror'],
  ['transientcommunicationfailure', 'networkerror'],
  ['internalfailure', 'systemerror'],
  // Google Groups refuses posts from non-members: the sender's problem.
  ['googlegroups', 'rejected'],
  // A local delivery program (procmail, a pipe) exited with an error; its words, when any, decide first.
  ['localmailer', 'mailererror'],
  // PowerMTA's bounce categories (its user guide, "bounce categories"); "other" says nothing and is left out.
  ['powermtabadmailbox', 'userunknown'],
  ['powermtabaddomain', 'hostunknown'],
  ['powermtainactivemailbox', 'suspend'],
  ['powermtaquotaissues', 'mailboxfull'],
  ['powermtamessageexpired', 'expired'],
  ['powermtanoanswerfromhost', 'networkerror'],
  ['powermtabadconnection', 'networkerror'],
  ['powermtaroutingerrors', 'systemerror'],
  ['powermtabadconfiguration', 'systemerror'],
  ['powermtaspamrelated', 'spamdetected'],
  ['powermtavirusrelated', 'virusdetected'],
  ['powermtacontentrelated', 'contenterror'],
  ['powermtapolicyrelated', 'policyviolation'],
  ['powermtaprotocolerrors', 'syntaxerror'],
  ['powermtarelayingissues', 'norelaying'],
  ['powermtainvalidsender', 'rejected'],
]

/** Labels that only say "the mailbox refused": they tip a bare 550/551/553 towards userunknown. */
export const MAILBOX_LABELS: ReadonlySet<string> = new Set([
  'mailboxunavailable',
  'mailboxnotfound',
  'invalidmailbox',
  'userunknown',
])

/** A label as the tables spell it: lower-case letters and digits only. */
export const labelKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '')

/** The strong reason of a label: the whole label, or its last `/`-segment (`Transient/MailboxFull`). */
export function strongLabel(label: string): Reason | undefined {
  const last = label.split('/').pop() ?? label
  return PROVIDER_TYPES.get(labelKey(label)) ?? PROVIDER_TYPES.get(labelKey(last))
}

/** The reason of a generic label, or undefined. */
export function fallbackLabel(label: string): Reason | undefined {
  const key = labelKey(label)
  // SendGrid spells one class "Frequency or Volume" in its docs and "…Too High" in its API: match its prefix.
  return PROVIDER_FALLBACK.find(
    ([name]) => key === name || (name === 'frequency' && key.startsWith(name))
  )?.[1]
}
