import { describe, expect, it } from 'vitest'
import { type Label, type Reading, readLabel, scoreLabelled } from '../../scripts/eval-labelled'

const reading = (address: string, disposition: string, extra: Partial<Reading> = {}): Reading => ({
  address,
  mailedAs: null,
  disposition,
  hardbounce: disposition === 'hard',
  rule: 'text:x',
  ...extra,
})
const label = (
  file: string,
  kind: Label['kind'],
  recipients: string[] = [],
  hard: boolean | null = null
): Label => ({
  file,
  kind,
  recipients,
  hard,
})

describe('eval:labelled scores readings against labels', () => {
  it('counts a recipient found as the report names it or as the sender mailed it, whatever its case', () => {
    const s = scoreLabelled([
      {
        label: label('a', 'bounce', ['Jane@Example.org'], true),
        readings: [reading('jane@example.org', 'hard')],
      },
      {
        label: label('b', 'bounce', ['alias@example.org']),
        readings: [reading('member@example.org', 'soft', { mailedAs: 'alias@example.org' })],
      },
    ])
    expect([s.recipientsFound, s.recipients, s.allRecipientsFound, s.hardAgrees, s.hardLabelled]).toEqual([
      2, 2, 2, 1, 1,
    ])
    expect(s.misses).toEqual([])
  })

  it('names a missing recipient, a bounce with no result and a wrong permanence as misses', () => {
    const s = scoreLabelled([
      {
        label: label('a', 'bounce', ['joe@example.org']),
        readings: [reading('sender@example.com', 'block')],
      },
      { label: label('b', 'bounce', ['x@example.org']), readings: [] },
      { label: label('c', 'bounce', ['y@example.org'], true), readings: [reading('y@example.org', 'soft')] },
    ])
    expect(s.noResult).toBe(1)
    expect(s.recipientsFound).toBe(1)
    expect(s.misses).toHaveLength(3)
    expect(s.misses[0]).toContain('joe@example.org')
  })

  it("judges permanence by the disposition: a temporary user unknown keeps Sisimai's hardbounce but is soft", () => {
    const s = scoreLabelled([
      {
        label: label('a', 'bounce', ['joe@example.org'], false),
        readings: [reading('joe@example.org', 'soft', { hardbounce: true })],
      },
    ])
    expect([s.hardAgrees, s.hardLabelled]).toEqual([1, 1])
  })

  it('counts a non-bounce only when something it reports counts, and a complaint only as a complaint', () => {
    const s = scoreLabelled([
      { label: label('a', 'nonbounce'), readings: [reading('joe@example.org', 'none')] },
      { label: label('b', 'nonbounce'), readings: [reading('joe@example.org', 'block')] },
      { label: label('c', 'complaint'), readings: [reading('joe@example.org', 'complaint')] },
      { label: label('d', 'complaint'), readings: [reading('joe@example.org', 'block')] },
    ])
    expect([s.nonBounces, s.nonBouncesCounted, s.complaints, s.complaintsRead]).toEqual([2, 1, 2, 1])
  })
})

describe('eval:labelled after its review', () => {
  it("counts a labelled bounce left undetermined, and judges permanence only on the label's recipients", () => {
    const s = scoreLabelled([
      { label: label('a', 'bounce', ['jane@x.org'], false), readings: [reading('jane@x.org', 'none')] },
      // The sender read in the recipient's place, hard: no answer about jane, so permanence is not judged.
      { label: label('b', 'bounce', ['jane@x.org'], true), readings: [reading('sender@us.example', 'hard')] },
    ])
    expect(s.undetermined).toBe(1)
    // Only a's permanence is judged (jane read, not hard, as labelled); b's is not, as no reading is jane's.
    expect([s.hardAgrees, s.hardLabelled]).toEqual([1, 1])
    expect(s.misses.some((m) => m.startsWith('hard: b'))).toBe(false)
    expect(s.misses.some((m) => m.startsWith('undetermined: a'))).toBe(true)
  })

  it('reads a label leniently where it can and names what it cannot, never throwing', () => {
    expect(
      readLabel('{"file":"a.eml","kind":"Bounce","recipients":[" <Jane@X.org> ","jane@x.org","",null]}')
    ).toEqual({ file: 'a.eml', kind: 'bounce', recipients: ['jane@x.org'], hard: null })
    expect(readLabel('{"file":"a.eml","kind":"complaint"}')).toMatchObject({ recipients: [] })
    expect(readLabel('not json')).toEqual({ error: 'not JSON' })
    expect(readLabel('{"kind":"bounce"}')).toEqual({ error: 'no "file"' })
    expect(readLabel('{"file":"a.eml","kind":"spam"}')).toHaveProperty('error')
    expect(readLabel('{"file":"a.eml","kind":"bounce","recipients":"jane@x.org"}')).toEqual({
      error: '"recipients" is not a list',
    })
  })
})
