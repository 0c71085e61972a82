/**
 * AOL's AIRmail notices (`Mailer: AIRmail [v110.15]`, `X-AOL-IP` or an id from AOL's mail host, from
 * `MAILER-DAEMON@aol.com`) list their recipients as AOL screen names, without a domain, each on an indented line of its
 * own under the sentence that gives the reason: "Your mail to the following recipients could not be delivered because
 * they are not accepting mail with attachments or embedded images:" and then "\tjoe". A screen name is the local part
 * of an address at the daemon's own domain, so the list is read as those addresses (`joe@aol.com`) and the notice
 * names its recipients as any other does. The names may follow a blank line (its notice of a member's block list, "…
 * because they are not accepting mail from a@example.net:"). Nothing is read from a notice of another mailer, nor from
 * a line that is more than one word.
 * @module
 */
import { type FieldBlock, firstAddress } from './fields'

/**
 * The id AOL's mail hosts give the notice ("<…@omr-d25.mx.aol.com>"): it still says who wrote it where a gateway on the
 * way (an Exchange server's X-MimeOLE) re-wrote the header without `Mailer` or `X-AOL-IP`.
 */
const AOL_MESSAGE_ID = /@[a-z0-9-]{1,63}\.mx\.aol\.com>\s*$/i

/** The words of the sentence that opens AIRmail's list (its line ends with a colon). */
const LIST_HEADING = /\bto the following recipients? could not be delivered\b/i
/** One screen name alone on its indented line (AOL's names: letters, digits, dots, underscores, hyphens). */
const SCREEN_NAME = /^[ \t]+([A-Za-z0-9][A-Za-z0-9._-]{0,63})[ \t]*$/

/** AIRmail's sentence is one line of words; a report yields at most 1,000 recipients (parse.ts). */
const MAX_SENTENCE = 400
const MAX_NAMES = 1000

/** `text` with the screen names AIRmail lists written as addresses at the notice's domain; `text` otherwise. */
export function withScreenNames(headers: FieldBlock, text: string): string {
  if (
    !/^\s*AIRmail\b/i.test(headers.get('mailer') ?? '') &&
    !headers.has('x-aol-ip') &&
    !AOL_MESSAGE_ID.test(headers.get('message-id') ?? '')
  )
    return text
  const from = firstAddress(headers.get('from'))
  const at = from?.indexOf('@') ?? -1
  if (!from || !/^mailer-daemon$/i.test(from.slice(0, at))) return text
  const domain = from.slice(at + 1)
  // Only the first such sentence: its line must end with the colon (one look at one line, so a line of the words
  // repeated costs one pass, not one per repetition).
  const heading = text.search(LIST_HEADING)
  if (heading < 0) return text
  const start = text.indexOf('\n', heading) + 1
  if (start === 0) return text
  const line = text.slice(text.lastIndexOf('\n', heading) + 1, start).trim()
  if (!line.endsWith(':')) return text
  // The reason is the heading's sentence ("Your mail to … because they are not accepting …"), said once for the list:
  // each entry is given it on its own line, as a report that names the address beside its reason.
  // Bounded, as the list is: each entry repeats the sentence.
  const sentence = line
    .slice(Math.max(0, line.search(/\byour (?:mail|message)\b/i)))
    .replace(/:$/, '')
    .slice(0, MAX_SENTENCE)
  // The names follow the heading, after a blank line or two in some notices; walked line by line, never the whole
  // rest of the body split.
  const pieces: string[] = [text.slice(0, start)]
  let pos = start
  let named = 0
  let blanks = 0
  while (pos < text.length && named < MAX_NAMES) {
    const newline = text.indexOf('\n', pos)
    const end = newline < 0 ? text.length : newline + 1
    const line = text.slice(pos, end)
    const eol = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : ''
    const name = SCREEN_NAME.exec(line.slice(0, line.length - eol.length))
    if (!name) {
      if (named > 0 || line.trim() !== '' || ++blanks > 2) break
      pieces.push(line)
    } else {
      pieces.push(`\t${name[1]}@${domain}: ${sentence}${eol}`)
      named++
    }
    pos = end
  }
  return named === 0 ? text : pieces.join('') + text.slice(pos)
}
