#!/usr/bin/env node
// `npm run soak`: a bounded mixed load (hard, soft, block, complaint, delivered, replayed duplicates, forged
// requests, checks, manual lifts) from a seeded generator against `wrangler dev` on loopback, then invariants:
// every accepted event in history exactly once, no trace of rejected ones, DO/KV/D1 agree per address, no
// suppression from block or none events. Prints "N passed, N failed"; exits non-zero on any failure.
// Env: SOAK_SEED (default 42), SOAK_EVENTS (default 2000), SOAK_ADDRESSES (default 150), SOAK_CONCURRENCY (20),
// SOAK_LARGE_BATCHES (default 3 deliveries of 150 events, which go through the INGEST queue).
// Notifications: an endpoint on a local receiver that answers 500 at random (SOAK_RECEIVER_FAIL_RATE, 0.3;
// SOAK_RECEIVER_PORT, SOAK_PORT + 1), retries scaled by NOTIFY_RETRY_SCALE=0.0002 (see lib/soak-notify.mjs).
import { randomUUID } from 'node:crypto'
import { startDevServer } from './lib/dev-server.mjs'
import { standardHeaders } from './lib/sign.mjs'
import { checkNotifications, readFeed, settleDeliveries, startReceiver } from './lib/soak-notify.mjs'

const PORT = Number(process.env.SOAK_PORT ?? 8797)
const BASE = `http://127.0.0.1:${PORT}`
const PERSIST = `.wrangler/soak-${Date.now()}`
const SEED = Number(process.env.SOAK_SEED ?? 42)
const EVENTS = Number(process.env.SOAK_EVENTS ?? 2000)
const ADDRESSES = Number(process.env.SOAK_ADDRESSES ?? 150)
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 20)
const LARGE = Number(process.env.SOAK_LARGE_BATCHES ?? 3)
const DEADLINE = Date.now() + 5 * 60_000
const SECRET = `whsec_${Buffer.from('soak-standard-secret-32-bytes!!!').toString('base64')}`
const ADMIN = `soak-${randomUUID()}`
const AUTH = { authorization: `Bearer ${ADMIN}` }
const RECEIVER_PORT = Number(process.env.SOAK_RECEIVER_PORT ?? PORT + 1)
const RECEIVER_FAIL_RATE = Number(process.env.SOAK_RECEIVER_FAIL_RATE ?? 0.3)

// mulberry32: small, seeded, good enough to make runs repeatable.
let state = SEED >>> 0
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

const KINDS = {
  hard: { kind: 'bounce', reply_code: '550', status: '5.1.1', diagnostic: '550 5.1.1 user unknown' },
  soft: { kind: 'deferred', diagnostic: '452 4.2.2 mailbox full' },
  block: {
    kind: 'bounce',
    reply_code: '554',
    status: '5.7.1',
    diagnostic: '554 5.7.1 blocked using zen.spamhaus.org',
  },
  complaint: { kind: 'complaint', feedback_type: 'abuse' },
  delivered: { kind: 'delivered' },
}

function signed(body, secret = SECRET) {
  return { 'content-type': 'application/json', ...standardHeaders(secret, body) }
}

async function request(path, init = {}, tries = 5) {
  for (let i = 0; ; i++) {
    const res = await fetch(`${BASE}${path}`, init)
    // A 503 is the answer a provider retries: so does the soak, as a provider would.
    if (res.status !== 503 || i >= tries) return res
    await new Promise((r) => setTimeout(r, 200 * (i + 1)))
  }
}

/** The addresses, what each may receive, and what the load records as it goes. */
function newWorld() {
  const addresses = Array.from({ length: ADDRESSES }, (_, i) => `soak.${SEED}.${i}@example.com`)
  return {
    addresses,
    // A third of the addresses only ever get block and delivered events: none of them may end up suppressed.
    harmless: new Set(addresses.filter((_, i) => i % 3 === 0)),
    accepted: new Map(addresses.map((a) => [a, new Set()])),
    lifts: new Map(addresses.map((a) => [a, 0])),
    forgedAddresses: Array.from({ length: 20 }, (_, i) => `forged.${SEED}.${i}@example.com`),
    sent: [],
    stats: { events: 0, queued: 0, duplicates: 0, forged: 0, checks: 0, lifts: 0, failures: 0 },
  }
}

/** A replay of an event already sent: accepted again (200), counted as a duplicate. */
function replayTask(world) {
  const { sent, stats } = world
  const { body } = pick(sent)
  return async () => {
    const res = await request('/webhooks/standard', { method: 'POST', headers: signed(body), body })
    if (res.ok) stats.duplicates++
    else stats.failures++
  }
}

/** A hard bounce signed with the wrong secret: must get 401 and leave no trace. */
function forgedTask(world) {
  const { forgedAddresses, stats } = world
  const address = pick(forgedAddresses)
  const body = JSON.stringify({ id: randomUUID(), ...KINDS.hard, address })
  return async () => {
    const res = await request('/webhooks/standard', {
      method: 'POST',
      headers: signed(body, `whsec_${Buffer.from('not-the-secret-at-all-32-bytes!!').toString('base64')}`),
      body,
    })
    if (res.status === 401) stats.forged++
    else stats.failures++
  }
}

function checkTask(world) {
  const { addresses, stats } = world
  const address = pick(addresses)
  return async () => {
    const res = await request(`/v1/check/${address}`, { headers: AUTH })
    if (res.ok) stats.checks++
    else stats.failures++
  }
}

function liftTask(world) {
  const { addresses, harmless, lifts, stats } = world
  const address = pick(addresses.filter((a) => !harmless.has(a)))
  return async () => {
    const res = await request(`/v1/suppressions/${address}`, { method: 'DELETE', headers: AUTH })
    if (res.status === 204) {
      lifts.set(address, lifts.get(address) + 1)
      stats.lifts++
    } else if (res.status !== 404) stats.failures++
  }
}

/** A fresh event of a random kind (harmless addresses only get block and delivered). */
function eventTask(world) {
  const { addresses, harmless, accepted, sent, stats } = world
  const address = pick(addresses)
  const kind = harmless.has(address)
    ? pick(['block', 'delivered'])
    : pick(['hard', 'soft', 'soft', 'soft', 'block', 'complaint', 'delivered'])
  const id = randomUUID()
  const body = JSON.stringify({ id, ...KINDS[kind], address })
  sent.push({ body })
  return async () => {
    const res = await request('/webhooks/standard', { method: 'POST', headers: signed(body), body })
    if (res.ok) {
      accepted.get(address).add(id)
      stats.events++
    } else stats.failures++
  }
}

/** The seeded mix of EVENTS operations, in order. */
function planMix(world) {
  const tasks = []
  for (let i = 0; i < EVENTS; i++) {
    const r = random()
    if (r < 0.08 && world.sent.length > 0) tasks.push(replayTask(world))
    else if (r < 0.1) tasks.push(forgedTask(world))
    else if (r < 0.16) tasks.push(checkTask(world))
    else if (r < 0.18) tasks.push(liftTask(world))
    else tasks.push(eventTask(world))
  }
  return tasks
}

/**
 * Large deliveries (more than INLINE_EVENT_LIMIT events) take the queue: a few of them, spread through the load,
 * each also replayed once as a provider retry would.
 */
function planLargeDeliveries(world, tasks) {
  const { addresses, harmless, accepted, stats } = world
  for (let b = 0; b < LARGE; b++) {
    const items = Array.from({ length: 150 }, () => {
      const address = pick(addresses)
      const kind = harmless.has(address)
        ? pick(['block', 'delivered'])
        : pick(['hard', 'soft', 'soft', 'block', 'complaint', 'delivered'])
      return { id: randomUUID(), ...KINDS[kind], address }
    })
    const body = JSON.stringify(items)
    const at = Math.floor(random() * tasks.length)
    for (const replay of [false, true]) {
      tasks.splice(replay ? Math.min(at + 50, tasks.length) : at, 0, async () => {
        const res = await request('/webhooks/standard', { method: 'POST', headers: signed(body), body })
        if (!res.ok) return void stats.failures++
        const receipt = await res.json()
        if (receipt.queued !== items.length) stats.failures++
        if (replay) stats.duplicates++
        else {
          for (const item of items) accepted.get(item.address).add(item.id)
          stats.events += items.length
          stats.queued += items.length
        }
      })
    }
  }
}

/** Runs the tasks CONCURRENCY at a time until done or the deadline; returns how many were started. */
async function runLoad(tasks) {
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < tasks.length && Date.now() < DEADLINE) await tasks[next++]()
    })
  )
  return next
}

/** Queued events are applied by the consumer after the answer: wait until history holds every accepted event. */
async function waitForHistory(expected) {
  const inHistory = async () => {
    try {
      const res = await fetch(`${BASE}/v1/stats`, { headers: AUTH, signal: AbortSignal.timeout(30_000) })
      const body = await res.json()
      return body.days.reduce((n, d) => n + (d.by_provider.standard ?? 0), 0)
    } catch {
      return -1
    }
  }
  let drained = await inHistory()
  while (drained < expected && Date.now() < DEADLINE + 60_000) {
    await new Promise((r) => setTimeout(r, 500))
    drained = await inHistory()
  }
  return drained
}

/** History rows of one address that record events (not lifts or expiries), every page. */
async function countEventRows(address) {
  let rows = 0
  let cursor = null
  do {
    const page = await (
      await request(`/v1/addresses/${address}/events?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: AUTH,
      })
    ).json()
    rows += page.items.filter((item) => item.kind !== 'lift' && item.kind !== 'expire').length
    cursor = page.next_cursor
  } while (cursor)
  return rows
}

/** Per address: history matches what was accepted, DO/KV/D1 agree, harmless addresses are not suppressed. */
async function auditAddresses(world) {
  let historyMismatch = 0
  let storeMismatch = 0
  let wrongSuppression = 0
  for (const address of world.addresses) {
    const rows = await countEventRows(address)
    if (rows !== world.accepted.get(address).size) historyMismatch++
    const kv = await (await request(`/v1/check/${address}`, { headers: AUTH })).json()
    const ledger = await (await request(`/v1/check/${address}?consistent=true`, { headers: AUTH })).json()
    const index = await (
      await request(`/v1/suppressions?q=${encodeURIComponent(address)}`, { headers: AUTH })
    ).json()
    const indexed = index.items.some((item) => item.address === address)
    if (kv.action !== ledger.action || ledger.suppressed !== indexed) storeMismatch++
    if (world.harmless.has(address) && ledger.action !== 'send') wrongSuppression++
  }
  return { historyMismatch, storeMismatch, wrongSuppression }
}

/** History rows of the addresses only forged requests named. */
async function countForgeryTraces(world) {
  let traces = 0
  for (const address of world.forgedAddresses) {
    const page = await (await request(`/v1/addresses/${address}/events`, { headers: AUTH })).json()
    traces += page.items.length
  }
  return traces
}

/** The invariants, in the order they are printed. */
async function checkInvariants(world, { started, total, drained, expected, notify }) {
  const checks = []
  const check = (name, ok, detail = '') => checks.push({ name, ok, detail })
  check('the load finished within 5 minutes', started >= total, `${started}/${total} tasks`)
  check(
    'the queue consumer applied every queued event',
    drained >= expected,
    `${drained}/${expected} events in history`
  )
  check(
    'no request failed (after provider-style retries of 503)',
    world.stats.failures === 0,
    `${world.stats.failures} failures`
  )
  const { historyMismatch, storeMismatch, wrongSuppression } = await auditAddresses(world)
  check(
    'every accepted event is in history exactly once (duplicates changed nothing)',
    historyMismatch === 0,
    `${historyMismatch} addresses differ`
  )
  check(
    'DO state, KV record and D1 index agree for every address',
    storeMismatch === 0,
    `${storeMismatch} addresses differ`
  )
  check(
    'no address was suppressed by block or none events',
    wrongSuppression === 0,
    `${wrongSuppression} wrongly suppressed`
  )
  const traces = await countForgeryTraces(world)
  check('rejected (forged) events left no trace', traces === 0, `${traces} rows`)
  checkNotifications(check, { ...notify, accepted: world.accepted })
  return checks
}

/** Prints the tally and each invariant; returns how many failed. */
function report(stats, checks) {
  console.log(
    `seed ${SEED}: ${stats.events} events accepted (${stats.queued} through the queue), ${stats.duplicates} duplicates replayed, ${stats.forged} forgeries refused, ${stats.checks} checks, ${stats.lifts} lifts, ${stats.elapsedS} s`
  )
  for (const c of checks)
    console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}${c.detail ? ` (${c.detail})` : ''}`)
  const failed = checks.filter((c) => !c.ok).length
  console.log(`${checks.length - failed} passed, ${failed} failed`)
  return failed
}

async function main() {
  const receiver = startReceiver(RECEIVER_PORT, RECEIVER_FAIL_RATE, random)
  await startDevServer({
    port: PORT,
    persist: PERSIST,
    vars: {
      ADMIN_TOKEN: ADMIN,
      STANDARD_WEBHOOK_SECRET: SECRET,
      ALLOW_HTTP_ENDPOINTS: 'true',
      NOTIFY_RETRY_SCALE: '0.0002',
    },
  })
  const endpoint = await (
    await request('/v1/endpoints', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url }),
    })
  ).json()
  receiver.setSecret(endpoint.secret)
  const world = newWorld()
  const tasks = planMix(world)
  planLargeDeliveries(world, tasks)
  const loadStart = Date.now()
  const started = await runLoad(tasks)
  world.stats.elapsedS = Math.round((Date.now() - loadStart) / 1000)
  const expected = [...world.accepted.values()].reduce((n, ids) => n + ids.size, 0)
  const drained = await waitForHistory(expected)
  const feed = await readFeed(request, AUTH)
  const deliveries = await settleDeliveries(request, AUTH, endpoint.id, feed.length, Date.now() + 120_000)
  receiver.close()
  const notify = { feed, deliveries, copies: receiver.copies }
  const checks = await checkInvariants(world, { started, total: tasks.length, drained, expected, notify })
  const failed = report(world.stats, checks)
  process.exit(failed === 0 ? 0 : 1)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
