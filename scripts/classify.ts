/**
 * `npm run classify -- <file or folder>…`: parses raw bounce messages with the Worker's own parser and prints one
 * JSON line per result (the fields of the corpus's expected.jsonl, plus disposition and rule). Run prebuilt by
 * `scripts/classify-cli.mjs` (bundled with esbuild into dist/classify.mjs); `tsx scripts/classify.ts` also works.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
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

/**
 * A worker thread pays for itself only past this many files: each loads the parser again and warms it up on its own
 * (a fresh process's first 368 messages take about 230 ms, the thirteenth round 60), the time one thread takes for
 * about a thousand messages.
 */
const FILES_PER_WORKER = 1000

/** Files handed to a worker at a time: small enough to keep every thread busy to the end, large enough to be cheap. */
const BATCH = 48

/** A message to classify and the folder its printed name is relative to. */
type Job = readonly [file: string, base: string]

/** The JSON lines of a batch of files, in order. */
async function linesOf(jobs: readonly Job[]): Promise<string> {
  let output = ''
  for (const [file, base] of jobs) {
    for (const line of await classifyFile(file, base)) output += `${JSON.stringify(line)}\n`
  }
  return output
}

/** Every message the targets name, each with its base, in the order they are printed. */
function jobsOf(targets: readonly string[]): Job[] {
  return targets.flatMap((target) => {
    const base = statSync(target).isDirectory() ? target : join(target, '..')
    return walk(target).map((file): Job => [file, base])
  })
}

/**
 * The threads a run uses: `--jobs N` when given (never more than there are batches), else one per two cores, fewer
 * when there are too few files for each to pay for its start. One means no worker at all. Two cores a thread, because
 * V8 compiles and collects garbage on threads of its own: on one core the corpus copied 13 times took 2.11 s against
 * 1.56 s on two, and two threads on two cores took longer than one (1.71–1.75 s).
 */
export function threadsFor(files: number, asked: number | null, cores = availableParallelism()): number {
  if (asked !== null) return Math.max(1, Math.min(asked, Math.ceil(files / BATCH)))
  return Math.max(1, Math.min(Math.floor(cores / 2), Math.floor(files / FILES_PER_WORKER)))
}

/** `--jobs N` / `--jobs=N` / `-j N` taken out of the arguments; the rest are targets. */
export function parseArguments(args: readonly string[]): { targets: string[]; jobs: number | null } {
  const targets: string[] = []
  let jobs: number | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const inline = /^--jobs=(.*)$/.exec(arg)
    if (!inline && arg !== '--jobs' && arg !== '-j') {
      targets.push(arg)
      continue
    }
    const value = inline ? inline[1] : args[++i]
    if (value === undefined || !/^[1-9]\d{0,3}$/.test(value))
      throw new Error(`--jobs takes a whole number from 1, got ${value ?? 'nothing'}`)
    jobs = Number(value)
  }
  return { targets, jobs }
}

/** Classifies on one thread, printing as it goes. */
async function classifyHere(jobs: readonly Job[]): Promise<void> {
  let output = ''
  for (const job of jobs) {
    output += await linesOf([job])
    if (output.length >= OUTPUT_CHUNK) {
      process.stdout.write(output)
      output = ''
    }
  }
  if (output) process.stdout.write(output)
}

/**
 * Classifies on `threads` worker threads running this same bundle, handing out batches as threads come free and
 * printing each batch's lines in the files' order, so the output is the one-thread output byte for byte.
 */
function classifyInWorkers(jobs: readonly Job[], threads: number): Promise<void> {
  const batches: Job[][] = []
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH))
  const done: (string | undefined)[] = []
  let handedOut = 0
  let printed = 0
  return new Promise((resolve, reject) => {
    const workers: Worker[] = []
    const fail = (error: unknown) => {
      for (const worker of workers) void worker.terminate()
      reject(error)
    }
    const handOut = (worker: Worker) => {
      if (handedOut === batches.length) return
      worker.postMessage({ id: handedOut, jobs: batches[handedOut] })
      handedOut++
    }
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { classifyWorker: true } })
      workers.push(worker)
      worker.on('error', fail)
      worker.on('message', (answer: { id: number; output: string }) => {
        done[answer.id] = answer.output
        let output = ''
        while (printed < batches.length && done[printed] !== undefined) {
          output += done[printed]
          done[printed++] = undefined
        }
        if (output) process.stdout.write(output)
        if (printed < batches.length) return handOut(worker)
        for (const each of workers) void each.terminate()
        resolve()
      })
      handOut(worker)
    }
  })
}

/** A worker thread's side: classifies each batch it is sent and answers with its lines. */
function serveBatches() {
  parentPort?.on('message', async (batch: { id: number; jobs: Job[] }) => {
    parentPort?.postMessage({ id: batch.id, output: await linesOf(batch.jobs) })
  })
}

/** Prints one JSON line per result, in the order of the targets and of each folder's sorted files. */
export async function main(args: string[] = process.argv.slice(2)) {
  let parsed: ReturnType<typeof parseArguments>
  try {
    parsed = parseArguments(args)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  if (parsed.targets.length === 0) {
    console.error('usage: npm run classify -- [--jobs N] <file or folder>…')
    process.exit(2)
  }
  try {
    const jobs = jobsOf(parsed.targets)
    // Worker threads run this file again, which only the prebuilt bundle can do without a TypeScript loader.
    const threads = import.meta.url.endsWith('.mjs') ? threadsFor(jobs.length, parsed.jobs) : 1
    if (threads === 1) await classifyHere(jobs)
    else await classifyInWorkers(jobs, threads)
  } catch (error) {
    // A missing or unreadable file is the caller's to fix: one line naming it, not a stack.
    console.error(`classify: ${(error as Error).message}`)
    process.exit(1)
  }
}

if (!isMainThread && (workerData as { classifyWorker?: boolean } | null)?.classifyWorker) serveBatches()
else if (process.argv[1]?.endsWith('classify.ts')) await main()
