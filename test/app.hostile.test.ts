/**
 * Hostile input, property-based (fast-check): nothing a caller can send makes a verifier, parser or the
 * classifier throw, answer 500, or suppress anyone by mistake.
 */
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, REASON_NAMES } from '../src/classify'
import { config } from '../src/config'
import { EVENT_KINDS } from '../src/events'
import { parseBounce } from '../src/inbound/parse'
import { normalizeAddress } from '../src/lib/address'
import { utf8 } from '../src/lib/crypto'
import { PROVIDERS } from '../src/providers/registry'
import postfix from './fixtures/inbound/lhost-postfix-02.eml?raw'
import { nylasSignature, postNylas } from './helpers'
import { postWebhook, standardHeaders } from './webhook-helpers'

const RUNS = { numRuns: 150 }

describe('address normalization', () => {
  it('is idempotent and only accepts what it can store', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.emailAddress(),
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 80 })
        ),
        (input) => {
          const once = normalizeAddress(input)
          if (!once.ok) return
          expect(normalizeAddress(once.address)).toEqual(once)
          expect(new TextEncoder().encode(once.address).length).toBeLessThanOrEqual(254)
          expect(once.address).toBe(once.address.toLowerCase())
          expect(once.address).not.toMatch(/[\s<>"\\,;]/)
          expect(once.address.split('@')).toHaveLength(2)
        }
      ),
      RUNS
    )
  })

  it('accepts every well-formed address fast-check can make', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const result = normalizeAddress(address)
        // fast-check's generator allows single-label and numeric TLDs, which are not public hosts.
        if (/\.[a-z]{2,}$/i.test(address) && !address.split('@')[0]!.includes('..'))
          expect(result.ok).toBe(true)
      }),
      RUNS
    )
  })
})

describe('classifier', () => {
  it('is total: any codes, text, label and kind give a valid reason and disposition', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...EVENT_KINDS),
          replyCode: fc.option(
            fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 999 }).map(String))
          ),
          status: fc.option(
            fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[245]\.\d{1,3}\.\d{1,3}$/))
          ),
          diagnostic: fc.option(fc.string({ maxLength: 500 })),
          providerType: fc.option(fc.string({ maxLength: 40 })),
          feedbackType: fc.option(fc.string({ maxLength: 20 })),
          stage: fc.option(fc.constantFrom('connect', 'helo', 'mail', 'rcpt', 'data' as const)),
          fromReport: fc.boolean(),
        }),
        (input) => {
          const result = classify(input)
          expect(REASON_NAMES).toContain(result.reason)
          expect(['hard', 'soft', 'block', 'complaint', 'none']).toContain(result.disposition)
          if (input.kind === 'deferred') expect(result.disposition).not.toBe('hard')
        }
      ),
      RUNS
    )
  })
})

describe('provider parsers after a valid signature', () => {
  it('answer 200 or 400 to arbitrary JSON, never 500, and never suppress on it (Standard Webhooks)', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), async (body) => {
        const res = await postWebhook('/webhooks/standard', body, {
          headers: await standardHeaders(secret, body),
          secrets: { STANDARD_WEBHOOK_SECRET: secret },
        })
        expect([200, 400]).toContain(res.status)
      }),
      { numRuns: 40 }
    )
  })

  it('answer 200 or 400 to arbitrary JSON for Nylas, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), async (body) => {
        const res = await postNylas(body, { signature: await nylasSignature(body) })
        expect([200, 400, 401]).toContain(res.status)
      }),
      { numRuns: 40 }
    )
  })

  it('every provider parse either returns or throws an ApiError, for any JSON value', async () => {
    const { ApiError } = await import('../src/lib/errors')
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 5 }), async (json) => {
        for (const provider of PROVIDERS) {
          try {
            const parsed = await provider.parse(utf8(json), {
              now: Date.now(),
              config: config(env),
              headers: new Headers(),
            })
            for (const event of parsed.events)
              expect(normalizeAddress(event.address)).toEqual({ ok: true, address: event.address })
          } catch (err) {
            expect(err, `${provider.name}: ${String(err)}`).toBeInstanceOf(ApiError)
          }
        }
      }),
      { numRuns: 60 }
    )
  })

  it('survive deeply nested JSON and huge numbers', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const res = await postNylas(deep, { signature: await nylasSignature(deep) })
    expect([400]).toContain(res.status)
  })
})

describe('raw-message parser', () => {
  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const report = await parseBounce(bytes)
        expect(Array.isArray(report.results)).toBe(true)
      }),
      { numRuns: 100 }
    )
  })

  it('never throws on mutated real bounces; every result is a valid address or an odd one only recorded', async () => {
    const bytes = new TextEncoder().encode(postfix)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(bytes.length - 1), value: fc.integer({ min: 0, max: 255 }) }), {
          maxLength: 30,
        }),
        fc.nat(bytes.length),
        async (flips, cut) => {
          const copy = bytes.slice(0, Math.max(cut, 1))
          for (const { at, value } of flips) if (at < copy.length) copy[at] = value
          const report = await parseBounce(copy)
          // An address the API would refuse is still reported when the report names it, but only with its
          // oddity noted and never suppressed (src/lib/address.ts, reportedAddress).
          for (const r of report.results) {
            if (normalizeAddress(r.address).ok) continue
            expect(r.addressOddity).toEqual(expect.any(String))
            expect(r.classification.disposition).toBe('none')
          }
        }
      ),
      { numRuns: 100 }
    )
  })
})
