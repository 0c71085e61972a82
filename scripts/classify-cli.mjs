#!/usr/bin/env -S node --no-regexp-tier-up --no-turbo-inlining
// `npm run classify -- <file or folder>…`: the classify CLI, run prebuilt. scripts/classify.ts and the parser are
// bundled once with esbuild (which wrangler brings) into dist/classify.mjs and rebuilt only when a source file is
// newer than the bundle, so a run starts in milliseconds instead of the ~0.6 s tsx needs to compile on the fly.
//
// `npm run classify` starts Node with two V8 flags (package.json), which this file once set itself at run time; Node's
// documentation warns that changing V8 flags after the VM has started may crash it. Batches of short runs did die
// with SIGSEGV a few times (not reproduced in 1,220 later runs, so the cause is unproven), and the flags are now given
// at start or not at all (the shebang gives them too). Without them the output is the same, only slower:
// - `--no-regexp-tier-up`: V8 first interprets a regular expression and compiles it only once it has run a while; the
//   phrase families are large and run on every message, so a run over many files spent its first hundreds of messages
//   in the interpreter (compiling at first use: 3–6 % less whole-process time on the corpus copied 13 times);
// - `--no-turbo-inlining`: a run of a few thousand messages ends before the optimizing compiler pays for itself, and
//   without inlining it compiles less (4 interleaved rounds: 1.35–1.42 s against 1.46–1.61 s, output identical).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist', 'classify.mjs')

function newestSource(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))))
}

/** Builds the bundle when it is missing or older than any source (src/, scripts/classify.ts, package-lock). */
export async function ensureBundle() {
  const sources = [join(root, 'src'), join(root, 'scripts', 'classify.ts'), join(root, 'package-lock.json')]
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...sources.map(newestSource))
  if (fresh) return
  const { build } = await import('esbuild')
  await build({
    entryPoints: [join(root, 'scripts', 'classify.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureBundle()
  const { main } = await import(pathToFileURL(bundle).href)
  await main(process.argv.slice(2))
}
