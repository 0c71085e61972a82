import { describe, expect, it } from 'vitest'
import { api, checkAddress, NYLAS_FIXTURES, postNylas, uniqueAddress } from '../helpers'

/** The Nylas recipe's own example: no `id`, `specversion` or `time`; only `bounce_date` dates it. */
function seedPayload(address: string, bounceDate = new Date().toUTCString()): string {
  return JSON.stringify({
    type: 'message.bounce_detected',
    data: {
      grant_id: 'c8a2e1f0-1111-2222-3333-444455556666',
      object: {
        bounced_addresses: address,
        bounce_reason: 'The email account that you tried to reach does not exist.',
        type: 'mailbox_unavailable',
        code: '550',
        bounce_date: bounceDate,
      },
    },
  })
}

async function historyOf(address: string): Promise<unknown[]> {
  const res = await api(`/v1/addresses/${encodeURIComponent(address)}/events`)
  return ((await res.json()) as { items: unknown[] }).items
}

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code

describe('the Nylas seed payload (no id, no time)', () => {
  it('is accepted when correctly signed, dated by bounce_date, and suppresses the address', async () => {
    const address = uniqueAddress('seed')
    const res = await postNylas(seedPayload(address))
    expect(res.status).toBe(200)
    expect(await checkAddress(address, '?consistent=true')).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
    })
  })

  it('dedupes on a hash of the body: the same bytes twice are one event', async () => {
    const address = uniqueAddress('seed-dup')
    const body = seedPayload(address)
    expect((await postNylas(body)).status).toBe(200)
    expect((await postNylas(body)).status).toBe(200)
    expect(await historyOf(address)).toHaveLength(1)
  })

  it('is still refused when unsigned or forged', async () => {
    const body = seedPayload(uniqueAddress('seed-forged'))
    expect((await postNylas(body, { signature: null })).status).toBe(401)
    expect((await postNylas(body, { signature: 'ab'.repeat(32) })).status).toBe(401)
  })
})

describe('the Nylas replay window cannot be skipped', () => {
  const stale = new Date(Date.now() - 25 * 3600_000)

  it('refuses a seed payload whose bounce_date is older than the window', async () => {
    const res = await postNylas(seedPayload(uniqueAddress('seed-old'), stale.toUTCString()))
    expect(res.status).toBe(401)
    expect(await errorCode(res)).toBe('invalid_signature')
  })

  it.each([
    ['an old time given as a numeric string', String(Math.floor(stale.getTime() / 1000))],
    ['an old time given as an ISO string', stale.toISOString()],
  ])('refuses %s', async (_, time) => {
    const doc = JSON.parse(NYLAS_FIXTURES.bounceDetected)
    doc.id = crypto.randomUUID()
    doc.time = time
    doc.data.object.bounced_addresses = uniqueAddress('time-string')
    doc.data.object.bounce_date = new Date().toUTCString()
    const res = await postNylas(JSON.stringify(doc))
    expect(res.status).toBe(401)
    expect(await errorCode(res)).toBe('invalid_signature')
  })

  it('refuses a notification with neither a usable time nor a bounce_date as stale', async () => {
    const doc = JSON.parse(NYLAS_FIXTURES.txDelivered)
    doc.id = crypto.randomUUID()
    delete doc.time
    const res = await postNylas(JSON.stringify(doc))
    expect(res.status).toBe(401)
    const unreadable = { ...doc, time: 'yesterday' }
    expect((await postNylas(JSON.stringify(unreadable))).status).toBe(401)
  })

  it('prefers time over bounce_date: a fresh time with an old bounce_date is accepted', async () => {
    const doc = JSON.parse(NYLAS_FIXTURES.bounceDetected)
    doc.id = crypto.randomUUID()
    doc.time = Math.floor(Date.now() / 1000)
    doc.data.object.bounced_addresses = uniqueAddress('time-wins')
    doc.data.object.bounce_date = stale.toUTCString()
    expect((await postNylas(JSON.stringify(doc))).status).toBe(200)
  })
})
