#!/usr/bin/env node
// `npm run bench`: starts `wrangler dev bench/worker.ts` on its own port and storage, loads it from this process
// with autocannon on 127.0.0.1, prints one table and writes bench/results.json. Not part of `npm test`.
// Env: BENCH_SECONDS (default 8 per run), BENCH_CONNECTIONS (default 50).
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { startDevServer } from './lib/dev-server.mjs'
import { sendgridHeaders, standardHeaders } from './lib/sign.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 8798)
const BASE = `http://127.0.0.1:${PORT}`
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const PERSIST = `.wrangler/bench-${Date.now()}`
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const SECRETS = {
  ADMIN_TOKEN: `bench-${randomUUID()}`,
  NYLAS_WEBHOOK_SECRET: 'bench-nylas-secret',
  SENDGRID_WEBHOOK_PUBLIC_KEY: ec.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  STANDARD_WEBHOOK_SECRET: `whsec_${Buffer.from('bench-standard-secret-32-bytes!!').toString('base64')}`,
}
const AUTH = { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` }
const unix = () => Math.floor(Date.now() / 1000)

/** autocannon's status-code counts as `200×4571 503×2`. */
function statusCodes(result) {
  return Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ')
}

function runAmount(name, amount, connections, setupRequest) {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    autocannon(
      { url: BASE, connections, amount, timeout: 60, requests: [{ setupRequest }] },
      (err, result) => {
        if (err) return reject(err)
        const seconds = (Date.now() - started) / 1000
        const codes = statusCodes(result)
        resolve({
          name,
          rps: amount / seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          mean: result.latency.mean,
          requests: result.requests.total,
          seconds,
          codes,
        })
      }
    )
  })
}

function run(name, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: BASE, connections: CONNECTIONS, duration: SECONDS, ...options }, (err, result) => {
      if (err) reject(err)
      else {
        const errors = result.errors + result.timeouts + (result.non2xx ?? 0)
        const codes = statusCodes(result)
        resolve({
          name,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          requests: result.requests.total,
          errors,
          codes,
        })
      }
    })
  })
}

/** autocannon's request keeps its defaults (the Host header among them); ours adds method, path, body, headers. */
function merge(base, request) {
  return { ...base, ...request, headers: { ...(base.headers ?? {}), ...request.headers } }
}

function standardRequest(address) {
  const body = JSON.stringify({
    id: randomUUID(),
    kind: 'deferred',
    address,
    diagnostic: '452 4.2.2 mailbox full',
  })
  return {
    method: 'POST',
    path: '/webhooks/standard',
    body,
    headers: {
      'content-type': 'application/json',
      ...standardHeaders(SECRETS.STANDARD_WEBHOOK_SECRET, body),
    },
  }
}

function sendgridBatch(size) {
  const events = Array.from({ length: size }, (_, i) => ({
    email: `sg.${randomUUID().slice(0, 12)}.${i}@example.com`,
    timestamp: unix(),
    event: i % 4 === 0 ? 'bounce' : i % 4 === 1 ? 'deferred' : i % 4 === 2 ? 'delivered' : 'spamreport',
    type: 'bounce',
    status: '5.1.1',
    reason: '550 5.1.1 user unknown',
    response: '421 try later',
    sg_event_id: randomUUID(),
  }))
  const body = `[${events.map((e) => JSON.stringify(e)).join(',\r\n')}]\r\n`
  const _ts = String(unix())
  return {
    method: 'POST',
    path: '/webhooks/sendgrid',
    body,
    headers: { 'content-type': 'application/json', ...sendgridHeaders(ec.privateKey, body) },
  }
}

function nylasEvent() {
  const body = JSON.stringify({
    id: randomUUID(),
    type: 'message.bounce_detected',
    time: unix(),
    data: {
      object: {
        bounced_addresses: `ny.${randomUUID().slice(0, 12)}@example.com`,
        code: '550',
        type: 'mailbox_unavailable',
        bounce_reason: 'The account does not exist.',
      },
    },
  })
  return {
    method: 'POST',
    path: '/webhooks/nylas',
    body,
    headers: {
      'content-type': 'application/json',
      'x-nylas-signature': createHmac('sha256', SECRETS.NYLAS_WEBHOOK_SECRET).update(body).digest('hex'),
    },
  }
}

/** Starts the bench Worker, seeds 100 suppressed addresses (through the real path) and sanity-checks each generator. */
async function setup() {
  await startDevServer({
    port: PORT,
    persist: PERSIST,
    vars: SECRETS,
    entry: 'bench/worker.ts',
    log: process.env.BENCH_LOG,
  })
  // Seed: 100 suppressed addresses (through the real path) to read back.
  const seeded = Array.from({ length: 100 }, (_, i) => `seeded.${i}@example.com`)
  for (const address of seeded) {
    const res = await fetch(`${BASE}/v1/suppressions/${address}`, {
      method: 'PUT',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{}',
    })
    if (!res.ok) throw new Error(`seeding failed: ${res.status}`)
  }
  const pick = () => seeded[Math.floor(Math.random() * seeded.length)]
  // Each generated request must work once before it is measured.
  for (const request of [
    sendgridBatch(3),
    nylasEvent(),
    standardRequest(`sanity.${randomUUID()}@example.com`),
  ]) {
    const res = await fetch(`${BASE}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    })
    if (!res.ok) throw new Error(`${request.path} answered ${res.status}: ${await res.text()}`)
  }
  return pick
}

/** The read path: healthz, the bare KV read, the single check, then the 1000-address batch check. */
async function benchReads(pick) {
  const rows = []
  const reads = [
    ['GET /healthz (no I/O)', { requests: [{ path: '/healthz' }] }],
    [
      'GET bare KV read (baseline)',
      { requests: [{ setupRequest: (r) => ({ ...r, path: `/__bench/kv/${pick()}` }) }] },
    ],
    [
      'GET /v1/check/{address}',
      { requests: [{ headers: AUTH, setupRequest: (r) => ({ ...r, path: `/v1/check/${pick()}` }) }] },
    ],
  ]
  for (const [name, options] of reads) rows.push(await run(name, options))

  const batch = JSON.stringify({
    addresses: Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? pick() : `free.${i}@example.com`)),
  })
  const batchRow = await run('POST /v1/check (1000 addresses)', {
    connections: Math.min(CONNECTIONS, 10),
    requests: [
      {
        method: 'POST',
        path: '/v1/check',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: batch,
      },
    ],
  })
  rows.push({ ...batchRow, note: `${Math.round(batchRow.rps * 1000)} addresses/s` })
  return rows
}

/**
 * Ingestion applied inline: a fixed amount of work, each event a distinct address (so a distinct Durable Object:
 * the local runtime keeps them all in one process, so the amounts stay modest here).
 */
async function benchInlineBatches() {
  const rows = []
  for (const [size, amount, connections] of [[100, 10, 5]]) {
    const row = await runAmount(`POST /webhooks/sendgrid (batch of ${size})`, amount, connections, (r) =>
      merge(r, sendgridBatch(size))
    )
    rows.push({
      ...row,
      note: `${Math.round((size * amount) / row.seconds)} events/s; mean ${Math.round(row.mean)} ms per batch`,
    })
  }
  return rows
}

/**
 * SendGrid events in history so far. The local runtime runs the queue consumer in the same process, so a poll can
 * stall while it works: time out, retry.
 */
async function sendgridInHistory() {
  for (;;) {
    try {
      const res = await fetch(`${BASE}/v1/stats`, { headers: AUTH, signal: AbortSignal.timeout(30_000) })
      const body = await res.json()
      return body.days.reduce((n, d) => n + (d.by_provider.sendgrid ?? 0), 0)
    } catch {
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

/** A 1000-event batch goes through the INGEST queue: time to the answer, and until all 1000 are in history. */
async function benchQueuedBatch() {
  const answers = []
  const visible = []
  for (let i = 0; i < 3; i++) {
    const before = await sendgridInHistory()
    const request = sendgridBatch(1000)
    const started = Date.now()
    const res = await fetch(`${BASE}${request.path}`, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    })
    const receipt = await res.json()
    answers.push(Date.now() - started)
    if (!res.ok || receipt.queued !== 1000)
      throw new Error(`1000-event batch: ${res.status} ${JSON.stringify(receipt)}`)
    while ((await sendgridInHistory()) < before + 1000) {
      if (Date.now() - started > 300_000) throw new Error('1000-event batch not in history after 5 minutes')
      await new Promise((r) => setTimeout(r, 200))
    }
    visible.push(Date.now() - started)
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b)
  return {
    name: 'POST /webhooks/sendgrid (batch of 1000, queued)',
    rps: 1000 / (sorted(visible)[1] / 1000),
    p50: sorted(answers)[1],
    p99: sorted(answers)[2],
    requests: 3,
    codes: '200×3',
    note: `answered in ${sorted(answers)[1]} ms (median of 3); all 1000 in history after ${(sorted(visible)[1] / 1000).toFixed(1)} s`,
  }
}

/** Single Nylas events, 20 connections. */
async function benchSingleEvents() {
  const nylasRow = await runAmount('POST /webhooks/nylas (single event)', 300, 20, (r) =>
    merge(r, nylasEvent())
  )
  return { ...nylasRow, note: `${Math.round(300 / nylasRow.seconds)} events/s` }
}

/** History rows of one address, every page. */
async function countHistory(address) {
  const events = await (
    await fetch(`${BASE}/v1/addresses/${address}/events?limit=500`, { headers: AUTH })
  ).json()
  let historyRows = events.items.length
  let cursor = events.next_cursor
  while (cursor) {
    const page = await (
      await fetch(`${BASE}/v1/addresses/${address}/events?limit=500&cursor=${cursor}`, { headers: AUTH })
    ).json()
    historyRows += page.items.length
    cursor = page.next_cursor
  }
  return historyRows
}

/** Contention: 1000 soft bounces to one address from 50 connections, each its own event id. */
async function benchContention() {
  const target = `contended.${randomUUID().slice(0, 8)}@example.com`
  const started = Date.now()
  const contention = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections: 50,
        amount: 1000,
        requests: [
          {
            setupRequest: (r) => merge(r, standardRequest(target)),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result))
    )
  })
  const seconds = (Date.now() - started) / 1000
  const historyRows = await countHistory(target)
  const verdict = await (await fetch(`${BASE}/v1/check/${target}?consistent=true`, { headers: AUTH })).json()
  return {
    name: '1000 soft bounces → one address (50 connections)',
    rps: 1000 / seconds,
    p50: contention.latency.p50,
    p99: contention.latency.p99,
    requests: contention.requests.total,
    errors: contention.errors + contention.timeouts + (contention.non2xx ?? 0),
    codes: statusCodes(contention),
    note: `history rows ${historyRows}, check ${verdict.action}/${verdict.disposition}`,
  }
}

/** Prints the table and the check's ratios, and writes bench/results.json. */
function report(rows) {
  const [health, kv, check] = rows
  const summary = {
    check_vs_bare_kv: check.rps / kv.rps,
    check_vs_healthz: check.rps / health.rps,
    kv_vs_healthz: kv.rps / health.rps,
  }
  console.table(
    rows.map((r) => ({
      run: r.name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      requests: r.requests,
      status: r.codes ?? '',
      note: r.note ?? '',
    }))
  )
  console.log(
    `check / bare KV read: ${(summary.check_vs_bare_kv * 100).toFixed(0)} %   check / healthz: ${(summary.check_vs_healthz * 100).toFixed(0)} %`
  )
  mkdirSync('bench', { recursive: true })
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, rows, summary }, null, 2)}\n`
  )
}

async function main() {
  const pick = await setup()
  const rows = [
    ...(await benchReads(pick)),
    ...(await benchInlineBatches()),
    await benchQueuedBatch(),
    await benchSingleEvents(),
    await benchContention(),
  ]
  report(rows)
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
