/**
 * Raw bounce message (RFC 822) → one ledger event per recipient it reports on: RFC 3464 DSNs (`dsn.ts`), RFC 5965 ARF
 * complaints (`arf.ts`), RFC 3834 auto-replies (`autoreply.ts`), SES notifications sent by mail (`ses-json.ts`),
 * and the prose bounces of MTAs that send none of those (`prose-report.ts`). MIME via postal-mime (`mime.ts`); the
 * report logic is ours. Classification is the same `classify` the webhooks use (`result.ts`).
 * @module
 */
import { forgetAliasMarks } from './alias-mailed'
import { fromArf } from './arf'
import { fromAutoReply, isAutoReply, looksLikeBounce } from './autoreply'
import { Budget, type BudgetOptions } from './budget'
import { firstDiagnostic, fromDsn } from './dsn'
import { cleanId, headerField } from './fields'
import { type Parts, reportOf, rereadNote, splitMessage } from './mime'
import { nonBounceKind } from './nonbounce'
import { stageOf } from './prose'
import { fromProse, inlineOriginal } from './prose-report'
import { type Extracted, type InboundReport, reportedEvent } from './result'
import { type ReturnedOriginal, readReturnedOriginal } from './returned-original'
import { fromSesJson } from './ses-json'
import { sieveRejection } from './sieve-mdn'
import { fromSieveRejection } from './sieve-reject'

export type { InboundReport, ReportedEvent, ReportKind } from './result'

/** Upper bound on what is parsed (Email Routing's own limit). */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024

export interface ParseOptions {
  /**
   * The recipient a signed return path names: used when the report itself names none (and to pick the one
   * that matters when it names several).
   */
  recipient?: string
  /** The message's work budget (defaults: `budget.ts`); tests shrink it or inject a clock. */
  budget?: BudgetOptions
}

/** Parses a raw message. Never throws: a message it cannot read comes back with no results and a `why`. */
export async function parseBounce(
  raw: Uint8Array | string,
  options: ParseOptions = {}
): Promise<InboundReport> {
  let parts: Parts
  const budget = new Budget(options.budget)
  try {
    parts = await splitMessage(raw)
    parts.budget = budget
  } catch (err) {
    return {
      kind: null,
      results: [],
      messageId: null,
      why: `unreadable MIME: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200),
    }
  }
  const messageId = cleanId(parts.email.messageId)
  // Only a message with no report part is read as an auto-reply (as `extract` reads the report parts first).
  const autoReply = !parts.feedback && !parts.dsn && isAutoReply(parts)
  const notBounce = nonBounceKind(parts, looksLikeBounce(parts), autoReply)
  if (notBounce) return { kind: null, results: [], messageId, why: `not a bounce: ${notBounce}`, notBounce }
  const originalId = parts.original ? cleanId(headerField(parts.original, 'message-id')) : null
  let found = extract(parts, originalId, autoReply)
  // A person's own message that pastes a failure: only what the paste names (mime.ts, reportOf).
  const pasteNamed = found.kind === 'prose' ? parts.pasteNamed : undefined
  if (pasteNamed) found = { ...found, results: found.results.filter((r) => pasteNamed.has(r.address)) }
  // A person's forward whose quoted message names nobody that failed (none, or only addresses nothing decided, such as
  // a signature's): an outer note that pastes a server's failure is read instead, when it decides more.
  for (let named = found.kind === 'prose' && undetermined(found) ? rereadNote(parts) : null; named; ) {
    const read = extract(parts, originalId, autoReply)
    // Only an address the paste or the quoted message's addressees name: never the person's own signature.
    const again = { ...read, results: read.results.filter((r) => named?.has(r.address)) }
    if (!undetermined(again)) {
      found = again
      break
    }
    named = rereadNote(parts)
  }
  // Not for a person's own message: one who writes to a signed return path is that message's recipient, and alive.
  if (options.recipient && found.results.length === 0 && found.kind !== 'autoreply' && !pasteNamed) {
    // The report named nobody, but the signed return path does: classify the report's words for that address.
    const diagnostic = firstDiagnostic(parts) ?? reportOf(parts).section
    found.results.push(
      reportedEvent(options.recipient, { kind: 'bounce', diagnostic, stage: stageOf(diagnostic), originalId })
    )
  }
  const truncated = budget.exhausted ? { truncated: 'budget' as const } : {}
  // The reading is over: the alias readers' notice is let go (no heap kept between messages).
  forgetAliasMarks()
  if (found.results.length === 0)
    return {
      kind: found.kind,
      results: [],
      messageId,
      why: found.why ?? 'no failed recipient found',
      ...truncated,
    }
  const date = messageId ? undefined : parts.headers.get('date')?.trim().slice(0, 100)
  // Whom the original was for, when the signed recipient is not among those the report names (a server's report, not
  // a person's paste): the trust step's evidence of a forward the notice does not spell out.
  const signed = options.recipient
  const returned =
    signed &&
    !pasteNamed &&
    (found.kind === 'dsn' || found.kind === 'prose') &&
    !found.results.some((r) => r.address === signed || r.mailedAs === signed)
      ? returnedOriginal(parts)
      : null
  return {
    kind: found.kind,
    results: found.results,
    messageId,
    ...(date ? { date } : {}),
    ...truncated,
    ...(returned ? { returnedOriginal: returned } : {}),
  }
}

/** Whether a reading decided nothing: no result, or only results no rule read (the undetermined fallback). */
function undetermined(found: Extracted): boolean {
  return found.results.every((r) => r.classification.rule.startsWith('fallback'))
}

/** The extractor the message's parts call for: a feedback report, a DSN, an SES notification, an auto-reply, prose. */
function extract(parts: Parts, originalId: string | null, autoReply: boolean): Extracted {
  if (parts.feedback) return fromArf(parts, originalId)
  if (parts.dsn) return fromDsn(parts, originalId)
  const sieve = sieveRejection(parts)
  if (sieve) return fromSieveRejection(parts, sieve, originalId)
  return fromSesJson(parts) ?? (autoReply ? fromAutoReply(parts) : fromProse(parts, originalId))
}

/** The original the report returns (an attached message or header, else a copy below the notice), read; or null. */
function returnedOriginal(parts: Parts): ReturnedOriginal | null {
  const original = parts.original ?? inlineOriginal(parts.text, reportOf(parts).text)
  return original === null ? null : readReturnedOriginal(original)
}
