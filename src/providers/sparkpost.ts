/**
 * SparkPost (Bird) webhooks (docs/spec/providers.md §8.2): no signature; Basic credentials configured on the webhook.
 * A JSON array of `{msys: {<class>: {type, …}}}`; every number arrives as a string.
 * @module
 */
import { credentialsMatch } from '../lib/basic-auth'
import { fingerprint } from '../lib/canonical'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, parseJsonBytes, str } from '../lib/json'
import { batchResult, type Draft } from './drafts'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/** SparkPost bounce classes that mean something on their own (support.sparkpost.com bounce classification). */
const BOUNCE_CLASSES: Record<string, string> = {
  '10': 'BadEmailAddress', // invalid recipient
  '30': 'BadEmailAddress', // generic bounce: no RCPT
  '60': 'AutoResponder', // an auto-reply or vacation mail, no failure (SES and Postmark read theirs so)
  '22': 'MailboxFull',
  '23': 'MessageTooLarge',
  '50': 'Blocked',
  '51': 'Blocked',
  '52': 'Blocked',
  '53': 'Blocked',
  '54': 'Blocked',
  '90': 'Unsubscribed',
}
/** Classes that are temporary by SparkPost's own account. */
const SOFT_CLASSES = new Set(['20', '21', '22', '23', '24', '40', '60', '70'])
/** Admin failures (25, 26): SparkPost's own policies, its suppression list among them. */
const ADMIN_CLASSES = new Set(['25', '26'])
/** Classes that report no failure: a subscribe request (80), a challenge-response probe (100). */
const NOT_FAILURES = new Set(['80', '100'])

/**
 * An admin failure's label: a mirror of SparkPost's suppression list when its words say so ("recipient address was
 * suppressed due to customer policy", SparkPost's support articles) or it has none; otherwise one of SparkPost's
 * configured policies refusing the sender's own setup ("550 5.7.1 Unconfigured Sending Domain", a real class-25
 * refusal in theCrag/website#2160), which would otherwise suppress every recipient for good.
 */
function adminLabel(reason: unknown): string {
  const words = str(reason)
  return !words || /suppress|previously bounced|unsubscribed|suppression list/i.test(words)
    ? 'Suppressed'
    : 'Blocked'
}

export const sparkpost: WebhookProvider = {
  name: 'sparkpost',
  docs: {
    summary: 'SparkPost events',
    scheme: 'HTTP Basic auth (`SPARKPOST_WEBHOOK_USER`, `SPARKPOST_WEBHOOK_PASSWORD`).',
  },
  json: true,
  maxBodyBytes: 5 * 1024 * 1024,

  secrets(env) {
    return env.SPARKPOST_WEBHOOK_USER && env.SPARKPOST_WEBHOOK_PASSWORD
      ? [`basic:${env.SPARKPOST_WEBHOOK_USER}:${env.SPARKPOST_WEBHOOK_PASSWORD}`]
      : []
  },

  verify: ({ headers }: VerifyInput, secrets: string[]) => credentialsMatch(headers, secrets),

  async parse(body, { now }): Promise<ParseResult> {
    const doc = parseJsonBytes(body)
    if (!Array.isArray(doc)) throw new ApiError('invalid_request', 'A SparkPost batch must be a JSON array.')
    const entries = await Promise.all(
      doc.map(async (item) => {
        const msys = isObject(item) && isObject(item.msys) ? item.msys : null
        const event = msys ? Object.values(msys).find(isObject) : undefined
        // SparkPost's endpoint test sends `[{"msys":{}}]`: authentic, nothing to do.
        if (!event) return msys ? { id: 'validation', type: 'validation', draft: null } : null
        const id = str(event.event_id) ?? `sha256:${(await fingerprint(event)).slice(0, 32)}`
        return { id, type: str(event.type) ?? 'unknown', draft: toDraft(event, id) }
      })
    )
    return batchResult('sparkpost', entries, now)
  },
}

function toDraft(e: JsonObject, id: string): Draft | null {
  const base = {
    id,
    recipient: e.rcpt_to ?? e.raw_rcpt_to,
    occurredAt: Number(e.timestamp) || null,
    messageId: e.message_id,
  }
  const details = { replyCode: e.error_code, diagnostic: e.raw_reason ?? e.reason }
  switch (e.type) {
    case 'bounce':
    case 'out_of_band': {
      const cls = str(e.bounce_class) ?? ''
      if (NOT_FAILURES.has(cls)) return null
      return {
        ...base,
        ...details,
        kind: SOFT_CLASSES.has(cls) ? 'deferred' : 'bounce',
        providerType: ADMIN_CLASSES.has(cls) ? adminLabel(details.diagnostic) : (BOUNCE_CLASSES[cls] ?? null),
      }
    }
    case 'delay':
      return { ...base, ...details, kind: 'deferred' }
    case 'policy_rejection':
      return { ...base, ...details, kind: 'dropped', providerType: adminLabel(details.diagnostic) }
    case 'spam_complaint':
      return { ...base, kind: 'complaint', feedbackType: e.fbtype ?? 'abuse' }
    case 'delivery':
      return { ...base, kind: 'delivered' }
    default:
      return null
  }
}
