/**
 * How a person's mail client quotes the message it forwards or answers, and who writes bounces (never a person). A
 * person who forwards a bounce to the bounce mailbox writes a note above it ("please remove this contact", a
 * signature with their own address, a colleague to write to instead): those addresses are the person's, never the
 * report's failed recipients.
 * @module
 */
import { reportedAddress } from '../lib/address'
import type { FieldBlock } from './fields'
import { MAX_REPORT_CHARS, mentionedAddresses } from './prose'

/** Who writes bounces: a reply or a forward from anyone else is a person's. */
export const DAEMON = /mailer-daemon|post.?master|mail delivery|mail.?daemon|mailer|bounce|no.?reply/i

/**
 * A forward's subject tag as mail clients write it (crisp-oss/email-forward-parser's table: Outlook's Fw/FW, VS, WG, RV,
 * TR, I, PD, ENC, Redir., VB, VL, Videresend, İLT; Gmail's and Thunderbird's Fwd; Doorst, Dutch Outlook's older one;
 * Chinese clients' 转发, as mail threaders list it with its full-width colon).
 */
const FORWARD_SUBJECT =
  /^\s*(?:fwd?|wg|tr|rv|enc|doorst|vs|vb|vl|pd|i|redir\.|videresend|[iİ]lt|转发)\s*[:：]/i

/** The quoted message's From label in the client's language (email-forward-parser's original_from). */
const FROM_LABEL =
  'from|von|van|de(?: la)?|da|fra|från|od|lähettäjä|šalje|feladó|expeditorul|отправитель|kimden|від(?: кого)?|saatja|gönderen|от|mittente|nadawca|送信元|差出人|发件人|寄件者'
/** Its date or sent label (original_date and original_date_lax), talon's, and desktop Outlook's in Czech and CJK. */
const DATE_LABEL =
  'sent|date|datum|dato|dátum|data|dată|дата|fecha|päivämäärä|päiväys|tarih|envoyé|gesendet|verzonden|enviado(?: el)?|enviada em|inviato|sendt|skickat|wysłano|lähetetty|elküldve|trimis|отправлено|odoslané|gönderilen|відправлено|odesláno|日付|送信日時|发送时间|寄件日期'

/** A line's quotation mark, when a client quotes the forward itself ("> Begin forwarded message:", Apple Mail). */
const QUOTED = '(?:>[ \\t]?)?'

/**
 * Outlook's quote header: the quoted message's "From:" line straight above its "Sent:" line, in the client's language
 * (a real Dutch forward of an NDR in outlook-message-parser's test data reads "Van: … / Verzonden: … / Aan: … /
 * Onderwerp: …"; New Outlook's Spanish "De: … / Fecha: …", Italian "Da: … / Data: …"). French puts a space before the
 * colon ("De : … / Envoyé : …"), Japanese a full-width one. Gmail's forward header ("From: … / Date: …") too. A long
 * From line wraps once ("Van: Microsoft Outlook" over "[mailto:MicrosoftExchange…@…]").
 */
export const QUOTE_HEADER = new RegExp(
  `^${QUOTED}[ \\t]*\\*?(?:${FROM_LABEL})[ \\t]*\\*?[:：][^\\r\\n]*\\r?\\n(?:(?!${QUOTED}[ \\t]*\\*?[a-z\\u00c0-\\u024f]{1,20}[ \\t]*\\*?:)[^\\r\\n]{1,200}\\r?\\n)?${QUOTED}[ \\t]*\\*?(?:${DATE_LABEL})[ \\t]*\\*?[:：]`,
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

/**
 * A client's separator above a forwarded or quoted message (email-forward-parser's separator table). Yahoo Mail writes
 * its forward's header fields on the dashed line itself ("----- Forwarded Message ----- From: …To: …Sent: …").
 */
const QUOTE_SEPARATOR = new RegExp(
  `^${QUOTED}[ \\t]*(?:-{2,}[ \\t]*(?:${DASHED_SEPARATORS.join('|')})[^\\r\\n]{0,40}?-{2,}|(?:${APPLE_SEPARATORS.join('|')})[ \\t]*:[ \\t]*\\r?$)`,
  'im'
)

/** A quoted message's From line (searched for from the quote's start). */
const FROM_LINE = new RegExp(`^${QUOTED}[ \\t]*\\*?(?:${FROM_LABEL})[ \\t]*\\*?[:：]`, 'gim')

/** How far into a body the quote header of a forward is looked for (a note is a few lines). */
const NOTE_CHARS = 4096

/** The quoted message's Subject line, in the client's language (email-forward-parser's original_subject). */
const SUBJECT_LINE =
  /^(?:>[ \t]?)?[ \t]*\*?(?:subject|předmět|emne|betreff|asunto|aihe|objet|predmet|tárgy|oggetto|onderwerp|temat|assunto|subiectul|тема|ämne|konu|sujet|naslov|件名|主题|主旨)[ \t]*\*?[:：][ \t]*([^\r\n]*)/im

/** How many forwards of forwards are unwrapped (each level's note is a person's). */
const MAX_FORWARDS = 4

/**
 * The messages a person's forward (subject "FW: …", "WG: …", from no mail system) quotes, outermost first, each
 * without its quote header's own fields and with the note above it: the last body is what the report readers should
 * read. A forward of a forward, or of an answer, is unwrapped to the innermost message. Empty when the message is not
 * such a forward.
 */
export function forwardedMessages(headers: FieldBlock, text: string): QuotedLevel[] {
  if (DAEMON.test(headers.get('from') ?? '')) return []
  if (!FORWARD_SUBJECT.test(headers.get('subject') ?? '')) return []
  const levels: QuotedLevel[] = []
  for (let level = 0; level < MAX_FORWARDS; level++) {
    const quoted = quotedMessage(levels.at(-1)?.body ?? text)
    if (!quoted) break
    const body = quoted.body
    levels.push({ note: quoted.note, header: quoted.header, body })
    // Deeper while the quoted message is itself a person's forward or answer that quotes another message ("FW: RE:
    // FW: Undeliverable: …": a colleague's reply naming a contact, the bounce below it). Whatever its words say: if the
    // innermost message reports nothing, an outer note that pastes a failure is read (mime.ts, rereadNote).
    if (!PERSON_SUBJECT.test(quoted.subject)) break
    const opening = body.slice(0, NOTE_CHARS)
    if (!QUOTE_HEADER.test(opening) && !QUOTE_SEPARATOR.test(opening)) break
  }
  return levels
}

/** One level of a forward: the note above the quote header (the person's words), that header, and the message. */
export interface QuotedLevel {
  note: string
  /** The quote header or separator with its fields ("From: … / Sent: … / To: … / Subject: …"). */
  header: string
  body: string
}

/** A forward's or an answer's subject tag: the quoted message a person wrote. */
const PERSON_SUBJECT = new RegExp(`${FORWARD_SUBJECT.source}|^\\s*(?:re|aw|sv|antw|r|ynt|回复)\\s*[:：]`, 'i')

/** The message a forward quotes (its body and quoted subject), or null when no quote header or separator opens it. */
function quotedMessage(text: string): { note: string; header: string; body: string; subject: string } | null {
  const opening = text.slice(0, NOTE_CHARS)
  const header = QUOTE_HEADER.exec(opening)
  const separator = QUOTE_SEPARATOR.exec(opening)
  const start = Math.min(header?.index ?? Infinity, separator?.index ?? Infinity)
  if (start === Infinity) return null
  // The quoted message starts after its header fields: the first blank line after the quote header (under a
  // separator, the header block that follows it, whose From need not be above its date: Apple Mail writes "From:",
  // "Subject:", "Date:", "To:", after a blank line under "Begin forwarded message:").
  FROM_LINE.lastIndex = start
  const from = FROM_LINE.exec(text)
  const fields = from && from.index - start < 300 ? from.index : start
  // Yahoo's separator line holds the fields themselves, and the message follows on the next line.
  const after = separator && start === separator.index ? start + separator[0].length : -1
  const oneLine = after >= 0 && fields === start && /^[ \t]*[^\s-]/.test(text.slice(after, after + 200))
  const blank = oneLine ? /\r?\n/g : /\r?\n(?:>[ \t]?)?[ \t]*\r?\n/g
  blank.lastIndex = oneLine ? after : fields
  const end = blank.exec(text)
  if (!end) return null
  const block = text.slice(start, end.index)
  const body = text.slice(end.index + end[0].length)
  // A quoted forward ("> " on every line) is read without its marks.
  const quotedLines = /^>/.test(text.slice(start, start + 1))
  return {
    note: text.slice(0, start),
    header: block,
    body: quotedLines ? body.replace(/^>[ \t]?/gm, '') : body,
    subject: SUBJECT_LINE.exec(block)?.[1] ?? '',
  }
}

/** The notes of a forward's levels that paste a server's failure, innermost first, each as it is reread. */
export function pastedNotes(levels: QuotedLevel[]): PastedNote[] {
  return levels
    .filter((level) => STATUS_CODE.test(level.note))
    .map(pastedNote)
    .reverse()
}

/**
 * A reply code with its RFC 3463 status ("550 5.1.1", Exim's and Postfix's "550 #5.1.0"), or qmail's "(#5.1.1)": the
 * sign a note pastes a server's failure rather than talks about one (a date, "since 5.7.25", is no such sign). Postfix
 * wraps a long reply between the two ("said: 550\n    5.1.1 <joe@…>"); Exchange 2003 ends each entry with its host and
 * status ("<MAIL01.example.org #5.1.1>").
 */
const STATUS_CODE =
  /\b[45]\d\d(?:[ -]|\r?\n[ \t]+)#?[45]\.\d{1,3}\.\d{1,3}\b|\(#[45]\.\d{1,3}\.\d{1,3}\)|<[^<>\s]{1,255} #[45]\.\d{1,3}\.\d{1,3}>/

/**
 * A note that pastes a server's failure, read with the quote header under it, and the addresses that may have failed.
 * The paste is the paragraph with the code and the paragraphs above it that say what failed (Gmail's "Your message
 * wasn't delivered to joe@… because …" two paragraphs over its "550 5.1.1 …"; an NDR's "Your message to joe@…
 * couldn't be delivered." over "Remote Server returned '550 …'"; qmail's "<joe@…>:" over its reply), not a greeting
 * naming a colleague nor a signature below. The addresses the paste names, else those the quoted message was sent To
 * (not its Cc, its From, nor anyone the person's own words name).
 */
export interface PastedNote {
  text: string
  named: Set<string>
}

function pastedNote(level: QuotedLevel): PastedNote {
  // As much as a server's report is read (prose.ts): a person's message may be megabytes of paste.
  const paragraphs = level.note.slice(0, MAX_REPORT_CHARS).split(/\r?\n[ \t]*\r?\n/)
  const pasted = new Set<number>()
  paragraphs.forEach((paragraph, i) => {
    if (STATUS_CODE.test(paragraph)) {
      // Up to three paragraphs above, while they say what failed (a gap such as "The response was:" is crossed).
      for (let j = Math.max(0, i - 3); j < i; j++)
        if (sayWhatFailed(paragraphs[j]!) || listedUnderHeading(paragraphs, j)) pasted.add(j)
      pasted.add(i)
      // A recipient's entry, with or without a code of its own (Postfix's "<joe@…>: Host or domain name not found",
      // qmail's "<joe@…>:" over "Remote host said: 550 …"): no note or signature line opens so.
    } else if (RECIPIENT_ENTRY.test(paragraph) && entrySaysWhy(paragraph)) pasted.add(i)
  })
  const addressedTo = addressesIn(
    level.header
      .split(/\r?\n/)
      .filter((line) => QUOTED_TO.test(line))
      .join('\n')
  )
  const first = smallest(pasted)
  const named = () => addressesIn([...pasted].map((i) => paragraphs[i]).join('\n'))
  if (named().length === 0 && addressedTo.length === 0 && Number.isFinite(first)) {
    // A whole pasted report may name the address far above its code (Microsoft 365's NDR opens "Your message to joe@…
    // couldn't be delivered.", its code paragraphs below): the nearest paragraph above that says what failed and names
    // an address (the nearest: the person's own note, above the paste, may name a colleague's failure too).
    for (let j = first - 1; j >= Math.max(0, first - FARTHER_PARAGRAPHS); j--) {
      const p = paragraphs[j]!
      if (addressesIn(p).length > 0 && sayWhatFailed(p)) {
        pasted.add(j)
        break
      }
    }
  }
  if (named().length === 0 && addressedTo.length === 0 && Number.isFinite(first)) {
    // Else the person's line straight above the paste, when it says the message was sent to one address ("I forwarded
    // it to my old address joe@… and got this:"); not one naming two ("my colleague peter@… forwarded it to anna@…"),
    // nor a signature's, a helpdesk's or a colleague's address ("contact him at peter@…").
    const above = paragraphs[smallest(pasted) - 1]
    const saysSent = above && (SENT_TO.test(above) || MAIL_TO_FAILED.test(above))
    if (saysSent && addressesIn(above).length === 1 && !ASKS.test(above)) pasted.add(smallest(pasted) - 1)
  }
  const ordered = [...pasted].sort((a, b) => a - b).map((i) => paragraphs[i]!)
  const inPaste = addressesIn(ordered.join('\n'))
  return {
    text: `${ordered.join('\n\n')}\n\n${level.header}\n`,
    named: new Set((inPaste.length > 0 ? inPaste : addressedTo).map(keyOf)),
  }
}

/**
 * The smallest of `numbers` (Infinity when none): a loop, where `Math.min(...set)` throws past about 100,000 items (each
 * is a call argument on the stack).
 */
function smallest(numbers: Iterable<number>): number {
  let least = Number.POSITIVE_INFINITY
  for (const n of numbers) if (n < least) least = n
  return least
}

/**
 * A paragraph in a server's words that says what failed: not the person's own ("my colleague peter@… got it back", "die
 * Mail meines Kollegen … wurde nicht zugestellt"), whose addresses are the person's or a colleague's.
 */
function serverSaysFailed(paragraph: string): boolean {
  if (!SAYS_FAILED.test(paragraph)) return false
  return SERVER_OPENING.test(paragraph) || !inPersonsVoice(paragraph)
}

/**
 * Whether a paragraph speaks as a person ({@link PERSON_VOICE}), read without its addresses, links and host names, nor
 * the local parts the addresses name alone ("ma wasn't found at …"): "me.com", "i.tanaka@", "us.fastmx.example" hold
 * no person's words.
 */
function inPersonsVoice(paragraph: string): boolean {
  // A set: a paragraph may name thousands of addresses, each word looked up once.
  const locals = new Set(addressesIn(paragraph).map((a) => a.slice(0, a.lastIndexOf('@'))))
  const words = paragraph
    .replace(/\S*(?:[@/]|\w\.\w)\S*/g, ' ')
    .split(/\s+/)
    .filter((w) => !locals.has(w.toLowerCase()))
    .join(' ')
  return PERSON_VOICE.test(words)
}

/**
 * An entry without a code of its own says why in a server's words (Postfix's "Host or domain name not found", "connect
 * to …: Connection refused", "mail for … loops back to myself"); a person's line that opens the same way ("<peter@…>:
 * FYI, please check with the customer", "<peter@…>: his mail failed too") says nothing failed at that address.
 */
function entrySaysWhy(paragraph: string): boolean {
  return (SAYS_FAILED.test(paragraph) || ENTRY_WORDS.test(paragraph)) && !inPersonsVoice(paragraph)
}

/** Words of a server's entry that give a cause without a failure word: the connection, the host, the mailbox. */
const ENTRY_WORDS =
  /\b(?:said|host|connect(?:ion)?|refused|timed out|loops? back|suspended|mailbox|quota|denied|unavailable|error|exceeded|full|expired|retry|temporar(?:y|ily)|permanent(?:ly)?)\b/i

/**
 * A paragraph of the paste that says what failed: a heading naming no address ("Delivery to the following recipient
 * failed permanently:", "The response was:"), or a provider's opening sentence naming one. A sentence of the person's
 * own that names an address ("Peter (peter@…) got this failed delivery back") is no server's, whatever its voice.
 */
function sayWhatFailed(paragraph: string): boolean {
  return (
    serverSaysFailed(paragraph) &&
    (SERVER_OPENING.test(paragraph) ||
      FAILED_LIST.test(paragraph) ||
      MAIL_TO_FAILED.test(paragraph) ||
      addressesIn(paragraph).length === 0)
  )
}

/**
 * A paragraph of addresses alone under a paragraph that heads a list of failures: Gmail's older notice, "Delivery to
 * the following recipient failed permanently:", a blank line, then the address indented on its own line.
 */
function listedUnderHeading(paragraphs: readonly string[], j: number): boolean {
  const heading = paragraphs[j - 1]
  return (
    heading !== undefined &&
    ADDRESSES_ALONE.test(paragraphs[j]!) &&
    LIST_HEADING.test(heading) &&
    addressesIn(heading).length === 0 &&
    serverSaysFailed(heading)
  )
}

/** Lines that each hold one address and nothing else. */
const ADDRESSES_ALONE = /^(?:[ \t>]*<?[^\s<>@]{1,64}@[^\s<>]{1,255}>?[ \t]*(?:\r?\n|$))+$/

/** A heading that ends a paragraph and says the list under it failed (in a server's words: not "contact me at:"). */
const LIST_HEADING = /(?:fail|could not|couldn'?t|undeliver|not be reached|permanent)[^\r\n]{0,80}:[ \t]*$/i

/**
 * A server's heading over its list of failed addresses: "Failed recipient(s):" (Apache James), "Delivery to the
 * following recipient failed permanently:" (Gmail's older notice), "The following recipient(s) could not be reached:".
 */
const FAILED_LIST =
  /(?:fail|could not|couldn'?t|undeliver|error|not be reached|permanent)[^\r\n]{0,80}:[ \t]*\r?\n[ \t]*<?[^\s<>@]+@/i

/** "The newsletter to joe@… failed with this:": the person says that mail to that address failed. */
const MAIL_TO_FAILED =
  /\b(?:my|our|the|your|this)[ \t]+(?:news)?(?:letter|mail|message|e-?mail|invitation|invoice)[ \t]+to[ \t]+<?[^\s<>@]+@[^\s<>]+>?[ \t]+(?:has[ \t]+|was[ \t]+|got[ \t]+)?(?:bounced|failed|came back|returned|rejected|(?:wasn'?t|was not|not|could not be|couldn'?t be)[ \t]+delivered)/i

/**
 * The opening sentence of the common providers' notices, naming the failed address: Microsoft 365's "Your message to
 * joe@… couldn't be delivered.", Gmail's "Your message wasn't delivered to joe@…", "There was a (temporary) problem
 * delivering your message to joe@…", "Your message couldn't be delivered to joe@…" and their German, French, Spanish
 * and Dutch forms; Exchange's "Delivery has failed to these recipients or groups:". Whatever else the paragraph holds
 * (the notice's sender row, "He Wei"), it is the server's.
 */
const SERVER_OPENING =
  /\byour message to \S+@\S+ (?:couldn'?t|could not|can'?t|cannot) be delivered|\byour message (?:wasn'?t|was not|couldn'?t be|could not be) delivered to \S+@|\bthere was a (?:temporary )?problem delivering your message to \S+@|\bdelivery has failed to these recipients or groups\b|\bihre nachricht wurde nicht an \S+@\S+ zugestellt|\bun problème est survenu lors de la distribution de votre message à \S+@|\btu mensaje no se ha entregado a \S+@|\bje bericht is niet bezorgd aan \S+@/i

/**
 * A person speaking, in the languages whose failure words are read (whole words, letters beyond ASCII included): the
 * first person ("Peter forwarded me this failed delivery", "we mailed a client from our sales desk sales@…"), a third
 * ("his mail failed too"), colleagues, "questions to me or …". Not "their": Gmail's own notice writes it ("Their inbox
 * is full"); nor "je", Dutch Gmail's "you". What the person says they sent is read by {@link SENT_TO}.
 */
const PERSON_VOICE =
  /(?<![\p{L}\p{N}])(?:i|i'm|i've|me|my|we|our|us|he|him|his|she|her|colleagues?|ich|mein\p{L}*|wir|unser\p{L}*|kolleg\p{L}*|mon|ma|mes|nous|notre|nos|coll[eè]gues?|yo|mis?|nosotros|nuestr\p{L}*|colegas?|collega'?s?|colleghi)(?![\p{L}\p{N}])/iu

/**
 * A paragraph that opens with a recipient's entry, "<joe@…>:" (Postfix's and qmail's bounces; Postfix's
 * bounce_notify_util.c writes an alias's as "<joe@…> (expanded from <team@…>):").
 */
const RECIPIENT_ENTRY = /^[ \t>]*<[^<>\s@]{1,64}@[^<>\s]{1,255}>(?: \(expanded from <[^<>\s]{1,320}>\))?:/

/**
 * A person's words that the message went to the address they name: a send done ("I sent the newsletter to joe@…",
 * "forwarded it to my old work address joe@…"; "our newsletter to joe@… bounced" is {@link MAIL_TO_FAILED}). Not to
 * the person or their side ("to me at", "to our IT at", "to him"); not a change ("my address has changed to …").
 */
const SENT_TO =
  /\b(?:sent|forwarded|mailed|e-?mailed|resent)\b[^.!?\r\n]{0,120}?\bto\b(?![ \t]+(?:me|us|our|him|her|them|their|it|its)\b)(?:[ \t]+[a-z]{1,12}){0,4}[ \t]+<?[^\s<>@]+@/i

/**
 * A request for the future ("please send it to … from now on"), a copy sent beside ("I have sent this to helpdesk@…
 * too", "I also sent a copy to peter@…"), the error passed on ("I forwarded the error to Peter (peter@…)", "the failed
 * delivery below was mailed to peter@… first": who received the notice), or a send that worked ("I resent it to
 * anna@… and that worked"): an address to use, alive.
 */
const ASKS =
  /\b(?:please|pls|kindly|could you|can you|would you)\b[^.!?\r\n]{0,60}\b(?:send|forward|mail|write|use)\b|\b(?:from now on|instead|in(?: the)? future|going forward|too|as well|also|a copy|in copy|cc)\b|\bforwarded (?:the |this |that )?(?:error|bounce|notice|failure)\b|\b(?:failed delivery|failure|bounce|error|notice|ndr)\b[^.!?\r\n]{0,40}\b(?:was|were|got|has been)[ \t]+(?:sent|forwarded|mailed|e-?mailed|passed on)[ \t]+to\b|\b(?:worked|went through|arrived|succeeded)\b/i

/** An address as the report's results key it (an IDN's domain in its A-label form), else lower-cased. */
function keyOf(address: string): string {
  const reported = reportedAddress(address)
  return reported.ok ? reported.address : address
}

/** How far above a paste's first code a paragraph saying what failed is looked for (a whole NDR's opening). */
const FARTHER_PARAGRAPHS = 12

/** The addresses a text names, lower-cased (as the report readers read them). */
const addressesIn = (text: string) => mentionedAddresses(text, new Set()).map((a) => a.toLowerCase())

/**
 * Words of a paste that says what failed, above its code: an NDR's opening sentence in English and as Gmail, Exchange and
 * the common MTAs localize it ("Ihre Nachricht wurde nicht an … zugestellt", "Un problème est survenu lors de la
 * distribution de votre message à …", "There was a temporary problem delivering your message to …").
 */
const SAYS_FAILED =
  /\b(?:wasn'?t|was not|couldn'?t|could not|can ?not|cannot) be delivered|\bwasn'?t delivered|\bnot delivered|undeliver|delivery (?:has )?failed|\bfailed\b|rejected|does ?n[o']?t exist|not found|no such|unknown|\bbounced\b|\bproblem delivering\b|nicht zugestellt|\bnicht an \S+ zugestellt|unzustellbar|konnte nicht (?:zugestellt|übermittelt)|n'a pas (?:pu être|été) (?:distribué|remis)|non remis|problème est survenu lors de la distribution|no se (?:ha podido|pudo) entregar|no se ha entregado|no ha sido entregad|no se entregó|n[ãa]o (?:foi|pôde ser) entregue|non (?:è stato|è stata|può essere) consegnat|niet (?:worden )?(?:afgeleverd|bezorgd)|配信できませんでした|届きませんでした/i

/** The quoted header's To line, in the clients' common languages (email-forward-parser's original_to). */
const QUOTED_TO =
  /^(?:>[ \t]?)?[ \t]*\*?(?:to|an|à|a|para|aan|do|til|till|komu|címzett|vastaanottaja|kime|кому|pour|adresat|宛先|收件人|收件者)[ \t]*\*?[:：]/i

/**
 * A person's own message to the bounce address (neither a forward nor a reply) that pastes a server's failure: the
 * paste is read ({@link pastedNote}) and only the addresses it names may have failed, never the person's signature nor
 * a colleague the person's words name. Null when the message is no such paste.
 */
export function personsPaste(headers: FieldBlock, text: string): PastedNote | null {
  // A bare reply code ("550 User unknown") is no sign here: a person types numbers ("450 sent", "500 Oracle Parkway").
  if (!writtenByAPerson(headers) || !STATUS_CODE.test(text)) return null
  return pastedNote({ note: text, header: '', body: '' })
}

/**
 * A person's mail client sent the message: its X-Mailer or User-Agent names one (Outlook, Thunderbird, Apple Mail,
 * the common webmails), Gmail's own Message-ID, or Outlook's fields on Exchange. Mail systems write X-Mailer too
 * ("Zoho Mail", "Amazon WorkMail", Exchange's Internet Mail Connector, m-FILTER), so only clients' names count; and
 * never a message from a mail system (its From, Exchange's system mailbox, an Auto-Submitted or NDR header).
 */
function writtenByAPerson(headers: FieldBlock): boolean {
  const from = headers.get('from') ?? ''
  if (DAEMON.test(from) || /\bmicrosoftexchange[0-9a-f]{32}@/i.test(from)) return false
  if (headers.has('x-failed-recipients') || headers.has('x-ms-exchange-message-is-ndr')) return false
  const submitted = headers.get('auto-submitted')?.trim().toLowerCase()
  if (submitted && submitted !== 'no') return false
  const client = `${headers.get('x-mailer') ?? ''} ${headers.get('user-agent') ?? ''}`
  return (
    MAIL_CLIENT.test(client) ||
    /@mail\.gmail\.com>?\s*$/i.test(headers.get('message-id') ?? '') ||
    // Outlook on Exchange writes no X-Mailer: its conversation index, beside the fields Exchange's content conversion
    // adds to mail leaving a mailbox (an NDR of Exchange's own says so in X-MS-Exchange-Message-Is-Ndr, above).
    (headers.has('thread-index') && (headers.has('x-ms-has-attach') || headers.has('x-ms-tnef-correlator')))
  )
}

/** Mail clients' names as they write them in X-Mailer or User-Agent. */
const MAIL_CLIENT =
  /\b(?:microsoft (?:office )?outlook|outlook-(?:ios|android|mac)|windows (?:live )?mail|thunderbird|apple mail|iphone mail|ipad mail|roundcube|squirrelmail|evolution|neomutt|mutt|k-9 mail|fairemail|becky!|eudora|the bat!|em client|mailbird|postbox|sylpheed|claws mail|kmail|alpine|zimbrawebclient|ymailnorrin|yahoomail\w*|horde|internet messaging program|airmail|mailmate|icloud mailclient|sogomail|open-xchange mailer)\b/i
