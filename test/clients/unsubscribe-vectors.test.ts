import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { unsubscribeHeaders } from '../../clients/js/src/index'
import { verifyUnsubscribeToken } from '../../src/lib/unsubscribe-token'
import VECTORS from '../fixtures/unsubscribe/token-vectors.json'
import { BASE } from '../helpers'

/** The token POST /v1/unsubscribe-links answers for `body`. */
async function apiToken(body: object): Promise<string> {
  const res = await exports.default.fetch(
    new Request(`${BASE}/v1/unsubscribe-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  )
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

describe('unsubscribeHeaders and the Worker share one token format', () => {
  it('makes the shared vectors (computed with Node crypto), which the Worker verifies to their target', async () => {
    for (const v of VECTORS.vectors) {
      const made = await unsubscribeHeaders({ ...v.input, secret: v.secret, baseUrl: BASE })
      expect(made.token, JSON.stringify(v.input)).toBe(v.token)
      expect(
        await verifyUnsubscribeToken(
          v.token,
          v.secret.split(',').map((s) => s.trim())
        )
      ).toEqual(v.target)
    }
  })

  it('normalizes an address as the Worker does: brackets, case, an IDN domain, a trailing dot', async () => {
    const secret = env.UNSUBSCRIBE_SECRET!
    for (const address of [' <Ops@Example.NET.> ', 'zoë@Bücher.example']) {
      const made = await unsubscribeHeaders({ address, secret, baseUrl: BASE })
      expect(made.token, address).toBe(await apiToken({ address }))
    }
  })

  it('signs with the first secret of a comma list, as the Worker does', async () => {
    const made = await unsubscribeHeaders({
      address: 'jane@example.com',
      secret: ` ${env.UNSUBSCRIBE_SECRET} , an-older-secret`,
      baseUrl: BASE,
    })
    expect(made.token).toBe(await apiToken({ address: 'jane@example.com' }))
  })

  it('refuses what could only make a link the Worker rejects', async () => {
    const base = { address: 'jane@example.com', secret: 'a-secret', baseUrl: BASE }
    const bad = [
      { ...base, secret: ' , ' },
      { ...base, address: 'no-at-sign' },
      { ...base, tenant: 'has space' },
      { ...base, stream: '../up' },
      { ...base, stream: '' },
    ]
    for (const options of bad)
      await expect(unsubscribeHeaders(options), JSON.stringify(options)).rejects.toThrow(TypeError)
  })
})
