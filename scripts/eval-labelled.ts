/**
 * `npm run eval:labelled -- <folder>…`: scores the parser on messages someone else labelled, the way issue 15 measures
 * an independent set: bounces with a result at all, the labelled recipients found (as the report names them or as the
 * sender mailed them, `mailedAs`), non-bounces reported as something that counts, complaints read as complaints, and
 * permanent/temporary agreement where the label says (against the disposition: hard is an address suppressed now). Each folder holds `labels.jsonl`, one object per message:
 * `{"file": "<path under the folder>", "kind": "bounce" | "nonbounce" | "complaint" | "unknown", "recipients": [..],
 * "hard": true | false | null}` (other fields are kept for the reader: where the label came from). Prints the figures
 * and every miss (a label it cannot read is named and skipped); exits 2 when a folder has no labels.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../src/inbound/parse'

export interface Label {
  file: string
  kind: 'bounce' | 'nonbounce' | 'complaint' | 'unknown'
  recipients: string[]
  hard?: boolean | null
}

/** What the parser said about one result, as scored. */
export interface Reading {
  address: string
  mailedAs: string | null
  disposition: string
  hardbounce: boolean
  rule: string
}

export interface Score {
  bounces: number
  noResult: number
  withRecipients: number
  allRecipientsFound: number
  recipients: number
  recipientsFound: number
  /** Bounces whose labelled recipients (or, unlabelled, every reading) Ricochet left undetermined (disposition none). */
  undetermined: number
  hardLabelled: number
  hardAgrees: number
  nonBounces: number
  nonBouncesCounted: number
  complaints: number
  complaintsRead: number
  misses: string[]
}

/** Scores each label against the parser's readings of its message (pure: the readings are given). */
export function scoreLabelled(items: readonly { label: Label; readings: readonly Reading[] }[]): Score {
  const s: Score = {
    bounces: 0,
    noResult: 0,
    withRecipients: 0,
    allRecipientsFound: 0,
    recipients: 0,
    recipientsFound: 0,
    undetermined: 0,
    hardLabelled: 0,
    hardAgrees: 0,
    nonBounces: 0,
    nonBouncesCounted: 0,
    complaints: 0,
    complaintsRead: 0,
    misses: [],
  }
  for (const { label, readings } of items) {
    const said = readings.map(
      (r) => `${r.address} ${r.disposition}${r.hardbounce ? ' (hardbounce)' : ''} [${r.rule}]`
    )
    const names = (r: Reading) => [r.address, r.mailedAs].flatMap((a) => (a ? [a.toLowerCase()] : []))
    const wanted = label.recipients.map((a) => a.toLowerCase())
    const theirs = readings.filter((r) => names(r).some((a) => wanted.includes(a)))
    if (label.kind === 'bounce') {
      s.bounces++
      if (readings.length === 0) {
        s.noResult++
        s.misses.push(`no result: ${label.file}`)
      }
      if (wanted.length > 0) {
        s.withRecipients++
        const found = new Set(readings.flatMap(names))
        const missing = wanted.filter((a) => !found.has(a))
        s.recipients += wanted.length
        s.recipientsFound += wanted.length - missing.length
        if (missing.length === 0) s.allRecipientsFound++
        else if (readings.length > 0)
          s.misses.push(`recipient: ${label.file} wants ${missing.join(', ')}; read ${said.join('; ')}`)
      }
      // The readings that speak for the label: its recipients' when it names any (another address read in their
      // place, the sender say, is no answer about them), else every reading.
      const judged = wanted.length > 0 ? theirs : readings
      if (judged.length > 0 && judged.every((r) => r.disposition === 'none')) {
        s.undetermined++
        s.misses.push(`undetermined: ${label.file}; read ${said.join('; ')}`)
      }
      if (typeof label.hard === 'boolean' && judged.length > 0) {
        // Against what Ricochet does with the address (suppressed now: disposition hard), not Sisimai's hardbounce flag,
        // which a temporary "user unknown" keeps while its disposition is soft.
        const hard = judged.some((r) => r.disposition === 'hard')
        s.hardLabelled++
        if (hard === label.hard) s.hardAgrees++
        else
          s.misses.push(
            `hard: ${label.file} wants ${label.hard ? 'hard' : 'not hard'}; read ${said.join('; ')}`
          )
      }
    } else if (label.kind === 'nonbounce') {
      s.nonBounces++
      if (readings.some((r) => r.disposition !== 'none')) {
        s.nonBouncesCounted++
        s.misses.push(`non-bounce counted: ${label.file}; read ${said.join('; ')}`)
      }
    } else if (label.kind === 'complaint') {
      s.complaints++
      if (readings.some((r) => r.disposition === 'complaint')) s.complaintsRead++
      else s.misses.push(`complaint: ${label.file}; read ${said.join('; ') || 'nothing'}`)
    }
  }
  return s
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–')

/** The figures as lines. */
export function describeScore(s: Score): string[] {
  return [
    `bounces ${s.bounces}: ${s.bounces - s.noResult} with a result (${percent(s.bounces - s.noResult, s.bounces)})`,
    `labelled recipients found: ${s.recipientsFound}/${s.recipients} (${percent(s.recipientsFound, s.recipients)}); all of a message's: ${s.allRecipientsFound}/${s.withRecipients}`,
    `left undetermined (disposition none): ${s.undetermined} of ${s.bounces}`,
    `permanent/temporary agrees: ${s.hardAgrees}/${s.hardLabelled} (${percent(s.hardAgrees, s.hardLabelled)})`,
    `non-bounces reported as counting: ${s.nonBouncesCounted} of ${s.nonBounces}`,
    `complaints read as complaints: ${s.complaintsRead}/${s.complaints}`,
  ]
}

const KINDS = new Set<Label['kind']>(['bounce', 'nonbounce', 'complaint', 'unknown'])

/**
 * One line of a `labels.jsonl` as a label, or why it is none. Recipients are compared as address keys are (trimmed,
 * angle brackets off, lower-cased), each once; a kind outside the four is refused, not silently dropped.
 */
export function readLabel(line: string): Label | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null) return { error: 'not an object' }
  const { file, kind, recipients, hard } = value as Record<string, unknown>
  if (typeof file !== 'string' || file === '') return { error: 'no "file"' }
  const known = typeof kind === 'string' ? kind.toLowerCase() : ''
  if (!KINDS.has(known as Label['kind']))
    return { error: `"kind" ${JSON.stringify(kind)} is none of ${[...KINDS].join(', ')}` }
  if (recipients !== undefined && recipients !== null && !Array.isArray(recipients))
    return { error: '"recipients" is not a list' }
  const keys = (recipients ?? [])
    .filter((r): r is string => typeof r === 'string')
    .map((r) =>
      r
        .trim()
        .replace(/^<(.*)>$/, '$1')
        .toLowerCase()
    )
    .filter((r) => r.includes('@'))
  return {
    file,
    kind: known as Label['kind'],
    recipients: [...new Set(keys)],
    hard: typeof hard === 'boolean' ? hard : null,
  }
}

async function main(folders: readonly string[]): Promise<void> {
  const items: { label: Label; readings: Reading[] }[] = []
  const problems: string[] = []
  for (const folder of folders) {
    const path = join(folder, 'labels.jsonl')
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []
    if (!lines.some((l) => l.trim())) {
      console.error(`no labels in ${path}`)
      process.exit(2)
    }
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue
      const label = readLabel(line)
      if ('error' in label) {
        problems.push(`${path}:${index + 1}: ${label.error}`)
        continue
      }
      const file = join(folder, label.file)
      if (!existsSync(file)) {
        problems.push(`${path}:${index + 1}: no such file ${file}`)
        continue
      }
      const report = await parseBounce(new Uint8Array(readFileSync(file)))
      const readings = report.results.map((r) => ({
        address: r.address,
        mailedAs: r.mailedAs ?? null,
        disposition: r.classification.disposition,
        hardbounce: r.classification.hardbounce,
        rule: r.classification.rule,
      }))
      items.push({ label: { ...label, file }, readings })
    }
  }
  const score = scoreLabelled(items)
  for (const line of describeScore(score)) console.log(line)
  for (const miss of score.misses) console.log(`  ${miss}`)
  for (const problem of problems) console.error(`label skipped: ${problem}`)
}

if (process.argv[1]?.endsWith('eval-labelled.ts')) {
  const folders = process.argv.slice(2)
  if (folders.length === 0) {
    console.error('usage: npm run eval:labelled -- <folder with labels.jsonl>…')
    process.exit(2)
  }
  await main(folders)
}
