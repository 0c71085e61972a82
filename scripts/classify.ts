/**
 * `npm run classify -- <file or folder>…`: parses raw bounce messages with the Worker's own parser and prints one
 * JSON line per result (the fields of the corpus's expected.jsonl, plus disposition and rule). Run prebuilt by
 * `scripts/classify-cli.mjs` (bundled with esbuild into dist/classify.mjs); `tsx scripts/classify.ts` also works.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
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

/** Grows as large files need; one buffer reused for every read. */
let readBuffer = new Uint8Array(1 << 20)

/**
 * A file's bytes, read with open/read/close into the reused buffer and copied out at their exact length: no fstat
 * and one allocation per file, where `readFileSync` stats, allocates and (for our `Uint8Array`) was copied again.
 */
export function readWhole(path: string): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    let length = 0
    for (;;) {
      if (length === readBuffer.length) {
        const grown = new Uint8Array(readBuffer.length * 2)
        grown.set(readBuffer)
        readBuffer = grown
      }
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null)
      if (read === 0) return readBuffer.slice(0, length)
      length += read
    }
  } finally {
    closeSync(fd)
  }
}

export async function classifyFile(
  path: string,
  base: string,
  raw: Uint8Array = readWhole(path)
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
