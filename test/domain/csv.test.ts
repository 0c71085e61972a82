import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, parseRecord, unguardCell } from '../../src/domain/csv'

describe('CSV cells', () => {
  it('reads back exactly what it wrote, formula guard included, for any text', () => {
    const tricky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '"', ',', '\n', 'a')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(tricky).map((a) => a.join(''))
        ),
        (value) => {
          const fields = parseRecord(csvField(value))
          expect(fields).not.toBeNull()
          expect(unguardCell(fields![0]!)).toBe(value)
          expect(fields![0]!).not.toMatch(/^[=+\-@\t\r]/)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
