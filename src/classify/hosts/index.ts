/**
 * Host rules: what a few large mailbox providers mean by their own codes and sentences. Their words can read
 * one way in general and mean another at that provider (au's "550 : User unknown" is its sender filter; Orange's
 * `OFR_506` is a spam verdict whatever its status says), so a host rule decides before the general phrases.
 * A rule applies when the recipient's domain or a host the report names (Remote-MTA, Reporting-MTA) is the
 * provider's, or when the provider's own code format names it. Tables from the providers' postmaster pages, as
 * collected by Sisimai's host modules, one file per provider. Pure; no bindings.
 * @module
 */
import type { Reason } from '../reasons'
import { APPLE } from './apple'
import { CLOUDFLARE } from './cloudflare'
import { COMCAST } from './comcast'
import { COX } from './cox'
import { DOCOMO } from './docomo'
import { FACEBOOK } from './facebook'
import { FRANCE_PTT } from './france-ptt'
import { GODADDY } from './godaddy'
import { GOOGLE, GSUITE } from './google'
import { KDDI } from './kddi'
import { MICROSOFT } from './microsoft'
import { MIMECAST } from './mimecast'
import { NETEASE } from './netease'
import { bySentence, type HostRule } from './rules'
import { SPECTRUM } from './spectrum'
import { TENCENT } from './tencent'
import { UNITED_INTERNET } from './united-internet'
import { YAHOO, YAHOO_JAPAN } from './yahoo'
import { ZOHO } from './zoho'

/** The rules in the order they are tried: the first that applies and gives a reason decides. */
export const HOST_RULES: readonly HostRule[] = [
  KDDI,
  DOCOMO,
  FRANCE_PTT,
  GODADDY,
  FACEBOOK,
  APPLE,
  ZOHO,
  YAHOO,
  YAHOO_JAPAN,
  MICROSOFT,
  GSUITE,
  TENCENT,
  NETEASE,
  MIMECAST,
  COX,
  COMCAST,
  SPECTRUM,
  UNITED_INTERNET,
  CLOUDFLARE,
  GOOGLE,
]

const MAX_HOST_NAME = 253

/** Each host suffix a rule names → the rules naming it. */
const RULES_BY_SUFFIX = new Map<string, HostRule[]>()
for (const rule of HOST_RULES)
  for (const suffix of rule.hosts) RULES_BY_SUFFIX.set(suffix, [...(RULES_BY_SUFFIX.get(suffix) ?? []), rule])

/**
 * The rules whose hosts `hosts` are (the host itself or a parent domain: "mx1.mail.icloud.com" is icloud.com's).
 * One lookup per label of each host, where comparing each host with every rule's suffixes cost a string per pair.
 */
function rulesOfHosts(hosts: readonly string[]): ReadonlySet<HostRule> {
  const found = new Set<HostRule>()
  // No host name is longer (RFC 1035): a hostile Remote-MTA of thousands of labels is no provider's host, and its
  // suffixes alone would cost a string each.
  for (const host of hosts)
    for (let from = host.length > MAX_HOST_NAME ? -1 : 0; from >= 0; ) {
      for (const rule of RULES_BY_SUFFIX.get(from === 0 ? host : host.slice(from)) ?? []) found.add(rule)
      const dot = host.indexOf('.', from)
      from = dot < 0 ? -1 : dot + 1
    }
  return found
}

/**
 * The reason a provider's own rule gives, or null when no rule applies or its tables say nothing.
 * @param hosts the recipient's domain and the host names the report gives, lower-case
 */
export function hostReason(
  hosts: readonly string[],
  text: string,
  permanent: boolean,
  status: string | null = null
): { reason: Reason; rule: string } | null {
  if (!text) return null
  let lower: string | undefined
  const ofHosts = hosts.length > 0 ? rulesOfHosts(hosts) : null
  for (const rule of HOST_RULES) {
    // The signature in the words, or in the status a report states beside them (Stalwart's DSN keeps Exchange
    // Online's "5.7.511" in Status and drops it from the Diagnostic-Code).
    const applies =
      ofHosts?.has(rule) ||
      (rule.signature ? rule.signature.test(text) || (status !== null && rule.signature.test(status)) : false)
    if (!applies) continue
    // Lower-cased only once a rule applies: most events match no provider's host.
    lower ??= text.toLowerCase()
    const reason =
      rule.decide?.(text, lower, permanent, status) ??
      (rule.sentences ? bySentence(rule.sentences, lower) : null)
    if (reason) return { reason, rule: `host:${rule.name}` }
  }
  return null
}
