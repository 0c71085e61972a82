/**
 * Host rules: what a few large mailbox providers mean by their own codes and sentences. Their words can read
 * one way in general and mean another at that provider (au's "550 : User unknown" is its sender filter; Orange's
 * `OFR_506` is a spam verdict whatever its status says), so a host rule decides before the general phrases.
 * A rule applies when the recipient's domain or a host the report names (Remote-MTA, Reporting-MTA) is the
 * provider's, or when the provider's own code format names it. Tables from the providers' postmaster pages, as
 * collected by Sisimai's host modules. Pure; no bindings.
 * @module
 */
import type { Reason } from './reasons'

/** Reasons and the provider's sentences (lower-case) that mean them, in the order they are tried. */
type SentenceTable = readonly [Reason, readonly string[]][]

interface HostRule {
  name: string
  /** Domain suffixes of the provider's mailboxes and mail hosts. */
  hosts: readonly string[]
  /** A code format only this provider uses: the rule applies wherever it appears. */
  signature?: RegExp
  /** The provider's codes (or words whose meaning depends on more than a sentence); tried first. */
  decide?(text: string, lower: string, permanent: boolean, status: string | null): Reason | null
  /** The provider's sentences, tried when `decide` finds nothing. */
  sentences?: SentenceTable
}

/** The first reason whose sentences occur in `lower` (already lower-cased). */
function bySentence(table: SentenceTable, lower: string): Reason | null {
  for (const [reason, sentences] of table) if (sentences.some((s) => lower.includes(s))) return reason
  return null
}

/** Orange and La Poste: `LPN007_416`, `OFR_506`, `OFR005_505 [505]`: the last three digits are the reason. */
const FRANCE_PTT_CODES: Readonly<Record<string, Reason | null>> = {
  '101': 'blocked',
  '102': 'blocked',
  '103': 'blocked',
  '104': 'ratelimited',
  '305': 'securityerror',
  '401': 'authfailure',
  '402': 'securityerror',
  '403': 'rejected',
  '405': 'rejected',
  '415': 'rejected',
  '416': 'userunknown',
  '417': 'mailboxfull',
  '420': 'suspend',
  '421': 'rejected',
  '426': 'suspend',
  '505': 'systemerror',
  '506': 'spamdetected',
  '510': 'blocked',
  '514': 'emailtoolarge',
  '517': 'authfailure',
  '630': 'policyviolation',
  '999': 'ratelimited',
}
const FRANCE_PTT_CODE = /\b(?:LPN|LPNAAA|OFR|OUK)(?:_\d{3}|\d{3}[-_]\d{3})\b/i

/** GoDaddy's `IBnnn` codes (its bounce-back help page). */
const GODADDY_CODES: Readonly<Record<string, Reason>> = {
  IB401: 'securityerror',
  IB501: 'notcompliantrfc',
  IB502: 'notcompliantrfc',
  IB506: 'rejected',
  IB508: 'authfailure',
  IB108: 'requireptr',
  IB212: 'spamdetected',
  IB705: 'virusdetected',
  IB605: 'ratelimited',
  IB007: 'ratelimited',
  IB101: 'ratelimited',
  IB110: 'blocked',
  IB111: 'blocked',
  IB112: 'blocked',
  IB113: 'blocked',
  IB504: 'ratelimited',
  IB510: 'ratelimited',
  IB607: 'ratelimited',
  IB103: 'badreputation',
  IB104: 'blocked',
  IB105: 'blocked',
  IB106: 'blocked',
}

/** Facebook's response codes (postmaster.facebook.com/response_codes). */
const FACEBOOK_CODES: Readonly<Record<string, Reason>> = {
  'POL-P7': 'authfailure',
  'POL-P1': 'blocked',
  'POL-P2': 'blocked',
  'POL-P3': 'blocked',
  'POL-P4': 'blocked',
  'POL-T1': 'blocked',
  'POL-T2': 'blocked',
  'POL-T3': 'blocked',
  'MSG-P2': 'contenterror',
  'RCP-P2': 'filtered',
  'RCP-P3': 'filtered',
  'INT-P7': 'mailboxfull',
  'MSG-P1': 'emailtoolarge',
  'INT-P2': 'emailtoolarge',
  'MSG-P3': 'notcompliantrfc',
  'POL-P8': 'policyviolation',
  'DNS-P1': 'rejected',
  'DNS-P2': 'rejected',
  'DNS-T1': 'rejected',
  'DNS-P3': 'requireptr',
  'DNS-T2': 'requireptr',
  'POL-P6': 'spamdetected',
  'RCP-T4': 'suspend',
  'RCP-T1': 'systemerror',
  'CON-T1': 'ratelimited',
  'CON-T2': 'ratelimited',
  'CON-T3': 'ratelimited',
  'CON-T4': 'ratelimited',
  'MSG-T1': 'ratelimited',
  'RCP-P1': 'userunknown',
  'INT-P1': 'userunknown',
  'INT-P3': 'userunknown',
  'INT-P4': 'userunknown',
  'POL-P5': 'virusdetected',
}

/**
 * A provider's documented replies: an enhanced code, or a range of its last number (`5.7.606-649`), with its
 * sentence (lower-case). Both must match: the same words under another code mean something else.
 */
type CodeTable = readonly [code: string, sentence: string, reason: Reason][]

/** Microsoft's NDR table (Exchange Online / Outlook.com, Exchange Server). */
const MICROSOFT_NDRS: CodeTable = [
  ['4.7.26', 'must pass either spf or dkim validation', 'authfailure'],
  ['5.7.23', 'rejected because of sender policy framework violation', 'authfailure'],
  ['5.7.509', 'does not pass dmarc verification', 'authfailure'],
  ['5.7.515', "doesn't meet the required authentication level", 'authfailure'],
  ['4.7.650', 'rate limited due to ip reputation', 'badreputation'],
  ['4.4.2', 'connection dropped', 'blocked'],
  ['4.7.500-899', 'access denied, please try again later', 'blocked'],
  ['5.7.25', 'must have a reverse dns record', 'requireptr'],
  ['5.7.506', 'access denied, bad helo', 'blocked'],
  ['5.7.507', 'access denied, rejected by recipient', 'blocked'],
  ['5.7.510', 'does not accept email over ipv6', 'blocked'],
  ['5.7.511', 'access denied, banned sender', 'blocked'],
  ['5.7.513', 'using customer block list', 'blocked'],
  ['5.7.606-649', 'access denied, banned sending ip', 'blocked'],
  ['5.7.1', 'part of their network is on our block list', 'blocked'],
  ['5.3.0', 'too many related errors', 'contenterror'],
  ['5.6.11', 'invalid characters', 'contenterror'],
  ['5.2.3', 'message too large for this recipient', 'emailtoolarge'],
  ['5.3.4', 'message size exceeds fixed maximum message size', 'emailtoolarge'],
  ['5.3.4', 'message too big for system', 'emailtoolarge'],
  ['4.4.1', 'connection timed out', 'expired'],
  ['4.4.7', 'message delayed', 'expired'],
  ['4.4.7', 'message expired', 'expired'],
  ['5.4.300', 'message expired', 'expired'],
  ['5.4.316', 'message expired', 'expired'],
  ['4.4.8', 'failed mta-sts validation', 'failedstarttls'],
  ['5.4.8', 'failed mta-sts validation', 'failedstarttls'],
  ['4.4.317', 'starttls is required to send mail', 'failedstarttls'],
  ['5.4.317', 'starttls is required to send mail', 'failedstarttls'],
  ['5.7.5', 'remote certificate failed mta-sts validation', 'failedstarttls'],
  ['4.7.321-325', '', 'failedstarttls'],
  ['5.7.321-325', '', 'failedstarttls'],
  ['5.2.2', 'submission quota exceeded', 'ratelimited'],
  ['5.2.2', 'mailbox full', 'mailboxfull'],
  ['5.4.4', 'nonexistent domain', 'hostunknown'],
  ['5.4.6', 'possible mail loop', 'networkerror'],
  ['4.4.312', 'dns query failed', 'networkerror'],
  ['5.4.312', 'dns query failed', 'networkerror'],
  ['4.4.316', 'connection refused', 'networkerror'],
  ['5.4.316', 'connection refused', 'networkerror'],
  ['5.4.6', 'routing loop detected', 'networkerror'],
  ['5.4.14', 'routing loop detected', 'networkerror'],
  ['5.7.1', 'unable to relay', 'norelaying'],
  ['5.4.1', 'relay access denied', 'norelaying'],
  ['5.7.64', 'relay access denied', 'norelaying'],
  ['4.4.4', 'hosted tenant which has no mail-enabled subscriptions', 'notaccept'],
  ['5.3.2', 'missing or bad storedriver mdb properties', 'notaccept'],
  ['5.0.350', 'x-dg-ref header is too long', 'policyviolation'],
  ['5.0.350', 'policy violation detected (as345)', 'policyviolation'],
  ['5.7.900-999', 'delivery not authorized, message refused', 'policyviolation'],
  ['5.1.7', 'invalid address', 'rejected'],
  ['5.1.7', 'unknown sender address', 'rejected'],
  ['5.1.0', 'sender denied', 'rejected'],
  ['5.1.8', 'access denied, bad outbound sender', 'rejected'],
  ['5.7.1', 'delivery not authorized', 'rejected'],
  ['5.7.12', 'sender was not authenticated by organization', 'rejected'],
  ['5.7.124', 'sender not in allowed-senders list', 'rejected'],
  ['5.7.133', 'sender not authenticated for group', 'rejected'],
  ['5.7.134', 'sender was not authenticated for mailbox', 'rejected'],
  ['5.7.13', 'sender was not authenticated for public folder', 'rejected'],
  ['5.7.135', 'sender was not authenticated for public folder', 'rejected'],
  ['5.7.136', 'sender was not authenticated', 'rejected'],
  ['5.7.501-503', 'access denied, spam abuse detected', 'rejected'],
  ['5.7.501-503', 'access denied, banned sender', 'rejected'],
  ['5.7.512', 'message must be rfc 5322 section 3.6.2 compliant', 'rejected'],
  ['5.7.750', 'client blocked from sending from unregistered domains', 'rejected'],
  ['5.7.3', 'cannot achieve exchange server authentication', 'securityerror'],
  ['5.7.1', 'client was not authenticated', 'securityerror'],
  ['5.7.57', 'client was not authenticated to send anonymous mail', 'securityerror'],
  ['5.2.1', 'content filter agent quarantined this message', 'spamdetected'],
  ['5.5.3', 'too many recipients', 'ratelimited'],
  ['4.3.2', 'recipient thread limit exceeded', 'ratelimited'],
  ['4.5.3', 'too many recipients', 'ratelimited'],
  ['4.7.652', 'has exceeded the maximum number of connections', 'ratelimited'],
  ['5.1.90', 'reached your daily limit for message recipients', 'ratelimited'],
  ['5.2.121', "recipient's per hour message receive limit", 'ratelimited'],
  ['5.2.122', "recipient's per hour message receive limit", 'ratelimited'],
  ['5.2.122', 'the recipient has exceeded their limit for', 'ratelimited'],
  ['5.7.508', 'has exceeded permitted limits within', 'ratelimited'],
  ['5.7.700-749', 'tenant has exceeded threshold', 'ratelimited'],
  ['5.7.700-749', 'traffic not accepted from this ip', 'ratelimited'],
  ['5.7.504', 'recipient address rejected: access denied', 'suspend'],
  ['5.7.505', 'access denied, banned recipient', 'suspend'],
  ['5.2.1', 'mailbox cannot be accessed', 'suspend'],
  ['5.3.3', 'unrecognized command', 'syntaxerror'],
  ['5.5.2', 'send hello first', 'syntaxerror'],
  ['4.3.2', 'service not available', 'systemerror'],
  ['4.3.2', 'service not active', 'systemerror'],
  ['5.3.5', 'system incorrectly configured', 'systemerror'],
  ['4.4.22-28', 'message failed to be replicated', 'systemerror'],
  ['4.4.318', '(suspiciousremoteservererror)', 'systemerror'],
  ['5.4.318', '(suspiciousremoteservererror)', 'systemerror'],
  ['4.7.500', 'server busy. please try again later from', 'systemerror'],
  ['4.7.700', 'pfa agent busy', 'systemerror'],
  ['4.3.1', 'insufficient system resources', 'systemfull'],
  ['5.1.1', 'bad destination mailbox address', 'userunknown'],
  ['5.1.1', 'user unknown', 'userunknown'],
  ['5.1.3', 'invalid recipient address', 'userunknown'],
  ['5.1.10', 'recipient not found', 'userunknown'],
  ['5.4.1', 'recipient address rejected: access denied', 'userunknown'],
  ['5.5.0', 'requested action not taken: mailbox unavailable', 'userunknown'],
  ['5.1.351', 'unknown recipient or mailbox unavailable', 'userunknown'],
]

/** Outlook.com's own troubleshooting codes (`550 SC-001 … Mail rejected by Outlook.com for policy reasons`). */
const OUTLOOK_CODES: Readonly<Record<string, Reason>> = {
  'RP-001': 'badreputation',
  'RP-002': 'badreputation',
  'RP-003': 'badreputation',
  'SC-001': 'badreputation',
  'SC-002': 'policyviolation',
  'SC-003': 'blocked',
  'SC-004': 'blocked',
  'DY-001': 'blocked',
  'DY-002': 'virusdetected',
  'OU-001': 'blocked',
  'OU-002': 'badreputation',
}

/** Whether `status` is `code`, or falls in its range (`5.7.606-649`: the last number from 606 to 649). */
function codeMatches(status: string, code: string): boolean {
  const dash = code.indexOf('-')
  if (dash < 0) return status === code
  const prefix = code.slice(0, code.lastIndexOf('.', dash) + 1)
  if (!status.startsWith(prefix)) return false
  const last = Number(status.slice(prefix.length))
  return last >= Number(code.slice(prefix.length, dash)) && last <= Number(code.slice(dash + 1))
}

/** The first entry of `table` whose code the status matches and whose sentence the text has. */
function byCodeTable(table: CodeTable, status: string | null, lower: string): Reason | null {
  if (!status) return null
  for (const [code, sentence, reason] of table)
    if (codeMatches(status, code) && lower.includes(sentence)) return reason
  return null
}

/** Google's (Gmail, Google Workspace) documented SMTP replies (support.google.com/a/answer/3726730). */
const GOOGLE_REPLIES: CodeTable = [
  ['4.7.24', 'the spf record of the sending domain', 'authfailure'],
  ['5.7.24', 'the spf record of the sending domain', 'authfailure'],
  ['4.7.26', 'senders to authenticate with either spf or dkim', 'authfailure'],
  ['5.7.26', 'senders to authenticate with either spf or dkim', 'authfailure'],
  ['5.7.26', 'fails to pass spf checks for an spf record with a hard fail', 'authfailure'],
  ['5.7.26', 'has an spf record with a hard fail policy', 'authfailure'],
  ['4.7.26', "is not accepted due to domain's dmarc policy", 'authfailure'],
  ['5.7.26', "is not accepted due to domain's dmarc policy", 'authfailure'],
  ['5.7.1', 'fails to pass authentication checks', 'authfailure'],
  ['5.7.26', 'fails to pass authentication checks', 'authfailure'],
  ['4.7.27', 'to authenticate with spf', 'authfailure'],
  ['4.7.27', 'to authenticate their email with spf', 'authfailure'],
  ['5.7.27', 'to authenticate with spf', 'authfailure'],
  ['4.7.30', 'to authenticate their email with dkim', 'authfailure'],
  ['5.7.30', 'to authenticate with dkim', 'authfailure'],
  ['4.7.32', 'aligned with either the authenticated spf or dkim', 'authfailure'],
  ['5.7.32', 'aligned with either the authenticated spf or dkim', 'authfailure'],
  ['4.7.40', 'to add a dmarc record to ', 'authfailure'],
  ['4.7.0', 'very low reputation of the sending', 'badreputation'],
  ['5.7.1', 'very low reputation of the sending', 'badreputation'],
  ['4.7.0', 'ip not in whitelist for rcpt domain', 'blocked'],
  ['4.7.0', 'try again later, closing connection.', 'blocked'],
  ['5.5.4', 'empty helo/ehlo argument not allowed', 'blocked'],
  ['5.5.4', 'helo/ehlo argument is invalid', 'blocked'],
  ['4.7.0', 'an unusual rate of unsolicited mail', 'blocked'],
  ['4.7.28', 'an unusual rate of mail', 'blocked'],
  ['5.7.1', 'an unusual rate of unsolicited mail', 'blocked'],
  ['5.7.28', 'an unusual rate of unsolicited mail', 'blocked'],
  ['5.2.3', "exceeded google's message size limits", 'emailtoolarge'],
  ['5.3.4', "exceeded google's message size limits", 'emailtoolarge'],
  ['5.3.4', "exceeds google's message size limit of", 'emailtoolarge'],
  ['5.3.4', "exceeds google's limit of", 'emailtoolarge'],
  ['5.3.4', 'header size limit', 'emailtoolarge'],
  ['5.3.4', 'bytes per individual header size', 'emailtoolarge'],
  ['4.7.0', 'connection expired', 'expired'],
  ['4.4.2', 'timeout - closing connection', 'expired'],
  ['5.7.0', 'must issue a starttls command first', 'failedstarttls'],
  ['5.5.1', 'starttls may not be repeated', 'failedstarttls'],
  ['4.7.0', 'tls required for rcpt domain', 'failedstarttls'],
  ['4.7.29', 'senders to use tls/ssl for smtp', 'failedstarttls'],
  ['5.7.29', 'senders to use tls/ssl for smtp', 'failedstarttls'],
  ['4.2.2', 'inbox is out of storage space', 'mailboxfull'],
  ['5.2.2', 'inbox is out of storage space', 'mailboxfull'],
  ['4.2.2', 'is over quota', 'mailboxfull'],
  ['5.2.2', 'is over quota', 'mailboxfull'],
  ['5.7.1', 'email quota exceeded', 'mailboxfull'],
  ['5.4.6', 'message exceeded 50 hops', 'networkerror'],
  ['5.6.0', 'message exceeded 50 hops', 'networkerror'],
  ['5.7.0', 'mail relay denied', 'norelaying'],
  ['5.7.1', 'invalid credentials for relay', 'norelaying'],
  ['5.7.1', 'is not authorized to send email directly to our servers', 'norelaying'],
  ['5.7.1', 'missing a valid address in the from: header', 'notcompliantrfc'],
  ['5.7.1', 'multiple addresses in from: header are not accepted', 'notcompliantrfc'],
  ['5.7.1', 'is not rfc 5322 compliant', 'notcompliantrfc'],
  ['5.7.1', 'missing a valid message-id: header', 'notcompliantrfc'],
  ['5.7.1', 'contains a unicode character in a disallowed header', 'notcompliantrfc'],
  ['5.7.1', 'encoded-word syntax is not permitted', 'notcompliantrfc'],
  ['5.1.7', 'is not a valid rfc 5321 address', 'notcompliantrfc'],
  ['5.6.0', 'mail message is malformed', 'notcompliantrfc'],
  ['5.7.0', 'illegal attachment on your message', 'policyviolation'],
  ['5.7.0', 'blocked because its content presents a potential security issue', 'policyviolation'],
  ['5.7.1', 'has a policy that prohibited the mail that you sent', 'policyviolation'],
  ['4.7.28', 'sending messages with the same message-id:', 'policyviolation'],
  ['5.7.0', 'mail sending denied', 'rejected'],
  ['5.7.1', 'unauthenticated email is not accepted', 'rejected'],
  ['4.7.0', 'does not have a ptr record', 'requireptr'],
  ['4.7.23', ' have a ptr record, or the ptr record', 'requireptr'],
  ['5.7.1', 'does not meet ipv6 sending guidelines regarding ptr records', 'requireptr'],
  ['5.7.25', 'does not have a ptr record', 'requireptr'],
  ['5.7.25', 'does not match the ip address of the hostname', 'requireptr'],
  ['4.7.0', 'too many login attempts', 'securityerror'],
  ['5.7.0', 'no identity changes permitted', 'securityerror'],
  ['5.5.1', 'authentication required', 'securityerror'],
  ['5.7.0', 'authentication required', 'securityerror'],
  ['5.7.1', 'application-specific password required', 'securityerror'],
  ['5.7.9', 'application-specific password required', 'securityerror'],
  ['5.7.1', 'please log in with your web browser', 'securityerror'],
  ['5.7.9', 'please log in with your web browser', 'securityerror'],
  ['5.7.14', 'please log in through your web browser', 'securityerror'],
  ['5.7.1', 'username and password not accepted', 'securityerror'],
  ['5.7.8', 'username and password not accepted', 'securityerror'],
  ['4.7.0', 'due to the nature of the content or the links within', 'spamdetected'],
  ['5.7.1', 'likely unsolicited mail', 'spamdetected'],
  ['4.2.1', 'is receiving mail too quickly', 'ratelimited'],
  ['4.2.1', 'peak smtp relay limit exceeded for customer', 'ratelimited'],
  ['4.2.1', 'rate that prevents additional messages from being delivered', 'ratelimited'],
  ['5.2.1', 'rate that prevents additional messages from being delivered', 'ratelimited'],
  ['5.4.5', 'daily sending quota exceeded', 'ratelimited'],
  ['5.4.5', 'daily user sending limit exceeded', 'ratelimited'],
  ['5.4.5', 'daily smtp relay limit exceeded for', 'ratelimited'],
  ['5.7.1', 'daily smtp relay limit exceeded for', 'ratelimited'],
  ['5.7.1', 'daily smtp relay sending limit exceeded for', 'ratelimited'],
  ['5.7.1', 'this mail has been rate limited', 'ratelimited'],
  ['4.5.3', 'your message has too many recipients', 'ratelimited'],
  ['5.5.3', 'too many recipients for this sender', 'ratelimited'],
  ['5.2.1', 'account that you tried to reach is disabled', 'suspend'],
  ['5.2.1', 'account that you tried to reach is inactive', 'suspend'],
  ['4.5.0', 'smtp protocol violation', 'syntaxerror'],
  ['5.7.10', 'smtp protocol violation', 'syntaxerror'],
  ['5.5.4', 'optional argument not permitted', 'syntaxerror'],
  ['5.7.11', 'syntax error', 'syntaxerror'],
  ['5.5.2', 'syntax error', 'syntaxerror'],
  ['5.5.1', 'unrecognized commands, goodbye', 'syntaxerror'],
  ['5.5.1', 'unimplemented command', 'syntaxerror'],
  ['5.5.1', 'unrecognized command', 'syntaxerror'],
  ['5.5.1', 'bad sequence of commands', 'syntaxerror'],
  ['5.5.1', 'ehlo/helo first', 'syntaxerror'],
  ['5.5.1', 'mail first', 'syntaxerror'],
  ['5.5.1', 'rcpt first', 'syntaxerror'],
  ['5.5.1', 'no data after bdat', 'syntaxerror'],
  ['5.7.4', 'unrecognized authentication type', 'syntaxerror'],
  ['5.7.4', 'xoauth is no longer supported', 'syntaxerror'],
  ['5.7.0', 'too many unauthenticated commands', 'syntaxerror'],
  ['4.3.0', 'temporary system problem', 'systemerror'],
  ['4.7.0', 'temporary system problem', 'systemerror'],
  ['4.4.5', 'server busy', 'systemerror'],
  ['4.3.0', 'multiple destination domains per transaction is unsupported', 'systemerror'],
  ['4.3.0', 'mail server has temporarily rejected this message', 'systemerror'],
  ['4.3.0', 'mail server temporarily rejected message', 'systemerror'],
  ['4.5.3', 'domain policy size per transaction exceeded', 'systemerror'],
  ['4.7.0', 'cannot authenticate due to temporary system problem', 'systemerror'],
]

/** Microsoft's reading of one NDR: its table needs the enhanced code the NDR carries; its own codes do not. */
function microsoftReason(text: string, lower: string, status: string | null): Reason | null {
  const byTable = byCodeTable(MICROSOFT_NDRS, status, lower)
  if (byTable) return byTable
  const code = /\b(?:RP|SC|DY|OU)-00\d\b/.exec(text)?.[0]
  return code ? (OUTLOOK_CODES[code] ?? null) : null
}

const RULES: readonly HostRule[] = [
  {
    // au (KDDI): a bare "550 : User unknown" is the recipient's sender filter; with the address it is a real
    // unknown user.
    name: 'kddi',
    hosts: ['ezweb.ne.jp', 'au.com'],
    sentences: [
      ['filtered', ['550 : user unknown']],
      ['userunknown', ['>: user unknown']],
    ],
  },
  {
    name: 'franceptt',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
    signature: FRANCE_PTT_CODE,
    decide(text) {
      const code = FRANCE_PTT_CODE.exec(text)?.[0]
      return code ? (FRANCE_PTT_CODES[code.slice(-3)] ?? null) : null
    },
    sentences: [['authfailure', ['spf/dns de votre nom de domaine']]],
  },
  {
    name: 'godaddy',
    hosts: ['secureserver.net'],
    signature: /\bIB\d{3}\b/,
    decide(text) {
      const code = /\bIB\d{3}\b/.exec(text)?.[0]
      return code ? (GODADDY_CODES[code] ?? null) : null
    },
    sentences: [
      ['blocked', ['rbl reject', 'www.spamhaus.org/query/bl?ip=']],
      ['expired', ['has been in the queue too long', 'delivery timeout']],
      ['mailboxfull', ['account storage limit']],
      ['spamdetected', ['message rejected for spam or virus content']],
      ['suspend', ['account disabled']],
      ['systemerror', ['message is looping']],
      ['userunknown', ['recipient not found', 'account does not exist']],
    ],
  },
  {
    name: 'facebook',
    hosts: ['facebook.com', 'facebookmail.com'],
    decide(text) {
      const code = /\b[A-Z]{3}-[PT]\d\b/.exec(text)?.[0]
      return code ? (FACEBOOK_CODES[code] ?? null) : null
    },
  },
  {
    name: 'apple',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    sentences: [
      ['authfailure', ["'s dmarc policy", 'blocked for failing both spf and dkim']],
      [
        'blocked',
        [
          'rejected due to having a domain present in the spamhaus',
          'rejected due to listing in spamhaus',
          'blocked - see https://support.proofpoint.com/dnsbl-lookup',
          'not accepting connections',
        ],
      ],
      ['hasmoved', ['recipient no longer on server']],
      ['mailboxfull', ['user is over quota']],
      ['norelaying', ['relay access denied']],
      ['notaccept', ['host/domain does not accept mail']],
      ['policyviolation', ['due to local policy']],
      ['rejected', ['sender address rejected']],
      ['ratelimited', ['due to excessive volume']],
      // An inactive iCloud address exists but takes no mail for now.
      ['suspend', ['inactive email address']],
      ['userunknown', ['user does not exist', 'unknown or illegal alias']],
    ],
  },
  {
    name: 'zoho',
    hosts: ['zoho.com', 'zoho.eu', 'zohomail.com'],
    sentences: [
      ['authfailure', ['email rejected per dmarc policy']],
      ['blocked', ['greylisted, try again after some time']],
      [
        'rejected',
        ['email cannot be delivered. reason: email flagged as spam', 'mail rejected by destination domain'],
      ],
      ['policyviolation', ['email policy violation detected', 'mailbox delivery restricted by policy error']],
      ['systemerror', ['temporary system error']],
      ['userunknown', ['user does not exist']],
      ['virusdetected', [' detected by zoho mail']],
    ],
  },
  {
    name: 'yahoo',
    hosts: ['yahoo.com', 'yahoodns.net', 'ymail.com', 'rocketmail.com', 'aol.com', 'aol.jp'],
    sentences: [
      ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
      [
        'blocked',
        [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl'],
      ],
      ['norelaying', ['relaying denied for ']],
      ['notcompliantrfc', ['headers are not rfc compliant']],
      ['policyviolation', ['not accepted for policy reasons']],
      ['rejected', ['due to unresolvable rfc.5321 domain', ' will be permanently deferred']],
      ['ratelimited', ['user is receiving mail too quickly', 'max message per connection reached']],
      ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
      ['syntaxerror', ['syntax error in parameters or arguments']],
      ['userunknown', ["dd this user doesn't have a ", 'mailbox not found']],
    ],
  },
  {
    // Microsoft 365 / Exchange Online and Outlook.com (hotmail, live, msn) and the hosts that answer for them.
    name: 'microsoft',
    hosts: [
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'office365.com',
      'onmicrosoft.com',
      'outlook.jp',
      'hotmail.co.jp',
      'live.jp',
      'hotmail.co.uk',
      'hotmail.fr',
      'hotmail.de',
      'hotmail.it',
      'hotmail.es',
      'live.co.uk',
      'live.fr',
      'windowslive.com',
    ],
    signature: /\bprotection\.outlook\.com\b/i,
    decide: (text, lower, _permanent, status) => microsoftReason(text, lower, status),
  },
  {
    // Google Workspace's own DSN sentences (reported by googlemail.com).
    name: 'gsuite',
    hosts: ['googlemail.com'],
    decide(_text, lower, permanent) {
      if (lower.includes("because the address couldn't be found")) return 'userunknown'
      if (lower.includes('null mx')) return 'notaccept'
      if (lower.includes('responded with code nxdomain') || lower.includes('domain name not found'))
        return permanent ? 'hostunknown' : 'networkerror'
      return null
    },
  },
  {
    // Tencent (QQ Mail, Foxmail, Tencent Exmail): service.mail.qq.com/detail/122.
    name: 'tencent',
    hosts: ['qq.com', 'foxmail.com'],
    sentences: [
      ['authfailure', ['spf check failed', 'dmarc check failed']],
      ['blocked', ['suspected bounce attacks', 'suspected spam ip', 'connection denied']],
      ['emailtoolarge', ['message too large']],
      ['spamdetected', ['spam is embedded in the email', 'mail content denied']],
      ['rejected', ['suspected spam', 'mail is rejected by recipients']],
      [
        'ratelimited',
        [
          'mailbox unavailable or access denined',
          'frequency of receiving messages is limited',
          'ip frequency limited',
          'domain frequency limited',
          'sender frequency limited',
          'connection frequency limited',
        ],
      ],
      ['suspend', ['is a deactivated mailbox']],
      ['syntaxerror', ['bad address syntax']],
      ['userunknown', ['mailbox not found']],
    ],
  },
  {
    // Mimecast's SMTP error codes page: its sentences name the policy that refused the message.
    name: 'mimecast',
    hosts: ['mimecast.com', 'mimecast-offshore.com'],
    sentences: [
      [
        'authfailure',
        [
          'spf sender invalid - envelope rejected',
          'dkim sender invalid - envelope rejected',
          'dmarc sender invalid - envelope rejected',
        ],
      ],
      ['badreputation', ['internal resources are temporarily unavailable', 'local ct ip reputation']],
      [
        'blocked',
        ['sender address blocked', 'recipient temporarily unavailable', 'ip temporarily blacklisted'],
      ],
      ['expired', ['journal messages past the expiration']],
      [
        'failedstarttls',
        [
          'this route requires encryption (tls)',
          'this route requires tls version 1.2 or greater',
          'this route requires high-strength ciphers',
          'configuration is invalid for this certificate',
        ],
      ],
      ['emailtoolarge', ['maximum email size exceeded']],
      ['networkerror', ['the incorrect hostname used for inbounds', 'mail loop detected']],
      ['norelaying', ['open relay not allowed', 'open relay is not allowed']],
      ['notaccept', ['account inbounds disabled']],
      [
        'onhold',
        ['account outbounds disabled', 'hostname is not authorized', 'journal message past expiration'],
      ],
      [
        'policyviolation',
        [
          'anti-spoofing policy - inbound not allowed',
          'rejected by header-based anti-spoofing policy',
          'message bounced due to content examination policy',
          'host network not allowed',
          'host network, not allowed',
        ],
      ],
      [
        'rejected',
        [
          'administrative prohibition envelope blocked',
          'envelope blocked - user entry',
          'envelope blocked - user domain entry',
          'rejected by header-based manually blocked senders',
          'rejected by header-based blocked senders',
          'envelope rejected - block policy for envelope from address',
        ],
      ],
      ['securityerror', ['incorrect authentication data', 'submitter failed to authenticate']],
      [
        'systemerror',
        [
          'unable to process connection at this time',
          'message ended early',
          'unable to process command',
          'unable to process an email at this time',
        ],
      ],
      ['ratelimited', ['account service is temporarily unavailable', 'exceeding outbound thread limit']],
      ['virusdetected', ['email rejected due to security policies']],
      ['userunknown', ['invalid recipient', 'user unknown', 'invalid address']],
    ],
  },
  {
    // Cloudflare Email Routing (developers.cloudflare.com/email-routing/postmaster).
    name: 'cloudflare',
    hosts: ['mx.cloudflare.net'],
    sentences: [
      ['blocked', ['found on one or more dnsbls']],
      ['systemerror', ['upstream error']],
    ],
  },
  {
    // Gmail and Google Workspace, and the hosts that answer for them (gmail-smtp-in.l.google.com, …).
    name: 'google',
    hosts: ['gmail.com', 'googlemail.com', 'google.com'],
    decide: (_text, lower, _permanent, status) => byCodeTable(GOOGLE_REPLIES, status, lower),
  },
]

const matchesHost = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`)

/**
 * The reason a provider's own rule gives, or null when no rule applies or its tables say nothing.
 * @param hosts the recipient's domain and the host names the report gives, lower-case
 */
export function hostReason(
  hosts: readonly string[],
  text: string,
  permanent: boolean,
  status: string | null = null
): { reason: Reason; rule: string } | null {
  if (!text) return null
  let lower: string | undefined
  for (const rule of RULES) {
    const applies =
      hosts.some((host) => rule.hosts.some((suffix) => matchesHost(host, suffix))) ||
      (rule.signature?.test(text) ?? false)
    if (!applies) continue
    // Lower-cased only once a rule applies: most events match no provider's host.
    lower ??= text.toLowerCase()
    const reason =
      rule.decide?.(text, lower, permanent, status) ??
      (rule.sentences ? bySentence(rule.sentences, lower) : null)
    if (reason) return { reason, rule: `host:${rule.name}` }
  }
  return null
}
