/**
 * The JSON edge of history: a {@link HistoryEntry} as the API shows it (`HistoryEntryJson` in schemas.ts).
 * @module
 */
import type { z } from 'zod'
import { type HistoryEntry, historyRecord } from '../domain/history'
import type { HistoryEntryJson } from './schemas'

/** The API's JSON of an entry, checked against the documented schema. */
export function historyJson(entry: HistoryEntry): z.infer<typeof HistoryEntryJson> {
  return historyRecord(entry)
}
