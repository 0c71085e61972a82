/**
 * The mailbox provider behind a recipient domain (gmail, outlook, yahoo, icloud, other), by the consumer domains
 * each one serves. Pure. Hosted business domains (Google Workspace, Microsoft 365) would need the domain's MX
 * records, which Ricochet does not look up: they count as `other`.
 * @module
 */

export const MAILBOX_PROVIDERS = ['gmail', 'outlook', 'yahoo', 'icloud', 'other'] as const
export type MailboxProvider = (typeof MAILBOX_PROVIDERS)[number]

const EXACT: Record<string, MailboxProvider> = {
  'gmail.com': 'gmail',
  'googlemail.com': 'gmail',
  'msn.com': 'outlook',
  'passport.com': 'outlook',
  'ymail.com': 'yahoo',
  'rocketmail.com': 'yahoo',
  'aol.com': 'yahoo',
  'icloud.com': 'icloud',
  'me.com': 'icloud',
  'mac.com': 'icloud',
}

/** Country variants: outlook.de, hotmail.co.uk, live.fr, yahoo.co.jp … */
const FAMILIES: [RegExp, MailboxProvider][] = [
  [/^(outlook|hotmail|live|windowslive)\.[a-z.]+$/, 'outlook'],
  [/^yahoo\.[a-z.]+$/, 'yahoo'],
]

export function mailboxProvider(domain: string): MailboxProvider {
  const d = domain.trim().toLowerCase()
  const exact = EXACT[d]
  if (exact) return exact
  for (const [pattern, provider] of FAMILIES) if (pattern.test(d)) return provider
  return 'other'
}

/** Sums per-domain counts into the five providers (every provider present, zero when none). */
export function providerSplit(
  domains: { domain: string; events: number }[]
): Record<MailboxProvider, number> {
  const split = Object.fromEntries(MAILBOX_PROVIDERS.map((p) => [p, 0])) as Record<MailboxProvider, number>
  for (const { domain, events } of domains) split[mailboxProvider(domain)] += events
  return split
}
