#!/usr/bin/env node
// `npm run dev [-- wrangler dev flags]`: local secrets, local D1 migrations, then `wrangler dev`.
// Prints a ready-to-paste signed sample bounce once the server is up (secrets masked: see lib/dev-banner.mjs).
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { devBanner } from './lib/dev-banner.mjs'

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

const sample = devBanner(base, vars)
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
