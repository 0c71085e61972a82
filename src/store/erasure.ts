/**
 * Erasure in D1 (issue 16 §5): one batch that keeps the audit row (a keyed hash, when, who — never the address)
 * and removes or redacts every row that names the address. Each statement is idempotent, so a retried erasure
 * finishes what a failed one began. `instr(lower(…))` rather than LIKE: `_` and `%` are common in addresses.
 * @module
 */

/** Placed where another address's diagnostic quoted the erased one (that history stays, without the name). */
export const REDACTED = '[redacted: an erased address was named here]'

export function erasureStatements(
  db: D1Database,
  entry: { address: string; hash: string; at: string; actor: string }
): D1PreparedStatement[] {
  const a = entry.address.toLowerCase()
  const contains = (column: string) => `instr(lower(coalesce(${column}, '')), ?1) > 0`
  return [
    db
      .prepare(
        'INSERT INTO erasures (hash, erased_at, actor) VALUES (?1, ?2, ?3) ON CONFLICT (hash) DO NOTHING'
      )
      .bind(entry.hash, entry.at, entry.actor),
    db.prepare('DELETE FROM events WHERE address = ?1').bind(a),
    db.prepare(`UPDATE events SET diagnostic = ?2 WHERE ${contains('diagnostic')}`).bind(a, REDACTED),
    db.prepare(`UPDATE events SET message_id = NULL WHERE ${contains('message_id')}`).bind(a),
    db.prepare('DELETE FROM suppressions WHERE address = ?1').bind(a),
    db.prepare('DELETE FROM allowlist WHERE entry = ?1').bind(a),
    db.prepare('DELETE FROM forward_summaries WHERE address = ?1').bind(a),
    // Deliveries first: they are found through the notifications about to go.
    db
      .prepare(
        `DELETE FROM deliveries WHERE event_id IN (SELECT id FROM notifications WHERE ${contains('body')})
           OR ${contains('last_error')}`
      )
      .bind(a),
    db.prepare(`DELETE FROM notifications WHERE ${contains('body')}`).bind(a),
    db
      .prepare(
        `DELETE FROM inbound_messages WHERE ${contains('envelope_to')} OR ${contains('message_id')}
           OR ${contains('why')}`
      )
      .bind(a),
    db.prepare(`DELETE FROM dead_letters WHERE ${contains('body')}`).bind(a),
  ]
}

/** Whether a hash was erased (and when, by whom). */
export async function getErasure(
  db: D1Database,
  hash: string
): Promise<{ erased_at: string; actor: string | null } | null> {
  return db.prepare('SELECT erased_at, actor FROM erasures WHERE hash = ?1').bind(hash).first()
}
