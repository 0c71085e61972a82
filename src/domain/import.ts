/**
 * Suppression-list import: recognises Ricochet's own CSV/NDJSON and the exports of SendGrid, Amazon SES,
 * Postmark and Mailgun by their header, and turns each line into an entry or a line-numbered error. Pure.
 * @module
 */
import { classify, isReason } from '../classify'
import { MAX_DIAGNOSTIC } from '../events'
import { domainKey, normalizeAddress } from '../lib/address'
import { GLOBAL_SCOPE, isScopeName, type SuppressionScope } from '../lib/tenancy'
import { parseRecord, unguardCell } from './csv'

export type ImportFormat = 'ndjson' | 'csv' | 'sendgrid' | 'ses' | 'postmark' | 'mailgun'

export interface ImportEntry {
  line: number
  address: string
  reason: string
  created_at: string | null
  expires_at: string | null
  note: string | null
  /** What our own export says caused the suppression, restored as it was (null for other lists). */
  restore: Restore | null
  /** The entry's scope from `tenant`/`stream` columns (`*` = every); absent: where such an entry goes by default. */
  scope?: SuppressionScope
}

/** The disposition and source of an exported suppression. */
export interface Restore {
  disposition: 'hard' | 'soft' | 'complaint' | 'manual' | 'unsubscribe'
  source: string
}

const RESTORABLE = new Set(['hard', 'soft', 'complaint', 'manual', 'unsubscribe'])
/** Reasons and sources as the API accepts them (schemas.ts `token`). */
const TOKEN = /^[A-Za-z0-9_.:-]{1,50}$/
/** Notes as the API accepts them. */
const MAX_NOTE = 500

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
  disposition: 'disposition',
  source: 'source',
  note: 'note',
  tenant: 'tenant',
  stream: 'stream',
}

interface Columns {
  email?: number
  reason?: number
  code?: number
  created?: number
  expires?: number
  disposition?: number
  source?: number
  note?: number
  tenant?: number
  stream?: number
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

/** The raw values of one line, before they are checked. */
interface RawFields {
  email?: unknown
  reason?: unknown
  code?: unknown
  created?: unknown
  expires?: unknown
  disposition?: unknown
  source?: unknown
  note?: unknown
  tenant?: unknown
  stream?: unknown
}

/** One data line → an entry or an error; an expiry at or before `now` (ms) is an error. */
export function parseLine(
  layout: Layout,
  line: number,
  text: string,
  now: number
): ImportEntry | ImportError | null {
  if (text.trim() === '') return null
  const raw = readFields(layout, text)
  if (typeof raw === 'string') return { line, error: raw }
  const address = entryOf(raw.email)
  if (!address.ok) return { line, error: `invalid address: ${address.why}` }
  const scope = scopeOf(raw)
  if (typeof scope === 'string') return { line, error: scope }
  const createdAt = toTime(raw.created)
  if (isGiven(raw.created) && createdAt === null) return { line, error: 'created_at is not a date' }
  const expiresAt = toTime(raw.expires)
  if (isGiven(raw.expires) && expiresAt === null) return { line, error: 'expires_at is not a date' }
  if (expiresAt && Date.parse(expiresAt) <= now) return { line, error: 'expires_at is in the past' }
  const restore = restoreOf(layout.format, raw)
  if (typeof restore === 'string') return { line, error: restore }
  return {
    line,
    address: address.address,
    reason: restore ? String(raw.reason) : normalizeReason(layout.format, raw.reason, raw.code),
    created_at: createdAt,
    expires_at: expiresAt,
    note: typeof raw.note === 'string' && raw.note !== '' ? raw.note.slice(0, MAX_NOTE) : null,
    restore,
    ...(scope ? { scope } : {}),
  }
}

/** An address, or a domain entry written `@example.com`. */
function entryOf(value: unknown): { ok: true; address: string } | { ok: false; why: string } {
  if (typeof value === 'string' && value.trim().startsWith('@')) {
    const normalized = normalizeAddress(`x${value.trim()}`)
    return normalized.ok ? { ok: true, address: domainKey(normalized.address) } : normalized
  }
  return normalizeAddress(value)
}

/** `tenant`/`stream` columns: `*` (or empty) = every; absent = the default placement. A string is the error. */
function scopeOf(raw: RawFields): SuppressionScope | null | string {
  const every = (v: unknown) => v === undefined || v === null || v === '' || v === '*'
  if (every(raw.tenant) && every(raw.stream)) return isGiven(raw.tenant) ? GLOBAL_SCOPE : null
  if (every(raw.tenant)) return 'a stream needs its tenant'
  if (!isScopeName(raw.tenant)) return 'tenant is not a valid name'
  if (!every(raw.stream) && !isScopeName(raw.stream)) return 'stream is not a valid name'
  return { tenant: raw.tenant, stream: every(raw.stream) ? null : (raw.stream as string) }
}

const isGiven = (value: unknown) => value !== undefined && value !== null && value !== ''

/** The line's values by the layout's columns (or JSON names); a string is the line's error. */
function readFields(layout: Layout, text: string): RawFields | string {
  if (layout.format === 'ndjson') {
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      return 'not valid JSON'
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'not a JSON object'
    const o = doc as Record<string, unknown>
    return {
      email: o.email ?? o.address ?? o.emailAddress ?? o.EmailAddress,
      reason: o.reason ?? o.SuppressionReason,
      created: o.created_at ?? o.CreatedAt ?? o.since ?? o.LastUpdateTime,
      expires: o.expires_at,
      disposition: o.disposition,
      source: o.source,
      note: o.note,
      tenant: o.tenant,
      stream: o.stream,
    }
  }
  const fields = parseRecord(text)
  if (!fields) return 'unbalanced quotes'
  const at = (i: number | undefined) =>
    i === undefined || fields[i] === undefined ? undefined : unguardCell(fields[i]!).trim() || undefined
  const { columns } = layout
  // A note is kept as written (only the formula guard is undone): it may hold line breaks and spaces.
  const note = columns.note === undefined ? undefined : unguardCell(fields[columns.note] ?? '')
  return {
    email: at(columns.email),
    reason: at(columns.reason),
    code: at(columns.code),
    created: at(columns.created),
    expires: at(columns.expires),
    disposition: at(columns.disposition),
    source: at(columns.source),
    note,
    tenant: at(columns.tenant),
    stream: at(columns.stream),
  }
}

/**
 * Our own export (CSV or NDJSON with a disposition) is restored as it was: its reason verbatim, its disposition
 * and source. A string is the line's error.
 */
function restoreOf(format: ImportFormat, raw: RawFields): Restore | null | string {
  if ((format !== 'csv' && format !== 'ndjson') || !isGiven(raw.disposition)) return null
  const { disposition, source, reason } = raw
  if (typeof disposition !== 'string' || !RESTORABLE.has(disposition))
    return 'disposition must be hard, soft, complaint, manual or unsubscribe'
  if (typeof source !== 'string' || !TOKEN.test(source))
    return 'source must be a provider name, manual or import'
  if (typeof reason !== 'string' || !TOKEN.test(reason))
    return 'reason must be 1 to 50 letters, digits, _ - . :'
  return { disposition: disposition as Restore['disposition'], source }
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
