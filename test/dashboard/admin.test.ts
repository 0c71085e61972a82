import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { storeDeadLetters } from '../../src/store/dead-letters'
import { checkAddress, uniqueAddress } from '../helpers'
import { createKey, keyWith, postLogin, signIn } from './helpers'

describe('keys page', () => {
  it('creates a key whose token is shown once and signs in', async () => {
    const admin = await signIn()
    const res = await admin.post('/dashboard/keys', { name: 'support desk', scopes: ['read', 'write'] })
    expect(res.status).toBe(201)
    const html = await res.text()
    const token = /<pre class="secret">(rk_[^<]+)<\/pre>/.exec(html)?.[1]
    expect(token).toBeDefined()
    expect((await postLogin(token!)).status).toBe(303)
    const list = await (await admin.get('/dashboard/keys')).text()
    expect(list).toContain('support desk')
    expect(list).not.toContain(token!)
  })

  it('refuses a key without scopes with the API schema message', async () => {
    const admin = await signIn()
    const res = await admin.post('/dashboard/keys', { name: 'empty' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('needs at least one scope')
  })

  it('revokes a key, which ends its dashboard sessions', async () => {
    const { id, token } = await createKey(['read'], 'leaving')
    const leaving = await signIn(token)
    const admin = await signIn()
    expect((await admin.post(`/dashboard/keys/${id}/revoke`, {})).status).toBe(303)
    expect((await leaving.get('/dashboard')).status).toBe(303)
    expect((await postLogin(token)).status).toBe(401)
  })

  it('is closed to a write key', async () => {
    const writer = await signIn(await keyWith(['read', 'write']))
    expect((await writer.get('/dashboard/keys')).status).toBe(403)
    expect((await writer.post('/dashboard/keys', { name: 'x', scopes: ['admin'] })).status).toBe(403)
  })
})

describe('dead letters page', () => {
  it('lists a dead letter and replays it into the ledger', async () => {
    const address = uniqueAddress('dash.dead')
    const id = `dash-dead-${crypto.randomUUID()}`
    const now = new Date().toISOString()
    await storeDeadLetters(
      env.DB,
      [
        {
          id,
          body: {
            provider: 'standard',
            receivedAt: now,
            requestId: 'req-dash',
            events: [
              {
                id: `standard:${id}`,
                provider: 'standard',
                kind: 'bounce',
                address,
                occurredAt: now,
                replyCode: '550',
                status: '5.1.1',
                diagnostic: '550 5.1.1 user unknown',
                providerType: null,
                messageId: null,
              },
            ],
          },
        },
      ],
      now
    )
    const reader = await signIn(await keyWith(['read']))
    const overview = await (await reader.get('/dashboard')).text()
    expect(overview).toMatch(/\d+ dead letters? wait/)
    const page = await (await reader.get('/dashboard/dead-letters')).text()
    expect(page).toContain('req-dash')
    expect(page).not.toContain('>Replay<')

    const writer = await signIn(await keyWith(['read', 'write']))
    const res = await writer.post(`/dashboard/dead-letters/${encodeURIComponent(id)}/replay`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toContain('n=1')
    expect(await checkAddress(address)).toMatchObject({ action: 'drop' })
  })
})
