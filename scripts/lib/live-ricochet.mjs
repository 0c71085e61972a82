// A live local Ricochet for the client packages' tests (clients/*/test): the Worker of this repository under
// wrangler's local runtime (`unstable_startWorker`, what `wrangler dev` runs), on a free 127.0.0.1 port, with
// its own storage in a temp folder (D1 migrations applied first) and test secrets. Stop it with `stop()`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unstable_startWorker } from 'wrangler'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Secrets the live Worker runs with; tests sign and authenticate with them. */
export const LIVE_SECRETS = {
  ADMIN_TOKEN: 'live-admin-token-0123456789abcdef',
  // base64 of 'ricochet-live-standard-webhooks-key'
  STANDARD_WEBHOOK_SECRET: `whsec_${Buffer.from('ricochet-live-standard-webhooks-key').toString('base64')}`,
  LOG_HASH_KEY: 'live-log-hash-key',
}

/** @returns {Promise<{ url: string, adminToken: string, secrets: typeof LIVE_SECRETS, stop: () => Promise<void> }>} */
export async function startRicochet() {
  const persist = mkdtempSync(path.join(tmpdir(), 'ricochet-live-'))
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CI: '1' } } // CI=1: no interactive confirmation
  )
  if (migrate.status !== 0) throw new Error(`applying local migrations failed: ${migrate.stderr}`)
  const secrets = Object.entries(LIVE_SECRETS).map(([name, value]) => [name, { type: 'secret_text', value }])
  const worker = await unstable_startWorker({
    config: path.join(ROOT, 'wrangler.toml'),
    envFiles: [],
    bindings: {
      ...Object.fromEntries(secrets),
      // Reports of up to 1000 events are applied inline, so a test's answer reflects them (the INGEST queue
      // path has its own tests in workerd).
      INLINE_EVENT_LIMIT: { type: 'plain_text', value: '1000' },
    },
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist,
      watch: false,
      logLevel: 'error',
    },
  })
  await worker.ready
  const url = (await worker.url).origin
  // One answered check before any test: the runtime's first request (module start, storage opened) can take many
  // seconds on a loaded machine, and a test with a client timeout would otherwise time out on it (and fail open).
  await fetch(`${url}/v1/check/warm-up%40example.com`, {
    headers: { authorization: `Bearer ${LIVE_SECRETS.ADMIN_TOKEN}` },
  }).then((response) => response.arrayBuffer())
  return {
    url,
    adminToken: LIVE_SECRETS.ADMIN_TOKEN,
    secrets: LIVE_SECRETS,
    async stop() {
      await worker.dispose()
      rmSync(persist, { recursive: true, force: true })
    },
  }
}
