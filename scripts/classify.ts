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
  return statSync(path).isDirectory() ? walkFolder(path) : path.endsWith('.eml') ? [path] : []
}

/** A folder's messages, sorted, from its entries' types (no stat call per file). */
function walkFolder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) return walkFolder(path)
      // A symbolic link is followed, as statSync did.
      if (entry.isSymbolicLink()) return walk(path)
      return entry.isFile() && entry.name.endsWith('.eml') ? [path] : []
    })
}

export async function classifyFile(
  path: string,
  base: string,
  raw: Uint8Array = new Uint8Array(readFileSync(path))
): Promise<ClassifiedLine[]> {
  const report = await parseBounce(raw)
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

/** Output is written in chunks of about this many characters, not once per line or file. */
const OUTPUT_CHUNK = 64 * 1024

/** Prints one JSON line per result. */
export async function main(targets: string[] = process.argv.slice(2)) {
  if (targets.length === 0) {
    console.error('usage: npm run classify -- <file or folder>…')
    process.exit(2)
  }
  let output = ''
  for (const target of targets) {
    const base = statSync(target).isDirectory() ? target : join(target, '..')
    for (const file of walk(target)) {
      for (const line of await classifyFile(file, base)) output += `${JSON.stringify(line)}\n`
      if (output.length >= OUTPUT_CHUNK) {
        process.stdout.write(output)
        output = ''
      }
    }
  }
  if (output) process.stdout.write(output)
}

if (process.argv[1]?.endsWith('classify.ts')) await main()
