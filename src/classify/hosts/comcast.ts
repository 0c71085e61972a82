/**
 * Comcast (Xfinity): the codes of its published error-code pages (postmaster.comcast.net "Mail delivery error
 * codes", xfinity.com/support/articles/email-errors). A refusal carries its code and a link to the code's page.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/** ES…: sent from dynamic or residential IP space; BL…: the IP is on a blocklist or sent like spam; RL…: rate. */
const CODES: readonly [RegExp, Reason][] = [
  [/^ES\d+$/, 'blocked'],
  [/^BL\d+$/, 'blocked'],
  [/^RL\d+$/, 'ratelimited'],
]

export const COMCAST: HostRule = {
  name: 'comcast',
  hosts: ['comcast.net', 'comcast.com'],
  // The six-bit codes (ES000001, BL000101: one bit per blocklist, RL000001) are Comcast's alone; the older short ones
  // (BL004) count only with its hosts.
  signature: /\b(?:ES|BL|RL)[01]{6}\b/,
  decide(text) {
    const code = /\b((?:ES|BL|RL)\d{3,6})\b/.exec(text)?.[1]
    return code ? (CODES.find(([pattern]) => pattern.test(code))?.[1] ?? null) : null
  },
  // The non-specific replies its page explains.
  sentences: [
    ['ratelimited', ['too many sessions opened']],
    ['requireptr', ['reverse dns failure']],
  ],
}
