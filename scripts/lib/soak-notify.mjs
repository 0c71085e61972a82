// The soak's notification half: a local receiver that fails at random (seeded), the endpoint pointing at it, and
// the invariants: every committed change (the feed) reaches the endpoint at least once, every copy under the
// same webhook-id and correctly signed, or is listed as failed; nothing is invented; the feed holds one
// event.applied per accepted event and gapless per-address seq numbers.
import http from 'node:http'
import { Webhook } from 'standardwebhooks'

/**
 * Starts the receiver on `port`; answers 500 with probability `failRate` (from `random`), else 204.
 * @returns {{ url: string, copies: Map<string, { count: number, bad: number }>, setSecret: (s: string) => void, close: () => void }}
 */
export function startReceiver(port, failRate, random) {
  const copies = new Map()
  let verifier = null
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const id = req.headers['webhook-id']
      const entry = copies.get(id) ?? { count: 0, bad: 0 }
      copies.set(id, entry)
      entry.count++
      try {
        const event = verifier.verify(Buffer.concat(chunks).toString('utf8'), req.headers)
        if (event.id !== id) entry.bad++
      } catch {
        entry.bad++
      }
      res.writeHead(random() < failRate ? 500 : 204).end()
    })
  })
  server.listen(port, '127.0.0.1')
  return {
    url: `http://127.0.0.1:${port}/hook`,
    copies,
    setSecret: (secret) => {
      verifier = new Webhook(secret)
    },
    close: () => server.close(),
  }
}

/** Every item of a paged list (`{items, next_cursor}`), following `param` until the cursor stops moving. */
async function allPages(request, path, param, auth, endWhenEmpty) {
  const items = []
  let cursor = null
  for (;;) {
    const sep = path.includes('?') ? '&' : '?'
    const page = await (
      await request(`${path}${cursor ? `${sep}${param}=${cursor}` : ''}`, { headers: auth })
    ).json()
    items.push(...page.items)
    if (!page.next_cursor || (endWhenEmpty && page.items.length === 0)) return items
    cursor = page.next_cursor
  }
}

export const readFeed = (request, auth) => allPages(request, '/v1/changes?limit=1000', 'after', auth, true)

const readDeliveries = (request, auth, endpointId) =>
  allPages(request, `/v1/endpoints/${endpointId}/deliveries?limit=500`, 'cursor', auth, false)

/** Waits (until `deadline`) for no delivery to be pending; returns the deliveries. */
export async function settleDeliveries(request, auth, endpointId, expected, deadline) {
  for (;;) {
    const deliveries = await readDeliveries(request, auth, endpointId)
    const pending = deliveries.filter((d) => d.status === 'pending').length
    if ((deliveries.length >= expected && pending === 0) || Date.now() > deadline) return deliveries
    await new Promise((r) => setTimeout(r, 1000))
  }
}

/** The notification invariants, as `check(name, ok, detail)` calls. */
export function checkNotifications(check, { feed, deliveries, copies, accepted }) {
  const failed = new Set(deliveries.filter((d) => d.status === 'failed').map((d) => d.event_id))
  const missing = feed.filter((n) => !copies.has(n.id) && !failed.has(n.id)).length
  check(
    'every committed change reached the endpoint at least once, or is listed as failed',
    missing === 0,
    `${feed.length} notifications, ${missing} missing, ${failed.size} failed`
  )
  const bad = [...copies.values()].reduce((n, c) => n + c.bad, 0)
  const total = [...copies.values()].reduce((n, c) => n + c.count, 0)
  check('every copy verified, under its event id as webhook-id', bad === 0, `${total} copies, ${bad} bad`)
  const ids = new Set(feed.map((n) => n.id))
  const invented = [...copies.keys()].filter((id) => !ids.has(id)).length
  check('no notification was invented', invented === 0, `${invented} unknown webhook-ids`)
  let applied = 0
  let wrong = 0
  let gaps = 0
  const byAddress = new Map()
  for (const n of feed) byAddress.set(n.data.address, [...(byAddress.get(n.data.address) ?? []), n])
  for (const [address, ids] of accepted) {
    const items = byAddress.get(address) ?? []
    const count = items.filter((n) => n.type === 'event.applied').length
    applied += count
    if (count !== ids.size) wrong++
    if (items.some((n, i) => n.data.seq !== i + 1)) gaps++
  }
  check(
    'one event.applied per accepted event, seq gapless per address',
    wrong === 0 && gaps === 0,
    `${applied} event.applied, ${wrong} addresses differ, ${gaps} with seq gaps`
  )
}
