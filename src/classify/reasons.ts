/**
 * Sisimai's reason vocabulary and Ricochet's default disposition for each (docs/spec/classification.md).
 * @module
 */

export type Disposition = 'hard' | 'soft' | 'block' | 'complaint' | 'none'

export const REASONS = {
  userunknown: 'hard',
  hostunknown: 'hard',
  hasmoved: 'hard',
  notaccept: 'hard',
  suppressed: 'hard',
  mailboxfull: 'soft',
  suspend: 'soft',
  filtered: 'soft',
  expired: 'soft',
  systemfull: 'soft',
  networkerror: 'soft',
  systemerror: 'soft',
  mailererror: 'soft',
  onhold: 'soft',
  undefined: 'soft',
  rejected: 'block',
  blocked: 'block',
  requireptr: 'block',
  badreputation: 'block',
  authfailure: 'block',
  spamdetected: 'block',
  virusdetected: 'block',
  policyviolation: 'block',
  contenterror: 'block',
  notcompliantrfc: 'block',
  securityerror: 'block',
  failedstarttls: 'block',
  norelaying: 'block',
  syntaxerror: 'block',
  ratelimited: 'block',
  emailtoolarge: 'block',
  delivered: 'none',
  vacation: 'none',
  feedback: 'complaint',
} as const satisfies Record<string, Disposition>

export type Reason = keyof typeof REASONS

export const REASON_NAMES = Object.keys(REASONS) as Reason[]

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(REASONS, value)
}

/** Reasons that mark the address itself as dead when the failure is permanent. */
export const ADDRESS_DEAD: ReadonlySet<Reason> = new Set([
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
])
