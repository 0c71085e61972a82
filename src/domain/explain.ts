/**
 * The one-sentence answer to "why is this address suppressed?". Pure.
 * @module
 */

import { DAY_MS } from '../lib/time'
import type { SuppressionRecord } from '../policy'
import type { HistoryEntry } from './history'

const WHAT: Record<string, string> = {
  hard: 'a hard bounce',
  soft: 'repeated soft bounces',
  complaint: 'a spam complaint',
  manual: 'a manual suppression',
}

/** e.g. "Suppressed since 2026-11-20T14:59:38Z because nylas reported a hard bounce (userunknown; reply 550, status 5.1.1: "…") in event nylas:abc. It does not expire." */
export function explain(record: SuppressionRecord, cause: HistoryEntry | null, now: number): string {
  const what = WHAT[record.disposition] ?? `a ${record.disposition} event`
  const who =
    record.source === 'manual'
      ? 'an operator set'
      : record.source === 'import'
        ? 'an import brought'
        : `${record.source} reported`
  const details = [record.reason]
  if (cause?.replyCode) details.push(`reply ${cause.replyCode}`)
  if (cause?.status) details.push(`status ${cause.status}`)
  let sentence = `Suppressed since ${record.since} because ${who} ${what} (${details.join(', ')}`
  const excerpt = cause?.diagnostic ?? record.note
  if (excerpt) sentence += `: "${excerpt.length > 160 ? `${excerpt.slice(0, 157)}...` : excerpt}"`
  sentence += ')'
  if (record.event_id) sentence += ` in event ${record.event_id}`
  if (cause?.actor) sentence += ` by ${cause.actor}${cause.actorName ? ` (${cause.actorName})` : ''}`
  sentence += '. '
  if (!record.expires_at) sentence += 'It does not expire; lift it with DELETE /v1/suppressions/{address}.'
  else {
    const days = Math.max(0, Math.ceil((Date.parse(record.expires_at) - now) / DAY_MS))
    sentence += `It lifts on ${record.expires_at} (in ${days} day${days === 1 ? '' : 's'}).`
  }
  return sentence
}
