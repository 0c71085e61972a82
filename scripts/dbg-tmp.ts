import { readFileSync } from 'node:fs'
import { parseBounce } from '../src/inbound/parse'

for (const f of process.argv.slice(2)) {
  const r = await parseBounce(new Uint8Array(readFileSync(`/work/shared/corpus/maildir/bsd/${f}.eml`)))
  console.log('===', f, r.kind, r.why ?? '')
  for (const x of r.results)
    console.log(
      ' ',
      x.recipient,
      x.reason,
      x.rule,
      x.status,
      x.replycode,
      x.command,
      '|',
      x.diagnostic?.slice(0, 250)
    )
}
