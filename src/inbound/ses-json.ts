/**
 * Amazon SES notifications sent by e-mail: SES can mail its JSON notifications (SNS e-mail subscriptions), read
 * here like the SES webhook reads them (`formats/ses-notification.ts`).
 * @module
 */
import type { Draft } from '../formats/draft'
import { sesNotificationDrafts } from '../formats/ses-notification'
import { reportedAddress } from '../lib/address'
import { isObject, type JsonObject, str } from '../lib/json'
import { affords, type Parts } from './mime'
import { type Extracted, type Finding, MAX_RESULTS, reportedEvent } from './result'

/** The notification's recipients, or null when the body holds no SES notification of a kind Ricochet uses. */
export function fromSesJson(parts: Parts): Extracted | null {
  const doc = notificationIn(parts.text)
  if (!doc) return null
  const kind = str(doc.eventType) ?? str(doc.notificationType) ?? ''
  const mail = isObject(doc.mail) ? doc.mail : {}
  let drafts: Draft[] | null
  try {
    drafts = sesNotificationDrafts(kind, doc, '', mail.messageId)
  } catch {
    // The JSON names a kind but lacks its object: not a notification this door can read (the parser never throws).
    return null
  }
  if (!drafts) return null
  const originalId = typeof mail.messageId === 'string' ? mail.messageId : null
  // The same cap as every other extractor: a notification naming thousands of recipients is read up to it.
  const results = drafts.slice(0, MAX_RESULTS).flatMap((d) => {
    const diagnostic = typeof d.diagnostic === 'string' ? d.diagnostic.length : 0
    if (!affords(parts, diagnostic)) return []
    const address = reportedAddress(d.recipient)
    if (!address.ok) return []
    return [reportedEvent(address.address, { ...findingOf(d, originalId), addressOddity: address.oddity })]
  })
  return { kind: 'prose', results }
}

function findingOf(d: Draft, originalId: string | null): Finding {
  return {
    kind: d.kind === 'complaint' || d.kind === 'delivered' || d.kind === 'deferred' ? d.kind : 'bounce',
    status: typeof d.status === 'string' ? d.status : null,
    diagnostic: typeof d.diagnostic === 'string' ? d.diagnostic : null,
    providerType: typeof d.providerType === 'string' ? d.providerType : null,
    feedbackType: typeof d.feedbackType === 'string' ? d.feedbackType : null,
    originalId,
    ...(d.recordOnly ? { recordOnly: d.recordOnly } : {}),
  }
}

/** The first JSON object in the text that starts like an SES notification, parsed. */
function notificationIn(text: string): JsonObject | null {
  // A plain search first: nearly every body names neither key, and a string search is far cheaper than the pattern.
  if (!text.includes('"notificationType"') && !text.includes('"eventType"')) return null
  const start = text.search(/\{\s*"(?:notificationType|eventType)"/)
  if (start < 0) return null
  const object = balancedObject(text, start)
  let doc: unknown
  try {
    doc = JSON.parse(object)
  } catch {
    // Mailers wrap long lines ("\n " inside a string): undo the wrapping and try once more.
    doc = parsed(object.replace(/\r?\n[ \t]/g, '')) ?? parsed(unbroken(text, start))
  }
  return isObject(doc) ? doc : null
}

/** `json` parsed, or undefined when it is no JSON. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    return undefined
  }
}

/**
 * The object at `start` with every line break removed: a mailer that hard-wraps at a column with a bare break (no
 * space to mark the fold) breaks strings and escapes anywhere, and JSON holds no raw line break of its own, so each
 * one is a fold. (Only the breaks: a pattern taking the spaces around them too backtracked over every start of a
 * long run of spaces.)
 */
function unbroken(text: string, start: number): string {
  return balancedObject(text.slice(start).replace(/\r?\n/g, ''), 0)
}

/** The JSON object that starts at `start`: up to its matching brace, strings and escapes respected. */
function balancedObject(text: string, start: number): string {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return text.slice(start)
}
