#!/usr/bin/env node
// `npm run dev [-- wrangler dev flags]`: local secrets, local D1 migrations, then `wrangler dev`.
// Prints a ready-to-paste signed sample bounce once the server is up.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'

if (!existsSync('.dev.vars')) {
  copyFileSync('.dev.vars.example', '.dev.vars')
  console.log('Created .dev.vars from .dev.vars.example (local secrets; git-ignored).')
}
const vars = Object.fromEntries(
  readFileSync('.dev.vars', 'utf8')
    .split('\n')
    .filter((line) => /^\s*[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()])
)

const migrate = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
  stdio: 'inherit',
  env: { ...process.env, CI: '1' }, // CI=1: apply without the interactive confirmation
})
if (migrate.status !== 0) process.exit(migrate.status ?? 1)

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const base = `http://${flag('--ip', '127.0.0.1')}:${flag('--port', '8787')}`

const dev = spawn('npx', ['wrangler', 'dev', ...args], { stdio: 'inherit' })
dev.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))

const sample = `
──────── Try it (paste into another terminal) ────────
BASE=${base}
SECRET='${vars.NYLAS_WEBHOOK_SECRET ?? '<NYLAS_WEBHOOK_SECRET>'}'
TOKEN='${vars.ADMIN_TOKEN ?? '<ADMIN_TOKEN>'}'
TO=ghost@example.com
BODY=$(printf '{"specversion":"1.0","type":"message.bounce_detected","source":"/nylas/send","id":"%s","time":%s,"data":{"object":{"bounce_reason":"550 5.1.1 The email account that you tried to reach does not exist.","bounced_addresses":"%s","type":"mailbox_unavailable","code":"550"}}}' "$(date +%s%N)" "$(date +%s)" "$TO")
SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')
curl -s -X POST "$BASE/webhooks/nylas" -H 'content-type: application/json' -H "x-nylas-signature: $SIG" -d "$BODY"; echo
curl -s "$BASE/v1/check/$TO" -H "authorization: Bearer $TOKEN"; echo
───────────────────────────────────────────────────────
`
// Show the sample once the server answers.
const started = Date.now()
const poll = setInterval(async () => {
  try {
    const res = await fetch(`${base}/healthz`)
    if (res.ok) {
      clearInterval(poll)
      console.log(sample)
    }
  } catch {
    if (Date.now() - started > 120_000) clearInterval(poll)
  }
}, 1000)
