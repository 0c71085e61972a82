import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, checkAddress, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from '../helpers'

function historyOf(address: string) {
  return env.DB.prepare('SELECT * FROM events WHERE address = ? ORDER BY seq').bind(address).all()
}

describe('Nylas webhook: every event type', () => {
  it('answers the endpoint challenge with the bare value as text', async () => {
    const res = await call('/webhooks/nylas?challenge=bc609b38-c81f-47fb-a275-1d9bd61a968b')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await res.text()).toBe('bc609b38-c81f-47fb-a275-1d9bd61a968b')
  })

  it('turns a hard bounce_detected into a suppression that the check answers with drop', async () => {
    const address = uniqueAddress('hard')
    const res = await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      received: 1,
      applied: 1,
      duplicates: 0,
      queued: 0,
      ignored: 0,
      invalid: 0,
    })

    expect(await checkAddress(address)).toMatchObject({
      address,
      action: 'drop',
      suppressed: true,
      reason: 'userunknown',
      disposition: 'hard',
      expires_at: null,
      retry_after: null,
    })
    const { results } = await historyOf(address)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({
      provider: 'nylas',
      kind: 'bounce',
      reason: 'userunknown',
      action: 'suppressed',
    })
    const indexed = await env.DB.prepare('SELECT reason, source FROM suppressions WHERE address = ?')
      .bind(address)
      .first()
    expect(indexed).toEqual({ reason: 'userunknown', source: 'nylas' })
  })

  it('normalizes the bounced address before storing it', async () => {
    const address = uniqueAddress('mixed')
    await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address: `  ${address.toUpperCase()} ` }))
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
  })

  it('counts a mailbox-full bounce_detected as soft: the check defers with a retry time', async () => {
    const address = uniqueAddress('soft')
    const res = await postNylas(nylasEvent(NYLAS_FIXTURES.softDetected, { address }))
    expect(res.status).toBe(200)
    const answer = await checkAddress(address)
    expect(answer).toMatchObject({
      action: 'defer',
      suppressed: false,
      reason: 'mailboxfull',
      disposition: 'soft',
    })
    const retryIn = Date.parse(answer.retry_after as string) - Date.now()
    expect(retryIn).toBeGreaterThan(55 * 60_000)
    expect(retryIn).toBeLessThanOrEqual(60 * 60_000)
  })

  it('suppresses on message.transactional.bounced with a user-unknown diagnostic', async () => {
    const address = uniqueAddress('tx-bounce')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txBounced, { address }))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      reason: 'userunknown',
      disposition: 'hard',
    })
  })

  it('suppresses a complaint with reason feedback and disposition complaint', async () => {
    const address = uniqueAddress('complaint')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txComplaint, { address }))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({
      action: 'drop',
      reason: 'feedback',
      disposition: 'complaint',
      expires_at: null,
    })
  })

  it('records a delivery without suppressing', async () => {
    const address = uniqueAddress('delivered')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txDelivered, { address }))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'send', suppressed: false })
    const { results } = await historyOf(address)
    expect(results[0]).toMatchObject({
      kind: 'delivered',
      reason: 'delivered',
      disposition: 'none',
      action: 'recorded',
    })
  })

  it('records a virus rejection as a block and never suppresses the recipient', async () => {
    const address = uniqueAddress('rejected')
    expect((await postNylas(nylasEvent(NYLAS_FIXTURES.txRejected, { address }))).status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'send' })
    const { results } = await historyOf(address)
    expect(results[0]).toMatchObject({ kind: 'rejected', reason: 'virusdetected', disposition: 'block' })
  })

  it('answers 200 to an authenticated type it does not use, and records it as ignored', async () => {
    const body = JSON.stringify({
      id: crypto.randomUUID(),
      type: 'grant.expired',
      time: Math.floor(Date.now() / 1000),
    })
    const res = await postNylas(body)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ applied: 0, ignored: 1 })
    const row = await env.DB.prepare('SELECT type FROM ignored_events WHERE event_id = ?')
      .bind(`nylas:${JSON.parse(body).id}`)
      .first()
    expect(row).toEqual({ type: 'grant.expired' })
  })

  it('accepts a gzip body signed over its compressed bytes', async () => {
    const address = uniqueAddress('gzip')
    const json = nylasEvent(NYLAS_FIXTURES.bounceDetected, { address })
    const gz = new Uint8Array(
      await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()
    )
    const { hmacSha256Hex } = await import('../../src/lib/crypto')
    const res = await call('/webhooks/nylas', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-nylas-signature': await hmacSha256Hex(env.NYLAS_WEBHOOK_SECRET!, gz),
      },
      body: gz,
    })
    expect(res.status).toBe(200)
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
  })

  it('skips a recipient that is not an address and applies the rest', async () => {
    const doc = JSON.parse(nylasEvent(NYLAS_FIXTURES.txDelivered))
    const good = uniqueAddress('good')
    doc.data.object.delivered.recipients = ['not an address', good]
    const res = await postNylas(JSON.stringify(doc))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ received: 2, applied: 1, invalid: 1 })
    expect((await historyOf('not an address')).results).toHaveLength(0)
  })
})
