/**
 * Orange and La Poste (the former French PTT): their codes name the reason in their last three digits.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

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

export const FRANCE_PTT: HostRule = {
  name: 'franceptt',
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  signature: FRANCE_PTT_CODE,
  decide(text) {
    const code = FRANCE_PTT_CODE.exec(text)?.[0]
    return code ? (FRANCE_PTT_CODES[code.slice(-3)] ?? null) : null
  },
  sentences: [['authfailure', ['spf/dns de votre nom de domaine']]],
}
