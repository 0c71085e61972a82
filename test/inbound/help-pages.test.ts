import { describe, expect, it } from 'vitest'
import { BY_CONVENTION, HELP_PAGE_BOUNCES, intended, readCase } from './help-pages/agreement'

describe('whole bounces from help pages: read as the page explains them', () => {
  it('has unique case names, each with a source and a recipient', () => {
    const names = HELP_PAGE_BOUNCES.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of HELP_PAGE_BOUNCES) {
      expect(c.source, c.name).toMatch(/^https?:\/\//)
      expect(c.expect.length, c.name).toBeGreaterThan(0)
    }
    // Every convention names a case and a recipient it has, so none is left over from a removed case.
    for (const [name, recipients] of Object.entries(BY_CONVENTION)) {
      const c = HELP_PAGE_BOUNCES.find((x) => x.name === name)
      expect(
        c?.expect.map((e) => e.recipient),
        name
      ).toEqual(expect.arrayContaining(Object.keys(recipients)))
    }
  })

  for (const c of HELP_PAGE_BOUNCES) {
    const expected = intended(c)
    it(`${c.name}: ${expected.map((e) => e.reason).join(', ')}`, async () => {
      const { read } = await readCase(c)
      expect(read).toEqual(
        expected.map((e) => ({
          recipient: e.recipient.toLowerCase(),
          reason: e.reason,
          hardbounce: e.hardbounce ?? expect.any(Boolean),
        }))
      )
    })
  }
})
