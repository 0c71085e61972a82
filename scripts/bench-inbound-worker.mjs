#!/usr/bin/env node
// Second half of `npm run bench:inbound`: the raw-bounce parser's time per message inside workerd (the Worker's
// runtime), where the Worker's CPU is spent. Starts `wrangler dev bench/worker.ts`, posts the corpus to a
// bench-only parse loop with 1 and with N rounds, and reports (time(N) − time(1)) / ((N − 1) × messages): the
// request, JSON and base64 overheads cancel out. Local workerd runs the same V8 as the edge; no store is touched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { startDevServer } from './lib/dev-server.mjs'

const dir =
  process.argv[2] ?? ['../shared/corpus', '../../shared/corpus'].find((d) => existsSync(join(d, 'maildir')))
if (!dir) {
  console.error('corpus not found: npm run bench:inbound -- <corpus folder>')
  process.exit(2)
}
function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.eml') ? [path] : []
  })
}
const messages = walk(join(dir, 'maildir')).map((f) => readFileSync(f).toString('base64'))
const body = JSON.stringify(messages)
const ROUNDS = Number(process.env.WORKER_ROUNDS ?? 11)
const PORT = Number(process.env.BENCH_PORT ?? 8799)

const base = await startDevServer({
  port: PORT,
  persist: `.wrangler/bench-inbound-${Date.now()}`,
  vars: { ADMIN_TOKEN: 'bench-inbound' },
  entry: 'bench/worker.ts',
})
async function timed(rounds) {
  const started = performance.now()
  const res = await fetch(`${base}/__bench/parse?rounds=${rounds}`, { method: 'POST', body })
  if (!res.ok) throw new Error(`parse loop answered ${res.status}`)
  await res.json()
  return performance.now() - started
}
await timed(2) // warm-up: JIT
const samples = []
for (let i = 0; i < 3; i++) {
  const one = await timed(1)
  const many = await timed(ROUNDS)
  samples.push((many - one) / ((ROUNDS - 1) * messages.length))
}
samples.sort((a, b) => a - b)
const perMessage = samples[1]
console.log(
  `workerd: ${(perMessage * 1000).toFixed(0)} µs per message (median of 3; ${messages.length} messages × ${ROUNDS - 1} rounds) → ${Math.round(1000 / perMessage)} messages/s per isolate`
)
process.exit(0)
