/**
 * Syncing the world outside the AddressLedger from its outbox: D1 (history rows, the suppression index and the
 * change feed, in one transaction), then KV. Each step is idempotent, so a failure part-way is finished by the
 * next sync without double rows (history is unique on event id and address).
 * @module
 */
import type { NotifyMessage } from '../notify/types'
import { storedValue } from '../policy-scopes'
import { insertHistory, runBatch, syncSuppressions } from '../store/d1'
import { writeValue } from '../store/kv'
import { insertNotification } from '../store/notifications'
import type { LedgerStorage } from './ledger-storage'
import type { NotifyOutbox } from './notify-outbox'

/** The stores the ledger syncs to; a field so fault-injection tests can swap one for a failing double. */
export interface LedgerStores {
  kv: KVNamespace
  db: D1Database
  /** Where committed notifications are handed over (optional, like the binding). */
  notify: Queue<NotifyMessage> | undefined
}

/** One sync; throws when a store failed (the outbox keeps what was not done). */
export async function syncOutside(
  storage: LedgerStorage,
  notifications: NotifyOutbox,
  stores: LedgerStores,
  now: number
): Promise<void> {
  const address = storage.address()
  if (!address) return
  const pending = storage.pendingRows()
  const state = storage.state()
  const value = storedValue(state)
  const recordJson = JSON.stringify(value)
  const dirty = recordJson !== storage.syncedRecord()
  const unfed = notifications.unfed()
  if (pending.length === 0 && !dirty && unfed.notifications.length === 0) return

  const statements = pending.map(({ row }) => insertHistory(stores.db, row))
  if (dirty)
    statements.push(...syncSuppressions(stores.db, address, state.records, new Date(now).toISOString()))
  // The change feed's rows commit with the history rows they announce.
  for (const n of unfed.notifications) statements.push(insertNotification(stores.db, n))
  await runBatch(stores.db, statements)
  notifications.markFed(unfed.last)
  const last = pending[pending.length - 1]
  if (last) storage.dropRowsThrough(last.seq)
  if (dirty) {
    await writeValue(stores.kv, address, value, now)
    storage.markSynced(recordJson)
  }
}
