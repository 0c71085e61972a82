/**
 * D1 adapter for `inbound_messages`: one row per raw bounce message received (by e-mail or POST /v1/inbound),
 * whatever came of it, so unreadable and unauthenticated messages are counted too.
 * @module
 */

export interface InboundMessageRow {
  receivedAt: string
  via: 'email' | 'api'
  /** The bounce's own Message-ID. */
  messageId: string | null
  envelopeTo: string | null
  /** The report format found (`dsn`, `arf`, …), if any. */
  kind: string | null
  /** How many recipients' events the message gave. */
  results: number
  /**
   * `recorded`: read, but no result was trusted to apply (docs/raw-bounces.md, "Who may suppress whom");
   * `not_bounce`: a read receipt, a challenge-response request, a mailing list's notice or a person's reply, never
   * counted.
   */
  outcome: 'applied' | 'recorded' | 'not_bounce' | 'unparsable' | 'unauthenticated'
  why: string | null
}

/** Records one message; the free-text columns are clipped so a hostile message cannot bloat the row. */
export async function insertInboundMessage(db: D1Database, row: InboundMessageRow): Promise<void> {
  await db
    .prepare(
      `INSERT INTO inbound_messages (received_at, via, message_id, envelope_to, kind, results, outcome, why)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`
    )
    .bind(
      row.receivedAt,
      row.via,
      row.messageId,
      row.envelopeTo?.slice(0, 320) ?? null,
      row.kind,
      row.results,
      row.outcome,
      row.why?.slice(0, 300) ?? null
    )
    .run()
}
