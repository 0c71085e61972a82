/**
 * Facebook: its documented response codes (`POL-P1`, `RCP-T4`, …).
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

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

export const FACEBOOK: HostRule = {
  name: 'facebook',
  hosts: ['facebook.com', 'facebookmail.com'],
  decide(text) {
    const code = /\b[A-Z]{3}-[PT]\d\b/.exec(text)?.[0]
    return code ? (FACEBOOK_CODES[code] ?? null) : null
  },
}
