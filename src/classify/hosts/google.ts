/**
 * Google: Gmail and Google Workspace by their documented replies (enhanced code and sentence together), and
 * Google Workspace's own DSN sentences. Two rules, tried at different places of the registry.
 * @module
 */
import { byCodeTable, type CodeTable, type HostRule } from './rules'

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
  // The message's own content (Gmail points to its content and attachment guidelines), as the corpus's label for a
  // Sendmail report that quotes this reply whole in its transcript reads it.
  ['5.7.0', 'blocked because its content presents a potential security issue', 'contenterror'],
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

export const GSUITE: HostRule = {
  // Google Workspace's own DSN sentences (reported by googlemail.com).
  name: 'gsuite',
  hosts: ['googlemail.com'],
  decide(_text, lower, permanent, status) {
    // The same sentence as Google writes it in Japanese and Korean ("アドレスが見つからなかったか、メールを受信できない
    // アドレスであるため", "주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어"): real notices pasted on
    // trialtype.work (2025-12-03) and in openspeech-team/openspeech#69.
    // Only where the status, if any, is an address's (x.1.x) or says nothing more (x.0.0): a quoted reply's specific
    // status stands over the headline ("552 5.2.2 mailbox full" under it is the mailbox's, not a missing address).
    if (
      (status === null || /^[45]\.(?:1\.\d{1,3}|0\.0)$/.test(status)) &&
      (lower.includes("because the address couldn't be found") ||
        lower.includes('アドレスが見つからなかったか') ||
        lower.includes('주소를 찾을 수 없거나 해당 주소에서'))
    )
      return 'userunknown'
    // The recipient domain's null MX; a remote server's refusal of the sender's (RFC 7505 §4.3) is not Google's.
    if (lower.includes('null mx') && !/sender (?:address|domain) has (?:a )?null ?mx/.test(lower))
      return 'notaccept'
    // Gmail's DNS error when the name exists but holds no mail host either ("DNS type 'mx' lookup of gmail had no
    // relevant answers", then the same for 'aaaa' and 'a': an address typed without its top-level domain, as a
    // bounce in django-cms/django-cms#6681 shows): no host takes mail for it.
    if (
      lower.includes('responded with code nxdomain') ||
      lower.includes('domain name not found') ||
      /dns type 'a' lookup of \S+ had no relevant answers/.test(lower)
    )
      return permanent ? 'hostunknown' : 'networkerror'
    return null
  },
}

export const GOOGLE: HostRule = {
  // Gmail and Google Workspace, and the hosts that answer for them (gmail-smtp-in.l.google.com, …).
  name: 'google',
  hosts: ['gmail.com', 'googlemail.com', 'google.com'],
  decide: (_text, lower, _permanent, status) => byCodeTable(GOOGLE_REPLIES, status, lower),
}
