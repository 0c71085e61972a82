import { describe, expect, it } from 'vitest'
import { normalizeAddress } from '../../src/lib/address'

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
