/**
 * Postmark webhooks (docs/spec/providers.md §5): no signature; HTTP Basic credentials configured on the webhook are the
 * credential, compared in constant time. One record per request; dispatch on the `Type` string.
 * @module
 */
import { credentialsMatch } from '../lib/basic-auth'
import { ApiError } from '../lib/errors'
import { isObject, type JsonObject, str } from '../lib/json'
import { type Draft, toEvents } from './drafts'
import { postmarkStream, withScope } from './scope-fields'
import type { ParseResult, VerifyInput, WebhookProvider } from './types'

/** Bounce types that say nothing about the recipient or are not failures: answered 200, recorded as ignored. */
const IGNORED_TYPES = new Set([
  'Subscribe',
  'Unsubscribe',
  'AddressChange',
  'OpenRelayTest',
  'VirusNotification',
  'ChallengeVerification',
  'Unconfirmed',
  'SMTPApiError',
  'InboundError',
  'TemplateRenderingFailed',
])
/** Temporary by Postmark's own account: counted as soft whatever the text says. */
const TEMPORARY_TYPES = new Set(['Transient', 'SoftBounce', 'DnsError', 'Unknown'])

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export const postmark: WebhookProvider = {
  name: 'postmark',
  docs: {
    summary: 'Postmark events',
    scheme: 'HTTP Basic auth (`POSTMARK_WEBHOOK_USER`, `POSTMARK_WEBHOOK_PASSWORD`).',
  },
  json: true,
  maxBodyBytes: 1024 * 1024,

  secrets(env) {
    const user = env.POSTMARK_WEBHOOK_USER
    const password = env.POSTMARK_WEBHOOK_PASSWORD
    return user && password ? [`basic:${user}:${password}`] : []
  },

  verify: ({ headers }: VerifyInput, secrets: string[]) => credentialsMatch(headers, secrets),

  async parse(body, { now }): Promise<ParseResult> {
    const { doc, id } = parseWithRawId(body)
    const recordType = str(doc.RecordType)
    if (!recordType) throw new ApiError('invalid_request', 'A Postmark record needs "RecordType".')
    const fallback = new Date(now).toISOString()
    const messageId = str(doc.MessageID)

    if (recordType === 'Delivery') {
      const eventId = `delivery:${messageId ?? ''}:${str(doc.Recipient) ?? ''}`
      const draft: Draft = {
        id: eventId,
        recipient: doc.Recipient,
        kind: 'delivered',
        occurredAt: doc.DeliveredAt,
        messageId,
      }
      return withScope(
        { ...toEvents('postmark', [draft], fallback), ignored: [] },
        postmarkStream(doc.MessageStream)
      )
    }
    if (recordType !== 'Bounce' && recordType !== 'SpamComplaint') {
      return {
        events: [],
        ignored: [{ eventId: `${recordType}:${id ?? messageId ?? ''}`, type: recordType }],
        invalid: 0,
      }
    }
    // Postmark's ID exceeds 2^53: the key uses its digits as sent, never the rounded number.
    const eventId = `${recordType}:${id ?? `${messageId ?? ''}:${str(doc.Email) ?? ''}`}`
    const type = str(doc.Type) ?? ''
    if (recordType === 'Bounce' && IGNORED_TYPES.has(type)) {
      return { events: [], ignored: [{ eventId, type: `Bounce/${type}` }], invalid: 0 }
    }
    const draft: Draft = {
      id: eventId,
      recipient: doc.Email,
      occurredAt: doc.BouncedAt,
      messageId,
      diagnostic: doc.Details,
      ...classifyRecord(recordType, type, doc),
    }
    return withScope(
      { ...toEvents('postmark', [draft], fallback), ignored: [] },
      postmarkStream(doc.MessageStream)
    )
  },
}

function classifyRecord(
  recordType: string,
  type: string,
  doc: JsonObject
): Pick<Draft, 'kind' | 'providerType' | 'feedbackType'> {
  if (recordType === 'SpamComplaint' || type === 'SpamComplaint') {
    return { kind: 'complaint', providerType: 'SpamComplaint', feedbackType: 'abuse' }
  }
  // Inactive: Postmark itself will not send to the address again (it deactivated it): mirror that.
  if (
    doc.Inactive === true &&
    !TEMPORARY_TYPES.has(type) &&
    type !== 'SpamNotification' &&
    type !== 'Blocked'
  ) {
    return {
      kind: 'bounce',
      providerType: type === 'HardBounce' || type === 'BadEmailAddress' ? type : 'ManuallyDeactivated',
    }
  }
  return { kind: TEMPORARY_TYPES.has(type) ? 'deferred' : 'bounce', providerType: type || null }
}

/** Parses the record and reads `ID` from its source digits (JSON.parse would round it). */
function parseWithRawId(body: Uint8Array): { doc: JsonObject; id: string | null } {
  let text: string
  try {
    text = decoder.decode(body)
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8.')
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.')
  }
  if (!isObject(doc)) throw new ApiError('invalid_request', 'A Postmark record must be a JSON object.')
  return { doc, id: topLevelIntegerSource(text, 'ID') }
}

/**
 * The source text of a top-level integer field. Scans the JSON once, tracking depth and strings, so an "ID"
 * inside `Metadata` or a string value cannot be mistaken for the record's own.
 */
export function topLevelIntegerSource(text: string, field: string): string | null {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') {
      const end = skipString(text, i)
      if (depth === 1 && text.slice(i + 1, end) === field) {
        const m = /^\s*:\s*(-?\d+)(?=[\s,}])/.exec(text.slice(end + 1, end + 40))
        if (m) return m[1]!
      }
      i = end
    } else if (ch === '{' || ch === '[') depth++
    else if (ch === '}' || ch === ']') depth--
  }
  return null
}

/** Index of the closing quote of the string starting at `start`. */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}
