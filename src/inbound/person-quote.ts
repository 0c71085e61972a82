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

/**
 * A forward's subject tag as mail clients write it (crisp-oss/email-forward-parser's table: Outlook's Fw/FW, VS, WG, RV,
 * TR, I, PD, ENC, Redir., VB, VL, Videresend, İLT; Gmail's and Thunderbird's Fwd; Doorst, Dutch Outlook's older one).
 */
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst|vs|vb|vl|pd|i|redir\.|videresend|[iİ]lt)\s*:/i

/** The quoted message's From label in the client's language (email-forward-parser's original_from). */
const FROM_LABEL =
  'from|von|van|de(?: la)?|da|fra|från|od|lähettäjä|šalje|feladó|expeditorul|отправитель|kimden|від(?: кого)?|saatja|gönderen|от|mittente|nadawca|送信元|差出人|发件人|寄件者'
/** Its date or sent label (original_date and original_date_lax), talon's, and desktop Outlook's in Czech and CJK. */
const DATE_LABEL =
  'sent|date|datum|dato|dátum|data|dată|дата|fecha|päivämäärä|päiväys|tarih|envoyé|gesendet|verzonden|enviado(?: el)?|enviada em|inviato|sendt|skickat|wysłano|lähetetty|elküldve|trimis|отправлено|odoslané|gönderilen|відправлено|odesláno|日付|送信日時|发送时间|寄件日期'

/**
 * Outlook's quote header: the quoted message's "From:" line straight above its "Sent:" line, in the client's language
 * (a real Dutch forward of an NDR in outlook-message-parser's test data reads "Van: … / Verzonden: … / Aan: … /
 * Onderwerp: …"; New Outlook's Spanish "De: … / Fecha: …", Italian "Da: … / Data: …"). French puts a space before the
 * colon ("De : … / Envoyé : …"), Japanese a full-width one. Gmail's forward header ("From: … / Date: …") too. A long
 * From line wraps once ("Van: Microsoft Outlook" over "[mailto:MicrosoftExchange…@…]").
 */
export const QUOTE_HEADER = new RegExp(
  `^[ \\t]*\\*?(?:${FROM_LABEL})[ \\t]*\\*?[:：][^\\r\\n]*\\r?\\n(?:(?![ \\t]*\\*?[a-z\\u00c0-\\u024f]{1,20}[ \\t]*\\*?:)[^\\r\\n]{1,200}\\r?\\n)?[ \\t]*\\*?(?:${DATE_LABEL})[ \\t]*\\*?[:：]`,
  'im'
)

/** Dashed separators of a forward or a quote: Gmail's, Thunderbird's, Yahoo's, Outlook's "Original Message". */
const DASHED_SEPARATORS = [
  'original message',
  'forwarded message',
  'ursprüngliche nachricht',
  'weitergeleitete nachricht',
  "message d'origine",
  'message transféré',
  'message transmis',
  'mensaje original',
  'mensaje reenviado',
  'messaggio originale',
  'messaggio inoltrato',
  'oorspronkelijk bericht',
  'doorgestuurd bericht',
  'přeposlaná zpráva',
  'videresendt meddelelse',
  'videresendt melding',
  'edelleenlähetetty viesti',
  'välitetty viesti',
  'továbbított üzenet',
  'przekazana wiadomość',
  'treść przekazanej wiadomości',
  'wiadomość przesłana dalej',
  'mensagem reencaminhada',
  'mensagem encaminhada',
  'mesaj redirecționat',
  'пересылаемое сообщение',
  'перенаправленное сообщение',
  'preposlaná správa',
  'vidarebefordrat meddelande',
  '[iİ]letilmiş mesaj',
  '[iİ]letilen [iİ]leti',
  'перенаправлене повідомлення',
  'переслане повідомлення',
  'proslijeđena poruka',
  'メッセージを転送',
]
/** Apple Mail's heading of a forward ("Begin forwarded message:") in its languages. */
const APPLE_SEPARATORS = [
  'begin forwarded message',
  'začátek přeposílané zprávy',
  'start på videresendt besked',
  'anfang der weitergeleiteten nachricht',
  'inicio del mensaje reenviado',
  'välitetty viesti alkaa',
  'début du message réexpédié',
  'début du message transféré',
  'započni proslijeđenu poruku',
  'továbbított levél kezdete',
  'inizio messaggio inoltrato',
  'begin doorgestuurd bericht',
  'videresendt melding',
  'początek przekazywanej wiadomości',
  'início da mensagem reencaminhada',
  'início da mensagem encaminhada',
  'începe mesajul redirecționat',
  'начало переадресованного сообщения',
  'začiatok preposlanej správy',
  'vidarebefordrat mejl',
  '[iİ]leti başlangıcı',
  'початок листа, що пересилається',
]

/** A client's separator above a forwarded or quoted message (email-forward-parser's separator table). */
const QUOTE_SEPARATOR = new RegExp(
  `^[ \\t]*(?:-{2,}[ \\t]*(?:${DASHED_SEPARATORS.join('|')})[^\\r\\n]{0,40}?-{2,}|(?:${APPLE_SEPARATORS.join('|')})[ \\t]*:)[ \\t]*\\r?$`,
  'im'
)

/** A quoted message's From line (searched for from the quote's start). */
const FROM_LINE = new RegExp(`^[ \\t]*\\*?(?:${FROM_LABEL})[ \\t]*\\*?[:：]`, 'gim')

/** How far into a body the quote header of a forward is looked for (a note is a few lines). */
const NOTE_CHARS = 4096

/**
 * The quoted message of a person's forward (subject "FW: …", "WG: …", from no mail system), without the person's
 * note above it and the quote header's own fields: what the report readers should read. Null when the message is
 * not such a forward.
 */
export function forwardedMessage(headers: FieldBlock, text: string): string | null {
  if (!FORWARD_SUBJECT.test(headers.get('subject') ?? '')) return null
  if (DAEMON.test(headers.get('from') ?? '')) return null
  const opening = text.slice(0, NOTE_CHARS)
  const header = QUOTE_HEADER.exec(opening)
  const separator = QUOTE_SEPARATOR.exec(opening)
  const start = Math.min(header?.index ?? Infinity, separator?.index ?? Infinity)
  // Whatever the note says ("this one bounced, please remove her"), the report is the message it quotes.
  if (start === Infinity) return null
  // The quoted message starts after its header fields: the first blank line after the quote header (under a
  // separator, the header block that follows it, whose From need not be above its date: Apple Mail writes "From:",
  // "Subject:", "Date:", "To:", after a blank line under "Begin forwarded message:").
  FROM_LINE.lastIndex = start
  const from = FROM_LINE.exec(text)
  const fields = from && from.index - start < 300 ? from.index : start
  const blank = /\r?\n[ \t]*\r?\n/g
  blank.lastIndex = fields
  const end = blank.exec(text)
  return end ? text.slice(end.index + end[0].length) : null
}
