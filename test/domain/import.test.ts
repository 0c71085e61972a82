import { describe, expect, it } from 'vitest'
import { lines, records } from '../../src/domain/csv'
import { detectLayout, parseLine } from '../../src/domain/import'

const bytes = (...parts: (string | number[])[]) =>
  new Blob(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p)))).stream()

async function readAll(stream: ReadableStream<Uint8Array>) {
  const out: { line: number; fields: string[] | null; text: string | null; error?: string }[] = []
  for await (const record of records(lines(stream))) out.push(record)
  return out
}

describe('CSV records from a byte stream', () => {
  it('reports an unclosed quote on its own line and reads every following line as its own record', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `r${i + 1}@example.com,${i === 2 ? '"oops' : 'bounce'}`
    )
    rows[9] = 'r10@example.com,"quoted, with comma"'
    const got = await readAll(bytes(rows.join('\n')))
    expect(got.map((r) => r.line)).toEqual(rows.map((_, i) => i + 1))
    expect(got[2]).toMatchObject({ line: 3, fields: null })
    expect(got[9]!.fields).toEqual(['r10@example.com', 'quoted, with comma'])
    expect(got.filter((r) => r.fields === null)).toHaveLength(1)
  })

  it('joins a quoted field that spans lines, as our export writes a note with a line break', async () => {
    const got = await readAll(bytes('a@example.com,manual,"first\nsecond"\nb@example.com,x\n'))
    expect(got).toEqual([
      {
        line: 1,
        lastLine: 2,
        fields: ['a@example.com', 'manual', 'first\nsecond'],
        text: 'a@example.com,manual,"first\nsecond"',
      },
      { line: 3, lastLine: 3, fields: ['b@example.com', 'x'], text: 'b@example.com,x' },
    ])
  })

  it('stays linear after an unclosed quote: 4 MiB of short lines behind one stray quote', async () => {
    const tail = 'abcdefghij\n'.repeat(400_000)
    const got = await readAll(bytes('a@example.com,"never closed\n', tail))
    expect(got).toHaveLength(400_001)
    expect(got[0]).toMatchObject({ line: 1, fields: null })
  })

  it('refuses a line that is not valid UTF-8 (a Latin-1 export) and reads the others', async () => {
    const got = await readAll(
      bytes(
        'ok@example.com,bounce\n',
        [0x6a, 0xe9, 0x72, 0xf4, 0x6d, 0x65, 0x40, 0x65, 0x2e, 0x63, 0x6f, 0x6d],
        '\nzo\u00eb@example.com\n'
      )
    )
    expect(got.map((r) => [r.line, r.error ?? null])).toEqual([
      [1, null],
      [2, 'not valid UTF-8 (save the file as UTF-8)'],
      [3, null],
    ])
    expect(got[2]!.fields).toEqual(['zo\u00eb@example.com'])
  })
})

describe('import lines', () => {
  it('classifies only the start of a reason text (a 1 MiB reason costs no more than 1,000 characters)', () => {
    const layout = detectLayout('email,reason')
    const near = parseLine(layout, 2, 'a@example.com,550 5.1.1 user unknown', Date.now())
    expect(near).toMatchObject({ reason: 'userunknown' })
    const far = parseLine(layout, 3, `a@example.com,${'x'.repeat(1_100)} 550 5.1.1 user unknown`, Date.now())
    expect(far).toMatchObject({ reason: 'imported' })
  })
})
