#!/usr/bin/env node
// `npm run classify -- <file or folder>…`: the classify CLI, run prebuilt. scripts/classify.ts and the parser are
// bundled once with esbuild (which wrangler brings) into dist/classify.mjs and rebuilt only when a source file is
// newer than the bundle, so a run starts in milliseconds instead of the ~0.6 s tsx needs to compile on the fly.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'

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
  // V8 first interprets a regular expression and compiles it to machine code only once it has run a while. The
  // classifier's phrase families are large and run on every message, so a run over many files spent its first
  // hundreds of messages in the interpreter: compiling at first use measured 3–6 % less whole-process time on the
  // corpus copied 13 times (and no more on a single file). Set here, for the CLI's own process only.
  setFlagsFromString('--no-regexp-tier-up')
  // A run of a few thousand messages ends before the optimizing compiler has paid for itself: it compiled for about
  // 1.2 s of background CPU on those files, on a core the run competes for. Without inlining it compiles less (and
  // the code it makes runs a little slower, which a long-lived Worker would notice and this short process does not):
  // 4 interleaved rounds gave 1.35–1.42 s against 1.46–1.61 s, output identical, a single file unchanged (0.16 s).
  setFlagsFromString('--no-turbo-inlining')
  await ensureBundle()
  const { main } = await import(pathToFileURL(bundle).href)
  await main(process.argv.slice(2))
}
