/**
 * Global setup of the browser tests: finds Chromium (a clear failure when it is absent), starts `wrangler dev` on
 * a free 127.0.0.1 port with a fresh persist dir and the D1 migrations applied, seeds it through real signed
 * webhook posts, creates the keys the tests sign in with, and stops the server afterwards.
 * @module
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { seed } from './seed'

const ROOT = path.resolve(import.meta.dirname, '../..')
export const ADMIN_TOKEN = 'browser-admin-token-0123456789abcdef'
export const NYLAS_SECRET = 'nylas_browser_webhook_secret_0123456789'

export interface BrowserContext {
  base: string
  chromium: string
  keys: { admin: string; write: string; read: string; check: string }
  addresses: Record<string, string>
}

declare module 'vitest' {
  export interface ProvidedContext {
    ricochet: BrowserContext
  }
}

/** Chromium from CHROMIUM_PATH or Debian's /usr/bin/chromium; a message saying how to get it otherwise. */
export function findChromium(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (existsSync(candidate)) return candidate
  throw new Error(
    `Chromium not found at ${candidate}. The browser tests drive a real Chromium: install it ` +
      '(`apt-get install -y chromium` on Debian/Ubuntu) or set CHROMIUM_PATH to its executable.'
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

async function waitForHealth(base: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited (${server.exitCode}):\n${output()}`)
    try {
      if ((await fetch(`${base}/healthz`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`wrangler dev did not answer within 120 s:\n${output()}`)
}

export default async function setup(project: TestProject) {
  const chromium = findChromium()
  const persist = mkdtempSync(path.join(tmpdir(), 'ricochet-browser-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const wrangler = path.join(ROOT, 'node_modules/.bin/wrangler')
  const migrate = spawnSync(
    wrangler,
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
      encoding: 'utf8',
    }
  )
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)

  const vars = { ADMIN_TOKEN, NYLAS_WEBHOOK_SECRET: NYLAS_SECRET, LOG_HASH_KEY: 'browser-log-hash-key' }
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist]
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`)
  // Its own process group, so teardown stops wrangler and the workerd it started, and nothing else.
  const server = spawn(wrangler, args, {
    cwd: ROOT,
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout?.on('data', (d) => (output = (output + d).slice(-20_000)))
  server.stderr?.on('data', (d) => (output = (output + d).slice(-20_000)))
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  }
  try {
    await waitForHealth(base, server, () => output)
    const seeded = await seed(base, ADMIN_TOKEN, NYLAS_SECRET)
    project.provide('ricochet', { base, chromium, ...seeded })
  } catch (err) {
    stop()
    throw err
  }
  return async () => {
    stop()
    await new Promise((r) => setTimeout(r, 500))
    rmSync(persist, { recursive: true, force: true })
  }
}
