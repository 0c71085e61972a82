import { runDurableObjectAlarm } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { ledgerFor } from '../../src/ledger/stub'
import type { LedgerStores } from '../../src/ledger/sync'
import {
  api,
  checkAddress,
  insideLedger,
  NYLAS_FIXTURES,
  nylasEvent,
  nylasSignature,
  ownEvents,
  postEvents,
  postNylas,
  uniqueAddress,
} from '../helpers'

/** Swaps one of the ledger's stores for a double whose writes fail, for the duration of `during`. */
async function withFailingStore(address: string, store: keyof LedgerStores, during: () => Promise<void>) {
  let original: LedgerStores | undefined
  await insideLedger(address, (instance) => {
    original = { ...instance.stores }
    instance.stores = {
      ...instance.stores,
      [store]:
        store === 'kv'
          ? {
              put: () => Promise.reject(new Error('KV put failed')),
              delete: () => Promise.reject(new Error('KV down')),
            }
          : {
              prepare: env.DB.prepare.bind(env.DB),
              batch: () => Promise.reject(new Error('D1 batch failed')),
            },
    } as LedgerStores
  })
  try {
    await during()
  } finally {
    await insideLedger(address, (instance) => {
      instance.stores = original!
    })
  }
}

async function historyCount(address: string): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM events WHERE address = ?')
    .bind(address)
    .first<{ n: number }>()
  return row!.n
}

describe('faults while applying a delivery', () => {
  for (const store of ['kv', 'db'] as const) {
    it(`answers 503 when the ${store} write fails, and the provider's retry converges without double counting`, async () => {
      const address = uniqueAddress(`fault-${store}`)
      const body = JSON.stringify([{ id: crypto.randomUUID(), ...ownEvents.soft(address) }])
      await withFailingStore(address, store, async () => {
        const res = await postEvents(body)
        expect(res.status).toBe(503)
        expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } })
        expect(res.headers.get('retry-after')).toBe('5')
        // No wrong verdict is visible at the edge meanwhile: KV has no record, so the check answers send.
        expect(await env.SUPPRESSIONS.get(address)).toBeNull()
      })
      const retry = await postEvents(body)
      expect(retry.status).toBe(200)
      expect(await historyCount(address)).toBe(1)
      const inspect = await ledgerFor(env, address).inspect()
      expect(inspect).toMatchObject({ pendingRows: 0, recordDirty: false })
      expect(inspect.state.softBounces).toHaveLength(1)
      expect(await checkAddress(address)).toMatchObject({ action: 'defer' })
    })
  }

  it('finishes a failed sync from the alarm when the provider never retries', async () => {
    const address = uniqueAddress('fault-alarm')
    await withFailingStore(address, 'kv', async () => {
      expect((await postEvents(ownEvents.hard(address))).status).toBe(503)
    })
    const stub = ledgerFor(env, address)
    expect((await stub.inspect()).recordDirty).toBe(true)
    expect(await runDurableObjectAlarm(stub)).toBe(true)
    expect((await stub.inspect()).recordDirty).toBe(false)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
    expect(await historyCount(address)).toBe(1)
  })

  it('answers 503 when the Durable Object call itself fails, and stores nothing', async () => {
    const address = uniqueAddress('fault-do')
    const failing = {
      idFromName: (name: string) => env.ADDRESS_LEDGER.idFromName(name),
      get: () => ({ apply: () => Promise.reject(new Error('DO overloaded')) }),
    }
    const body = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    const res = await newApp().request(
      '/webhooks/nylas',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-nylas-signature': await nylasSignature(body) },
        body,
      },
      { ...env, ADDRESS_LEDGER: failing }
    )
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } })
    expect(await historyCount(address)).toBe(0)
    // The provider's retry through the real ledger applies it once.
    expect((await postNylas(body)).status).toBe(200)
    expect(await historyCount(address)).toBe(1)
  })

  it('answers the check with 503, not 500, when KV cannot be read', async () => {
    const res = await newApp().request(
      '/v1/check/a@example.com',
      { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } },
      { ...env, SUPPRESSIONS: { get: () => Promise.reject(new Error('KV down')) } }
    )
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } })
  })
})

describe('an import interrupted halfway', () => {
  it('answers 503 when a ledger fails part-way, and re-importing the same file converges with no double rows', async () => {
    const prefix = `imp-fault-${crypto.randomUUID().slice(0, 6)}`
    const addresses = Array.from({ length: 6 }, (_, i) => `${prefix}.${i}@example.com`)
    const csv = `${addresses.join('\n')}\n`
    // One address in the middle of the file has a ledger whose KV writes fail.
    await withFailingStore(addresses[3]!, 'kv', async () => {
      const res = await api('/v1/suppressions/import', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
      })
      expect(res.status).toBe(503)
      expect(await env.SUPPRESSIONS.get(addresses[3]!)).toBeNull()
    })
    const retry = await api('/v1/suppressions/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    })
    expect(retry.status).toBe(200)
    for (const address of addresses) {
      expect(await checkAddress(address)).toMatchObject({ action: 'drop', disposition: 'manual' })
      expect(await historyCount(address)).toBe(1)
    }
  })
})
