/**
 * Whole bounces as mail providers', hosts' and universities' own help pages show them, each labelled with the cause
 * the page itself gives (not with our reading of the words): messages the classifier was never tuned on, gathered
 * by helpers in stop 28 with strict source rules (never a bounce parser's fixtures, never the corpus). Where a page
 * shows only a body or placeholders, what was rebuilt is said per case.
 */
export interface HelpPageBounce {
  /** Short unique name: provider-topic. */
  name: string
  /** The page's URL (and a second one when headers come from elsewhere). */
  source: string
  /** The page's own explanation of the cause, quoted (translated in brackets when not English). */
  says: string
  /** What was rebuilt rather than copied (placeholders, missing header fields, blank lines). */
  rebuilt: string
  /** The whole message, CRLF line ends, as the sender's mailbox receives it. */
  raw: string
  /** One entry per failed recipient the bounce names, with the reason the page's explanation means. */
  expect: { recipient: string; reason: string; hardbounce?: boolean }[]
}

const CRLF = '\r\n'

/** The header fields added where a page shows only a bounce's body (said in `rebuilt` with {@link BODY_ONLY}). */
export const bodyOnlyHeaders = (
  from: string,
  subject: string,
  id: string,
  date = 'Thu, 3 Dec 2026 10:00:00 +0000',
  to = 'a@example.net'
) => [
  `From: ${from}`,
  `To: ${to}`,
  `Subject: ${subject}`,
  `Date: ${date}`,
  `Message-ID: <${id}>`,
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
]

/** What `rebuilt` says of {@link bodyOnlyHeaders}. */
export const BODY_ONLY =
  'From/To/Subject/Date/Message-ID/MIME-Version/Content-Type headers added (page shows only the body)'
/** Joins lines with CRLF and ends with CRLF. */
export const lines = (...ls: string[]) => ls.join(CRLF) + CRLF

/**
 * Postfix's bounce preamble (bounce(8)'s default template) down to "The mail system", as its help pages quote it
 * (`indent`: the spaces before "The mail system", which a page may drop; `contact`: whom it sends to, "<postmaster>"
 * in older releases' template).
 */
export const POSTFIX_INTRO = (host: string, indent = 19, contact = 'postmaster.') => [
  `This is the mail system at host ${host}.`,
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  `For further assistance, please send mail to ${contact}`,
  '',
  'If you do so, please include this problem report. You can',
  'delete your own text from the attached returned message.',
  '',
  `${' '.repeat(indent)}The mail system`,
  '',
]
