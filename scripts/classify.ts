/**
 * `npm run classify -- <file or folder>…`: parses raw bounce messages with the Worker's own parser and prints one
 * JSON line per result (the fields of the corpus's expected.jsonl, plus disposition and rule). Run prebuilt by
 * `scripts/classify-cli.mjs` (bundled with esbuild into dist/classify.mjs); `tsx scripts/classify.ts` also works.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseBounce } from '../src/inbound/parse'

export interface ClassifiedLine {
  file: string
  index: number
  recipient: string
  status: string
  pseudo_status: boolean
  replycode: string
  reason: string
  hardbounce: boolean
  disposition: string
  feedbacktype: string
  rule: string
}

export function walk(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => walk(join(path, name)))
  }
  return path.endsWith('.eml') ? [path] : []
}

export async function classifyFile(path: string, base: string): Promise<ClassifiedLine[]> {
  const report = await parseBounce(new Uint8Array(readFileSync(path)))
  // The corpus's expected.jsonl names (`replycode`, `pseudo_status`, …), mapped from the parser's events here.
  return report.results.map((event, i) => ({
    file: relative(base, path),
    index: i + 1,
    recipient: event.address,
    status: event.status ?? event.pseudoStatus ?? '',
    pseudo_status: event.pseudoStatus !== null,
    replycode: event.replyCode ?? '',
    reason: event.classification.reason,
    hardbounce: event.classification.hardbounce,
    disposition: event.classification.disposition,
    feedbacktype: event.feedbackType ?? '',
    rule: event.classification.rule,
  }))
}

/** Prints one JSON line per result; output is buffered (one write per file, not per line). */
export async function main(targets: string[] = process.argv.slice(2)) {
  if (targets.length === 0) {
    console.error('usage: npm run classify -- <file or folder>…')
    process.exit(2)
  }
  for (const target of targets) {
    const base = statSync(target).isDirectory() ? target : join(target, '..')
    for (const file of walk(target)) {
      const lines = await classifyFile(file, base)
      if (lines.length > 0) process.stdout.write(`${lines.map((line) => JSON.stringify(line)).join('\n')}\n`)
    }
  }
}

if (process.argv[1]?.endsWith('classify.ts')) await main()
