import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseArguments, threadsFor } from '../../scripts/classify'

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'classify-cli.mjs')
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inbound')

describe('the classify CLI chooses its threads', () => {
  it('stays on one thread on two cores, where V8 already uses the second', () => {
    expect(threadsFor(4784, null, 2)).toBe(1)
  })

  it('uses one thread per two cores on a large run', () => {
    expect(threadsFor(4784, null, 16)).toBe(4)
    expect(threadsFor(100_000, null, 16)).toBe(8)
  })

  it('keeps a small run on one thread, where a worker would not pay for its start', () => {
    expect(threadsFor(900, null, 16)).toBe(1)
    expect(threadsFor(0, null, 16)).toBe(1)
  })

  it('takes --jobs as asked, but never more threads than batches', () => {
    expect(threadsFor(1000, 3, 2)).toBe(3)
    expect(threadsFor(10, 4, 16)).toBe(1)
  })
})

describe('the classify CLI reads --jobs from its arguments', () => {
  it('takes --jobs N, --jobs=N and -j N out of the targets', () => {
    expect(parseArguments(['--jobs', '2', 'a', 'b'])).toEqual({ targets: ['a', 'b'], jobs: 2 })
    expect(parseArguments(['a', '--jobs=3'])).toEqual({ targets: ['a'], jobs: 3 })
    expect(parseArguments(['-j', '1', 'a'])).toEqual({ targets: ['a'], jobs: 1 })
    expect(parseArguments(['a'])).toEqual({ targets: ['a'], jobs: null })
  })

  it('refuses a count that is not a whole number from 1', () => {
    for (const args of [['--jobs', '0'], ['--jobs', 'x'], ['--jobs'], ['--jobs=-1'], ['-j', '1.5']]) {
      expect(() => parseArguments(args), args.join(' ')).toThrow(/--jobs takes a whole number from 1/)
    }
  })
})

describe('the classify CLI on worker threads', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ricochet-threads-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  // 40 folders of the inbound fixtures: 200 files, five batches, so three threads take turns.
  for (let copy = 0; copy < 40; copy++) {
    const into = join(folder, `copy-${String(copy).padStart(2, '0')}`)
    mkdirSync(into)
    for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.eml'))) {
      copyFileSync(join(FIXTURES, name), join(into, name))
    }
  }
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })

  it('prints what one thread prints, byte for byte and in the same order', { timeout: 60_000 }, () => {
    const one = run('--jobs', '1', folder)
    const three = run('--jobs', '3', folder)
    expect(one.status).toBe(0)
    expect(three.status).toBe(0)
    expect(one.stdout.split('\n').length).toBeGreaterThan(200)
    expect(three.stdout).toBe(one.stdout)
  })

  it('names a missing file on one line and exits 1, with no stack', { timeout: 60_000 }, () => {
    const missing = run(join(folder, 'nowhere.eml'))
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/^classify: ENOENT.*nowhere\.eml/)
    expect(missing.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a bad --jobs with exit 2 and says why', { timeout: 60_000 }, () => {
    const bad = run('--jobs', '0', folder)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/--jobs takes a whole number from 1, got 0/)
    expect(bad.stdout).toBe('')
  })
})
