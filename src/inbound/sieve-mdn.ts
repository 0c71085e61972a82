/**
 * Sieve rejections sent as MDNs (RFC 5429, 2.2.1): the recipient's own filter refused the mail. The MDN names
 * the recipient in its Final-Recipient field; its text is the rejecting software's preamble (Cyrus's lmtp_sieve.c:
 * "Your message was automatically rejected by Sieve, a mail filtering language."; Dovecot's mail-send.c: "Your
 * message to <…> was automatically rejected:"; RFC 5429's "The message was refused by the recipient's mail
 * filtering program."; Dovecot 1.x: "Your message was automatically rejected by Dovecot Mail Delivery Agent.", for a
 * Sieve reject or a full mailbox) and the reason the script gives, in its owner's words. Read by `sieve-reject.ts`.
 * @module
 */
import { type FieldBlock, fieldBlocks } from './fields'
import type { Parts } from './mime'

/**
 * The preamble a Sieve rejection opens with, at the very start of its text (never a quoted subject's words); its
 * words may be wrapped, and the address may be a quoted local part with spaces.
 */
export const PREAMBLE =
  /^\s*(?:your\s+message\s+(?:to\s+<[^<>]{1,320}>\s+was\s+automatically\s+rejected|was\s+automatically\s+rejected\s+by\s+(?:sieve|dovecot\s+mail\s+delivery\s+agent))|(?:the|this)\s+message\s+was\s+refused\s+by\s+the\s+recipient's\s+mail\s+filtering\s+program)/i

/**
 * The MDN's fields when the message is a Sieve rejection: an automatic action, disposition "deleted", and either the
 * rejection's preamble opening the text or the disposition's own "error" modifier (Apache James's RejectAction writes
 * "This message was refused by the recipient's mail filtering program." and "deleted/error"; an admin may reword
 * Dovecot's preamble, never the field). A person's client deleting mail unread writes a manual action, no error and
 * none of those words: a read receipt.
 */
export function sieveRejection(parts: Parts): FieldBlock | null {
  const mdn = parts.email.attachments.find(
    (a) => a.mimeType.toLowerCase() === 'message/disposition-notification'
  )
  if (!mdn) return null
  const content = typeof mdn.content === 'string' ? mdn.content : new TextDecoder().decode(mdn.content)
  const fields = fieldBlocks(content.slice(0, 4096))[0]
  const disposition = fields?.get('disposition') ?? ''
  if (!/^automatic-action\/[^;]*;\s*deleted\b/i.test(disposition)) return null
  const refused =
    PREAMBLE.test(parts.text.slice(0, 600)) || /;\s*deleted\/(?:[\w-]+,\s*)*error\b/i.test(disposition)
  return refused ? fields! : null
}
