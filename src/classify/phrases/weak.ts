/**
 * Phrase families too vague to decide before the code tables.
 * @module
 */
import { anyOf, type PhraseRule } from './rule'

/**
 * Families too vague to beat a specific enhanced code ("550 5.7.1 … mailbox unavailable" is a block, not an
 * unknown user): consulted only after the code tables.
 */
export const WEAK_PHRASES: readonly PhraseRule[] = [
  {
    reason: 'policyviolation',
    name: 'policy',
    pattern: anyOf(
      [
        /polic(?:y|ies)/,
        /prohibited/,
        /administrative(?:ly)? (?:prohibited|denied)/,
        /not allowed/,
        /rejected by (?:the )?recipient/,
      ],
      'i'
    ),
  },
  {
    reason: 'systemerror',
    name: 'system-error',
    pattern: anyOf(
      [
        /system error/,
        /internal (?:server )?error/,
        /local error/,
        // RFC 5321's 451 "Requested action aborted: local error in processing", as servers shorten it: Oracle Cloud Email
        // Delivery's "451 Error in Processing", Amavis's "451 4.5.0 Error in processing, id=…". Weak: beside a mailbox's
        // or a policy's verdict, or under its code, it is only the server's phrasing of the refusal.
        /error in processing/,
        /temporar(?:y|ily) (?:local )?(?:problem|error|unavailable)/,
        /temporary local failure/,
        /server (?:error|busy)/,
        // Not Sendmail's own "<joe@…>... Service unavailable" (sysexits' EX_UNAVAILABLE after a refused MAIL FROM or
        // connection): the transcript's reply beside it says why.
        /(?<!\.\.\. )service (?:temporarily |currently )?(?:un)?available/,
        /try (?:again )?later/,
        /resources temporarily/,
        /config(?:uration)? error/,
        /misconfigured/,
        /queue file write error/,
        // The operating system's own error text (EINTR).
        /interrupted system call/,
        /error while being processed/,
        /there is no mdb/,
        /could not load drd/,
        /timeout waiting for input/,
      ],
      'i'
    ),
  },
  {
    // sysexits.h EX_CANTCREAT, "can't create (user) output file", as Sendmail reports a local delivery agent's exit
    // ("550 5.0.0 <joe@…>... Can't create output"): procmail exits with it when the mailbox is over quota, and
    // hosts' help pages (pobox.com's common bounces, EM-NET's and omakase.jp's FAQs) read it as a full mailbox.
    // Weak: a specific code or a family's words say more.
    reason: 'mailboxfull',
    name: 'cannot-create-output',
    // Not when the delivery agent says why otherwise ("…: Permission denied", "…: Read-only file system").
    pattern: /can'?t create (?:\(user\) )?output\b(?!.{0,60}(?:permission denied|read-only))/i,
  },
  {
    reason: 'userunknown',
    name: 'mailbox-unavailable',
    pattern: anyOf(
      [
        // Not Tencent's "550 Mailbox unavailable or access denied" (smtp.codes' QQ table: a sending-frequency limit).
        /mail ?box (?:is )?unavailable(?! or access denied)/,
        // RFC 5321's text for reply code 550.
        /requested action not taken: mailbox/,
        /recipient address rejected/,
        /account unavailable/,
      ],
      'i'
    ),
  },
  {
    // Exim's answer when an ACL denies without its own words: usually the sender or its host.
    reason: 'rejected',
    name: 'administrative-prohibition',
    pattern: /administrative prohibition/i,
  },
  {
    // Cyrus's Sieve (lmtp_sieve.c): "Your message was automatically rejected by Sieve, a mail filtering language.";
    // Dovecot 1.x: "… rejected by Dovecot Mail Delivery Agent.";
    // Dovecot's LDA and LMTP (rejection_reason): "Your message to <joe@example.org> was automatically rejected:" and
    // the reason. Dovecot writes the same preamble for a full mailbox ("Quota exceeded …") as for a Sieve "reject" by
    // the recipient: weak, so the reason's own words decide, and a bare rejection is the recipient's filter. A bounce's
    // body, never an SMTP reply: not behind a reply code.
    reason: 'filtered',
    name: 'automatically-rejected',
    pattern:
      /(?<!\b[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)\byour message (?:to <[^<>]{1,320}> was automatically rejected|was automatically rejected by (?:sieve|dovecot mail delivery agent))\b/i,
  },
  {
    // Exim's return_output (deliver.c, transport.c): a local transport's output fails the delivery and is returned
    // under "The following text was generated during the delivery attempt: ------ pipe to |… ------". The delivery
    // program failed; weak, so a code or the program's own words decide first. (Not Exim's log line "return message
    // generated": a report that writes it above the output would take it for the error line and skip the output.)
    reason: 'mailererror',
    name: 'transport-output',
    pattern: /\bthe following text was generated during the delivery attempts?\b/i,
  },
]
