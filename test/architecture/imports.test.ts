/**
 * The shape of src/, checked: no import cycles (type imports included), each part imports only what it may,
 * SQL only under store/, nothing imports the composition root. Runs in Node (it reads the source files).
 * @module
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SRC = path.join(ROOT, 'src')

/** src-relative path without extension → the src-relative paths it imports (type imports included). */
type Graph = Map<string, string[]>

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

function resolveImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = path.resolve(path.dirname(fromFile), specifier)
  const candidates = [
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
    base,
  ]
  for (const candidate of candidates) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate)) return candidate
  }
  throw new Error(`${rel(fromFile)}: cannot resolve import '${specifier}'`)
}

const rel = (file: string) => path.relative(SRC, file).replace(/\\/g, '/')

function importGraph(): Graph {
  const graph: Graph = new Map()
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8')
    // preProcessFile lists every import and re-export, `import type` included.
    const { importedFiles } = ts.preProcessFile(text, true, true)
    const targets = importedFiles
      .map((imported) => resolveImport(file, imported.fileName))
      .filter((target): target is string => target !== null)
      .map(rel)
    graph.set(rel(file), [...new Set(targets)])
  }
  return graph
}

/** Every cycle's files in import order (one representative per strongly connected component). */
function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  let next = 0
  const visit = (node: string) => {
    index.set(node, next)
    low.set(node, next)
    next++
    stack.push(node)
    onStack.add(node)
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node)!, low.get(target)!))
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfLoop = (graph.get(node) ?? []).includes(node)
      if (component.length > 1 || selfLoop) cycles.push(component.reverse())
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return cycles
}

/** Which part a file belongs to: its folder, or the file itself at the root. */
const partOf = (file: string) =>
  file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, '')

/** What the pure parts (decisions and their types, no bindings, no configuration) must not import. */
const IMPURE = [
  'store',
  'routes',
  'ledger',
  'pipeline',
  'providers',
  'inbound',
  'middleware',
  'api',
  'config',
  'env',
]

/** Parts each part must not import (by name of folder or root file). */
const FORBIDDEN: Record<string, readonly string[]> = {
  lib: ['*'],
  classify: IMPURE,
  policy: IMPURE,
  'policy-scopes': IMPURE,
  'policy-verdict': IMPURE,
  events: IMPURE,
  domain: ['store', 'routes', 'ledger', 'pipeline', 'providers', 'inbound', 'middleware', 'env'],
  formats: IMPURE,
  providers: ['store', 'ledger', 'pipeline', 'routes', 'middleware', 'inbound'],
  inbound: ['store', 'providers', 'ledger', 'pipeline', 'routes', 'middleware'],
  store: [
    'routes',
    'pipeline',
    'ledger',
    'middleware',
    'providers',
    'inbound',
    'api',
    'operator',
    'dashboard',
  ],
  ledger: ['routes', 'pipeline', 'middleware', 'providers', 'inbound', 'api', 'operator', 'dashboard'],
  api: ['store', 'routes', 'pipeline', 'ledger', 'middleware', 'inbound', 'operator', 'dashboard'],
  // Notifications: produced by the ledger, delivered through store/; never the other way round.
  notify: [
    'routes',
    'pipeline',
    'ledger',
    'middleware',
    'providers',
    'inbound',
    'api',
    'operator',
    'dashboard',
  ],
  // What operators do, shared by the JSON routes and the dashboard: below both, never importing either.
  operator: ['routes', 'dashboard', 'providers', 'inbound'],
  routes: ['dashboard'],
}

/** The composition root: it imports everything, so nothing may import it. */
const ROOT_MODULES = ['index.ts', 'app.ts']

function layerViolations(graph: Graph): string[] {
  const found: string[] = []
  for (const [file, targets] of graph) {
    const part = partOf(file)
    for (const target of targets) {
      const targetPart = partOf(target)
      if (ROOT_MODULES.includes(target) && !ROOT_MODULES.includes(file))
        found.push(`${file} imports ${target}: nothing imports the composition root`)
      if (targetPart === part) continue
      const forbidden = FORBIDDEN[part] ?? []
      if (forbidden.includes('*') || forbidden.includes(targetPart))
        found.push(`${file} imports ${target}: ${part}/ must not import ${targetPart}`)
    }
  }
  return found
}

describe('the import graph of src/', () => {
  const graph = importGraph()

  it('has no import cycle, type imports included', () => {
    const cycles = findCycles(graph).map((cycle) => `${cycle.join(' → ')} → ${cycle[0]}`)
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([])
  })

  it('keeps each part to the imports it may have', () => {
    expect(layerViolations(graph)).toEqual([])
  })

  it('runs SQL against D1 only under store/', () => {
    const offenders = [...graph.keys()].filter(
      (file) =>
        !file.startsWith('store/') && fs.readFileSync(path.join(SRC, file), 'utf8').includes('.prepare(')
    )
    expect(offenders, 'files calling .prepare( outside src/store/').toEqual([])
  })
})

describe('the checks themselves', () => {
  it('find a cycle through a type import and name its files', () => {
    const graph: Graph = new Map([
      ['config.ts', ['ledger/address-ledger.ts']],
      ['ledger/address-ledger.ts', ['config.ts']],
      ['lib/log.ts', []],
    ])
    expect(findCycles(graph)).toEqual([['config.ts', 'ledger/address-ledger.ts']])
  })

  it('name the import that crosses a forbidden boundary', () => {
    const graph: Graph = new Map([
      ['inbound/parse.ts', ['providers/ses.ts', 'lib/json.ts']],
      ['lib/json.ts', ['config.ts']],
      ['routes/check.ts', ['app.ts']],
    ])
    expect(layerViolations(graph)).toEqual([
      'inbound/parse.ts imports providers/ses.ts: inbound/ must not import providers',
      'lib/json.ts imports config.ts: lib/ must not import config',
      'routes/check.ts imports app.ts: nothing imports the composition root',
    ])
  })
})
