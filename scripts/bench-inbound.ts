/**
 * `npm run bench:inbound [-- <corpus dir>]`: parse + classify throughput over the corpus under Node, one process,
 * messages in memory (no disk in the timed part), after a warm-up pass.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseBounce } from '../src/inbound/parse'
import { walk } from './classify'

const dir =
  process.argv[2] ?? ['../shared/corpus', '../../shared/corpus'].find((d) => existsSync(join(d, 'maildir')))
if (!dir) {
  console.error('corpus not found: npm run bench:inbound -- <corpus folder>')
  process.exit(2)
}
const messages = walk(join(dir, 'maildir')).map((f) => new Uint8Array(readFileSync(f)))
const bytes = messages.reduce((n, m) => n + m.length, 0)

// Warm-up: the JIT reaches its optimized tiers over a few passes, not one.
for (let r = 0; r < 3; r++) for (const m of messages) await parseBounce(m)
const rounds = Number(process.env.ROUNDS ?? 30)
const times: number[] = []
const cpu: number[] = []
let results = 0
for (let r = 0; r < rounds; r++) {
  const start = performance.now()
  const used = process.cpuUsage()
  for (const m of messages) results += (await parseBounce(m)).results.length
  const spent = process.cpuUsage(used)
  times.push(performance.now() - start)
  // CPU of the whole process (user + system): includes the garbage collector's helper threads.
  cpu.push((spent.user + spent.system) / 1000)
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const wall = median(times)
const perMessage = (ms: number) => `${((ms / messages.length) * 1000).toFixed(0)} µs per message`
console.log(
  `messages: ${messages.length} (${(bytes / 1024).toFixed(0)} KiB), rounds: ${rounds} after 3 warm-up rounds`
)
console.log(
  `median round: ${wall.toFixed(1)} ms → ${((messages.length / wall) * 1000).toFixed(0)} messages/s, ${perMessage(wall)}`
)
const best = Math.min(...times)
console.log(
  `best round:   ${best.toFixed(1)} ms → ${((messages.length / best) * 1000).toFixed(0)} messages/s`
)
console.log(`process CPU:  median ${median(cpu).toFixed(1)} ms per round, ${perMessage(median(cpu))}`)
console.log(`results per round: ${results / rounds}`)

// Whole process, as a user runs it: the prebuilt `classify` CLI, startup included (the figure the issue compares
// with Sisimai's command line), over the corpus copied 13 times (≈ 4,800 files, the size of the run).
// Built first, so the build is not timed. Sisimai runs on the same files when Perl has it (Debian:
// libsisimai-perl), so the ratio is measured on this machine rather than against a figure from another.
const { ensureBundle } = await import('./classify-cli.mjs')
await ensureBundle()
const { spawnSync } = await import('node:child_process')
const { cpSync, mkdtempSync, rmSync } = await import('node:fs')
const { tmpdir } = await import('node:os')
const copies = mkdtempSync(join(tmpdir(), 'ricochet-bench-'))
const folders = Array.from({ length: 13 }, (_, i) => join(copies, `copy-${String(i + 1).padStart(2, '0')}`))
for (const folder of folders) cpSync(join(dir, 'maildir'), folder, { recursive: true })
const copied = messages.length * folders.length

/** Median wall time of 3 runs of a command (output discarded), or null when it cannot run here. */
function timed(command: string, args: string[]): number | null {
  const runs: number[] = []
  for (let r = 0; r < 3; r++) {
    const start = performance.now()
    const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    if (run.status !== 0) return null
    runs.push(performance.now() - start)
  }
  return median(runs)
}

// With the V8 flags `npm run classify` starts Node with (package.json; classify-cli.mjs says why).
const cli = timed(process.execPath, [
  '--no-regexp-tier-up',
  '--no-turbo-inlining',
  join(import.meta.dirname, 'classify-cli.mjs'),
  copies,
])
if (cli === null) throw new Error('the classify CLI failed on the copied corpus')
console.log(
  `CLI, whole process: median of 3 runs ${(cli / 1000).toFixed(2)} s for ${copied} files (${((copied / cli) * 1000).toFixed(0)} files/s)`
)
// Sisimai's make() reads one folder at a time (not recursively): each folder of messages is an argument.
const messageFolders = [...new Set(walk(copies).map((file) => dirname(file)))]
const SISIMAI =
  'use Sisimai; for my $d (@ARGV) { print $_->dump("json"), "\\n" for @{ Sisimai->make($d) || [] } }'
const sisimai = timed('perl', ['-e', SISIMAI, ...messageFolders])
console.log(
  sisimai === null
    ? 'Sisimai: not installed here (apt install libsisimai-perl to compare on this machine)'
    : `Sisimai ${spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION']).stdout}, same files: ${(sisimai / 1000).toFixed(2)} s → the CLI is ${(sisimai / cli).toFixed(1)}× faster`
)
rmSync(copies, { recursive: true, force: true })
