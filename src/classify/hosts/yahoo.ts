/**
 * Yahoo and AOL (Yahoo's mail hosts answer for both): the sentences their servers answer with.
 * @module
 */
import type { HostRule } from './rules'

export const YAHOO: HostRule = {
  name: 'yahoo',
  hosts: ['yahoo.com', 'yahoodns.net', 'ymail.com', 'rocketmail.com', 'aol.com', 'aol.jp'],
  sentences: [
    ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
    ['blocked', [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl']],
    ['norelaying', ['relaying denied for ']],
    ['notcompliantrfc', ['headers are not rfc compliant']],
    ['policyviolation', ['not accepted for policy reasons']],
    ['rejected', ['due to unresolvable rfc.5321 domain', ' will be permanently deferred']],
    ['ratelimited', ['user is receiving mail too quickly', 'max message per connection reached']],
    ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
    ['syntaxerror', ['syntax error in parameters or arguments']],
    ['userunknown', ["dd this user doesn't have a ", 'mailbox not found']],
  ],
}
