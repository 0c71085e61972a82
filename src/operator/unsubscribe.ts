/**
 * One-click unsubscribe (RFC 8058; docs/api.md "Unsubscribe"): turning a verified token's target into a
 * suppression with disposition `unsubscribe` in its scope, and back (the confirmation page's "undo"). Shared by
 * the public `/u/{token}` routes and the `mailto:` form arriving through Email Routing.
 * @module
 */
import { decodeWords } from 'postal-mime'
import type { Env } from '../env'
import { ledgerFor } from '../ledger/stub'
import { StoreUnavailableError, storeCall } from '../lib/errors'
import { secretList } from '../lib/secrets'
import { scopeKey } from '../lib/tenancy'
import { type UnsubscribeTarget, verifyUnsubscribeToken } from '../lib/unsubscribe-token'
import { isActive } from '../policy'

/** The signing secrets, or null when UNSUBSCRIBE_SECRET is not set. */
export function unsubscribeSecrets(env: Env): string[] | null {
  const secrets = secretList(env.UNSUBSCRIBE_SECRET)
  return secrets.length > 0 ? secrets : null
}

/**
 * Suppresses the target's address in its scope; `already` when a suppression is in force there (a mail client
 * that posts twice changes nothing the second time) or the address was erased.
 */
export async function unsubscribe(
  env: Env,
  target: UnsubscribeTarget,
  via: 'one-click' | 'page' | 'mailto',
  now: number
): Promise<{ already: boolean }> {
  const ledger = ledgerFor(env, target.address)
  const scope = { tenant: target.tenant, stream: target.stream }
  const { state, erased } = await storeCall(() => ledger.inspect())
  const current = state.records[scopeKey(scope)] ?? null
  if (erased || (current?.suppressed && isActive(current, now))) return { already: true }
  const result = await storeCall(() =>
    ledger.suppress(
      target.address,
      {
        reason: 'unsubscribed',
        source: 'unsubscribe',
        restore: { disposition: 'unsubscribe', source: 'unsubscribe' },
        scope,
        since: new Date(now).toISOString(),
        expires_at: null,
        note: via === 'mailto' ? 'List-Unsubscribe mailto' : 'List-Unsubscribe one-click (RFC 8058)',
        eventId: `unsubscribe:${crypto.randomUUID()}`,
        actor: 'unsubscribe',
      },
      now
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the unsubscribe.')
  return { already: false }
}

/** Undoes the target's unsubscribe (only an unsubscribe: an operator's or a bounce's entry stays). */
export async function resubscribe(env: Env, target: UnsubscribeTarget, now: number): Promise<boolean> {
  const ledger = ledgerFor(env, target.address)
  const scope = { tenant: target.tenant, stream: target.stream }
  const { state } = await storeCall(() => ledger.inspect())
  if (state.records[scopeKey(scope)]?.disposition !== 'unsubscribe') return false
  const result = await storeCall(() =>
    ledger.lift(
      target.address,
      {
        actor: 'unsubscribe',
        note: 'undo on the confirmation page',
        eventId: `unsubscribe:undo:${crypto.randomUUID()}`,
        scope,
      },
      now
    )
  )
  if (!result.ok) throw new StoreUnavailableError('The ledger could not sync the undo.')
  return result.lifted !== null
}

/** The token a `mailto:` unsubscribe carries in its subject (`unsubscribe u1.….…`), or null. */
export function tokenInSubject(subject: string | null): string | null {
  // A mail client may send even an ASCII subject as RFC 2047 encoded words (`=?utf-8?B?…?=`).
  if (subject?.includes('=?')) subject = decodeWords(subject)
  return subject?.match(/\bu1\.[A-Za-z0-9_-]{1,600}\.[A-Za-z0-9_-]{22}\b/)?.[0] ?? null
}

/**
 * The `mailto:` form of List-Unsubscribe, arriving through Email Routing at UNSUBSCRIBE_MAILBOX: a valid token
 * in the subject unsubscribes its target; anything else is logged and dropped (never bounced: backscatter).
 */
export async function unsubscribeByMail(
  env: Env,
  subject: string | null,
  now: number
): Promise<'applied' | 'already' | 'invalid' | 'unavailable'> {
  const secrets = unsubscribeSecrets(env)
  if (!secrets) return 'unavailable'
  const token = tokenInSubject(subject)
  const target = token ? await verifyUnsubscribeToken(token, secrets) : null
  if (!target) return 'invalid'
  return (await unsubscribe(env, target, 'mailto', now)).already ? 'already' : 'applied'
}
