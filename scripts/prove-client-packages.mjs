#!/usr/bin/env node
// `npm run test:packages`: proves the client packages ship. Packs ricochet-client and ricochet-nodemailer with
// `npm pack` (which builds them), checks what each tarball holds, installs both tarballs into an empty folder
// (with Nodemailer, their peer), type-checks a consumer against their .d.ts, and runs a consumer against a live
// local Ricochet: a check, a report, and a Nodemailer send whose reported recipient is dropped.
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startRicochet } from './lib/live-ricochet.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PACKAGES = ['ricochet-client', 'ricochet-nodemailer']
const work = mkdtempSync(path.join(tmpdir(), 'ricochet-packages-'))
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })

function pack(name) {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, '-w', name], ROOT))
  const files = info.files.map((f) => f.path).sort()
  for (const required of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
    if (!files.includes(required)) throw new Error(`${name}: the tarball lacks ${required}`)
  }
  const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts))$/.test(f))
  if (stray.length > 0) throw new Error(`${name}: the tarball holds more than it should: ${stray.join(', ')}`)
  console.log(`packed ${info.filename}: ${files.length} files, ${info.size} bytes`)
  return path.join(work, info.filename)
}

const CONSUMER = `
import nodemailer from 'nodemailer'
import { Ricochet, RicochetError } from 'ricochet-client'
import { RicochetSuppressedError, withRicochet } from 'ricochet-nodemailer'

const ricochet = new Ricochet({ baseUrl: process.env.RICOCHET_URL, apiKey: process.env.RICOCHET_KEY, timeoutMs: 20000 })
const dead = 'dead.' + Date.now() + '@packed.example.com'
const live = 'live.' + Date.now() + '@packed.example.com'
const assert = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1) } }

assert((await ricochet.check(dead)).action === 'send', 'an unseen address is send')
const receipt = await ricochet.report([{ address: dead, type: 'bounce', reply_code: '550', status: '5.1.1' }])
assert(receipt.applied === 1 && receipt.results[0].check === 'drop', 'the refusal is applied and drops')
const transporter = withRicochet(nodemailer.createTransport({ jsonTransport: true }), { client: ricochet })
const info = await transporter.sendMail({ from: 'app@packed.example.com', to: [live, dead], text: 'hi' })
assert(JSON.parse(info.message).to.length === 1 && info.ricochet.dropped[0].address === dead, 'the dead one is dropped')
const refused = await transporter.sendMail({ from: 'app@packed.example.com', to: dead, text: 'hi' }).catch((e) => e)
assert(refused instanceof RicochetSuppressedError, 'a send to no one left rejects')
const wrong = await new Ricochet({ baseUrl: process.env.RICOCHET_URL, apiKey: 'nope' }).check(live).catch((e) => e)
assert(wrong instanceof RicochetError && wrong.code === 'unauthorized', 'errors are RicochetError')
console.log('the packed packages run: check, report, drop, RicochetSuppressedError, RicochetError')
`

const TYPED_CONSUMER = `
import { Ricochet, type CheckResult, type Verdict } from 'ricochet-client'
import { withRicochet, type RicochetSendReport } from 'ricochet-nodemailer'
const ricochet = new Ricochet({ baseUrl: 'https://ricochet.example', apiKey: 'k' })
const results: Promise<CheckResult[]> = ricochet.checkMany(['a@example.com'])
const verdict: Promise<Verdict> = ricochet.check('a@example.com')
const transporter = withRicochet({ sendMail: async (_mail: object) => ({ messageId: 'x' }) }, { client: ricochet })
const report: RicochetSendReport = { dropped: [], deferred: [], unverified: [], reported: [] }
export { results, verdict, transporter, report }
`

let ricochet
try {
  const tarballs = PACKAGES.map(pack)
  const app = path.join(work, 'app')
  mkdirSync(app)
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' })
  )
  const nodemailerVersion = JSON.parse(
    readFileSync(path.join(ROOT, 'clients/nodemailer/package.json'), 'utf8')
  ).devDependencies.nodemailer
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...tarballs,
      `nodemailer@${nodemailerVersion}`,
    ],
    app
  )
  console.log('installed both tarballs into an empty folder')

  writeFileSync(path.join(app, 'typed.ts'), TYPED_CONSUMER)
  writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['typed.ts'],
    })
  )
  run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app)
  console.log('a TypeScript consumer type-checks against the packed .d.ts')

  ricochet = await startRicochet()
  writeFileSync(path.join(app, 'consumer.mjs'), CONSUMER)
  // Asynchronously: the local runtime's proxy lives in this process, so a blocking call would starve it.
  const { stdout } = await promisify(execFile)(process.execPath, ['consumer.mjs'], {
    cwd: app,
    env: { ...process.env, RICOCHET_URL: ricochet.url, RICOCHET_KEY: ricochet.adminToken },
  })
  process.stdout.write(stdout)
} catch (err) {
  console.error(err.stdout ?? '', err.stderr ?? '', err.message)
  process.exitCode = 1
} finally {
  await ricochet?.stop()
  rmSync(work, { recursive: true, force: true })
}
