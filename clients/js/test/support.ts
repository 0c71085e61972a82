/**
 * Test support: the live Ricochet's URL and keys, unique addresses, and a programmable HTTP front (real sockets)
 * that answers 503/429, hangs, or forwards to Ricochet, to exercise retries and timeouts.
 * @module
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inject } from 'vitest'

export const live = () => inject('ricochet')

export const uniqueAddress = (tag: string) => `${tag}.${randomUUID().slice(0, 8)}@example.com`

/** An API key with the given scopes, made with the admin token. */
export async function keyWith(scopes: string[]): Promise<string> {
  const { url, adminToken } = live()
  const res = await fetch(`${url}/v1/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `client-test-${scopes.join('-')}`, scopes }),
  })
  if (!res.ok) throw new Error(`key creation failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** What the front does with the nth request (0-based): forward it, answer it, or never answer. */
export type FrontRule = (
  n: number,
  req: IncomingMessage
) => 'forward' | 'hang' | { status: number; headers?: Record<string, string>; body?: unknown }

export interface Front {
  url: string
  /** Requests seen, with the time each arrived. */
  seen: { method: string; path: string; at: number }[]
  close(): Promise<void>
}

export async function startFront(rule: FrontRule): Promise<Front> {
  const seen: Front['seen'] = []
  const hanging = new Set<ServerResponse>()
  const server: Server = createServer(async (req, res) => {
    const n = seen.length
    seen.push({ method: req.method ?? '', path: req.url ?? '', at: Date.now() })
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const decision = rule(n, req)
    if (decision === 'hang') {
      hanging.add(res)
      return
    }
    if (decision !== 'forward') {
      res.writeHead(decision.status, { 'content-type': 'application/json', ...decision.headers })
      res.end(JSON.stringify(decision.body ?? { error: { code: 'unavailable', message: 'Try again.' } }))
      return
    }
    const upstream = await fetch(`${live().url}${req.url}`, {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')
      ) as Record<string, string>,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    })
    const hopByHop = ['content-encoding', 'content-length', 'transfer-encoding', 'connection']
    res.writeHead(
      upstream.status,
      Object.fromEntries([...upstream.headers].filter(([k]) => !hopByHop.includes(k)))
    )
    res.end(Buffer.from(await upstream.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
