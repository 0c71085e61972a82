/**
 * `npm run bench:inbound [-- <corpus dir>]`: parse + classify throughput over the corpus under Node, one process,
 * messages in memory (no disk in the timed part), after a warm-up pass.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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

for (const m of messages) await parseBounce(m) // warm-up: JIT, caches
const rounds = Number(process.env.ROUNDS ?? 10)
const times: number[] = []
let results = 0
for (let r = 0; r < rounds; r++) {
  const start = performance.now()
  for (const m of messages) results += (await parseBounce(m)).results.length
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
console.log(`messages: ${messages.length} (${(bytes / 1024).toFixed(0)} KiB), rounds: ${rounds}`)
console.log(
  `median round: ${median.toFixed(1)} ms → ${((messages.length / median) * 1000).toFixed(0)} messages/s, ${((median / messages.length) * 1000).toFixed(0)} µs per message`
)
console.log(
  `best round:   ${times[0]!.toFixed(1)} ms → ${((messages.length / times[0]!) * 1000).toFixed(0)} messages/s`
)
console.log(`results per round: ${results / rounds}`)
