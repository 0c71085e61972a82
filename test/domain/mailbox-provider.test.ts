import { describe, expect, it } from 'vitest'
import { mailboxProvider, providerSplit } from '../../src/domain/mailbox-provider'

describe('mailboxProvider', () => {
  it('names the consumer domains of each provider, country variants included', () => {
    expect(mailboxProvider('gmail.com')).toBe('gmail')
    expect(mailboxProvider('GoogleMail.com')).toBe('gmail')
    expect(mailboxProvider('hotmail.co.uk')).toBe('outlook')
    expect(mailboxProvider('outlook.de')).toBe('outlook')
    expect(mailboxProvider('yahoo.co.jp')).toBe('yahoo')
    expect(mailboxProvider('aol.com')).toBe('yahoo')
    expect(mailboxProvider('me.com')).toBe('icloud')
  })

  it('calls anything else other, look-alikes included', () => {
    expect(mailboxProvider('example.com')).toBe('other')
    expect(mailboxProvider('gmail.com.evil.example')).toBe('other')
    expect(mailboxProvider('notyahoo.com')).toBe('other')
  })
})

describe('providerSplit', () => {
  it('sums domains into the five providers, each present', () => {
    expect(
      providerSplit([
        { domain: 'gmail.com', events: 3 },
        { domain: 'hotmail.com', events: 2 },
        { domain: 'example.com', events: 1 },
        { domain: 'googlemail.com', events: 1 },
      ])
    ).toEqual({ gmail: 4, outlook: 2, yahoo: 0, icloud: 0, other: 1 })
  })
})
