/**
 * `npm run eval:corpus [-- <corpus dir>]`: runs the parser over the corpus and compares with expected.jsonl:
 * agreement on reason, hardbounce, status (explicit codes exactly; pseudo statuses by class), replycode and
 * recipient, overall and per reason, and the misses. Exits non-zero below the committed bar.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { documentedAgreement } from '../test/classify/documented-phrases'
import { helpPageAgreement } from '../test/inbound/help-pages/agreement'
import { type ClassifiedLine, classifyFile, walk } from './classify'

/** The bar this repository commits to (see docs/raw-bounces.md, "Accuracy and speed on the corpus"). */
export const BAR = { reason: 0.96, hardbounce: 0.99, recipient: 0.99 }

interface Expected {
  file: string
  index: number
  recipient: string
  status: string
  pseudo_status: boolean
  replycode: string
  reason: string
  hardbounce: boolean
}

const dir =
  process.argv[2] ??
  ['../shared/corpus', '../../shared/corpus'].find((d) => existsSync(join(d, 'expected.jsonl')))
if (!dir) {
  console.error('corpus not found: npm run eval:corpus -- <folder with expected.jsonl>')
  process.exit(2)
}
const expected: Expected[] = readFileSync(join(dir, 'expected.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))

const actual = new Map<string, ClassifiedLine[]>()
for (const file of walk(join(dir, 'maildir'))) {
  const lines = await classifyFile(file, dir)
  actual.set(lines[0]?.file ?? file.slice(dir.length + 1), lines)
}

const score = {
  reason: 0,
  hardbounce: 0,
  recipient: 0,
  status: 0,
  statusTotal: 0,
  replycode: 0,
  replyTotal: 0,
}
const perReason = new Map<string, { total: number; ok: number }>()
const misses: string[] = []
const hardMisses: string[] = []
const recipientMisses: string[] = []
for (const e of expected) {
  const got =
    actual.get(e.file)?.find((a) => a.recipient === e.recipient.toLowerCase()) ??
    actual.get(e.file)?.[e.index - 1]
  const r = perReason.get(e.reason) ?? { total: 0, ok: 0 }
  r.total++
  perReason.set(e.reason, r)
  if (got?.recipient === e.recipient.toLowerCase()) score.recipient++
  else
    recipientMisses.push(`${e.file}#${e.index}: expected ${e.recipient}, got ${got?.recipient ?? 'nothing'}`)
  if (got?.hardbounce === e.hardbounce) score.hardbounce++
  else
    hardMisses.push(
      `${e.file}#${e.index}: expected ${e.hardbounce} (${e.reason}), got ${got?.reason ?? 'nothing'}`
    )
  if (got?.reason === e.reason) {
    score.reason++
    r.ok++
  } else {
    misses.push(
      `${e.file}#${e.index}: expected ${e.reason}, got ${got?.reason ?? 'nothing'} (${got?.rule ?? '-'}) ${e.status} ${e.replycode}`
    )
  }
  if (e.status) {
    score.statusTotal++
    const same = e.pseudo_status ? got?.status?.[0] === e.status[0] : got?.status === e.status
    if (same) score.status++
  }
  if (e.replycode) {
    score.replyTotal++
    if (got?.replycode === e.replycode) score.replycode++
  }
}
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`
console.log(
  `results: ${expected.length} expected, ${[...actual.values()].flat().length} produced from ${actual.size} messages`
)
console.log(`reason     ${pct(score.reason, expected.length)}  (bar ${BAR.reason * 100} %)`)
console.log(`hardbounce ${pct(score.hardbounce, expected.length)}  (bar ${BAR.hardbounce * 100} %)`)
console.log(`recipient  ${pct(score.recipient, expected.length)}  (bar ${BAR.recipient * 100} %)`)
console.log(`status     ${pct(score.status, score.statusTotal)}  (${score.statusTotal} with a status)`)
console.log(`replycode  ${pct(score.replycode, score.replyTotal)}  (${score.replyTotal} with a reply code)`)
// Beside the corpus: the table of sentences servers are documented to write (never taken from the corpus).
const documented = documentedAgreement()
console.log(
  `documented ${pct(documented.agree, documented.total)}  (${documented.agree}/${documented.total} phrases from MTA sources and provider tables)`
)
for (const miss of documented.misses) console.log(`  documented miss: ${miss}`)
// And whole bounces from providers' help pages, labelled with the cause each page gives (never from the corpus).
const pages = await helpPageAgreement()
console.log(
  `help pages ${pct(pages.agree, pages.total)}  (${pages.agree}/${pages.total} whole bounces agree with the cause their page gives; ${pages.byConvention} recipients differ by a stated convention)`
)
for (const miss of pages.misses) console.log(`  help-page difference: ${miss}`)
console.log('\nper reason:')
for (const [reason, r] of [...perReason].sort((a, b) => b[1].total - a[1].total)) {
  console.log(
    `  ${reason.padEnd(16)} ${String(r.ok).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.ok, r.total)}`
  )
}
console.log(`\nmisses (${misses.length}):`)
for (const m of misses) console.log(`  ${m}`)
console.log(`\nhardbounce misses (${hardMisses.length}):`)
for (const m of hardMisses) console.log(`  ${m}`)
console.log(`\nrecipient misses (${recipientMisses.length}):`)
for (const m of recipientMisses) console.log(`  ${m}`)
const ok =
  score.reason / expected.length >= BAR.reason &&
  score.hardbounce / expected.length >= BAR.hardbounce &&
  score.recipient / expected.length >= BAR.recipient
process.exit(ok ? 0 : 1)
