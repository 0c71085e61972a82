/**
 * Microsoft 365 / Exchange Online, Outlook.com and Exchange Server: the NDR table (enhanced code and sentence
 * together) and Outlook.com's own troubleshooting codes.
 * @module
 */
import type { Reason } from '../reasons'
import { byCodeTable, type CodeTable, type HostRule } from './rules'

/** Microsoft's NDR table (Exchange Online / Outlook.com, Exchange Server). */
const MICROSOFT_NDRS: CodeTable = [
  ['4.7.26', 'must pass either spf or dkim validation', 'authfailure'],
  ['5.7.23', 'rejected because of sender policy framework violation', 'authfailure'],
  ['5.7.509', 'does not pass dmarc verification', 'authfailure'],
  ['5.7.515', "doesn't meet the required authentication level", 'authfailure'],
  ['4.7.650', 'rate limited due to ip reputation', 'badreputation'],
  // Microsoft's NDR reference: the tenant's traffic "has been detected as suspicious and has resulted in a ban".
  ['5.7.700-749', 'tenant has exceeded threshold', 'badreputation'],
  ['5.7.700-749', 'traffic not accepted from this ip', 'badreputation'],
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
  // The store refusing the sender's own submission ("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:
  // QuotaExceededException…", relayed through smtp.office365.com): the sending mailbox, before the row below.
  ['5.2.2', 'storedrv.submission.exception', 'rejected'],
  ['5.2.2', 'mailbox full', 'mailboxfull'],
  // Exchange's own outbound proxy's name not resolving (its AckReason table) is no dead domain: before the next row.
  ['5.4.4', 'while resolving the outbound proxy frontend server', 'networkerror'],
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
  // The sender's From header, not the sender: the message is malformed (RFC 5322 §3.6.2).
  ['5.7.512', 'message must be rfc 5322 section 3.6.2 compliant', 'notcompliantrfc'],
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
  // Exchange Online's NDR reference: 4.7.500–4.7.699 throttle the sending IP ("451 4.7.500 Server busy. Please try
  // again later from [192.0.2.1]. (AS761)"): the sender's, not the recipient's server failing.
  ['4.7.500', 'server busy. please try again later from', 'ratelimited'],
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

/** Microsoft's reading of one NDR: its table needs the enhanced code the NDR carries; its own codes do not. */
function microsoftReason(text: string, lower: string, status: string | null): Reason | null {
  const byTable = byCodeTable(MICROSOFT_NDRS, status, lower)
  if (byTable) return byTable
  const code = /\b(?:RP|SC|DY|OU)-00\d\b/.exec(text)?.[0]
  // SC-001's page names policy, content or reputation; the reply that says "part of their network is on our block
  // list" (as real SC-001 refusals on hagen-bauer.de and blog.simple-eye.com read) names the block list.
  if (code === 'SC-001' && /\bon our block ?list\b/.test(lower)) return 'blocked'
  return code ? (OUTLOOK_CODES[code] ?? null) : null
}

export const MICROSOFT: HostRule = {
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
  // Exchange Online's own three-digit enhanced codes (5.1.90, 5.7.506, 5.7.322) name it wherever they are relayed;
  // its table still needs the code and the sentence together.
  signature: /\bprotection\.outlook\.com\b|\b[45]\.[1-7]\.[1-9]\d{1,2}\b/i,
  decide: (text, lower, _permanent, status) => microsoftReason(text, lower, status),
}
