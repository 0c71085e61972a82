/**
 * AOL's AIRmail notices (`Mailer: AIRmail [v110.15]`, `X-AOL-IP`, from `MAILER-DAEMON@aol.com`) list their recipients
 * as AOL screen names, without a domain, each on an indented line of its own under the sentence that gives the
 * reason: "Your mail to the following recipients could not be delivered because they are not accepting mail with
 * attachments or embedded images:" and then "\tjoe". A screen name is the local part of an address at the daemon's
 * own domain, so the list is read as those addresses (`joe@aol.com`) and the notice names its recipients as any
 * other does. Nothing is read from a notice of another mailer, nor from a line that is more than one word.
 * @module
 */
import { type FieldBlock, firstAddress } from './fields'

/** The sentence that opens AIRmail's list, ending with a colon. */
const LIST_HEADING = /\bto the following recipients? could not be delivered\b[^\n]*:[ \t]*\r?$/im
/** One screen name alone on its indented line (AOL's names: letters, digits, dots, underscores, hyphens). */
const SCREEN_NAME = /^[ \t]+([A-Za-z0-9][A-Za-z0-9._-]{0,63})[ \t]*\r?$/

/** `text` with the screen names AIRmail lists written as addresses at the notice's domain; `text` otherwise. */
export function withScreenNames(headers: FieldBlock, text: string): string {
  if (!/^\s*AIRmail\b/i.test(headers.get('mailer') ?? '') && !headers.has('x-aol-ip')) return text
  const from = firstAddress(headers.get('from'))
  const at = from?.indexOf('@') ?? -1
  if (!from || !/^mailer-daemon$/i.test(from.slice(0, at))) return text
  const domain = from.slice(at + 1)
  const heading = LIST_HEADING.exec(text)
  if (!heading) return text
  const start = text.indexOf('\n', heading.index + heading[0].length - 1) + 1
  if (start === 0) return text
  // The reason is the heading's sentence ("Your mail to … because they are not accepting …"), said once for the list:
  // each entry is given it on its own line, as a report that names the address beside its reason.
  const line = text.slice(text.lastIndexOf('\n', heading.index) + 1, start).trim()
  const sentence = line.slice(Math.max(0, line.search(/\byour (?:mail|message)\b/i))).replace(/:$/, '')
  const lines = text.slice(start).split('\n')
  let named = 0
  while (named < lines.length) {
    const name = SCREEN_NAME.exec(lines[named]!)
    if (!name) break
    lines[named] = `\t${name[1]}@${domain}: ${sentence}`
    named++
  }
  return named === 0 ? text : text.slice(0, start) + lines.join('\n')
}
