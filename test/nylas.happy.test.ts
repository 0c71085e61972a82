import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { checkAddress, NYLAS_FIXTURES, nylasEvent, postNylas, uniqueAddress } from './helpers'

describe('Nylas webhook: happy paths', () => {
  it('answers the endpoint challenge with the bare value as text', async () => {
    const { call } = await import('./helpers')
    const res = await call('/webhooks/nylas?challenge=bc609b38-c81f-47fb-a275-1d9bd61a968b')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await res.text()).toBe('bc609b38-c81f-47fb-a275-1d9bd61a968b')
  })

  it('turns a hard bounce_detected into a suppression that the check answers with drop', async () => {
    const address = uniqueAddress('hard')
    const res = await postNylas(nylasEvent(NYLAS_FIXTURES.bounceDetected, { address }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ received: 1, applied: 1, duplicates: 0, ignored: 0, invalid: 0 })

    const answer = await checkAddress(address)
    expect(answer).toMatchObject({
      address,
      action: 'drop',
      suppressed: true,
      reason: 'userunknown',
      disposition: 'hard',
      expires_at: null,
    })
    const row = await env.DB.prepare('SELECT * FROM events WHERE address = ?').bind(address).first()
    expect(row).toMatchObject({
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

  it('accepts the fixture bytes exactly as Nylas signed them (signature vector)', async () => {
    // The vector's body is from 2024, outside the replay window: the signature passes, the age check refuses it.
    const res = await postNylas(NYLAS_FIXTURES.bounceDetected, {
      signature: '708cb5dc4facfdcf7d9c48fe0d91119a9e2245a61d72c3fb2ee2f1073189f0bc',
    })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_signature' } })
  })
})
