/**
 * GoDaddy (secureserver.net): its `IBnnn` codes, then its sentences.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

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

export const GODADDY: HostRule = {
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
}
