/**
 * The text of an HTML-only report (Exchange Online's and Office 365's NDRs when no plain part is sent, webmail
 * bounces): what a reader sees, with each block on its own line and the entities decoded, so a phrase family reads
 * "couldn't be delivered" and "<jane@example.org>" as the server wrote them. Linear: no pattern here backtracks.
 * @module
 */

/** What a reader never sees, dropped with its content: comments and the hidden elements (opening, closing). */
const HIDDEN: readonly [string, string][] = [
  ['<!--', '-->'],
  ['<style', '</style'],
  ['<script', '</script'],
  ['<head', '</head'],
  ['<title', '</title'],
]

/** Tags that end a line where a reader sees one (block elements, line breaks, table rows). */
const LINE_TAGS = /<\/?(?:br|p|div|tr|li|ul|ol|table|h[1-6]|blockquote|pre|hr)\b[^<>]*>/gi
/** {@link LINE_TAGS} without the global flag, for a test that keeps no position between calls. */
const LINE_TAGS_SEEN = new RegExp(LINE_TAGS.source, 'i')

/**
 * A paragraph's end and the next one's start: one line break, not a blank line, in Outlook's HTML only. Its plain
 * text turned HTML ("MsoPlainText", its style sheet's margin 0) sets each line of a report in a paragraph of its own,
 * so a sentence wrapped over two lines would otherwise be cut at the wrap; an empty paragraph ("<p>&nbsp;</p>")
 * still makes a blank line. Elsewhere a paragraph is a block with a margin, as a browser shows it.
 */
const PARAGRAPH_AFTER_PARAGRAPH = /<\/p\s*>\s*<p\b[^<>]*>/gi
/** Outlook's paragraph classes, which its style sheet gives no margin. */
const MSO_PARAGRAPHS = /<p\b[^<>]*\bclass=["']?Mso(?:PlainText|Normal)\b/i

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  ...latin1Entities(),
}

/**
 * HTML 4's Latin-1 entity names, U+00A1 to U+00FF in order (a localized NDR writes "Empf&auml;ngers"): `Auml` is
 * Ä, `auml` ä. Looked up as written first; a name in other capitals ("&AUML;", no HTML name) falls back to the
 * lower-case one.
 */
function latin1Entities(): Record<string, string> {
  const names =
    'iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
      ' '
    )
  return Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(0xa1 + i)]))
}

/** The content of `html` without its hidden elements' content, its comments and its tags; entities decoded. */
export function htmlToText(html: string): string {
  const visible = withoutHidden(html)
  // A document that makes no line of its own (no line tags) or keeps its source's lines by style is laid out by its
  // line breaks, as a browser shows it.
  const byBreaks = !LINE_TAGS_SEEN.test(visible) || /white-space\s*:\s*pre/i.test(visible)
  const source = byBreaks ? visible : sourceBreaksAsSpaces(visible)
  return decodeEntities(
    (!byBreaks && MSO_PARAGRAPHS.test(visible) ? source.replace(PARAGRAPH_AFTER_PARAGRAPH, '\n') : source)
      .replace(LINE_TAGS, '\n')
      .replace(/<\/?t[dh]\b[^<>]*>/gi, ' ')
      .replace(/<[^<>]*>/g, ' ')
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
}

const SOURCE_BREAK = /\r\n?|\n/g

/**
 * `html` with its source's line breaks as spaces, as a browser shows them, but inside `<pre>`: a reader sees a line
 * end only where a tag makes one (a bounce's text pasted as "line<br>" then a source newline is one line, not two).
 */
function sourceBreaksAsSpaces(html: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let at = 0
  for (let open = lower.indexOf('<pre'); open >= 0; open = lower.indexOf('<pre', at)) {
    if (!tagEnds(lower, open + 4)) {
      out += html.slice(at, open + 4).replace(SOURCE_BREAK, ' ')
      at = open + 4
      continue
    }
    const close = lower.indexOf('</pre', open)
    const end = close < 0 ? html.length : close
    out += html.slice(at, open).replace(SOURCE_BREAK, ' ') + html.slice(open, end)
    at = end
  }
  return out + html.slice(at).replace(SOURCE_BREAK, ' ')
}

/** Whether the tag name at `at` ends there (`<head>`, `<head lang=…>`), not a longer name (`<header>`). */
function tagEnds(lower: string, at: number): boolean {
  const next = lower.charCodeAt(at)
  return Number.isNaN(next) || !((next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 45)
}

/**
 * `html` without what {@link HIDDEN} names: scans with indexOf, each from where the last ended, and stops at an
 * opening never closed (hostile or broken), so the work stays linear.
 */
function withoutHidden(html: string): string {
  let out = html
  let lower = html.toLowerCase()
  for (const [opening, closing] of HIDDEN) {
    if (!lower.includes(opening)) continue
    const named = opening !== '<!--'
    let result = ''
    let at = 0
    let from = 0
    for (;;) {
      const open = lower.indexOf(opening, from)
      if (open < 0) break
      if (named && !tagEnds(lower, open + opening.length)) {
        from = open + opening.length
        continue
      }
      let close = lower.indexOf(closing, open + opening.length)
      while (named && close >= 0 && !tagEnds(lower, close + closing.length))
        close = lower.indexOf(closing, close + closing.length)
      if (close < 0) break
      const end = named ? lower.indexOf('>', close) : close + closing.length - 1
      result += `${out.slice(at, open)} `
      at = end < 0 ? out.length : end + 1
      from = at
    }
    // Lower-cased again only when something was dropped: the positions above index both copies.
    if (at > 0) {
      out = result + out.slice(at)
      lower = out.toLowerCase()
    }
  }
  return out
}

/** Named entities readers meet in reports, and every numeric one. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}\d{0,2}|#39);/gi, (entity, name: string) => {
    const named = NAMED[name] ?? NAMED[name.toLowerCase()]
    if (named !== undefined) return named
    if (name[0] !== '#') return entity
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}
