import { describe, expect, it } from 'vitest'
import { classify } from '../../src/classify'
import { hostReason } from '../../src/classify/hosts'

const report = (diagnostic: string, hosts: string[], status: string | null = '5.0.0') =>
  classify({ kind: 'bounce', diagnostic, status, hosts, fromReport: true })

/** United Internet's (GMX, WEB.DE, IONOS) refusal that gives its cause only in the URL's case code. */
const policyRefusal = (url: string) =>
  `554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit ${url}`

describe('host rules', () => {
  it("reads au's bare '550 : User unknown' as its sender filter and the addressed one as an unknown user", () => {
    expect(report('550 : User unknown', ['ezweb.ne.jp']).reason).toBe('filtered')
    expect(report('550 <a@ezweb.ne.jp>: User unknown', ['ezweb.ne.jp']).reason).toBe('userunknown')
    expect(report('550 <a@ezweb.ne.jp>: User unknown', ['ezweb.ne.jp']).hardbounce).toBe(true)
  })

  it("applies a provider's rule to its domain and its hosts, not to a look-alike domain", () => {
    expect(report('550 : User unknown', ['ezweb.ne.jp']).rule).toBe('host:kddi')
    expect(report('550 : User unknown', ['lsean.ezweb.ne.jp']).rule).toBe('host:kddi')
    expect(report('550 : User unknown', ['example.org', 'MX.EZWEB.NE.JP'.toLowerCase()]).rule).toBe(
      'host:kddi'
    )
    expect(report('550 : User unknown', ['notezweb.ne.jp']).rule).not.toBe('host:kddi')
    expect(report('550 : User unknown', ['ezweb.ne.jp.example.org']).rule).not.toBe('host:kddi')
    expect(report('550 : User unknown', ['ne.jp']).rule).not.toBe('host:kddi')
  })

  it("decides Cox's AUP# codes wherever they appear, and its code-less sentences only at Cox", () => {
    expect(report('554 5.7.1 192.0.2.1 rejected AUP#CXDNS', []).reason).toBe('requireptr')
    expect(report('554 IPBL0101 192.0.2.1 is listed on Spamhaus Zen and ivmSIP', []).reason).toBe('blocked')
    expect(report('550 5.1.0 sender rejected AUP#CXSNDR', []).reason).toBe('authfailure')
    expect(report('550 a@cox.net recipient rejected', ['cox.net']).reason).toBe('userunknown')
    expect(report('550 a@cox.net recipient rejected', ['cox.net']).hardbounce).toBe(true)
    expect(report('550 a@example.org recipient rejected', ['example.org']).reason).not.toBe('userunknown')
  })

  it("decides GMX's, WEB.DE's and IONOS's case codes from the URL their refusals give", () => {
    // Their "Reject due to policy restrictions" names no cause; the case page the URL's c= opens does.
    expect(
      report(policyRefusal('https://postmaster.gmx.net/de/case?c=r0735&i=ip&v=192.0.2.1&r=1Mc'), []).reason
    ).toBe('notcompliantrfc')
    expect(report(policyRefusal('https://postmaster.web.de/en/case?c=hi'), []).reason).toBe('notcompliantrfc')
    expect(
      report(policyRefusal('https://www.gmx.net/mail/senderguidelines?ip=192.0.2.1&c=hi'), []).rule
    ).toBe('host:united-internet')
    expect(
      report(
        '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MN',
        []
      ).reason
    ).toBe('blocked')
    expect(
      report(
        '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=rdns',
        []
      ).reason
    ).toBe('requireptr')
  })

  it('leaves an undocumented case code and a look-alike host to the general rules', () => {
    expect(
      report(policyRefusal('https://www.ionos.com/help/index.php?id=2425&ip=192.0.2.1&c=hd'), []).rule
    ).not.toBe('host:united-internet')
    expect(report(policyRefusal('https://postmaster.gmx.net.example.org/de/case?c=r0735'), []).rule).not.toBe(
      'host:united-internet'
    )
    expect(report(policyRefusal('https://example.org/case?c=hi'), []).rule).not.toBe('host:united-internet')
  })

  it("decides Spectrum's AUP#I-/AUP#O- codes by their documented ranges", () => {
    expect(report('554 5.7.1 AUP#I-1210 listed on Cloudmark CSI', []).reason).toBe('blocked')
    expect(report('421 4.7.0 AUP#I-1320 too many connections', [], '4.7.0').reason).toBe('ratelimited')
    expect(report('550 AUP#O-1500 sending as another address', [], '5.7.1').reason).toBe('rejected')
    expect(report('550 AUP#I-9999 unknown code', [], '5.0.0').rule).not.toMatch(/spectrum/)
  })

  it("reads Charter's bare '550 Message Rejected' as its spam verdict, and only that reply, only at Charter", () => {
    expect(report('550 Message Rejected', ['charter.net']).reason).toBe('spamdetected')
    expect(
      report('mx.charter.net said: 550 Message Rejected (in reply to end of DATA command)', ['charter.net'])
        .reason
    ).toBe('spamdetected')
    // A reply that names its cause keeps it; another host's bare reply stays undetermined.
    expect(report('550 Message rejected: mailbox full', ['charter.net']).reason).toBe('mailboxfull')
    expect(report('550 Message rejected. User unknown', ['charter.net'], '5.1.1').reason).toBe('userunknown')
    expect(report('550 Message rejected (mailbox full)', ['charter.net']).reason).toBe('mailboxfull')
    expect(report('550 Message rejected due to local policy', ['charter.net']).reason).toBe('policyviolation')
    // A pointer after it names no cause.
    expect(
      report('550 Message rejected. Please see https://www.spectrum.net/support', ['charter.net']).reason
    ).toBe('spamdetected')
    expect(report('550 Message Rejected', ['example.org']).reason).not.toBe('spamdetected')
  })

  it("decides NetEase's published codes by the list's meaning, wherever they appear", () => {
    expect(report('550 MI:STC', ['163.com']).reason).toBe('ratelimited')
    expect(report('550 MI:SPF', []).reason).toBe('authfailure')
    expect(report('550 RP:FRL', ['126.com']).reason).toBe('norelaying')
    expect(report('550 MI:SPF', ['126.com']).disposition).toBe('block')
  })

  it("decides Vade's OXSUS codes over the words around them (a rate limit worded as a refused connection)", () => {
    expect(report('421 4.2.1 Connection refused OXSUS0001_110', [], '4.2.1').reason).toBe('ratelimited')
    expect(report('550 5.7.1 Connection refused OXSUS001_105', []).reason).toBe('requireptr')
    // An unknown code is left to the words.
    expect(report('550 5.7.1 Connection refused OXSUS0001_999', []).reason).toBe('blocked')
  })

  it('decides Orange / La Poste codes by their last three digits, wherever the code appears', () => {
    expect(report('550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]', ['example.fr']).reason).toBe(
      'spamdetected'
    )
    expect(report('421 4.2.0 Service refused, please try later. OFR005_505 [505]', [], '4.2.0').reason).toBe(
      'systemerror'
    )
    expect(report('554 5.7.1 Client host rejected LPN000_630', ['laposte.net'], '5.7.1').reason).toBe(
      'policyviolation'
    )
  })

  it("reads GoDaddy's IB codes over a misleading 5.1.1", () => {
    const c = report(
      '550 5.1.1 <a@example.com> has sent to too many recipients this hour. IB607',
      [],
      '5.1.1'
    )
    expect(c.reason).toBe('ratelimited')
    expect(c.disposition).toBe('block')
  })

  it("reads Facebook's response codes only for Facebook hosts", () => {
    const text = '550 5.1.1 RCP-P2 Refused due to recipient preferences'
    expect(report(text, ['facebook.com'], '5.1.1').reason).toBe('filtered')
    expect(hostReason(['example.com'], text, true)).toBeNull()
  })

  it('leaves a message alone when no provider rule matches its words', () => {
    expect(hostReason(['icloud.com'], '550 5.1.1 no such user', true)).toBeNull()
    expect(hostReason(['ezweb.ne.jp'], '', true)).toBeNull()
  })

  it('uses a host rule for a remote host named by the report, not only the recipient domain', () => {
    expect(
      report('541 5.4.1 Mail rejected by destination domain', ['example.com', 'mx.zoho.com'], '5.4.1').reason
    ).toBe('rejected')
  })

  it('keeps a Google Workspace NXDOMAIN temporary when the failure was', () => {
    expect(
      hostReason(['googlemail.com'], 'DNS for example.org responded with code NXDOMAIN', false)?.reason
    ).toBe('networkerror')
    expect(
      hostReason(['googlemail.com'], 'DNS for example.org responded with code NXDOMAIN', true)?.reason
    ).toBe('hostunknown')
  })

  it("reads Google Workspace's null-MX sentence as the recipient domain's, never a relayed sender null MX", () => {
    expect(hostReason(['googlemail.com'], 'The domain example.org has a null MX record', true)?.reason).toBe(
      'notaccept'
    )
    // RFC 7505 §4.3: the remote server refuses the *sender's* domain; Gmail only relays its reply.
    expect(hostReason(['googlemail.com'], '550 5.7.27 Sender address has null MX', true)).toBeNull()
  })
})

describe('report words: directory lookups versus filters', () => {
  const fromReport = (diagnostic: string) => classify({ kind: 'bounce', diagnostic, fromReport: true })

  it("keeps a server's own directory verdict an unknown user at any stage", () => {
    for (const text of [
      'User jane (jane@example.org) not listed in Domino Directory',
      'Invalid final delivery userid: jane@example.org',
      'Unable to deliver message to <jane@example.org> (and other recipients in the same domain).',
    ]) {
      expect(fromReport(text)).toMatchObject({
        reason: 'userunknown',
        rule: 'text:directory',
        hardbounce: true,
      })
    }
  })

  it('reads generic unknown-user words with no stage and no code as a filter (soft, never a hard bounce)', () => {
    expect(fromReport('jane@example.org [User unknown]')).toMatchObject({
      reason: 'filtered',
      hardbounce: false,
    })
    // A webhook's words are not a report: the same words stay an unknown user there.
    expect(classify({ kind: 'bounce', diagnostic: 'jane@example.org [User unknown]' }).reason).toBe(
      'userunknown'
    )
  })
})

describe('host rules for webhook events', () => {
  it("reads a webhook's au bounce by au's rule: its sender filter is soft, never a suppression", async () => {
    const { env } = await import('cloudflare:workers')
    const { applyEvents } = await import('../../src/pipeline/apply')
    const address = `filter.${crypto.randomUUID().slice(0, 8)}@ezweb.ne.jp`
    const [result] = await applyEvents(
      env,
      [
        {
          id: crypto.randomUUID(),
          provider: 'sendgrid',
          kind: 'bounce',
          address,
          occurredAt: new Date().toISOString(),
          replyCode: '550',
          status: '5.0.0',
          diagnostic: '550 : User unknown',
          providerType: null,
          messageId: null,
        },
      ],
      new Date().toISOString()
    )
    expect(result?.ledger.classification).toMatchObject({
      reason: 'filtered',
      rule: 'host:kddi',
      disposition: 'soft',
    })
    expect(result?.verdict.action).not.toBe('drop')
  })
})

describe('host rules: Microsoft', () => {
  const outlook = ['outlook.com']
  it('reads an Exchange Online NDR by its code and its documented sentence together', () => {
    expect(report('550 5.7.511 Access denied, banned sender[192.0.2.1]', outlook, '5.7.511')).toMatchObject({
      reason: 'blocked',
      rule: 'host:microsoft',
    })
    expect(
      report('550 5.7.620 Access denied, banned sending IP [192.0.2.1]', outlook, '5.7.620').reason
    ).toBe('blocked')
    expect(report('550 5.7.124 Sender not in allowed-senders list', outlook, '5.7.124').reason).toBe(
      'rejected'
    )
    expect(report('550 5.7.505 Access denied, banned recipient', outlook, '5.7.505').reason).toBe('suspend')
  })

  it('keeps a range to its numbers and a sentence to its code', () => {
    // 5.7.650 is outside the banned-sending-IP range 606–649.
    expect(report('550 5.7.650 Access denied, banned sending IP', outlook, '5.7.650').rule).not.toBe(
      'host:microsoft'
    )
    // "message expired" under 5.4.316 is Microsoft's expiry; the same words under 5.1.1 are not its table's.
    expect(report('550 5.4.316 Message expired, connection refused', outlook, '5.4.316').reason).toBe(
      'expired'
    )
  })

  it("applies to hosts that answer for Microsoft 365 and reads Outlook.com's own codes", () => {
    expect(
      report(
        '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. [x.prod.protection.outlook.com]',
        ['example.com'],
        '4.7.650'
      ).reason
    ).toBe('badreputation')
    expect(
      report("550 SC-001 (BAY0-MC1-F12) Unfortunately, messages from 192.0.2.1 weren't sent.", [
        'hotmail.com',
      ]).reason
    ).toBe('badreputation')
  })
})

describe('host rules: Google', () => {
  const gmail = ['gmail.com']
  it('reads Gmail replies by code and sentence', () => {
    expect(
      report(
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        gmail,
        '5.7.26'
      )
    ).toMatchObject({ reason: 'authfailure', rule: 'host:google' })
    expect(
      report(
        '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address.',
        ['aspmx.l.google.com'],
        '4.7.0'
      ).reason
    ).toBe('badreputation')
    expect(
      report('450 4.2.1 The user you are trying to contact is receiving mail too quickly.', gmail, '4.2.1')
        .reason
    ).toBe('ratelimited')
    expect(
      report('550 5.2.1 The email account that you tried to reach is inactive.', gmail, '5.2.1').reason
    ).toBe('suspend')
  })

  it("reads Google's address-not-found headline in English, Japanese and Korean, unless a reply's status says more", () => {
    const google = ['googlemail.com']
    for (const headline of [
      "Your message wasn't delivered to jane@example.org because the address couldn't be found, or is unable to receive mail.",
      'アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは jane@example.org に配信されませんでした。',
      '주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 jane@example.org(으)로 메일이 전송되지 않았습니다.',
    ]) {
      expect(report(headline, google, null), headline).toMatchObject({
        reason: 'userunknown',
        rule: 'host:gsuite',
      })
      expect(report(`${headline} 550 5.1.1 No such user`, google, '5.1.1').reason).toBe('userunknown')
      expect(report(`${headline} 552 5.2.2 The mailbox is full`, google, '5.2.2').reason).toBe('mailboxfull')
    }
  })

  it('leaves other hosts and other codes to the general rules', () => {
    expect(report('450 4.2.1 is receiving mail too quickly', ['example.com'], '4.2.1').rule).not.toBe(
      'host:google'
    )
    expect(report('550 5.1.1 is receiving mail too quickly', gmail, '5.1.1').rule).not.toBe('host:google')
  })
})

describe('host rules: Tencent, Mimecast, Cloudflare', () => {
  it("reads each provider's documented sentences", () => {
    expect(report('550 Ip frequency limited [192.0.2.1]', ['qq.com'])).toMatchObject({
      reason: 'ratelimited',
      rule: 'host:tencent',
    })
    expect(report('550 Mailbox not found.', ['foxmail.com']).reason).toBe('userunknown')
    expect(
      report('550 Envelope blocked - User Entry - https://community.mimecast.com', [
        'eu-smtp-inbound-1.mimecast.com',
      ]).reason
    ).toBe('rejected')
    expect(report('451 Upstream error, please try again', ['route1.mx.cloudflare.net']).reason).toBe(
      'systemerror'
    )
  })
})

describe('host rules: Comcast', () => {
  it('reads its published codes: dynamic IP space and blocklists are blocks, RL a rate limit', () => {
    const link = (code: string) =>
      `554 resimta.comcast.net comcast 192.0.2.1 see smtp-error-codes.php#${code}`
    expect(report(link('ES000001'), ['comcast.net']).reason).toBe('blocked')
    expect(report(link('BL000110'), []).reason).toBe('blocked')
    expect(report(link('RL000001'), []).reason).toBe('ratelimited')
    // An older short code counts only where Comcast is the host.
    expect(report(link('BL004'), ['comcast.net']).reason).toBe('blocked')
    expect(report('550 5.1.1 BL004 user unknown', ['example.org']).reason).not.toBe('blocked')
  })

  it('never suppresses the recipient for them', () => {
    expect(report('554 see smtp-error-codes.php#BL000001', ['comcast.net']).disposition).toBe('block')
  })
})
