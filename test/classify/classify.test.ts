import { describe, expect, it } from 'vitest'
import { type ClassifyInput, classify, joinContinuations, REASON_NAMES, REASONS } from '../../src/classify'
import { ENHANCED_CODES, REPLY_CODES, replyCodeWith } from '../../src/classify/codes'

const bounce = (input: Partial<ClassifyInput>) => classify({ kind: 'bounce', ...input })

describe('classify: text phrase families', () => {
  const cases: [string, string, string][] = [
    [
      'smtp; 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table',
      'userunknown',
      'hard',
    ],
    ['The email account that you tried to reach does not exist.', 'userunknown', 'hard'],
    ['552 Too many recipients', 'ratelimited', 'block'],
    ['550 Unauthenticated senders not allowed', 'securityerror', 'block'],
    ['500 Remote server does not support TLS (state 6).', 'failedstarttls', 'block'],
    // The cause beats the queue's give-up sentence: a DNS failure that outlived the retry period.
    [
      'Deferred: Name server: example.jp.: host name lookup failure Message could not be delivered for 8 hours',
      'networkerror',
      'soft',
    ],
    ['550 No such user here', 'userunknown', 'hard'],
    ['552 5.2.2 The email account that you tried to reach is over quota', 'mailboxfull', 'soft'],
    ["The recipient's mailbox is full and can't accept messages now.", 'mailboxfull', 'soft'],
    [
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
      'blocked',
      'block',
    ],
    [
      '550 5.7.1 Our system has detected that this message is likely unsolicited mail (spam)',
      'spamdetected',
      'block',
    ],
    [
      '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain’s DMARC policy',
      'authfailure',
      'block',
    ],
    ['550 SPF check failed for 192.0.2.1', 'authfailure', 'block'],
    [
      '421 4.7.0 IP not in whitelist for RCPT domain, closing connection: poor reputation',
      'badreputation',
      'block',
    ],
    ['450 4.7.1 Client host rejected: cannot find your reverse hostname', 'requireptr', 'block'],
    ['421 4.7.28 Our system has detected an unusual rate of unsolicited mail', 'spamdetected', 'block'],
    ['452 4.5.3 Too many recipients; rate limited, try again later', 'ratelimited', 'block'],
    ['552 5.3.4 Message size exceeds fixed maximum message size', 'emailtoolarge', 'block'],
    ['550 5.2.1 The email account that you tried to reach is disabled.', 'suspend', 'soft'],
    [
      'Host or domain name not found. Name service error for name=nowhere.example type=A',
      'hostunknown',
      'hard',
    ],
    ['550 5.7.1 Relaying denied', 'norelaying', 'block'],
    ['554 5.7.1 Message rejected: virus found in attachment', 'virusdetected', 'block'],
    ['550 5.1.0 Sender address rejected: Domain not found', 'rejected', 'block'],
    ['Delivery time expired: giving up after 5 days', 'expired', 'soft'],
    ['421 4.4.2 Connection reset by peer', 'networkerror', 'soft'],
    ['connect to mx.example.org[192.0.2.1]:25: Connection timed out', 'expired', 'soft'],
    ['Name service error for domain example.com: Host not found, try again', 'networkerror', 'soft'],
    ['No MX found for domain example.org', 'notaccept', 'hard'],
    ['554 5.3.0 mailer error: command died with status 127', 'mailererror', 'soft'],
  ]
  for (const [text, reason, disposition] of cases) {
    it(`${reason} ← "${text.slice(0, 60)}"`, () => {
      const result = bounce({ diagnostic: text })
      expect(result.reason).toBe(reason)
      expect(result.disposition).toBe(disposition)
      // A decisive enhanced code (X.2.2) decides before the words; otherwise the words do.
      expect(result.rule).toMatch(/^text:|^status:[45]\.2\.2$/)
    })
  }
})

describe('classify: code tables', () => {
  it('uses a specific enhanced code when the text says nothing useful', () => {
    expect(bounce({ status: '5.1.1', diagnostic: 'delivery failed' })).toMatchObject({
      reason: 'userunknown',
      rule: 'status:5.1.1',
      hardbounce: true,
    })
    expect(bounce({ status: '5.2.2' })).toMatchObject({ reason: 'mailboxfull', rule: 'status:5.2.2' })
    expect(bounce({ status: '5.7.26' })).toMatchObject({ reason: 'authfailure', disposition: 'block' })
    expect(bounce({ status: '4.4.7' })).toMatchObject({ reason: 'expired', disposition: 'soft' })
  })

  it('prefers a specific code in the text over a generic x.0.0 status field', () => {
    const r = bounce({ status: '5.0.0', diagnostic: 'host said: 550 5.1.1 ... gone away' })
    expect(r).toMatchObject({ status: '5.1.1', reason: 'userunknown', rule: 'status:5.1.1' })
  })

  it('maps every standard enhanced code in the table to a known reason', () => {
    for (const [code, reason] of ENHANCED_CODES) {
      expect(REASON_NAMES, code).toContain(reason)
      expect(bounce({ status: code }).reason, code).toBe(reason)
    }
    expect(ENHANCED_CODES.get('5.6.4')).toBeUndefined()
    expect(ENHANCED_CODES.get('5.7.11')).toBe('securityerror')
    expect(ENHANCED_CODES.get('5.7.22')).toBe('authfailure')
  })

  it('maps basic reply codes with a meaning of their own', () => {
    for (const [code, reason] of REPLY_CODES) expect(bounce({ replyCode: code }).reason, code).toBe(reason)
    expect(bounce({ replyCode: '552' })).toMatchObject({ reason: 'mailboxfull', rule: 'reply:552' })
    expect(bounce({ replyCode: '421' })).toMatchObject({ reason: 'systemerror', disposition: 'soft' })
  })

  it('does not treat a bare 550/554 as a dead address; a mailbox-type label tips 550 to userunknown', () => {
    expect(bounce({ replyCode: '554' })).toMatchObject({ reason: 'onhold', disposition: 'soft' })
    expect(bounce({ replyCode: '550' })).toMatchObject({ reason: 'onhold', disposition: 'soft' })
    expect(bounce({ replyCode: '550', providerType: 'mailbox_unavailable' })).toMatchObject({
      reason: 'userunknown',
      disposition: 'hard',
      rule: 'reply:550+provider:mailbox_unavailable',
    })
  })

  it('lets a specific 5.7.x code beat the vague "mailbox unavailable" wording', () => {
    const r = bounce({
      replyCode: '550',
      diagnostic: '550 5.7.1 Requested action not taken: mailbox unavailable',
    })
    expect(r).toMatchObject({ reason: 'securityerror', disposition: 'block' })
  })

  it('reads the reply code out of an "smtp;" diagnostic, but not a number in prose', () => {
    expect(bounce({ diagnostic: 'smtp; 552 sorry' })).toMatchObject({
      replyCode: '552',
      reason: 'mailboxfull',
    })
    expect(bounce({ diagnostic: 'you sent more than 500 recipients' }).replyCode).toBeNull()
  })
})

describe('classify: permanence, kinds and provider labels', () => {
  it('never makes a 4xx user-unknown a suppression outright (counted as soft), yet flags it hardbounce', () => {
    expect(bounce({ replyCode: '450', diagnostic: '450 4.1.1 user unknown' })).toMatchObject({
      reason: 'userunknown',
      disposition: 'soft',
      hardbounce: true,
    })
  })

  it('treats a deferral as temporary whatever its text', () => {
    expect(classify({ kind: 'deferred', diagnostic: 'user unknown' })).toMatchObject({ disposition: 'soft' })
    expect(classify({ kind: 'deferred' })).toMatchObject({ reason: 'undefined', disposition: 'soft' })
  })

  it("reads Haraka's default from a host of the reporting MTA's own organisation as its refusal to relay (review of stop 48)", () => {
    // A sender's smarthost (relay.sender.example) that no longer trusts out.sender.example answers every recipient so:
    // counted soft, it would suppress each live address after a few sends.
    const haraka = (hosts: string[]) =>
      classify({
        kind: 'bounce',
        fromReport: true,
        stage: 'rcpt',
        diagnostic: 'smtp; 550 I cannot deliver mail for <ann@gmail.com>',
        status: '5.0.0',
        hosts,
      })
    expect(haraka(['gmail.com', 'out.sender.example', 'relay.sender.example'])).toMatchObject({
      reason: 'norelaying',
      disposition: 'block',
    })
    expect(haraka(['gmail.com', 'out.sender.co.uk', 'relay.sender.co.uk']).disposition).toBe('block')
    // The recipient's own server (another organisation than the reporter's) stays undecided and counted soft.
    expect(haraka(['qmd.example', 'out.sender.example', 'mx.qmd.example']).disposition).toBe('soft')
    expect(haraka(['qmd.example', 'mail.sender.example', '192.0.2.2']).disposition).toBe('soft')
    // Hosts under one country's second level are no organisation in common.
    expect(haraka(['gmail.com', 'out.alpha.co.uk', 'relay.beta.co.uk']).disposition).toBe('soft')
    // A relay of the recipient's own organisation is the recipient's side.
    expect(haraka(['sender.example', 'out.sender.example', 'relay.sender.example']).disposition).toBe('soft')
    // Two customers under a registry's short second level (me.uk, ltd.uk) are no organisation (second review).
    expect(haraka(['gmail.com', 'mail.alpha.me.uk', 'relay.beta.me.uk']).disposition).toBe('soft')
    // An address status a relaying MTA gave the reply speaks for itself.
    const withStatus = classify({
      kind: 'bounce',
      fromReport: true,
      stage: 'rcpt',
      diagnostic: 'smtp; 550 I cannot deliver mail for <gone@customer.example>',
      status: '5.1.1',
      hosts: ['customer.example', 'out.hoster.example', 'mx.hoster.example'],
    })
    expect(withStatus.reason).not.toBe('norelaying')
  })

  it("keeps stop 31's source sentences to their own shapes (the review's over-matches)", () => {
    const report = (diagnostic: string, status?: string) =>
      classify({ kind: 'bounce', fromReport: true, stage: 'rcpt', diagnostic, status })
    // Exim names a smarthost its configuration gives: the relay's lookup failing is no dead recipient domain.
    const relay = report(
      'R=send_via_relay T=remote_smtp: failed to lookup IP address for smtp.example.net',
      '5.0.0'
    )
    expect(relay.reason).toBe('networkerror')
    expect(relay.hardbounce).toBe(false)
    // Haraka's default names the address in angle brackets and nothing after; another server's reason decides.
    expect(
      report('550 5.1.1 Sorry, I cannot deliver mail for joe@example.org: mailbox does not exist').reason
    ).toBe('userunknown')
    // Haraka's own default says neither (an unknown address and a domain it does not host get the same words).
    expect(report('550 I cannot deliver mail for <joe@example.org>').reason).toBe('onhold')
    expect(report('550 I cannot deliver mail for <joe@example.org>').disposition).toBe('soft')
    // Only Cyrus's move between its own servers is not the user's move.
    expect(report('551 User moved to another server. Please use joe@new.example').reason).toBe('hasmoved')
    expect(report('451 4.2.1 Mailbox has been moved to another server').reason).toBe('systemerror')
    // Only Exim's callback sentence is no spam verdict.
    expect(report('554 To help fight spam, this message was rejected').reason).toBe('spamdetected')
    // A certificate's CN between two host names, not an LDAP entry's cn nor a ".cn" domain.
    expect(report('550 LDAP: cn joe.smith does not match any directory entry').reason).not.toBe(
      'failedstarttls'
    )
    expect(report('403 4.7.0 CN mx.example.net does not match mx.example.org').reason).toBe('failedstarttls')
    // A recipient syntax error about UTF-8 is the sender's side: never a dead address.
    expect(report('553 5.1.3 Recipient address syntax error: SMTPUTF8 not negotiated').hardbounce).toBe(false)
    // Third review: a mailbox moved between a provider's servers is a live address, unless a new one is given.
    expect(report('550 5.2.1 Account moved to another server').hardbounce).toBe(false)
    // Parse failures and line endings in their sources' own shapes only: another reason in the reply decides.
    expect(report('451 4.3.0 Internal error parsing message').reason).toBe('systemerror')
    expect(report('550 5.1.1 Mailbox does not exist (LMTP: failed to parse message)').reason).toBe(
      'userunknown'
    )
    expect(report('550 5.7.7 Failed to parse message.').reason).toBe('notcompliantrfc')
    expect(report('550 5.1.1 <joe@example.org> user unknown; excessive unknown recipients').reason).toBe(
      'userunknown'
    )
    expect(report("550 5.1.1 user unknown (TLS error from 'mx.example.net': connection reset)").reason).toBe(
      'userunknown'
    )
  })

  it("keeps stop 32's source sentences to their own shapes (the review's over-matches)", () => {
    const report = (diagnostic: string, status?: string) =>
      classify({ kind: 'bounce', fromReport: true, stage: 'rcpt', diagnostic, status })
    // Iridis's relay refusal in its own words; a dead mailbox named beside "relay prohibited" stays dead.
    expect(report('550 5.7.1 Relay prohibited: joe@example.org mailbox does not exist').reason).toBe(
      'userunknown'
    )
    expect(
      report('Relay Prohibited: The sending domain, IP address or authenticated login is not authorised')
        .reason
    ).toBe('norelaying')
    // A list's refusal of a non-member, not any sentence about membership.
    expect(
      report(
        '550 5.1.1 <joe@uni.example>: User unknown. If you are not a member of the University, please contact postmaster@uni.example'
      ).reason
    ).toBe('userunknown')
    expect(report('550 you are not a member of this list').reason).toBe('rejected')
    // Coremail's whole replies "sender is rejected", "IP is rejected"; the words inside another verdict are not theirs.
    expect(report('550 Mailbox is full; sender is rejected until space is freed').reason).toBe('mailboxfull')
    expect(report('550 sender is rejected').reason).toBe('rejected')
    expect(
      report('421 4.7.0 Connection from your IP is rejected: too many concurrent connections').reason
    ).toBe('ratelimited')
    expect(report('554 IP is rejected').reason).toBe('blocked')
    // hMailServer's bare "Account is not active." is the recipient's; the sender's own account on a submission server
    // is an authentication matter.
    expect(report('550 Account is not active.').reason).toBe('suspend')
    expect(report('535 5.7.8 Authentication failed: account is not active').reason).not.toBe('suspend')
    expect(report('550 5.7.1 Your account is not active').reason).not.toBe('suspend')
    // An expiry's last words do not outrank the expiry.
    expect(
      report('554 5.4.7 Message expired after 5 days: remote server closed connection', '5.4.7').reason
    ).toBe('expired')
    expect(report('Remote server closed connection.').reason).toBe('networkerror')
    // Second review: a limit is a rate's only with "per"; the other guards and anchors keep their neighbours' texts.
    expect(report('552 5.3.4 Message size limit of 10485760 bytes exceeded').reason).toBe('emailtoolarge')
    // "incoming" as well as "inbound" (a 2001 DSN in Mailman's bounce tests: "Status: 553 Exceeded maximum inbound
    // message size", its text "This mail message has exceeded the maximum incoming message size.").
    expect(report('This mail message has exceeded the maximum incoming message size.').reason).toBe(
      'emailtoolarge'
    )
    expect(report('554 5.4.6 Hop count limit of 30 exceeded - possible mail loop').reason).toBe(
      'networkerror'
    )
    expect(
      report('554 5.7.1 limit of 500 recipients per hour for sender a@example.net exceeded').reason
    ).toBe('ratelimited')
    expect(
      report('Message expired after 5 days: Connection to mx.example.org closed unexpectedly', '5.4.7').reason
    ).toBe('expired')
    expect(report('550 Relay prohibited').reason).toBe('norelaying')
    expect(report('550 5.7.1 Delivery failed: account is not active').reason).toBe('suspend')
    expect(report('550 #5.7.1 IP is rejected').reason).toBe('blocked')
    expect(report('550 You are not a member of foo@lists.example.org').reason).toBe('rejected')
    expect(report('552 Your mailbox may hold no more than 500 MB').reason).not.toBe('emailtoolarge')
    // Third review: Yahoo's shapes only; the words alone stay weak beside another verdict.
    expect(report('451 4.3.2 Internal server error').reason).toBe('systemerror')
    expect(
      report('550 5.1.1 <joe@example.org>: Recipient address rejected: internal server error').reason
    ).toBe('userunknown')
    expect(report('553 Mail from 192.0.2.1 not allowed').reason).toBe('blocked')
    expect(report('550 mail from 10.0.0.1 not allowed to relay').reason).toBe('norelaying')
    expect(
      report('554 5.2.0 STOREDRV.Submit.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded')
        .reason
    ).not.toBe('mailboxfull')
    expect(report('535 5.7.8 Authorization failed: account is not active').reason).not.toBe('suspend')
    // Fourth review: the IP's refusal keeps its other tails; a size limit about attachments is a size's.
    expect(report('553 Mail from 192.0.2.1 not allowed by administrator').reason).toBe('blocked')
    expect(report('550 Invalid/inactive mailbox').reason).toBe('userunknown')
    expect(
      report('552 5.3.4 Message size exceeds fixed limit: file attachment is not allowed to exceed 10 MB')
        .reason
    ).toBe('emailtoolarge')
    expect(
      report('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.score.senderscore.com')
        .reason
    ).toBe('blocked')
  })

  it("keeps stop 33's source sentences to their own shapes (the review's over-matches)", () => {
    const report = (diagnostic: string, status?: string) =>
      classify({ kind: 'bounce', fromReport: true, stage: 'rcpt', diagnostic, status })
    // A HELO or EHLO name that "does not exist" is the connecting client's, never a dead user or the sender's domain.
    for (const text of [
      '517 HELO mx.example.org does not exist.',
      '550 EHLO mx.example.org does not exist',
      '550 5.7.0 Your EHLO mx.example.org does not exist in DNS',
      '450 4.7.1 HELO/EHLO mx.example.org does not exist',
    ])
      expect(report(text).reason, text).toBe('blocked')
    expect(report('553 sender.example.jp does not exist').reason).toBe('rejected')
    // Courier's bad-MX refusal in its exact words is the sender's; a host's own block in other words stays a block.
    expect(report('517 Mail server at 192.0.2.1 is blocked.').reason).toBe('rejected')
    expect(report('554 Your mail server at 192.0.2.1 is blocked due to spam complaints').reason).toBe(
      'blocked'
    )
    expect(report('554 Mail server at 192.0.2.1 is blocked by RBL').reason).toBe('blocked')
    // Dovecot's rejection preamble: the reason after it decides; a reply code keeps its own reading.
    expect(
      report(
        'Your message to <joe@example.org> was automatically rejected:\nQuota exceeded (mailbox for user is full)'
      ).reason
    ).toBe('mailboxfull')
    expect(
      report('Your message to <joe@example.org> was automatically rejected: I am not taking mail').reason
    ).toBe('filtered')
    expect(report('452 Your message to <joe@example.org> was automatically rejected').reason).toBe(
      'systemfull'
    )
    // Chinese texts about recipients that do not exist, said of the sender's mail, are not a dead recipient.
    expect(report('550 发件人被拒绝：收件人不存在的邮件过多').hardbounce).toBe(false)
    expect(report('550 5.7.1 发件人域名有错误，无法被系统解析').reason).not.toBe('hostunknown')
    // Exim's own configuration error about a size limit is not a message that is too large.
    expect(
      report('invalid message_size_limit in local_delivery transport: invalid integer "44litres"').reason
    ).toBe('systemerror')
  })

  it('keeps sender-side and temporary wordings out of the hard families', () => {
    const report = (diagnostic: string, status?: string) =>
      classify({ kind: 'bounce', fromReport: true, diagnostic, status })
    // Courier's null-MX text names the recipient's domain; a sender's domain is the sender's problem.
    expect(report('550 5.7.1 <s@example.com>: Sender domain does not receive mail').disposition).not.toBe(
      'hard'
    )
    expect(report('Domain does not receive mail.').reason).toBe('notaccept')
    // qmail-remote's DNS_SOFT text is temporary whatever status the queue gives up with.
    expect(
      report("Sorry, I couldn't find any host by that name. (#4.1.2) I'm not going to try again.", '5.4.7')
        .disposition
    ).not.toBe('hard')
    // Without its code, as QSBMF's example of a permanent failure shows it, the host was never found: a dead domain.
    expect(report("Sorry, I couldn't find any host by that name.", '5.0.0')).toMatchObject({
      reason: 'hostunknown',
      disposition: 'hard',
    })
    // Unless qmail-send says it gave up on a temporary failure (review of stop 44).
    expect(
      report(
        "Sorry, I couldn't find any host by that name. I'm not going to try again; this message has been in the queue too long.",
        '5.0.0'
      ).disposition
    ).not.toBe('hard')
    // Exchange's #5.4.0 DNS text is never a dead domain on its own.
    expect(
      report('The destination server for this recipient could not be found in Domain Name Service (DNS).')
        .disposition
    ).not.toBe('hard')
    // A directory that answers "no entry" for the address is still an unknown user, LDAP or not.
    expect(report('550 5.1.1 <a@example.org>: ldap lookup returned no entry').reason).toBe('userunknown')
    // A mailbox's own message limit is not a rate limit.
    expect(report('550 Mailbox has reached its limit for the number of messages stored').reason).not.toBe(
      'ratelimited'
    )
  })

  it('reads a delay notice whose words say nothing more as expired (the delay is the cause), never counted', () => {
    const delayed = (diagnostic?: string, status?: string) =>
      classify({ kind: 'deferred', fromReport: true, delayNotice: true, diagnostic, status })
    expect(delayed(undefined, '4.0.0')).toMatchObject({
      reason: 'expired',
      disposition: 'none',
      hardbounce: false,
      rule: 'action:delayed',
    })
    expect(delayed('Message not delivered yet', '4.0.0')).toMatchObject({
      reason: 'expired',
      disposition: 'none',
    })
    // Without a delay status (a prose "delay" no words decide) it stays undetermined and uncounted.
    expect(delayed('Message not delivered yet')).toMatchObject({ rule: 'fallback', disposition: 'none' })
    // Words or codes that name a cause still decide.
    expect(delayed('452 4.2.2 mailbox full')).toMatchObject({ reason: 'mailboxfull' })
    // A provider's deferral event (not a report) with nothing else stays undetermined.
    expect(classify({ kind: 'deferred' })).toMatchObject({ reason: 'undefined' })
  })

  it('records a raw delay notice with what its words say and never counts it; a final failure counts', () => {
    // The message is still queued and may yet arrive: a slow or greylisting server's live address must not reach
    // the soft limit on delays (Mailman's bounce tests call these warnings, never bounces).
    const delay = classify({
      kind: 'deferred',
      fromReport: true,
      delayNotice: true,
      diagnostic: '452 4.2.2 Mailbox full',
      status: '4.2.2',
    })
    expect(delay).toMatchObject({ reason: 'mailboxfull', disposition: 'none', rule: 'status:4.2.2+delayed' })
    // The same words in a final failure count, and a provider's deferral event (a webhook) still counts.
    expect(
      classify({ kind: 'bounce', fromReport: true, diagnostic: '452 4.2.2 Mailbox full', status: '4.2.2' })
        .disposition
    ).toBe('soft')
    expect(classify({ kind: 'deferred', diagnostic: '452 4.2.2 Mailbox full' }).disposition).toBe('soft')
    // OpenSMTPD writes `Action: delayed` for an envelope its queue expired and deleted: final, counted.
    expect(
      classify({
        kind: 'deferred',
        fromReport: true,
        delayNotice: true,
        diagnostic: 'Envelope expired',
        status: '4.4.7',
      }).disposition
    ).toBe('soft')
    // A block in a delay is recorded with its reason and counted neither against the recipient nor for the sender's
    // health: greylisting and rate limits warn once per delay_warning_time (a real Postfix 3.7 behind postgrey), and the
    // final bounce, if one comes, counts the block once.
    expect(
      classify({
        kind: 'deferred',
        fromReport: true,
        delayNotice: true,
        diagnostic: '451 4.7.1 blocked using zen.spamhaus.org',
      })
    ).toMatchObject({ reason: 'blocked', disposition: 'none', rule: 'text:blocklist+delayed' })
    expect(
      classify({ kind: 'bounce', fromReport: true, diagnostic: '451 4.7.1 blocked using zen.spamhaus.org' })
        .disposition
    ).toBe('block')
  })

  it('makes notaccept a hard bounce only when permanent', () => {
    expect(bounce({ replyCode: '556' })).toMatchObject({
      reason: 'notaccept',
      hardbounce: true,
      disposition: 'hard',
    })
    expect(bounce({ status: '4.3.2' })).toMatchObject({
      reason: 'notaccept',
      hardbounce: false,
      disposition: 'soft',
    })
  })

  it('classifies deliveries and complaints by kind, with not-spam feedback recorded only', () => {
    expect(classify({ kind: 'delivered' })).toMatchObject({ reason: 'delivered', disposition: 'none' })
    expect(classify({ kind: 'complaint', feedbackType: 'abuse' })).toMatchObject({
      reason: 'feedback',
      disposition: 'complaint',
    })
    expect(classify({ kind: 'complaint', feedbackType: 'not-spam' })).toMatchObject({ disposition: 'none' })
  })

  it('trusts precise provider labels (SES-style subtypes)', () => {
    expect(bounce({ providerType: 'MailboxFull', diagnostic: 'user unknown' })).toMatchObject({
      reason: 'mailboxfull',
      rule: 'provider:MailboxFull',
    })
    expect(bounce({ providerType: 'Suppressed' })).toMatchObject({
      reason: 'suppressed',
      disposition: 'hard',
    })
    expect(bounce({ providerType: 'virus' })).toMatchObject({ reason: 'virusdetected', disposition: 'block' })
  })

  it("lets a provider's block label outrank RFC 5321's vague 550 wording, never a precise sentence", () => {
    // RFC 5321's 550 text covers "command rejected for policy reasons" too: the provider's reading decides.
    for (const providerType of ['Reputation', 'Blocked', 'SpamNotification', 'Content'])
      expect(
        bounce({ providerType, diagnostic: 'smtp;550 Requested action not taken: mailbox unavailable' }),
        providerType
      ).toMatchObject({ disposition: 'block', rule: `provider:${providerType}` })
    // A sentence a strong family reads still decides, and a generic hard label still yields to the weak wording.
    expect(
      bounce({
        providerType: 'Blocked',
        diagnostic: '550 5.1.1 <joe@example.org>: Recipient address rejected: User unknown',
      })
    ).toMatchObject({ reason: 'userunknown', disposition: 'hard' })
    expect(
      bounce({
        providerType: 'HardBounce',
        diagnostic: 'smtp;550 Requested action not taken: mailbox unavailable',
      })
    ).toMatchObject({ reason: 'userunknown', rule: 'text:mailbox-unavailable' })
  })

  it("reads a provider's give-up by the last reply it quotes, and counts none that quotes no reply", () => {
    // SendGrid's `type: expired` and Mailgun's "old" (delivery-status "Too old", code 602) end a message's retries.
    // The deferrals before them carried the reply and were counted, or not, as its words said: a throttled sender's
    // give-ups must not count a block once per message against live recipients.
    expect(
      bounce({
        providerType: 'Expired',
        diagnostic:
          '421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
      })
    ).toMatchObject({ disposition: 'block' })
    expect(bounce({ providerType: 'Expired', diagnostic: 'Too old' })).toMatchObject({
      reason: 'expired',
      disposition: 'none',
    })
    expect(bounce({ providerType: 'Expired' })).toMatchObject({ reason: 'expired', disposition: 'none' })
    // A raw report's give-up is the only notice its sender gets: its category still counts.
    expect(
      classify({ kind: 'bounce', providerType: 'PowerMTA/message-expired', fromReport: true }).disposition
    ).toBe('soft')
  })

  it("reads Zoho's block of the sending account as the sender's", () => {
    // "550 5.4.6 Unusual sending activity detected. Please try after sometime." (Zoho's anti-abuse block of the
    // account, for external recipients): not X.4.6's routing loop.
    expect(
      bounce({ diagnostic: '550 5.4.6 Unusual sending activity detected. Please try after sometime.' })
    ).toMatchObject({ reason: 'rejected', disposition: 'block' })
  })

  it('turns a refusal at MAIL FROM into a sender-side rejection, and at connection into a block', () => {
    expect(bounce({ diagnostic: 'user unknown', stage: 'mail' })).toMatchObject({
      reason: 'rejected',
      disposition: 'block',
    })
    expect(bounce({ diagnostic: '554 mailbox full', stage: 'connect' })).toMatchObject({ reason: 'blocked' })
  })

  it("reads the server's own code over Sendmail's Status 5.2.2 for any 552 reply", () => {
    // Sendmail 8.17 (usersmtp.c, smtptodsn: 552 "exceeded storage allocation") wrote Status 5.2.2 over a server's
    // "552 5.3.4 Message too big for system" in a real bounce: the message was too large, no mailbox was full.
    const dsn = (diagnostic: string) =>
      classify({ kind: 'bounce', fromReport: true, status: '5.2.2', diagnostic })
    expect(dsn('SMTP; 552 5.3.4 Message too big for system').reason).toBe('emailtoolarge')
    // The same Status with the server's own 5.2.2, or with no code of its own, is a full mailbox.
    expect(dsn('SMTP; 552 5.2.2 Mailbox full').reason).toBe('mailboxfull')
    expect(dsn('SMTP; 552 Requested mail action aborted: exceeded storage allocation').reason).toBe(
      'mailboxfull'
    )
    // Second review of stop 45: Gmail's attachment block under Sendmail's 5.2.2 is a block, never a full mailbox
    // (three such messages would have suppressed a live address); an x.1.x a full mailbox wears stays full.
    const attachment = dsn(
      'SMTP; 552-5.7.0 This message was blocked because its content presents a potential security issue.'
    )
    expect(attachment.reason).not.toBe('mailboxfull')
    expect(attachment.disposition).toBe('block')
    expect(dsn('SMTP; 552 5.1.1 Casella piena').reason).toBe('mailboxfull')
    // A 552 with no code of its own under Sendmail's 5.2.2: the server's words decide between RFC 821's two meanings.
    expect(dsn('SMTP; 552 Message size exceeds fixed maximum message size').reason).toBe('emailtoolarge')
  })

  it('reads a connection that failed before any server spoke as no refusal: no block', () => {
    // kundenserver.de's delay warning: no reply, so no server refused the sender.
    const failed = classify({
      kind: 'bounce',
      fromReport: true,
      diagnostic: 'host lsvk.de[213.165.78.137]: connection to mail exchanger failed',
      stage: 'connect',
    })
    expect(failed.reason).not.toBe('blocked')
    expect(failed.disposition).not.toBe('block')
    // The banner's refusal is the server's reply, and stays a block.
    expect(
      classify({ kind: 'bounce', fromReport: true, diagnostic: '554 5.7.1 access denied', stage: 'connect' })
        .disposition
    ).toBe('block')
  })

  it("reads Yahoo's delivery daemon's 'dd Not a valid recipient' as a dead address, whatever the stage", () => {
    // Yahoo's "dd" answers after DATA ("failed after I sent the message", its help page) for its own mailboxes; SES
    // passes the same reply on as a Permanent bounce. An unknown-user sentence after DATA is otherwise a filter's.
    const yahoo = classify({
      kind: 'bounce',
      fromReport: true,
      diagnostic: '554: delivery error: dd Not a valid recipient - atlas117.free.mail.ne1.yahoo.com',
      hosts: ['yahoo.com'],
    })
    expect([yahoo.reason, yahoo.disposition]).toEqual(['userunknown', 'hard'])
    // Elsewhere the words keep the report convention: not refused at RCPT, no x.1.x, so a filter's.
    expect(
      classify({
        kind: 'bounce',
        fromReport: true,
        diagnostic: '554 Not a valid recipient',
        hosts: ['example.org'],
      }).reason
    ).toBe('filtered')
  })

  it("reads a local delivery program's exit as the program failing, EX_NOUSER included", () => {
    // Postfix's pipe(8) and Sendmail map exit 67 (EX_NOUSER) to 5.1.1 and 68 (EX_NOHOST) to 5.1.2, whatever printed
    // it: dovecot-lda for a user it does not know, but also Sendmail's vacation for a login its passwd lookup misses
    // (the mailbox's own copy delivered) and a script passing on curl's 67. Only the program's words can say more.
    const local = (status: string, diagnostic: string) =>
      classify({ kind: 'bounce', fromReport: true, status, diagnostic, providerType: 'LocalMailer' })
    for (const [status, diagnostic] of [
      ['5.1.1', '67'],
      ['5.1.1', 'lda(nosuch): Error: net_connect_unix(/run/dovecot//stats-writer) failed'],
      ['5.1.2', 'deliver(joe): exit 68'],
      ['5.3.0', 'internal software error'],
      ['5.2.0', "can't create output"],
    ]) {
      const read = local(status!, diagnostic!)
      expect([read.reason, read.disposition], `${status} ${diagnostic}`).toEqual(['mailererror', 'soft'])
    }
    expect(local('4.3.0', 'temporary failure').disposition).toBe('soft')
    // Postfix's own words for the exit (sys_exits.c, with no command output): a real Postfix 3.7 wrote "x-unix; user
    // unknown" under 5.1.1 for a live address whose .forward pipe exited 67; its own unknown user reads "X-Postfix;
    // unknown user: \"joe\"".
    for (const [status, words] of [
      ['5.1.1', 'user unknown'],
      ['5.1.2', 'host name unknown'],
      ['5.3.0', 'service unavailable'],
    ]) {
      const read = local(status!, words!)
      expect([read.reason, read.disposition], `${status} ${words}`).toEqual(['mailererror', 'soft'])
    }
    // Words that say the user is unknown still decide.
    expect(local('5.1.1', 'maildrop: Invalid user specified.').reason).toBe('userunknown')
  })

  it("keeps stop 47's new sentences to their own cause, never a neighbour's (review findings)", () => {
    const read = (diagnostic: string, status?: string) =>
      classify({
        kind: 'bounce',
        fromReport: true,
        stage: 'rcpt',
        diagnostic,
        status,
        hosts: ['example.org'],
      })
    // Go's "no such host" for a smarthost or an MX host is not the recipient's domain (only that one is dead).
    expect(
      read(
        'all MXs returned transient failures (last: Could not dial: dial tcp: lookup smtp.relay.example.net on 127.0.0.11:53: no such host)'
      ).disposition
    ).not.toBe('hard')
    // RFC 5321's "error in processing" is the server's phrasing beside a mailbox's or a policy's verdict.
    expect(read('550 5.1.1 <joe@example.org>: mailbox unavailable, error in processing').reason).toBe(
      'userunknown'
    )
    expect(read('554 5.7.1 Message refused. Error in processing.').disposition).toBe('block')
    // Forward Email's sending limit, not a mailbox's quota written alike.
    expect(read('552 Mailbox of joe@example.org limited to 50 MB with current of 52 MB').reason).toBe(
      'mailboxfull'
    )
    // Haraka's default for a failed lookup, which its recipient plugins send too: not the sender's refusal.
    expect(read('450 4.4.3 Temporary address resolution failure').disposition).not.toBe('block')
    // Exchange Online's answer to a sender's own submission that may not send as its From: not the recipient's store.
    expect(read('430 4.2.0 STOREDRV; mailbox logon failure').reason).not.toBe('systemerror')
    // A local transport's ECONNREFUSED, written otherwise than Go's, stays where it was.
    expect(read('lmtp: connect: Connection refused', '4.4.1').reason).toBe('blocked')
  })

  it('falls back to onhold with a message and undefined without one', () => {
    expect(bounce({ diagnostic: 'something odd happened' })).toMatchObject({
      reason: 'onhold',
      rule: 'fallback',
    })
    expect(bounce({})).toMatchObject({ reason: 'undefined', rule: 'fallback' })
  })

  it('records a raw report nothing decides as undetermined: disposition none, never a counted soft bounce', () => {
    const report = { kind: 'bounce', fromReport: true } as const
    expect(classify({ ...report, diagnostic: 'something odd happened' })).toMatchObject({
      reason: 'onhold',
      rule: 'fallback',
      disposition: 'none',
      hardbounce: false,
    })
    expect(classify({ ...report, diagnostic: '550 5.1.1 user unknown' })).toMatchObject({
      disposition: 'hard',
    })
    // At MAIL FROM the stage decides (the sender was refused): that is a determination, still counted.
    expect(classify({ ...report, diagnostic: 'odd', stage: 'mail' })).toMatchObject({ disposition: 'block' })
  })

  it('gives every reason a disposition', () => {
    expect(REASON_NAMES).toHaveLength(34)
    for (const reason of REASON_NAMES)
      expect(['hard', 'soft', 'block', 'complaint', 'none']).toContain(REASONS[reason])
  })
})

describe('the most reliable evidence first', () => {
  it("never lets an earlier attempt's 5.x.x in the words override a temporary Status 4.0.0", () => {
    const c = classify({
      kind: 'bounce',
      status: '4.0.0',
      diagnostic:
        '451 Temporary local problem - retry later (last error from backup MX: 550 5.1.1 user unknown)',
      fromReport: true,
    })
    expect(c.hardbounce).toBe(false)
    expect(c.status).toBe('4.0.0')
  })

  it("reads the reply's own code under a DSN's placeholder Status 5.0.0, whatever its class", () => {
    // Exim's and OpenSMTPD's DSNs state 5.0.0 for every failure; the last reply of a give-up was a 4xx.
    const c = classify({
      kind: 'bounce',
      status: '5.0.0',
      diagnostic: "452 4.2.2 The recipient's inbox is out of storage space.",
      fromReport: true,
    })
    expect(c).toMatchObject({ reason: 'mailboxfull', status: '4.2.2' })
  })

  it('reads X.2.2 as a full mailbox whatever else the words say (a quota failure is no spam verdict)', () => {
    const c = classify({
      kind: 'bounce',
      diagnostic: '552 5.2.2 <jane@example.org>: mailbox over quota, spam folder included',
      fromReport: true,
    })
    expect(c).toMatchObject({ reason: 'mailboxfull', rule: 'status:5.2.2', hardbounce: false })
  })

  it("reads a dead-recipient sentence under a sender-address code (X.1.7, X.1.8) as the sender's refusal", () => {
    // Exchange's InvalidSenderAddress is "501 5.1.7 Invalid address": the words alone would kill the recipient.
    for (const [diagnostic, status] of [
      ['501 5.1.7 Invalid address', null],
      ['550 Invalid address', '5.1.7'],
      ['553 Domain does not exist', '5.1.8'],
    ] as const) {
      const c = classify({ kind: 'bounce', diagnostic, status, fromReport: true, stage: 'rcpt' })
      expect(c, diagnostic).toMatchObject({ reason: 'rejected', hardbounce: false, disposition: 'block' })
    }
    // The recipient's own codes keep the recipient's verdict.
    expect(classify({ kind: 'bounce', diagnostic: '550 5.1.1 Invalid address', stage: 'rcpt' }).reason).toBe(
      'userunknown'
    )
  })

  it("reads the server's code over a relaying MTA's undefined one written ahead of it (Exchange 2003's #5.5.0)", async () => {
    const { enhancedCodesIn } = await import('../../src/classify/codes')
    expect(enhancedCodesIn('<mx.example.org #5.5.0 SMTP; 550 5.1.1 Not our Customer>')).toEqual(['5.1.1'])
    expect(
      enhancedCodesIn('<mx.example.org #5.5.0 smtp;550 mail to a@b.example not accepted here (#5.1.1)>')
    ).toEqual(['5.1.1'])
    // A specific code ahead of a quoted reply keeps its place, so does another class's (a permanent verdict on a
    // temporary reply), and without a reply the order is the text's.
    expect(enhancedCodesIn('5.7.0 Rejected; the remote server said: 421 4.7.0 Try again later')).toEqual([
      '5.7.0',
      '4.7.0',
    ])
    expect(
      enhancedCodesIn('550 5.4.317 Message expired, cannot connect (421 4.2.1 Unable to connect)')[0]
    ).toBe('5.4.317')
    expect(enhancedCodesIn('5.4.317 Message expired (421 4.2.1 Unable to connect)')[0]).toBe('5.4.317')
    expect(enhancedCodesIn('delivery failed 5.7.1, see 5.1.0 and 5.0.0')).toEqual(['5.7.1', '5.1.0', '5.0.0'])
    const c = classify({
      kind: 'bounce',
      diagnostic: '<mx.example.org #5.5.0 SMTP; 550 5.1.1 Not our Customer>',
    })
    expect(c).toMatchObject({ reason: 'userunknown', status: '5.1.1' })
    // Under a DSN's queue-expiry Status the last attempt's code decides; the relay's #5.5.0 is never it.
    const expiry = classify({
      kind: 'bounce',
      status: '5.4.7',
      diagnostic: 'smtp;<mx.example.org #5.5.0 smtp;550 5.7.1 Access denied>',
      fromReport: true,
    })
    expect(expiry.status).toBe('5.7.1')
  })

  it('reads review-found near misses of the stop-27 sentences by what they mean', async () => {
    const read = (diagnostic: string) =>
      classify({ kind: 'bounce', diagnostic, fromReport: true, stage: 'rcpt' }).reason
    // A mailbox's room is no message-size verdict; a sender's or a forward's address "is suspended" no recipient's.
    expect(read('552 Mail size exceeds the remaining quota')).toBe('mailboxfull')
    expect(read('552 mail size exceeds mailbox quota')).toBe('mailboxfull')
    expect(
      read('550 5.7.1 Message rejected: sender address sender@example.com is suspended for abuse')
    ).not.toBe('suspend')
    expect(read('550 5.7.1 Forwarding to <fwd@example.net> is disabled')).not.toBe('suspend')
    expect(read('553 MAIL FROM:<a@example.net> is disabled')).not.toBe('suspend')
    expect(read('550 The forwarding address <fwd@example.com> is disabled')).not.toBe('suspend')
    expect(read('550 Relay to <fwd@example.com> is disabled')).not.toBe('suspend')
    // A reverse-DNS check mentioned as passed decides nothing.
    expect(
      read(
        '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table (fcrdns ok)'
      )
    ).toBe('userunknown')
    // The recipient's own wording still reads as its account disabled.
    for (const text of [
      '550 Recipient address joe@example.com is disabled',
      '550 The email address joe@example.com is suspended',
      '550 Delivery to joe@example.com is suspended',
    ])
      expect(read(text), text).toBe('suspend')
    // A refusal that says the IP may be listed is still a block; only cPanel's hedge ("they may be") is not.
    expect(read('554 Your IP may be blacklisted')).toBe('blocked')
    const { replyCodeIn } = await import('../../src/classify/codes')
    expect(replyCodeIn('mx.example.org did not like our HELO: 501 Syntax: HELO hostname')).toBe('501')
  })

  it('still lets the words decide under a generic or unrelated code', () => {
    expect(classify({ kind: 'bounce', diagnostic: '550 5.7.1 message rejected as spam' }).reason).toBe(
      'spamdetected'
    )
  })
})

describe('reply codes in report words', () => {
  it('finds a reply code where servers put one, and never takes a plain number for one', async () => {
    const { replyCodeIn } = await import('../../src/classify/codes')
    expect(replyCodeIn('smtp; 550 5.1.1 user unknown')).toBe('550')
    expect(replyCodeIn('host mx.example.jp [192.0.2.20]: 554 5.7.0 Header error')).toBe('554')
    expect(replyCodeIn('>>> RCPT TO:<a@example.org> <<< 550 <a@example.org>... User unknown')).toBe('550')
    expect(replyCodeIn('In: DATA Out: 451 4.3.0 Error: queue file write error')).toBe('451')
    // dma: "mx.example.org [192.0.2.1] did not like our RCPT TO: 503 MAIL first (#5.5.1)".
    expect(replyCodeIn('[192.0.2.1] did not like our RCPT TO: 503 MAIL first (#5.5.1)')).toBe('503')
    expect(replyCodeIn('you may send to more than 500 recipients per day')).toBeNull()
    expect(replyCodeIn('message 2.0.0 ok, id 550 queued')).toBeNull()
  })
})

describe('hostile diagnostics', () => {
  it('classifies a 1 MB diagnostic built to make a phrase backtrack, by its first 8 KiB', () => {
    const c = classify({ kind: 'bounce', diagnostic: 'multiple '.repeat(120_000), fromReport: true })
    // Nothing in the words decides: a report without a cause is held (onhold), never a dead address.
    expect(c).toMatchObject({ reason: 'onhold', hardbounce: false })
    expect(
      classify({ kind: 'bounce', diagnostic: '550 5.7.1 Multiple sender addresses in From: header' }).reason
    ).toBe('notcompliantrfc')
  })
})

describe('multi-line replies joined into one line', () => {
  it('reads a Gmail reply whose continuation codes split its sentence (Postfix joins the lines as they come)', () => {
    const joined =
      '550-5.7.1 [192.0.2.1] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. ' +
      '550 5.7.1 To reduce the amount of spam sent to Gmail, this message has been blocked.'
    expect(bounce({ diagnostic: joined, hosts: ['gmail.com'] }).reason).toBe('spamdetected')
  })

  it('joins a reply without an enhanced code, and keeps its reply code', () => {
    const joined = "553-sorry, that domain isn't in my list 553 of allowed rcpthosts (#5.7.1)"
    const result = bounce({ diagnostic: joined })
    expect(result).toMatchObject({ reason: 'norelaying', replyCode: '553' })
  })

  it('leaves a single-line reply and a lone hyphenated number as they are', () => {
    expect(joinContinuations('550 5.1.1 <jane@example.org> user unknown')).toBe(
      '550 5.1.1 <jane@example.org> user unknown'
    )
    expect(joinContinuations('call 555-1234 or 555 5555')).toBe('call 555-1234 or 555 5555')
  })
})

describe('classify: reply codes where servers quote them', () => {
  const cases: [string, string | null][] = [
    ['<jane@example.org>: 550 unknown user', '550'],
    ['<jane@example.org>: 550: 5.2.2 <jane@example.org>... Mailbox Full', '550'],
    ['server refused to talk to me: 421 Service not available, closing transmission channel', '421'],
    ['mail.example.org[192.0.2.1] responded with failure: 552 sorry, mailbox is over quota', '552'],
    ['<jane@example.org>... Deferred: 421 Warning: message still undelivered after 4 hours', '421'],
    ['----- Transcript of session follows ----- 550 sorry, no mailbox here by that name', '550'],
    ['Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <jane@example.org>... User Unknown', '550'],
    ['[Status: Error, Address: <jane@example.org>, ResponseCode 421, , Host not reachable.]', '421'],
    ['Number of lines: 2 550 - Requested action not taken: no such user here', '550'],
    // Sendmail's own code wraps the remote one: the remote answer is the reply.
    ['554 <jane@example.org>... 550 Host unknown (Authoritative answer from name server)', '550'],
    // The code written with the chosen status: the last attempt's, not the queue's give-up line.
    ['554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>', '421'],
    // Numbers that are not reply codes.
    ['X-Unix; 255', null],
    ['255', null],
    ['quota of 500 messages per day', null],
    ['message size 450 KB', null],
  ]
  it.each(cases)('%s → %s', (diagnostic, replyCode) => {
    expect(bounce({ diagnostic }).replyCode).toBe(replyCode)
  })

  it('pairs a reply code only with the whole status it is written with', () => {
    expect(replyCodeWith('<421 4.4.2 Connection timed out>', '4.4.2')).toBe('421')
    expect(replyCodeWith('550-5.1.1 user unknown', '5.1.1')).toBe('550')
    expect(replyCodeWith('421 14.4.2 timeout', '4.4.2')).toBeNull()
    expect(replyCodeWith('421 4.4.27 timeout', '4.4.2')).toBeNull()
    expect(replyCodeWith('550 4.4.2 mixed classes', '4.4.2')).toBeNull()
  })

  it('keeps a 2xx reply code for a delivery only', () => {
    expect(classify({ kind: 'delivered', diagnostic: 'smtp; 250 2.1.5 OK' }).replyCode).toBe('250')
  })

  it('reads a refusal at MAIL FROM decided only by its reply code as the sender’s problem', () => {
    expect(bounce({ diagnostic: '450 service permits 2 sending IPs', stage: 'mail' })).toMatchObject({
      reason: 'rejected',
      disposition: 'block',
    })
  })
})

describe('classify: the wider vocabulary of receiving servers', () => {
  const cases: [string, string][] = [
    // Unknown users, with the name between the noun and the verdict, in list form, or in other languages.
    ['550 5.1.1 User jane was not found', 'userunknown'],
    ['550 Recipient jane.doe was not found in LDAP', 'userunknown'],
    ['550 <jane@example.org> not found', 'userunknown'],
    ['553 sorry, this recipient is in my badrcptto list (#5.7.1)', 'userunknown'],
    ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown'],
    ['550 utilisateur inconnu', 'userunknown'],
    ['550 user not exist', 'userunknown'],
    // …but an IP or a sender named so is not the recipient.
    ['550 Sender <list@example.com> unknown', 'rejected'],
    ['550 Client address 192.0.2.1 invalid', 'onhold'],
    // Full mailboxes.
    ['552 Mailbox size limit exceeded', 'mailboxfull'],
    ['452 the recipient does not have enough space for this message', 'mailboxfull'],
    ['550 mail folder is full', 'mailboxfull'],
    // Exchange's own NDR codes name their cause.
    ['550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'rejected'],
    ['554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'hostunknown'],
    ['550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients', 'ratelimited'],
    // The recipient's own filter.
    ['550 refused due to recipient preferences', 'filtered'],
    // Sender-side refusals.
    ['553 empty envelope senders not allowed', 'rejected'],
    ['550 BATV validation failure', 'rejected'],
    // Host blocks, content filters, URI blocklists.
    ['421 Not currently accepting mail from your ip', 'blocked'],
    ['554 Rejecting open proxy', 'blocked'],
    ['554 Your email breaches local URIBL policy', 'spamdetected'],
    ['550 content filter rejection', 'spamdetected'],
    // Queues that gave up, networks, configurations, authentication, relaying, limits, size.
    ['Message timed out', 'expired'],
    ['retry time not reached for any host after a long failure period', 'expired'],
    ['No route to host', 'networkerror'],
    ['DNS records for the destination computer could not be found', 'networkerror'],
    ['451 local configuration error', 'systemerror'],
    ['535 authentication failure', 'securityerror'],
    ['550 not allowed to relay through this machine', 'norelaying'],
    ['421 too many smtp sessions for this host', 'ratelimited'],
    ['552 max message size exceeded', 'emailtoolarge'],
    ['550 message rejected by organization policy', 'policyviolation'],
    ['550 we do not accept messages containing images or other attachments', 'policyviolation'],
    // The sender's own address on the receiver's list is a sender refusal, not a block of the host.
    ['550 Your email address has been blacklisted', 'rejected'],
    ['550 5.7.1 this server does not accept mail from you', 'rejected'],
    ['554 HELO command rejected: invalid hostname', 'blocked'],
    ['554 server IP 192.0.2.1 listed as abusive', 'blocked'],
    ['550 Administrative prohibition', 'rejected'],
    ['You are not a member of this mailing list <list@example.org>.', 'rejected'],
    ['550 5.2.1 This account has been suspended', 'suspend'],
    ['550 message rejected due to user rules', 'filtered'],
    ['Unable to deliver message after multiple retries', 'expired'],
    ['550 5.1.1 weil die Adresse nicht gefunden wurde', 'userunknown'],
  ]
  it.each(cases)('%s → %s', (diagnostic, reason) => {
    expect(bounce({ diagnostic }).reason).toBe(reason)
  })
})

describe('a bare domain named as nonexistent', () => {
  const report = (diagnostic: string, recipient: string) =>
    classify({
      kind: 'bounce',
      diagnostic,
      fromReport: true,
      stage: 'rcpt',
      hosts: [recipient.split('@')[1]!],
    })

  it("is the sender's problem when it is not the recipient's domain (SoftBank's 553), never a dead user", () => {
    const c = report('553 sender.example.jp does not exist', 'kijitora@i.softbank.jp')
    expect([c.reason, c.disposition, c.hardbounce]).toEqual(['rejected', 'block', false])
  })

  it("is a dead domain when it is the recipient's", () => {
    expect(report('550 gone.example.org does not exist', 'user@gone.example.org').reason).toBe('hostunknown')
  })

  it("leaves an address's own words to the user families", () => {
    expect(report('550 user@example.org does not exist', 'user@example.org').reason).toBe('userunknown')
    expect(
      report('550 5.1.1 The email account that you tried to reach does not exist', 'a@b.example').reason
    ).toBe('userunknown')
  })
})

describe('words joined into tokens', () => {
  it('reads BAD_RECIPIENT and NO_SUCH_USER as the words they join (the issue: "550 BAD_RECIPIENT" was onhold)', () => {
    for (const diagnostic of ['550 BAD_RECIPIENT', '550 5.1.1 NO_SUCH_USER']) {
      const c = classify({ kind: 'bounce', diagnostic, fromReport: true, stage: 'rcpt' })
      expect([c.reason, c.hardbounce], diagnostic).toEqual(['userunknown', true])
    }
  })
})

describe("product names and sender-side words are no recipient's verdict, and verdicts still are", () => {
  const reasonOf = (diagnostic: string) => classify({ kind: 'bounce', diagnostic, fromReport: true }).reason

  it("reads a spam or virus firewall's refusal as its verdict; only Barracuda's relay token names none", () => {
    expect(reasonOf('550 5.7.1 Message rejected by spam firewall')).toBe('spamdetected')
    expect(reasonOf('554 5.7.1 Message rejected by virus firewall: Eicar-Test-Signature')).toBe(
      'virusdetected'
    )
    expect(reasonOf('550 rejected by SpamFirewall')).toBe('spamdetected')
    expect(
      reasonOf('#5.0.0 X-Spam-&-Virus-Firewall; host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown')
    ).toBe('userunknown')
  })

  it('reads Exchange Online\'s "wasn\'t found at" only as its own headline, never a record or host not found', () => {
    // At RCPT TO, as Exchange Online refuses: unknown-user words with no stage are the filter's (the convention).
    const atRcpt = (diagnostic: string) =>
      classify({ kind: 'bounce', diagnostic, fromReport: true, stage: 'rcpt' }).reason
    expect(atRcpt("jane wasn't found at example.org.")).toBe('userunknown')
    expect(atRcpt("550 5.1.10 Delivery failed; jane wasn't found at example.org.")).toBe('userunknown')
    for (const text of [
      "550 5.7.1 Your message was blocked because the PTR record wasn't found at example.net",
      "550 5.7.1 Message rejected: sender's domain example.com was not found at whois.example.net",
      '421 4.4.0 The MX host was not found at ns1.example.net, try again later',
      '550 5.7.1 Unknown to address book, message rejected by policy',
    ])
      expect(reasonOf(text), text).not.toBe('userunknown')
  })

  it('reads EarthLink\'s plural "IPs blocked" as a block, never an intrusion prevention system\'s IPS', () => {
    expect(reasonOf('550 550 Dynamic/zombied/spam IPs blocked.')).toBe('blocked')
    expect(reasonOf('554 5.7.1 Our IPS detected malware; message refused')).not.toBe('blocked')
    expect(reasonOf('550 5.7.1 Message blocked by IPS: attachment type not allowed')).not.toBe('blocked')
  })

  it('never reads a refusal of mails "from" a sender or "with" attachments as a domain that takes no mail', () => {
    expect(
      reasonOf("550 The recipient does not accept mails from 'example.com' over foreign mailservers.")
    ).not.toBe('notaccept')
    expect(reasonOf('550 This server does not accept mails with attachments')).not.toBe('notaccept')
    expect(reasonOf('550 This domain does not accept mails')).toBe('notaccept')
  })

  it("never reads the client's own unresolvable name as the recipient's DNS failure", () => {
    for (const text of [
      '550 5.7.1 Client host rejected: your hostname cannot be resolved',
      '554 5.7.1 Sender hostname cannot be resolved',
      '450 4.7.1 Client host rejected: hostname cannot be resolved',
    ])
      expect(reasonOf(text), text).not.toBe('networkerror')
    expect(reasonOf('Hostname cannot be resolved')).toBe('networkerror')
  })

  it('reads typographic apostrophes as the words they set ("couldn’t")', () => {
    expect(reasonOf('Your message wasn’t delivered because the domain example.org couldn’t be found.')).toBe(
      'hostunknown'
    )
  })

  it('reads EX_CANTCREAT as a full mailbox only when the agent gives no other cause', () => {
    expect(reasonOf("550 5.0.0 <joe@example.org>... Can't create output")).toBe('mailboxfull')
    expect(reasonOf("550 5.0.0 <joe@example.org>... Can't create output: Permission denied")).not.toBe(
      'mailboxfull'
    )
    expect(reasonOf("550 5.0.0 <joe@example.org>... Can't create output: Read-only file system")).not.toBe(
      'mailboxfull'
    )
  })
})

describe('sender-side words and instructions in a refusal are read for what they say', () => {
  const read = (diagnostic: string, stage: ClassifyInput['stage'] = null, status: string | null = null) =>
    classify({ kind: 'bounce', diagnostic, fromReport: true, stage, status })

  it("reads a sender callback's refused null sender as the sender refused, never the recipient", () => {
    const c = read(
      '550 5.7.1 <joe@example.org>... recipient denied, because MX 10 mx.example.net. [192.0.2.5] for <a@example.net> did not accept the empty address, <>, as required by RFC 821',
      'rcpt',
      '5.7.1'
    )
    expect(c.reason).toBe('rejected')
    expect(c.hardbounce).toBe(false)
  })

  it('reads a list finding over an instruction to look the IP up (Trend Micro ERS-QIL), reputation words as before', () => {
    expect(
      read(
        '450 4.7.1 <joe@example.co.jp>: Recipient address rejected: Mail from 192.0.2.44 was refused due to the sender IP found in ERS-QIL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.'
      ).reason
    ).toBe('blocked')
    expect(read('550 5.7.1 Message rejected due to poor IP reputation').reason).toBe('badreputation')
  })

  it('lets a refused MAIL FROM decide over Sendmail\'s own "… Service unavailable"', () => {
    expect(read('554 <perlbug@perl.com>... Service unavailable <<< 550 Access denied', 'mail').reason).toBe(
      'rejected'
    )
    // Without a refused MAIL FROM, Sendmail's words alone name no cause; a server's own words still do.
    expect(read('554 <joe@example.org>... Service unavailable').rule).toBe('fallback')
    expect(read('421 Service temporarily unavailable').reason).toBe('systemerror')
  })

  it('reads NetEase\'s "Quota exceed the hard limit" and 163.net\'s "not found in Server"', () => {
    expect(read('<jane@163.com>:Quota exceed the hard limit for user jane@163.com').reason).toBe(
      'mailboxfull'
    )
    expect(read('550 Timeout quota exceeded').reason).not.toBe('mailboxfull')
    const unknown = read('<jane@163.net>: User jane@163.net is not found in Server .', 'rcpt')
    expect(unknown.reason).toBe('userunknown')
    expect(unknown.hardbounce).toBe(true)
  })

  it('reads an SMTP AUTH refusal relayed in a bounce as such, never as an unknown user', () => {
    expect(
      read('SMTP error from remote mail server after AUTH: 535 Invalid Username or Password').reason
    ).toBe('securityerror')
    expect(read('535 Invalid username/password').hardbounce).toBe(false)
    expect(read('550 5.1.1 Invalid user', 'rcpt').reason).toBe('userunknown')
  })

  it('never calls Tencent\'s "Mailbox unavailable or access denied" (a sending-frequency limit) a dead mailbox', () => {
    expect(read('550 Mailbox unavailable or access denied', 'rcpt').hardbounce).toBe(false)
    expect(read('550 Mailbox unavailable', 'rcpt').reason).toBe('userunknown')
  })

  it('counts X.3.2 "system not accepting network messages" in the soft window, the labels\' notaccept kept', () => {
    for (const hosts of [[], ['mail.protection.outlook.com']]) {
      const c = classify({
        kind: 'bounce',
        diagnostic: '532 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties',
        fromReport: true,
        stage: 'rcpt',
        status: '5.3.2',
        hosts,
      })
      expect([c.reason, c.disposition, c.hardbounce]).toEqual(['notaccept', 'soft', true])
    }
    // A domain that takes no mail at all stays a hard bounce.
    expect(read('550 5.1.10 This domain does not accept mail', 'rcpt', '5.1.10').disposition).toBe('hard')
  })

  it("reads no verdict in an address's words: a mailbox or domain named dmarc, spam or virus", () => {
    for (const address of [
      'dmarc@example.org',
      'spf-reports@example.org',
      'spam@example.org',
      'joe@virus.example.org',
    ]) {
      const c = read(
        `550 5.1.1 <${address}>: Recipient address rejected: User unknown in virtual mailbox table`,
        'rcpt'
      )
      expect([address, c.reason, c.hardbounce]).toEqual([address, 'userunknown', true])
    }
    // The families that read an address still find one where it stands.
    expect(read('554 5.7.1 blacklisted sender: spam@example.net').reason).toBe('rejected')
    expect(read('550 Unknown user: joe@example.org', 'rcpt').reason).toBe('userunknown')
  })

  it('masks whole addresses only: a bare "@", a host without a dot and the sentence around are kept', async () => {
    const { withAddressesMasked } = await import('../../src/classify/phrases')
    expect(withAddressesMasked('550 <spam@virus.example.org>: user unknown.')).toBe(
      '550 <x@x.x>: user unknown.'
    )
    expect(withAddressesMasked('mail for joe@example.org. Over quota')).toBe('mail for x@x.x. Over quota')
    expect(withAddressesMasked('reply @ 10:00 to root@localhost')).toBe('reply @ 10:00 to root@localhost')
    expect(withAddressesMasked('a@b.c and d@e.f')).toBe('x@x.x and x@x.x')
  })

  it("keeps the review's edge cases: URL signals, sender-side typos, AUTH wordings, a text-decided notaccept", () => {
    // A URL's words before the address it carries are the reply's (pobox's SPF explanation page).
    expect(
      read(
        '550 Please see http://spf.pobox.com/why.html?sender=joe@example.org&ip=192.0.2.1&receiver=mx.example.org'
      ).reason
    ).toBe('authfailure')
    expect(read('550 Unknown user/joe@example.com', 'rcpt').reason).toBe('userunknown')
    // The typo'd "does no exist" is read only in the account sentence it was documented in.
    expect(read('550 Your sender domain does no exist', 'rcpt').hardbounce).toBe(false)
    for (const text of ['535 Invalid user or password', '535 Invalid user ID or password'])
      expect(read(text, 'rcpt').reason, text).toBe('securityerror')
    // Words that say the domain takes no mail stay a hard bounce under 5.3.2.
    expect(read('554 5.3.2 Host does not accept mail', 'rcpt', '5.3.2').disposition).toBe('hard')
  })

  it('masks addresses in linear time, each "@" looked at once (a megabyte of "a@b " with no dot)', async () => {
    const { withAddressesMasked } = await import('../../src/classify/phrases')
    const text = 'a@b '.repeat(250_000)
    expect(withAddressesMasked(text)).toBe(text)
    expect(withAddressesMasked(`${'a@b '.repeat(1000)}joe@example.org`)).toBe(`${'a@b '.repeat(1000)}x@x.x`)
  })

  it("keeps stop 43's new words to what their servers mean by them", () => {
    // A moved mailbox under 5.1.6 stays the user's move (RusMES: "551 Mailbox moved"), named or not.
    expect(read('550 5.1.6 Mailbox moved to joe@new.example', 'rcpt').reason).toBe('hasmoved')
    expect(read('551 5.1.6 Mailbox moved', 'rcpt').reason).toBe('hasmoved')
    // hMailServer's disabled domain is the recipient's; a sender's domain disabled is no suspended account.
    expect(read('550 Domain has been disabled.', 'rcpt').reason).toBe('suspend')
    for (const text of [
      '550 Sender domain has been disabled',
      '550 Sending from this domain has been disabled',
      '550 Your sending domain has been disabled',
      "550 Sender's domain has been disabled",
    ])
      expect(read(text, 'rcpt').reason, text).not.toBe('suspend')
    // Exim's "Restricted characters in address" is a policy on characters (Debian refuses valid "#" or "&" mailboxes
    // with it): never an unknown user.
    expect(read('550 Restricted characters in address', 'rcpt')).toMatchObject({
      reason: 'syntaxerror',
      disposition: 'block',
    })
    // SpamAssassin's programs named in a pipe's output are no verdict; a verdict that names them still is.
    expect(
      read('local configuration error. Command output: spamc: unable to read config file', null).reason
    ).toBe('mailererror')
    expect(read('550 5.7.1 spamd: message identified as spam', 'rcpt').reason).toBe('spamdetected')
    // pipe(8)'s exit texts only as pipe(8) writes them: inside another reply the words are no program's exit.
    expect(read('cannot open input', null).reason).toBe('mailererror')
    expect(read('550 5.1.1 <joe@example.org>: user unknown; cannot open input mailbox', 'rcpt').reason).toBe(
      'userunknown'
    )
    // A temporary x.1.2 is the DNS answer's failure, never a dead domain.
    expect(read('450 4.1.2 <joe@example.org>: Recipient address rejected: try again', 'rcpt')).toMatchObject({
      reason: 'networkerror',
      disposition: 'soft',
    })
  })

  it('masks an SRS or VERP address whole, its "=" included', () => {
    expect(read('550 SRS0=ab=cd=spam.example=joe@fwd.example: User unknown', 'rcpt').reason).toBe(
      'userunknown'
    )
  })
})
