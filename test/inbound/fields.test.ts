import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addressField, fieldBlocks, headerBlock, headerField, splitLines } from '../../src/inbound/fields'

describe('splitLines', () => {
  it('splits as /\\r?\\n/ does, whatever mix of line breaks', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\u2028', 'é'), maxLength: 40 })
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(t.split(/\r?\n/))
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps a carriage return no line feed follows', () => {
    expect(splitLines('a\r\r\nb\rc\r')).toEqual(['a\r', 'b\rc\r'])
  })
})

describe('headerField', () => {
  const HEADER = [
    'Received: from mx.example.org by mail.example.com;',
    '\tThu, 3 Dec 2026 10:00:00 +0000',
    'message-ID:',
    ' <1234@example.org>',
    'To: joe@example.org',
    'Message-Id: <repeat@example.org>',
    '  <continued@example.org>',
    '',
    'Message-ID: <body@example.org>',
  ].join('\r\n')

  it('reads one field unfolded, the first occurrence, in the header section only', () => {
    expect(headerField(HEADER, 'message-id')).toBe('<1234@example.org>')
    expect(headerField(HEADER, 'to')).toBe('joe@example.org')
    expect(headerField(HEADER, 'received')).toBe(
      'from mx.example.org by mail.example.com; Thu, 3 Dec 2026 10:00:00 +0000'
    )
    expect(headerField(HEADER, 'subject')).toBeUndefined()
  })

  it('never appends a repeated field’s folded lines to the first one', () => {
    expect(headerBlock(HEADER).get('message-id')).toBe('<1234@example.org>')
  })

  it('gives what headerBlock gives, on any header', () => {
    const line = fc.oneof(
      fc.constantFrom('Message-ID: <a@b>', 'message-id:<c@d>', 'To: x@y', 'X: 1', '', ' ', '\t', 'junk line'),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '\t', '<', '@', 'M', '-', '\r'), maxLength: 12 })
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\r\n', '\n'), (lines, eol) => {
        const header = lines.join(eol)
        for (const name of ['message-id', 'to', 'x', 'a'])
          expect(headerField(header, name)).toEqual(headerBlock(header).get(name))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('fieldBlocks of a delivery-status part', () => {
  it('starts a new recipient at a repeated field, but not at Exim’s second Remote-MTA line', () => {
    const dsn = [
      'Reporting-MTA: dns; myhost.example',
      '',
      'Action: failed',
      'Final-Recipient: rfc822;a@example.org',
      'Status: 5.0.0',
      'Remote-MTA: dns; mx.example.org',
      'Remote-MTA: X-ip; [192.0.2.1]:25',
      'X-Exim-Diagnostic: X-str; a TLS session is required, but the server did not offer TLS support',
      'Action: failed',
      'Final-Recipient: rfc822;b@example.org',
      'Status: 5.1.1',
    ].join('\r\n')
    const blocks = fieldBlocks(dsn, true)
    expect(blocks.map((b) => b.get('final-recipient'))).toEqual([
      undefined,
      'rfc822;a@example.org',
      'rfc822;b@example.org',
    ])
    expect(blocks[1]!.get('remote-mta')).toBe('dns; mx.example.org')
    expect(blocks[1]!.get('x-exim-diagnostic')).toMatch(/^X-str; a TLS session is required/)
  })
})

describe('addressField', () => {
  it('decodes RFC 6533 utf-8-addr-xtext, but only non-ASCII characters that can be part of an address', () => {
    expect(addressField('utf-8; \\x{7528}\\x{6237}@\\x{4F8B}\\x{5B50}.\\x{5E7F}\\x{544A}')).toBe(
      '用户@例子.广告'
    )
    // Not under another address type, and never a space, a format character or an ASCII character (which RFC 6533
    // writes as itself): those stay as written and the field is no address.
    expect(addressField('rfc822; \\x{7528}@example.org')).toBe('\\x{7528}@example.org')
    expect(addressField('utf-8; be\\x{FEFF}th@example.org')).toBe('be\\x{FEFF}th@example.org')
    expect(addressField('utf-8; joe\\x{20}ann@example.org')).toBe('joe\\x{20}ann@example.org')
    expect(addressField('utf-8; joe\\x{40}evil.example@example.org')).toBe(
      'joe\\x{40}evil.example@example.org'
    )
    // A field longer than any address is not decoded at all.
    const long = `utf-8; ${'\\x{7528}'.repeat(400)}@example.org`
    expect(addressField(long)).toBe(long.slice('utf-8; '.length))
  })
})
