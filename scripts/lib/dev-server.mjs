// Starts `wrangler dev` for the load and smoke scripts: its own port, its own local storage (migrated first),
// secrets as --var, stopped when the script exits. Resolves once /healthz answers.
import { spawn, spawnSync } from 'node:child_process'
import { openSync } from 'node:fs'

/**
 * @param {{ port: number, persist: string, vars: Record<string, string>, entry?: string, log?: string }} options
 * @returns {Promise<string>} the base URL
 */
export async function startDevServer({ port, persist, vars, entry, log }) {
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    {
      stdio: 'ignore',
      env: { ...process.env, CI: '1' }, // CI=1: apply without the interactive confirmation
    }
  )
  if (migrate.status !== 0) throw new Error('applying local migrations failed')
  const args = [
    'wrangler',
    'dev',
    ...(entry ? [entry] : []),
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--persist-to',
    persist,
  ]
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`)
  const out = log ? openSync(log, 'w') : 'ignore'
  const dev = spawn('npx', args, { stdio: ['ignore', out, out], detached: true })
  process.on('exit', () => {
    try {
      process.kill(-dev.pid, 'SIGTERM')
    } catch {}
  })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return base
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('wrangler dev did not start within 2 minutes')
}
