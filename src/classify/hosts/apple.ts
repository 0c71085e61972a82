/**
 * Apple (iCloud, me.com, mac.com): the sentences its servers answer with.
 * @module
 */
import type { HostRule } from './rules'

export const APPLE: HostRule = {
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
}
