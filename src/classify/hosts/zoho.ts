/**
 * Zoho Mail: the sentences its servers answer with.
 * @module
 */
import type { HostRule } from './rules'

export const ZOHO: HostRule = {
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
}
