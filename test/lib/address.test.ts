import { describe, expect, it } from 'vitest'
import { normalizeAddress, reportedAddress } from '../../src/lib/address'

describe('normalizeAddress', () => {
  it.each([
    ['Jane.Doe@Example.COM', 'jane.doe@example.com'],
    ['  <bob+tag@example.org>  ', 'bob+tag@example.org'],
    ['user@Bücher.example', 'user@xn--bcher-kva.example'],
    ['user@example.com.', 'user@example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['user@xn--bcher-kva.example', 'user@xn--bcher-kva.example'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeAddress(input)).toEqual({ ok: true, address: expected })
  })

  it('keeps dots and +tags: no provider-specific folding', () => {
    expect(normalizeAddress('j.doe+x@gmail.com')).toEqual({ ok: true, address: 'j.doe+x@gmail.com' })
  })

  it.each([
    '',
    '   ',
    'plainaddress',
    '@example.com',
    'user@',
    'a@@example.com',
    'a@b@example.com',
    'user@localhost',
    'user@example',
    'user@-bad.example',
    'user@exa mple.com',
    'us er@example.com',
    '.user@example.com',
    'user.@example.com',
    'us..er@example.com',
    'user@example.com/path',
    'user@[192.0.2.1]',
    'user@example.123',
    'a\u0000b@example.com',
    `${'x'.repeat(65)}@example.com`,
    `user@${'a'.repeat(64)}.com`,
    `${'x'.repeat(60)}@${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(10)}.com`,
    // 194 characters but 258 bytes in UTF-8: the limit is in bytes.
    `${'é'.repeat(64)}@${'d'.repeat(60)}.${'d'.repeat(60)}.abc.com`,
  ])('refuses %j', (input) => {
    expect(normalizeAddress(input).ok).toBe(false)
  })

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 42, {}, ['a@b.example']])
      expect(normalizeAddress(value).ok).toBe(false)
  })

  it('is idempotent', () => {
    for (const input of ['Jane@Bücher.Example', '<X+Y@EXAMPLE.ORG>']) {
      const once = normalizeAddress(input)
      expect(once.ok).toBe(true)
      if (once.ok) expect(normalizeAddress(once.address)).toEqual(once)
    }
  })
})

describe('normalizeAddress: Unicode (one mailbox, one key)', () => {
  it('never folds the Kelvin sign into k: it is refused, never merged with kate@', () => {
    // NFC would turn U+212A into K: refused rather than merged with kate@.
    expect(normalizeAddress('\u212Aate@example.com')).toEqual({
      ok: false,
      why: 'the address has a character Unicode folds into ASCII (such as the Kelvin sign)',
    })
    expect(normalizeAddress('ka\u037Ete@example.com').ok).toBe(false)
    expect(normalizeAddress('Kate@example.com')).toEqual({ ok: true, address: 'kate@example.com' })
  })

  it('keeps non-ASCII capitals as written (Ä and ä are two local parts, as the receiving server may see them)', () => {
    expect(normalizeAddress('Ärger@example.com')).toEqual({ ok: true, address: 'Ärger@example.com' })
  })

  it('gives NFC and NFD spellings the same key', () => {
    const nfc = normalizeAddress('jos\u00e9@example.com')
    const nfd = normalizeAddress('jose\u0301@example.com')
    expect(nfc).toEqual({ ok: true, address: 'jos\u00e9@example.com' })
    expect(nfd).toEqual(nfc)
  })

  it.each([
    ['zero-width space', 'ka\u200Bte@example.com'],
    ['zero-width joiner', 'ka\u200Dte@example.com'],
    ['byte order mark', '\uFEFFkate@example.com'],
    ['soft hyphen', 'ka\u00ADte@example.com'],
    ['right-to-left override', 'kate\u202E@example.com'],
    ['left-to-right isolate', '\u2066kate@example.com'],
    ['C1 control', 'ka\u0085te@example.com'],
    ['line separator', 'ka\u2028te@example.com'],
    ['invisible in the domain', 'kate@exa\u200Bmple.com'],
  ])('refuses a %s', (_name, input) => {
    expect(normalizeAddress(input)).toEqual({
      ok: false,
      why: 'the address has an invisible, control or bidi character',
    })
  })

  it.each([
    ['a lone high surrogate', 'ka\uD800te@example.com'],
    ['a lone low surrogate', 'ka\uDC00te@example.com'],
    ['a high surrogate at the end', 'kate@example.com\uD83D'],
  ])('refuses %s', (_name, input) => {
    expect(normalizeAddress(input)).toEqual({ ok: false, why: 'the address has an unpaired surrogate' })
  })

  it('accepts a paired surrogate (an astral character) in the local part', () => {
    expect(normalizeAddress('\u{1F600}@example.com')).toEqual({ ok: true, address: '\u{1F600}@example.com' })
  })
})

describe('reportedAddress: what a report names is kept, its oddness noted', () => {
  it('is the API key when the API accepts the address', () => {
    expect(reportedAddress('<Jane@Example.org>')).toEqual({
      ok: true,
      address: 'jane@example.org',
      oddity: null,
    })
  })

  it.each([
    ['F.B@A.B.C', 'f.b@a.b.c'],
    ['user@exa#mple.com', 'user@exa#mple.com'],
    ['user@mailhub0', 'user@mailhub0'],
  ])('keeps %j as %j with the API refusal as its oddity', (input, address) => {
    const result = reportedAddress(input)
    expect(result).toEqual({ ok: true, address, oddity: 'the domain is not a valid host name' })
    expect(normalizeAddress(input).ok).toBe(false)
  })

  it('reads a quoted local part that needs no quotes as the same mailbox unquoted (RFC 5321 4.1.2)', () => {
    // Quotes a dot-atom needs stay (Japanese carriers' "ta..ro"@ addresses are kept, odd).
    expect(reportedAddress('"ta..ro"@docomo.ne.jp')).toMatchObject({
      ok: true,
      address: '"ta..ro"@docomo.ne.jp',
    })
    // An odd domain too: one mailbox, one key.
    expect(reportedAddress('"joe"@[192.0.2.1]')).toEqual(reportedAddress('joe@[192.0.2.1]'))
    expect(reportedAddress('<"joe"@Example.org>')).toEqual({
      ok: true,
      address: 'joe@example.org',
      oddity: null,
    })
  })

  it.each([
    [
      '"John Doe"@Example.org',
      '"john doe"@example.org',
      'the local part has characters that are not allowed',
    ],
    ['joe@[192.0.2.1]', 'joe@[192.0.2.1]', 'the domain is not a valid host name'],
    ['joe@[IPv6:2001:db8::1]', 'joe@[ipv6:2001:db8::1]', 'the domain is not a valid host name'],
  ])("keeps RFC 5321's quoted local part and address literal %j as %j, noted odd", (input, address, oddity) => {
    expect(reportedAddress(input)).toEqual({ ok: true, address, oddity })
    expect(normalizeAddress(input).ok).toBe(false)
  })

  it.each([
    ['ta..ro.@docomo.ne.jp', '"ta..ro."@docomo.ne.jp'],
    ['<Ta..Ro@Docomo.ne.jp>', '"ta..ro"@docomo.ne.jp'],
    ['hanako.@ezweb.ne.jp', '"hanako."@ezweb.ne.jp'],
  ])("keeps a Japanese carrier's unquoted %j under its quoted key %j, noted odd", (input, address) => {
    expect(reportedAddress(input)).toEqual({
      ok: true,
      address,
      oddity: 'the local part has characters that are not allowed',
    })
    // One mailbox, one key: the quoted form a report may also write reads the same.
    expect(reportedAddress(address)).toEqual(reportedAddress(input))
    expect(normalizeAddress(input).ok).toBe(false)
  })

  it("keeps Exchange's encapsulated X.500 address (IMCEAEX-…) past 64 characters, noted odd; no other long local part", () => {
    const x500 =
      'IMCEAEX-_o=First+20Organization_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=3c500bf721d04aacb972ec8833f9ec00-ocs53@win.example'
    expect(reportedAddress(x500)).toEqual({
      ok: true,
      address: x500.toLowerCase(),
      oddity: 'the local part is longer than 64 characters',
    })
    expect(normalizeAddress(x500).ok).toBe(false)
    expect(reportedAddress(`${'x'.repeat(65)}@example.org`).ok).toBe(false)
  })

  it.each([
    // An ellipsis glued to an address would make a second, false key: a leading dot is never read in.
    '...joe@example.org',
    '.taro@docomo.ne.jp',
    // Google Groups' shortened addresses, an encoded word, a domain with an empty label.
    'jo...@example.net',
    'a..b@example.org...',
    '=?utf-8?q?a..b?=@example.org',
    'ta..ro"@docomo.ne.jp',
    `${'a.'.repeat(32)}@docomo.ne.jp`,
  ])('still refuses the dotted local part %j', (input) => {
    expect(reportedAddress(input).ok).toBe(false)
  })

  it.each([
    'ka\u202Ete@a.b.c',
    'ka\uD800te@a.b.c',
    'a@b@c.d',
    'user@exa mple.com',
    'user@<script>.com',
    'us er@a.b.c',
    '@a.b.c',
    `${'x'.repeat(65)}@a.b.c`,
    '"a@b"@example.org',
    '""@example.org',
    'joe@[192.0.2.1',
    'joe@[192.0.2.1]x',
  ])('still refuses unsafe text %j', (input) => {
    expect(reportedAddress(input).ok).toBe(false)
  })
})
