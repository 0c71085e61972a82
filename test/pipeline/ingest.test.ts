import { createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BounceEvent, IngestMessage } from '../../src/events'
import type { LedgerStores } from '../../src/ledger/sync'
import { consumeIngest, toMessages } from '../../src/pipeline/ingest'
import { api, checkAddress, insideLedger } from '../helpers'
import { postWebhook, sendgridHeaders, sendgridKeys, unix } from '../webhook-helpers'

let keys: Awaited<ReturnType<typeof sendgridKeys>>
beforeAll(async () => {
  keys = await sendgridKeys()
})

/** A queue double that records what the route sent (or fails, when told to). */
function recordingQueue(fail = false) {
  const sent: IngestMessage[] = []
  const queue = {
    sendBatch: async (messages: Iterable<MessageSendRequest<IngestMessage>>) => {
      if (fail) throw new Error('queue unavailable')
      for (const m of messages) sent.push(structuredClone(m.body))
    },
    send: async () => {
      throw new Error('the route sends batches')
    },
  } as unknown as Queue<IngestMessage>
  return { queue, sent }
}

function batch(size: number, tag: string) {
  const addresses = Array.from(
    { length: size },
    (_, i) => `${tag}.${i}.${crypto.randomUUID().slice(0, 6)}@example.com`
  )
  const events = addresses.map((email) => ({
    email,
    timestamp: unix(),
    event: 'bounce',
    type: 'bounce',
    status: '5.1.1',
    reason: '550 5.1.1 user unknown',
    sg_event_id: crypto.randomUUID(),
  }))
  return { body: JSON.stringify(events), addresses }
}

async function post(body: string, queue: Queue<IngestMessage>) {
  return postWebhook('/webhooks/sendgrid', body, {
    headers: await sendgridHeaders(keys.privateKey, body),
    secrets: { SENDGRID_WEBHOOK_PUBLIC_KEY: keys.publicKey, INGEST: queue },
  })
}

/** Runs the real consumer over the recorded messages, as the Queues runtime would. */
async function consume(messages: IngestMessage[]) {
  const mb = createMessageBatch<IngestMessage>(
    'ricochet-ingest',
    messages.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body }))
  )
  const { createExecutionContext } = await import('cloudflare:test')
  const ctx = createExecutionContext()
  await consumeIngest(mb, env)
  return getQueueResult(mb, ctx)
}

describe('large deliveries through the INGEST queue', () => {
  it('answers a batch above the inline limit once the queue holds it; the consumer then applies every event', async () => {
    const { queue, sent } = recordingQueue()
    const { body, addresses } = batch(150, 'queued')
    const res = await post(body, queue)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ received: 150, applied: 0, queued: 150 })
    expect(
      sent
        .flatMap((m) => m.events)
        .map((e) => e.address)
        .sort()
    ).toEqual([...addresses].sort())
    // Nothing is applied until the consumer runs.
    expect(await checkAddress(addresses[0]!)).toMatchObject({ action: 'send' })

    const result = await consume(sent)
    expect(result.explicitAcks.length).toBe(sent.length)
    expect(result.retryMessages).toEqual([])
    for (const address of [addresses[0]!, addresses[149]!]) {
      expect(await checkAddress(address)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    }
  }, 60_000)

  it('keeps a batch at or under the limit inline', async () => {
    const { queue, sent } = recordingQueue()
    const { body, addresses } = batch(3, 'inline')
    const res = await post(body, queue)
    expect(await res.json()).toMatchObject({ applied: 3, queued: 0 })
    expect(sent).toEqual([])
    expect(await checkAddress(addresses[2]!)).toMatchObject({ action: 'drop' })
  })

  it('answers 503 when the queue cannot take the batch, so the provider retries; nothing is applied', async () => {
    const { queue } = recordingQueue(true)
    const { body, addresses } = batch(120, 'unqueued')
    const res = await post(body, queue)
    expect(res.status).toBe(503)
    expect(await checkAddress(addresses[0]!)).toMatchObject({ action: 'send' })
  })

  it('retries a message whose store failed, and the retry converges with no double count', async () => {
    const { queue, sent } = recordingQueue()
    const { body, addresses } = batch(101, 'retry')
    await post(body, queue)
    const victim = addresses[0]!
    let original: LedgerStores | undefined
    await insideLedger(victim, (instance) => {
      original = { ...instance.stores }
      instance.stores = {
        ...instance.stores,
        db: { prepare: env.DB.prepare.bind(env.DB), batch: () => Promise.reject(new Error('D1 down')) },
      } as unknown as LedgerStores
    })
    const first = await consume(sent)
    const failed = sent.findIndex((m) => m.events.some((e) => e.address === victim))
    expect(first.retryMessages.map((r: { msgId: string }) => r.msgId)).toEqual([`m${failed}`])
    await insideLedger(victim, (instance) => {
      instance.stores = original!
    })
    const second = await consume([sent[failed]!])
    expect(second.explicitAcks).toEqual(['m0'])
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM events WHERE address = ?')
      .bind(victim)
      .first<{ n: number }>()
    expect(rows?.n).toBe(1)
    expect(await checkAddress(victim)).toMatchObject({ action: 'drop' })
  }, 60_000)
})

describe('one address with more events than a message holds', () => {
  it('applies the parts in order: a part that arrives before its predecessor waits and is retried', async () => {
    const address = `busy.${crypto.randomUUID().slice(0, 8)}@example.com`
    const events = Array.from(
      { length: 120 },
      (_, i) =>
        ({
          id: `busy-${crypto.randomUUID()}-${i}`,
          provider: 'sendgrid',
          kind: 'deferred',
          address,
          occurredAt: new Date(Date.now() - (120 - i) * 1000).toISOString(),
          replyCode: '450',
          status: '4.2.2',
          diagnostic: `450 4.2.2 mailbox full ${'x'.repeat(800)}`,
          providerType: null,
          messageId: null,
        }) as BounceEvent
    )
    const messages = toMessages(events, {
      provider: 'sendgrid',
      receivedAt: new Date().toISOString(),
      requestId: 'r',
    })
    expect(messages.length).toBeGreaterThan(2)
    const bodies = messages.map((m) => m.message)
    const early = await consume([bodies[1]!])
    expect(early.retryMessages.map((r: { msgId: string }) => r.msgId)).toEqual(['m0'])
    expect(early.explicitAcks).toEqual([])
    for (const body of bodies) expect((await consume([body])).explicitAcks).toEqual(['m0'])
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM events WHERE address = ?')
      .bind(address)
      .first<{ n: number }>()
    expect(rows?.n).toBe(120)
  }, 60_000)
})

describe('toMessages', () => {
  const event = (address: string, i: number): BounceEvent =>
    ({
      id: `e${i}`,
      provider: 'sendgrid',
      kind: 'bounce',
      address,
      occurredAt: '2026-01-01T00:00:00.000Z',
      diagnostic: 'x'.repeat(900),
    }) as BounceEvent

  it('never splits an address whose events fit one message, and keeps its events in order', () => {
    const events = Array.from({ length: 400 }, (_, i) => event(`a${i % 20}@example.com`, i))
    const messages = toMessages(events, { provider: 'sendgrid', receivedAt: 'now', requestId: 'r' })
    expect(messages.length).toBeGreaterThan(1)
    for (const address of new Set(events.map((e) => e.address))) {
      const holding = messages.filter((m) => m.message.events.some((e) => e.address === address))
      expect(holding.length).toBe(1)
      const ids = holding[0]!.message.events
        .filter((e) => e.address === address)
        .map((e) => Number(e.id.slice(1)))
      expect(ids).toEqual([...ids].sort((a, b) => a - b))
    }
    expect(messages.flatMap((m) => m.message.events).length).toBe(400)
  })

  it('splits one address with more events than a message holds into parts chained in order', () => {
    const events = [
      event('other@example.com', 0),
      ...Array.from({ length: 300 }, (_, i) => event('busy@example.com', i + 1)),
    ]
    const messages = toMessages(events, { provider: 'sendgrid', receivedAt: 'now', requestId: 'r' })
    const parts = messages.filter((m) => m.message.events.some((e) => e.address === 'busy@example.com'))
    expect(parts.length).toBeGreaterThan(2)
    for (const { message } of messages) {
      expect(new TextEncoder().encode(JSON.stringify(message)).length).toBeLessThan(128 * 1024)
    }
    const ids = parts.flatMap((m) => m.message.events.map((e) => Number(e.id.slice(1))))
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => i + 1))
    expect(parts[0]!.message.after).toBeUndefined()
    for (let i = 1; i < parts.length; i++) {
      const previous = parts[i - 1]!.message.events
      expect(parts[i]!.message.after).toEqual({
        address: 'busy@example.com',
        eventId: `sendgrid:${previous[previous.length - 1]!.id}`,
      })
    }
  })

  it('keeps messages under the queue size limit', () => {
    const events = Array.from({ length: 1000 }, (_, i) => event(`b${i}@example.com`, i))
    for (const { message } of toMessages(events, {
      provider: 'sendgrid',
      receivedAt: 'now',
      requestId: 'r',
    })) {
      expect(new TextEncoder().encode(JSON.stringify(message)).length).toBeLessThan(128 * 1024)
    }
  })
})

describe('dead letters', () => {
  const deadBatch = (messages: IngestMessage[]) =>
    createMessageBatch<IngestMessage>(
      'ricochet-ingest-dlq',
      messages.map((body, i) => ({
        id: `dead-${crypto.randomUUID()}-${i}`,
        timestamp: new Date(),
        attempts: 1,
        body,
      }))
    )

  it('keeps a message that failed every retry in D1, lists it, and replays it into the ledgers', async () => {
    const { queue, sent } = recordingQueue()
    const { body } = batch(101, 'dead')
    await post(body, queue)
    // The smallest message keeps the replay quick; every message takes the same path.
    const smallest = [...sent].sort((a, b) => a.events.length - b.events.length)[0]!
    const addresses = smallest.events.map((e) => e.address)
    const mb = deadBatch([smallest])
    const { createExecutionContext } = await import('cloudflare:test')
    const ctx = createExecutionContext()
    await consumeIngest(mb, env)
    const result = await getQueueResult(mb, ctx)
    expect(result.explicitAcks.length).toBe(1)
    // Stored, not applied.
    expect(await checkAddress(addresses[0]!)).toMatchObject({ action: 'send' })

    const list = await api('/v1/dead-letters?limit=500')
    expect(list.status).toBe(200)
    const items = ((await list.json()) as { items: { id: string; events: number; provider: string }[] }).items
    const ours = items.filter((i) => mb.messages.some((m) => m.id === i.id))
    expect(ours.reduce((n, i) => n + i.events, 0)).toBe(smallest.events.length)
    expect(ours[0]?.provider).toBe('sendgrid')

    for (const item of ours) {
      const res = await api(`/v1/dead-letters/${item.id}/replay`, { method: 'POST' })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ id: item.id, applied: item.events, duplicates: 0 })
    }
    expect(await checkAddress(addresses[0]!)).toMatchObject({ action: 'drop', reason: 'userunknown' })
    expect((await api(`/v1/dead-letters/${ours[0]!.id}/replay`, { method: 'POST' })).status).toBe(404)
  }, 20_000)

  it('stores a dead letter once even when the dead-letter queue delivers it twice', async () => {
    const { queue, sent } = recordingQueue()
    await post(batch(101, 'dead-twice').body, queue)
    const mb = deadBatch(sent.slice(0, 1))
    await consumeIngest(mb, env)
    await consumeIngest(mb, env)
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM dead_letters WHERE id = ?')
      .bind(mb.messages[0]!.id)
      .first<{ n: number }>()
    expect(rows?.n).toBe(1)
  })

  it('answers 400 for a malformed limit and 404 for an unknown id', async () => {
    expect((await api('/v1/dead-letters?limit=0')).status).toBe(400)
    expect((await api('/v1/dead-letters/nope/replay', { method: 'POST' })).status).toBe(404)
  })
})
