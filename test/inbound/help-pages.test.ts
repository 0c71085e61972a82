import { describe, expect, it } from 'vitest'
import { BY_CONVENTION, HELP_PAGE_BOUNCES, readCase } from './help-pages/agreement'

describe('whole bounces from help pages: read as the page explains them', () => {
  it('has unique case names, each with a source and a recipient', () => {
    const names = HELP_PAGE_BOUNCES.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of HELP_PAGE_BOUNCES) {
      expect(c.source, c.name).toMatch(/^https?:\/\//)
      expect(c.expect.length, c.name).toBeGreaterThan(0)
    }
    for (const name of Object.keys(BY_CONVENTION)) expect(names, name).toContain(name)
  })

  for (const c of HELP_PAGE_BOUNCES) {
    it(`${c.name}: ${c.expect.map((e) => e.reason).join(', ')}`, async () => {
      const { read } = await readCase(c)
      const convention = BY_CONVENTION[c.name]
      expect(read).toEqual(
        c.expect.map((e) => ({
          recipient: e.recipient.toLowerCase(),
          reason: convention ?? e.reason,
          hardbounce: convention ? false : (e.hardbounce ?? expect.any(Boolean)),
        }))
      )
    })
  }
})
