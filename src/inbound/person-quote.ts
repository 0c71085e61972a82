/**
 * How a person's mail client quotes the message it forwards or answers, and who writes bounces (never a person). A
 * person who forwards a bounce to the bounce mailbox writes a note above it ("please remove this contact", a
 * signature with their own address, a colleague to write to instead): those addresses are the person's, never the
 * report's failed recipients.
 * @module
 */
import type { FieldBlock } from './fields'

/** Who writes bounces: a reply or a forward from anyone else is a person's. */
export const DAEMON = /mailer-daemon|post.?master|mail delivery|mail.?daemon|mailer|bounce|no.?reply/i

/** A forward's subject tag, as mail clients write it: Fw/Fwd, German WG, French TR, Spanish RV, Dutch Doorst, … */
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst|vs|vb|vl|pd|i)\s*:/i

/**
 * Outlook's quote header: the quoted message's "From:" line straight above its "Sent:" line, in the client's
 * language (talon's quotations.py lists From/Van/De/Von/Fra/Från and Date/Datum/Envoyé/Skickat/Sendt; a real Dutch
 * forward of an NDR in outlook-message-parser's test data reads "Van: … / Verzonden: … / Aan: … / Onderwerp: …").
 * French puts a space before the colon ("De : … / Envoyé : …"). Gmail's forward header ("From: … / Date: …") too. A
 * long From line wraps once ("Van: Microsoft Outlook" over "[mailto:MicrosoftExchange…@…]").
 */
export const QUOTE_HEADER =
  /^[ \t]*\*?(?:from|von|van|de|da|fra|från|od)[ \t]*\*?:[^\r\n]*\r?\n(?:(?![ \t]*\*?[a-z\u00c0-\u024f]{1,20}[ \t]*\*?:)[^\r\n]{1,200}\r?\n)?[ \t]*\*?(?:sent|date|gesendet|datum|verzonden|envoyé|enviado(?: el)?|enviada em|inviato|sendt|skickat|wysłano)[ \t]*\*?:/im

/** A client's separator above a quoted or forwarded message (Outlook's, Gmail's, Thunderbird's, Apple Mail's). */
const QUOTE_SEPARATOR =
  /^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensaje original|messaggio originale|oorspronkelijk bericht)[ \t]*-{2,}|begin forwarded message:)[ \t]*\r?$/im

/**
 * Words of a failure in the forwarder's own note: then the note is read with the rest, as any report is. A reply code
 * only before a status or a word ("550 5.1.1", "550 User unknown"): a signature's phone number ("+1 202 555 0147") is
 * none.
 */
const NOTE_FAILURE =
  /\b[45]\d\d[ -](?:[45]\.\d|[a-z])|\b[45]\.\d{1,3}\.\d{1,3}\b|undeliver|could(?:n'?t| not) be delivered|not delivered|delivery (?:has )?failed|\bfailed\b|rejected|unknown|bounced?/i

/** How far into a body the quote header of a forward is looked for (a note is a few lines). */
const NOTE_CHARS = 4096

/**
 * The quoted message of a person's forward (subject "FW: …", "WG: …", from no mail system), without the person's
 * note above it and the quote header's own fields: what the report readers should read. Null when the message is
 * not such a forward, or its note itself says what failed (then the whole body is read, as before).
 */
export function forwardedMessage(headers: FieldBlock, text: string): string | null {
  if (!FORWARD_SUBJECT.test(headers.get('subject') ?? '')) return null
  if (DAEMON.test(headers.get('from') ?? '')) return null
  const opening = text.slice(0, NOTE_CHARS)
  const header = QUOTE_HEADER.exec(opening)
  const separator = QUOTE_SEPARATOR.exec(opening)
  const start = Math.min(header?.index ?? Infinity, separator?.index ?? Infinity)
  if (start === Infinity || NOTE_FAILURE.test(opening.slice(0, start))) return null
  // The quoted message starts after its header fields: the first blank line after the quote header (under a
  // separator, the header block that follows it: Apple Mail leaves a blank line after "Begin forwarded message:").
  const fields = header && header.index >= start && header.index - start < 200 ? header.index : start
  const blank = /\r?\n[ \t]*\r?\n/g
  blank.lastIndex = fields
  const end = blank.exec(text)
  return end ? text.slice(end.index + end[0].length) : null
}
