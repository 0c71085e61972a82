/**
 * A message whose top-level parameter list lost its fold: `Content-Type: multipart/report; report-type=…;` and then
 * `boundary="…"` at the start of the next line, without the leading white space that would continue the field
 * (RFC 5322 §2.2.3). A line with no colon is no field at all, so both MIME readers took the message for one without a
 * boundary and read its whole body as text: the report part (a feedback report's Removal-Recipient, a DSN's
 * recipients) was never seen. Copies of the ARF drafts' examples circulate with exactly this layout (the draft's
 * indentation lost in a paste), and hand-built senders write it.
 *
 * Repaired only where the intent cannot be mistaken: the field before ends its line with ";" (a parameter must
 * follow) and the next line starts with `name=` (a parameter, not a field: a field's name ends at a colon, and `=`
 * never appears in the header names mail uses). Only the top-level header block, and only for a message the readers
 * found multipart without a boundary (`splitMessage` reads it again, repaired: both readers read the same bytes).
 * @module
 */
import { byteText } from './mime-reader'

/** A line ending in ";" followed by a line that starts a parameter (`name=`) with no fold. */
const LOST_FOLD = /;[ \t]*\r?\n(?=[A-Za-z][\w.*-]*=)/g

/** `raw` with a space put back before each parameter line that lost its fold; `raw` itself when there is none. */
export function restoreLostFolds<T extends Uint8Array | string>(raw: T): T {
  const text = typeof raw === 'string' ? raw : byteText(raw)
  const end = text.search(/\r?\n\r?\n/)
  const header = end < 0 ? text : text.slice(0, end)
  const inserts: number[] = []
  for (const match of header.matchAll(LOST_FOLD)) inserts.push(match.index + match[0].length)
  if (inserts.length === 0) return raw
  if (typeof raw === 'string') {
    let repaired = ''
    let from = 0
    for (const at of inserts) {
      repaired += `${raw.slice(from, at)} `
      from = at
    }
    return (repaired + raw.slice(from)) as T
  }
  const bytes = raw as Uint8Array
  const repaired = new Uint8Array(bytes.length + inserts.length)
  let from = 0
  let to = 0
  for (const at of inserts) {
    repaired.set(bytes.subarray(from, at), to)
    to += at - from
    repaired[to++] = 0x20
    from = at
  }
  repaired.set(bytes.subarray(from), to)
  return repaired as T
}
