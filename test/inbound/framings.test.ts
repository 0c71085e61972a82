import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/inbound/parse'
import { NOT_RECIPIENTS, withoutOtherParties } from '../../src/inbound/prose'
import { classifyDocumented, DOCUMENTED_PHRASES } from '../classify/documented-phrases'
import { FRAMES, MULTI_RECIPIENT, statusFor } from './framings'
import { MAILBOX_PROVIDER_LAYOUTS } from './mailbox-provider-layouts'
import { MORE_LAYOUTS } from './more-layouts'
import { MTA_LAYOUTS } from './mta-frames'
import { PROVIDER_LAYOUTS } from './provider-frames'

/** The documented rows that are a remote server's SMTP reply, the only ones an MTA relays in these frames. */
const REPLIES = DOCUMENTED_PHRASES.filter(([, diagnostic]) => /^[45]\d\d[ -]/.test(diagnostic))
// A whole local part, Latin letters beyond ASCII included (Sendmail's "8-bit character in mailbox address" row).
const ADDRESS = /(?<![\w.+\u00C0-\u024F-])[\w.+\u00C0-\u024F-]+@[\w-]+(?:\.[\w-]+)+/

/**
 * The recipient a reply names, if any (not a sender, contact or forward path it names: `withoutOtherParties`), else
 * joe@ the row's domain; null when every address it names is such another party, joe@ among them.
 */
const recipientOf = (reply: string, domain = 'example.org') => {
  // An address the reply names as another party anywhere (cPanel's "Verification failed for <a@…> … does not
  // recognize a@… as a valid sender") is that party wherever else it stands.
  const others = new Set(
    NOT_RECIPIENTS.flatMap((p) => [...reply.matchAll(p)].map((m) => m[1]!.toLowerCase()))
  )
  const named = [...withoutOtherParties(reply).matchAll(new RegExp(ADDRESS.source, 'g'))].map((m) => m[0])
  if (named.length > 0 && named.every((a) => others.has(a.toLowerCase()))) return null
  // Nor when the row's placeholder joe@ is itself the other party (Mimecast's "Anti-Spoofing policy: joe@example.org"
  // stands for the refused sender's From).
  const recipient = named[0] ?? `joe@${domain}`
  return others.has(recipient.toLowerCase()) ? null : recipient
}

/**
 * Where a layout's software changes the reply before the parser sees it, so that the reply alone and the bounce
 * cannot read the same (from each MTA's source, mta-frames.ts):
 * - Haraka turns a 4xx that timed out into Status 5.x.x ("451 4.2.0", "450 4.2.0" become 5.2.0, a filter's status;
 *   Yahoo's "421 4.7.1 [TS03] …" 5.7.1, a security refusal's where 4.7.1 is a blocked host's), and
 *   records a 4.4.2 timeout only by its reply code;
 * - maddy drops the reply code from the text ("mx.example.org said: failure in DNS look-up."), so codes written as
 *   "421-…"/"553-…" lose what named them, and Exchange Online's "5.4.317 Message expired, …", Yahoo's
 *   "451 4.3.2 Internal server error" (read as a system error only in that shape) and postscreen's "5.5.1 Protocol
 *   error" and "5.3.2 Service currently unavailable" their codes;
 * - Stalwart drops the enhanced code from the Diagnostic-Code (Yahoo's "451 4.3.2 Internal server error" loses the
 *   shape it is read in) and makes a Status of the reply code's digits when none leads the reply ("550 #5.1.0 …",
 *   "… not accepted here (#5.1.1)" become 5.5.0, qmail's "451 timeout (#4.4.2)" 4.5.1; qmail-ldap's "530 authentication
 *   needed" 5.3.0, a system error's; Mimecast's bare "421 Unable to process connection at this time", OpenSMTPD's
 *   "421 Internal server error" and Forward Email's "421 An internal server error has occurred", mail.com's "421 Administrative reject" and Haraka's "421 Too busy; try again later" become 4.2.1, a blocked
 *   host's status; Mimecast's "554 Host network not allowed" 5.5.4, which outranks the weak words that read it
 *   alone), and Exchange Online's expiry code with it;
 * - slimta writes the class's default enhanced code into a reply that has none ("421 4.0.0 failure in DNS look-up");
 * - mox reports a transient failure that outlived its retries with Status 5.x.y (4.2.0 becomes 5.2.0, a filter's
 *   status, and 4.7.1 5.7.1, as in Haraka's) and "transient:" before the reply;
 * - Citadel drops the reply code ("joe@example.org: 5.5.1 Error: need RCPT command"), so replies whose reason rests
 *   on their code (command-order errors, RFC 4954's "530 …", "421-…", "553-…", a bare "550 Message Rejected", a 450/451 under a generic
 *   4.0.0, 4.2.0 or 4.5.0 (Amavis's "451 4.5.0 Error in processing"): Zimbra's "Temporary message delivery failure", Cyrus's "Operation is not supported") lose what
 *   named it; so
 *   does 1&1's older bounce ("after RCPT command: host: … <reply without its code>");
 * - Mail.ru's and Yahoo! JAPAN's bounces for a 4xx reply are give-ups ("retry timeout exceeded", "Message expired
 *   for domain …"): a reply with no specific code of its own reads as the expiry;
 * - the Exchange 2003 SMTP layout writes its permanent "#5.5.0" over every reply, a 4xx one too (which Exchange
 *   would retry, not bounce): the permanent verdict keeps its class over the temporary reply.
 */
/**
 * Temporary replies whose words name no cause, read by their enhanced code alone (4.4.5 "system congestion", a
 * greylisting's 4.7.1): Haraka and mox make them permanent (5.4.5, 5.7.1), which reads another way.
 */
const CODE_READ_ONLY = [
  /^450 4\.4\.5 Mail system congestion$/,
  /^451 4\.7\.1 Try again later$/,
  /^450 4\.7\.1 <[^<>]+>: Recipient address rejected: Service is unavailable \(try later\)$/,
]

const KNOWN_DIFFERENCES: Readonly<Record<string, readonly RegExp[]>> = {
  haraka: [/^45[01] 4\.2\.0 /, /^4\d\d 4\.4\.2 /, /^421 4\.7\.1 \[TS03\]/, ...CODE_READ_ONLY],
  maddy: [
    /^421-failure in DNS/,
    /^553-Message filtered/,
    /^550 5\.4\.317 /,
    /^451 4\.3\.2 Internal server error$/,
    // postscreen's replies are read by their enhanced code with the words ("5.5.1 Protocol error").
    /^5\d\d 5\.5\.1 Protocol error$/,
    /^5\d\d 5\.3\.2 Service currently unavailable$/,
  ],
  stalwart: [
    /^550 5\.4\.317 /,
    /^451 4\.3\.2 Internal server error$/,
    /#[45]\.\d\.\d/,
    /^530 authentication needed$/,
    /^421 Internal server error$/,
    /^421 An internal server error has occurred/,
    /^421 Unable to process connection/,
    /^421 Administrative reject$/,
    /^421 Too busy; try again later$/,
    /^554 Host network not allowed/,
  ],
  slimta: [/^421-failure in DNS/],
  mox: [/^4\d\d 4\.4\.2 /, /^45[01] 4\.2\.0 /, /^421 4\.7\.1 \[TS03\]/, ...CODE_READ_ONLY],
  citadel: [/^50[0-3] /, /^530 /, /^42[01][ -]/, /^45[01] 4\.[025]\.0 /, /^553-/, /^550 Message Rejected$/],
  '1und1-2015': [
    /^50[0-3] /,
    /^530 /,
    /^42[01][ -]/,
    /^45[01] 4\.[025]\.0 /,
    /^553-/,
    /^550 Message Rejected$/,
  ],
  mailru: [/^4/],
  'yahoojp-failure-notice': [/^4/],
  'exchange2003-smtp': [/^4/],
}

/**
 * A reply with 8-bit text (Sendmail's "8-bit character in mailbox address "jöe@…"") put into a layout that declares
 * us-ascii: a message no software sends (it would label the part UTF-8), which decodes as mojibake.
 */
const eightBitInAscii = (reply: string, raw: string) =>
  /[^ -~]/.test(reply) && /charset="?us-ascii/i.test(raw)

describe('a documented reply reads the same whichever MTA relays it', () => {
  it('covers most of the documented table', () => {
    expect(REPLIES.length).toBeGreaterThan(DOCUMENTED_PHRASES.length / 2)
  })

  for (const [mta, frame] of Object.entries(FRAMES)) {
    it(`inside ${mta}'s bounce, every reply keeps the reason it has with what the bounce tells`, async () => {
      const differ: string[] = []
      for (const [source, diagnostic, , context] of REPLIES) {
        // Prose that states no enhanced status cannot carry the rows whose reading needs one.
        if (context?.status && !frame.statesStatus) continue
        const reply = diagnostic.replace(/\s*\n\s*/g, ' ')
        const recipient = recipientOf(reply, context?.domain)
        // A reply that names only another party (the sender it verified) names no recipient: not this test's case.
        if (recipient === null) continue
        const raw = frame.build(recipient, reply, statusFor(reply, context?.status))
        if (eightBitInAscii(reply, raw)) continue
        const report = await parseBounce(raw)
        const found = report.results.find((result) => result.address === recipient)
        const hosts = [recipient.slice(recipient.indexOf('@') + 1), ...frame.hosts]
        const want = classifyDocumented(diagnostic, context, { stage: frame.stage, hosts })
        const got = found?.classification.reason ?? `nothing (${report.why})`
        if (got !== want) differ.push(`${source}: ${want} alone, ${got} in ${mta}'s bounce (${reply})`)
      }
      expect(differ).toEqual([])
    })
  }

  // Layouts rebuilt from open-source MTAs' own code (mta-frames.ts) and from providers' and vendors' documentation
  // (provider-frames.ts). Left out: MailEnable's, which names only the recipient's domain (no parser can report the
  // address), and Exchange 2010's for replies other than 5.7.x, whose user sentence ("… because of security
  // policies") it shows only then.
  const LAYOUTS = { ...MTA_LAYOUTS, ...PROVIDER_LAYOUTS, ...MORE_LAYOUTS, ...MAILBOX_PROVIDER_LAYOUTS }
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    if (('quotesReply' in layout && layout.quotesReply === false) || name === 'mailenable') continue
    it(`inside the ${name} layout, every reply keeps its reason, but for the differences known and explained`, async () => {
      const differ: string[] = []
      for (const [source, diagnostic, , context] of REPLIES) {
        if (context?.status && !layout.statesStatus) continue
        const reply = diagnostic.replace(/\s*\n\s*/g, ' ')
        const status = statusFor(reply, context?.status)
        if (name === 'exchange2010' && !status.startsWith('5.7.')) continue
        // Where the software never quotes a transient reply, its give-up is read by the test below.
        if ('quotesTransient' in layout && layout.quotesTransient === false && reply.startsWith('4')) continue
        const recipient = recipientOf(reply, context?.domain)
        // A reply that names only another party (the sender it verified) names no recipient: not this test's case.
        if (recipient === null) continue
        // A reply naming the bounce's own addressee (the sender) names no recipient: not this test's case.
        if (recipient === 'a@example.net') continue
        if (KNOWN_DIFFERENCES[name]?.some((known) => known.test(reply))) continue
        const raw = layout.build(recipient, reply, status)
        if (eightBitInAscii(reply, raw)) continue
        const report = await parseBounce(raw)
        const found = report.results.find((result) => result.address === recipient)
        // A prose layout's hosts are in its words, not in a Reporting-MTA field the provider rules read.
        const named = layout.statesStatus ? layout.hosts : []
        const hosts = [recipient.slice(recipient.indexOf('@') + 1), ...named]
        // A status the layout writes of its own is what a reply stating none reads under.
        const ownStatus = 'ownStatus' in layout ? layout.ownStatus : undefined
        const own = ownStatus && !/\b[245]\.\d{1,3}\.\d{1,3}\b/.test(reply) ? { status: ownStatus } : {}
        const want = classifyDocumented(diagnostic, { ...context, ...own }, { stage: layout.stage, hosts })
        const got = found?.classification.reason ?? `nothing (${report.why})`
        if (got !== want) differ.push(`${source}: ${want} alone, ${got} in ${name} (${reply})`)
      }
      expect(differ).toEqual([])
    })
  }

  it("reads the give-up of a layout that never quotes a transient reply as expired (XMail's, dma's)", async () => {
    for (const [name, layout] of Object.entries(MORE_LAYOUTS)) {
      if (layout.quotesTransient !== false) continue
      const report = await parseBounce(
        layout.build('joe@example.org', '451 4.3.0 Temporary failure', '4.3.0')
      )
      expect(
        report.results.map((r) => [r.address, r.classification.reason]),
        name
      ).toEqual([['joe@example.org', 'expired']])
    }
  })

  it("reads the layouts that quote no reply by their own sentence (Exchange 2003, SmarterMail, DTI's quota)", async () => {
    for (const [name, reason] of [
      ['exchange2003', 'userunknown'],
      ['smartermail', 'mailboxfull'],
      ['dti-quota', 'mailboxfull'],
    ] as const) {
      const layout = PROVIDER_LAYOUTS[name]!
      const report = await parseBounce(layout.build('joe@example.org', '', '5.0.0'))
      expect(report.results.find((r) => r.address === 'joe@example.org')?.classification.reason, name).toBe(
        reason
      )
    }
  })

  for (const [mta, build] of Object.entries(MULTI_RECIPIENT)) {
    it(`inside ${mta}'s bounce for two recipients, each keeps its own reply's reason, and neither is lost`, async () => {
      const full = {
        recipient: 'ann@example.org',
        reply: '552 5.2.2 <ann@example.org>: Mailbox full',
        status: '5.2.2',
      }
      const differ: string[] = []
      for (const [source, diagnostic, , context] of REPLIES) {
        if (context || ADDRESS.test(diagnostic)) continue
        const reply = diagnostic.replace(/\s*\n\s*/g, ' ')
        const joe = { recipient: 'joe@example.org', reply, status: statusFor(reply) }
        const want = classifyDocumented(diagnostic, {}, { hosts: ['example.org'] })
        for (const failures of [
          [joe, full],
          [full, joe],
        ]) {
          const results = (await parseBounce(build(failures))).results
          const reasons = ['joe@example.org', 'ann@example.org'].map(
            (a) => results.find((r) => r.address === a)?.classification.reason ?? 'lost'
          )
          if (reasons[0] !== want || reasons[1] !== 'mailboxfull')
            differ.push(`${source}: joe ${reasons[0]} (alone ${want}), ann ${reasons[1]} (${reply})`)
        }
      }
      expect(differ).toEqual([])
    })
  }

  it("reads qmail-remote's refusal at RCPT TO as that stage, and its closing 'Giving up on <IP>' as no expiry", async () => {
    const report = await parseBounce(FRAMES.qmail!.build('joe@example.org', '550 User unknown', '5.0.0'))
    expect(report.results[0]).toMatchObject({ stage: 'rcpt', classification: { reason: 'userunknown' } })
    const access = await parseBounce(
      FRAMES.qmail!.build('joe@example.org', '550 5.7.1 <joe@example.org>: Relay access denied', '5.7.1')
    )
    expect(access.results[0]?.classification.reason).toBe('norelaying')
  })

  it("reads Exim's postmaster-callout refusal as the sender's, whatever user-unknown reply it quotes", async () => {
    // smtp_in.c (af_verify_pmfail): the callout to the sender's domain's postmaster was refused; Exim's bounce wraps the
    // reply so "Sender verify failed" breaks across lines, and the quoted "550 5.1.1 … User unknown" is no recipient's.
    const reply = [
      '550-Postmaster verification failed while checking <a@example.net>',
      '550-Called:   192.0.2.2',
      '550-Sent:     RCPT TO:<postmaster@example.net>',
      '550-Response: 550 5.1.1 <postmaster@example.net>: Recipient address rejected: User unknown in local recipient table',
      '550-Several RFCs state that you are required to have a postmaster',
      '550-mailbox for each mail domain. This host does not accept mail',
      '550-from domains whose servers reject the postmaster address.',
      '550 Sender verify failed',
    ].join(' ')
    for (const frame of ['exim-multiline', 'exim', 'postfix', 'qmail']) {
      const report = await parseBounce(FRAMES[frame]!.build('joe@example.org', reply, '5.0.0'))
      expect(
        report.results.map((r) => [r.address, r.classification.reason, r.classification.disposition]),
        frame
      ).toEqual([['joe@example.org', 'rejected', 'block']])
    }
  })
})
