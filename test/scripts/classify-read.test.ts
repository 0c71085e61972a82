import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readWhole } from '../../scripts/classify'

const folder = mkdtempSync(join(tmpdir(), 'ricochet-read-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function file(name: string, bytes: Uint8Array): string {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

describe('the classify CLI reads each file whole into its own bytes', () => {
  it('reads a file larger than the shared buffer, growing it, byte for byte', () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff)
    const read = readWhole(file('big.eml', big))
    expect(read).toHaveLength(big.length)
    // Buffer.equals, not toEqual: a deep comparison of 3 MB element by element takes seconds.
    expect(Buffer.from(read).equals(big)).toBe(true)
  })

  it('returns a copy, so reading the next file leaves the first one intact', () => {
    const first = readWhole(file('a.eml', new TextEncoder().encode('first message')))
    readWhole(file('b.eml', new TextEncoder().encode('second, longer message')))
    expect(new TextDecoder().decode(first)).toBe('first message')
  })

  it('reads an empty file as no bytes', () => {
    expect(readWhole(file('empty.eml', new Uint8Array(0)))).toHaveLength(0)
  })

  it('throws for a file that does not exist, as readFileSync did', () => {
    expect(() => readWhole(join(folder, 'missing.eml'))).toThrow(/ENOENT/)
  })
})
