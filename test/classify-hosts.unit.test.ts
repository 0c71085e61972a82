import { describe, expect, it } from 'vitest'
import { classify } from '../src/classify'
import { hostReason } from '../src/classify/hosts'

const report = (diagnostic: string, hosts: string[], status: string | null = '5.0.0') =>
  classify({ kind: 'bounce', diagnostic, status, hosts, fromReport: true })

describe('host rules', () => {
  it("reads au's bare '550 : User unknown' as its sender filter and the addressed one as an unknown user", () => {
    expect(report('550 : User unknown', ['ezweb.ne.jp']).reason).toBe('filtered')
    expect(report('550 <a@ezweb.ne.jp>: User unknown', ['ezweb.ne.jp']).reason).toBe('userunknown')
    expect(report('550 <a@ezweb.ne.jp>: User unknown', ['ezweb.ne.jp']).hardbounce).toBe(true)
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
    const { applyEvents } = await import('../src/apply')
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
