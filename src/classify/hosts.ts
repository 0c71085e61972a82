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
  decide?(text: string, lower: string, permanent: boolean): Reason | null
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
]

const matchesHost = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`)

/**
 * The reason a provider's own rule gives, or null when no rule applies or its tables say nothing.
 * @param hosts the recipient's domain and the host names the report gives, lower-case
 */
export function hostReason(
  hosts: readonly string[],
  text: string,
  permanent: boolean
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
      rule.decide?.(text, lower, permanent) ?? (rule.sentences ? bySentence(rule.sentences, lower) : null)
    if (reason) return { reason, rule: `host:${rule.name}` }
  }
  return null
}
