/**
 * Suppression-list import: recognises Ricochet's own CSV/NDJSON and the exports of SendGrid, Amazon SES,
 * Postmark and Mailgun by their header, and turns each line into an entry or a line-numbered error. Pure.
 * @module
 */
import { classify, isReason } from '../classify'
import { MAX_DIAGNOSTIC } from '../events'
import { normalizeAddress } from '../lib/address'
import { parseRecord, unguardCell } from './csv'

export type ImportFormat = 'ndjson' | 'csv' | 'sendgrid' | 'ses' | 'postmark' | 'mailgun'

export interface ImportEntry {
  line: number
  address: string
  reason: string
  created_at: string | null
  expires_at: string | null
}

export interface ImportError {
  line: number
  error: string
}

/** Column names (lower-cased, `_`/space removed) → field. */
const ALIASES: Record<string, keyof Columns> = {
  email: 'email',
  address: 'email',
  emailaddress: 'email',
  recipient: 'email',
  reason: 'reason',
  suppressionreason: 'reason',
  error: 'reason',
  code: 'code',
  createdat: 'created',
  created: 'created',
  since: 'created',
  lastupdatetime: 'created',
  expiresat: 'expires',
}

interface Columns {
  email?: number
  reason?: number
  code?: number
  created?: number
  expires?: number
}

export interface Layout {
  format: ImportFormat
  columns: Columns
  /** The first line was a header (not data). */
  header: boolean
}

/** Decides the format from the first non-empty line. */
export function detectLayout(firstLine: string): Layout {
  if (firstLine.trimStart().startsWith('{')) return { format: 'ndjson', columns: {}, header: false }
  const fields = (parseRecord(firstLine) ?? []).map((f) => f.trim())
  if (fields.some((f) => f.includes('@')) || fields.length === 0) {
    return { format: 'csv', columns: { email: 0, reason: 1, created: 2, expires: 3 }, header: false }
  }
  const keys = fields.map((f) => f.toLowerCase().replace(/[\s_-]/g, ''))
  const columns: Columns = {}
  keys.forEach((key, i) => {
    const field = ALIASES[key]
    if (field && columns[field] === undefined) columns[field] = i
  })
  const has = (k: string) => keys.includes(k)
  const format: ImportFormat = has('suppressionreason')
    ? 'postmark'
    : has('emailaddress')
      ? 'ses'
      : has('address') && has('code')
        ? 'mailgun'
        : has('email') && has('created') && has('status')
          ? 'sendgrid'
          : 'csv'
  return { format, columns, header: true }
}

/** One data line → an entry or an error; an expiry at or before `now` (ms) is an error. */
export function parseLine(
  layout: Layout,
  line: number,
  text: string,
  now: number
): ImportEntry | ImportError | null {
  if (text.trim() === '') return null
  let email: unknown
  let reason: unknown
  let code: unknown
  let created: unknown
  let expires: unknown
  if (layout.format === 'ndjson') {
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      return { line, error: 'not valid JSON' }
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      return { line, error: 'not a JSON object' }
    const o = doc as Record<string, unknown>
    email = o.email ?? o.address ?? o.emailAddress ?? o.EmailAddress
    reason = o.reason ?? o.SuppressionReason
    created = o.created_at ?? o.CreatedAt ?? o.since ?? o.LastUpdateTime
    expires = o.expires_at
  } else {
    const fields = parseRecord(text)
    if (!fields) return { line, error: 'unbalanced quotes' }
    const at = (i: number | undefined) =>
      i === undefined || fields[i] === undefined ? undefined : unguardCell(fields[i]!).trim() || undefined
    email = at(layout.columns.email)
    reason = at(layout.columns.reason)
    code = at(layout.columns.code)
    created = at(layout.columns.created)
    expires = at(layout.columns.expires)
  }
  const address = normalizeAddress(email)
  if (!address.ok) return { line, error: `invalid address: ${address.why}` }
  const createdAt = toTime(created)
  if (created !== undefined && created !== null && created !== '' && createdAt === null) {
    return { line, error: 'created_at is not a date' }
  }
  const expiresAt = toTime(expires)
  if (expires !== undefined && expires !== null && expires !== '' && expiresAt === null) {
    return { line, error: 'expires_at is not a date' }
  }
  if (expiresAt && Date.parse(expiresAt) <= now) return { line, error: 'expires_at is in the past' }
  return {
    line,
    address: address.address,
    reason: normalizeReason(layout.format, reason, code),
    created_at: createdAt,
    expires_at: expiresAt,
  }
}

/**
 * A provider's reason → a Ricochet reason: a Sisimai name as is, the providers' own labels mapped, a bounce
 * text (SendGrid, Mailgun exports) through the classifier; anything else is `imported`.
 */
function normalizeReason(format: ImportFormat, reason: unknown, code: unknown): string {
  // Only the start of a reason text is read: a megabyte of it must cost no more than a diagnostic.
  const text = typeof reason === 'string' ? reason.slice(0, MAX_DIAGNOSTIC).trim() : ''
  const lower = text.toLowerCase().replace(/[\s_-]/g, '')
  if (isReason(lower)) return lower
  if (lower === 'bounce' || lower === 'hardbounce' || lower === 'bounced') return 'userunknown'
  if (lower === 'complaint' || lower === 'spamcomplaint' || lower === 'spamreport') return 'feedback'
  if (lower === 'manualsuppression' || lower === 'manual') return 'manual'
  if (lower === 'unsubscribe' || lower === 'unsubscribed') return 'unsubscribed'
  if (text || code) {
    const c = classify({
      kind: 'bounce',
      diagnostic: text || null,
      replyCode: typeof code === 'string' ? code : null,
    })
    if (c.rule !== 'fallback') return c.reason
  }
  return format === 'ndjson' || format === 'csv' ? (text ? 'imported' : 'manual') : 'imported'
}

function toTime(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value))) {
    const n = Number(value)
    const ms = n > 1e12 ? n : n * 1000
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null
  }
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}
