/**
 * Events the application reports itself (`POST /v1/events`, `RicochetRpc.report`): a mail server's synchronous
 * refusal, a provider's send-time error, a delivery it observed. Each entry is validated on its own (an invalid
 * one is answered by index, the others applied), becomes a {@link BounceEvent} of provider `app` (or the one it
 * names) and goes through the same classification and ledgers as a webhook's events.
 * @module
 */
import type { z } from 'zod'
import {
  REPORT_RESULTS_MAX,
  ReportBody,
  ReportedEvent,
  type ReportedResult,
  type ReportReceipt,
} from '../api/report-schemas'
import { validate } from '../api/schemas'
import type { Env } from '../env'
import type { BounceEvent } from '../events'
import { normalizeAddress } from '../lib/address'
import { fingerprint } from '../lib/canonical'
import { ApiError } from '../lib/errors'
import { toEvents } from '../providers/drafts'
import { PROVIDERS } from '../providers/registry'
import { type AppliedEvent, classifyEvent } from './apply'
import { countApplied, type DeliveryContext, deliverEvents } from './deliver'

/**
 * Sources a report may not name: each webhook provider and Ricochet's own (a reported event of provider `nylas`
 * or `import` with a chosen id would shadow a real event or an import line as a duplicate, or pose as an
 * operator step).
 */
const RESERVED_PROVIDERS: ReadonlySet<string> = new Set([
  ...PROVIDERS.map((p) => p.name),
  'inbound',
  'import',
  'manual',
  'policy',
])

/** The provider of reported events that name none. */
export const APP_PROVIDER = 'app'

type EntryError = z.output<typeof ReportReceipt>['errors'][number]

/** Validates, applies and answers a report body (already parsed JSON). Throws only for the envelope. */
export async function reportEvents(
  env: Env,
  body: unknown,
  context: Omit<DeliveryContext, 'source'>
): Promise<z.output<typeof ReportReceipt>> {
  const envelope = validate(ReportBody, body)
  const entries = envelope.events
  const defaults = { tenant: envelope.tenant, stream: envelope.stream }
  const receivedAt = new Date(context.now).toISOString()
  const errors: EntryError[] = []
  const events: { index: number; event: BounceEvent }[] = []
  for (const [index, entry] of entries.entries()) {
    const parsed = await toReportedEvent(entry, index, receivedAt, defaults)
    if ('error' in parsed) errors.push({ index, ...parsed.error })
    else events.push({ index, event: parsed.event })
  }
  const { applied, queued } = await deliverEvents(
    env,
    events.map((e) => e.event),
    { ...context, source: APP_PROVIDER }
  )
  const receipt = {
    received: entries.length,
    ...countApplied(applied),
    queued,
    ignored: 0,
    invalid: errors.length,
    errors,
  }
  if (entries.length > REPORT_RESULTS_MAX) return receipt
  const byEvent = new Map(applied.map((a) => [a.event, a]))
  return { ...receipt, results: events.map(({ index, event }) => resultOf(index, event, byEvent.get(event))) }
}

/** One entry → its event, or the reason it is not one. */
async function toReportedEvent(
  entry: unknown,
  index: number,
  receivedAt: string,
  defaults: { tenant?: string; stream?: string } = {}
): Promise<{ event: BounceEvent } | { error: Omit<EntryError, 'index'> }> {
  let fields: z.output<typeof ReportedEvent>
  try {
    fields = validate(ReportedEvent, entry, `event ${index}`)
  } catch (err) {
    if (err instanceof ApiError) return { error: { code: 'invalid_request', message: err.message } }
    throw err
  }
  const address = normalizeAddress(fields.address)
  if (!address.ok) {
    return {
      error: {
        code: 'invalid_address',
        message: `event ${index}: not a valid e-mail address: ${address.why}.`,
      },
    }
  }
  const provider = fields.provider ?? APP_PROVIDER
  if (RESERVED_PROVIDERS.has(provider)) {
    return {
      error: {
        code: 'invalid_request',
        message: `event ${index}: "provider" ${provider} is reserved (a webhook or Ricochet's own source): name your own.`,
      },
    }
  }
  // Without an id, the same report sent twice (a client retry) is the same event: its content is its id.
  const id = fields.id ?? `sha256:${await fingerprint({ ...fields, address: address.address, provider })}`
  const draft = {
    id,
    recipient: address.address,
    kind: fields.type,
    occurredAt: fields.occurred_at,
    replyCode: fields.reply_code,
    status: fields.status,
    diagnostic: fields.diagnostic,
    messageId: fields.message_id,
    tenant: fields.tenant ?? defaults.tenant,
    stream: fields.stream ?? defaults.stream,
  }
  const [event] = toEvents(provider, [draft], receivedAt).events
  return { event: event! }
}

function resultOf(
  index: number,
  event: BounceEvent,
  applied: AppliedEvent | undefined
): z.output<typeof ReportedResult> {
  const classification = applied?.ledger.classification ?? classifyEvent(event)
  return {
    index,
    event_id: `${event.provider}:${event.id}`,
    address: event.address,
    provider: event.provider,
    type: event.kind,
    reason: classification.reason,
    disposition: classification.disposition,
    hardbounce: classification.hardbounce,
    rule: classification.rule,
    duplicate: applied ? applied.duplicate : null,
    check: applied ? applied.verdict.action : null,
  }
}
