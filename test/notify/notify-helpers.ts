/**
 * Helpers for the notification tests: endpoints created through the API, a receiver that records what a
 * stubbed `fetch` was sent, and reading deliveries and the feed.
 * @module
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { Webhook } from 'standardwebhooks'
import { vi } from 'vitest'
import { newApp } from '../../src/app'
import type { Env } from '../../src/env'
import worker from '../../src/index'
import { api } from '../helpers'

export interface Received {
  url: string
  headers: Record<string, string>
  body: string
  redirect: string | undefined
}

/** Stubs `fetch`: records each request and answers with `answer(n)` (n counts from 1). */
export function receiver(
  answer: (n: number, req: Received) => Response | Promise<Response> = () => new Response('ok')
) {
  const received: Received[] = []
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init as RequestInit)
    const item: Received = {
      url: req.url,
      headers: Object.fromEntries(req.headers),
      body: await req.text(),
      redirect: (init as RequestInit | undefined)?.redirect,
    }
    received.push(item)
    return answer(received.length, item)
  })
  return { received, spy }
}

export async function createEndpoint(
  body: Record<string, unknown> = {}
): Promise<{ id: string; secret: string; url: string }> {
  const res = await api('/v1/endpoints', {
    method: 'POST',
    body: JSON.stringify({ url: 'https://hooks.example.com/ricochet', ...body }),
  })
  if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${await res.text()}`)
  return res.json()
}

/** A request to a fresh app whose env the test extends (e.g. ALLOW_HTTP_ENDPOINTS). */
export function apiWith(vars: Partial<Env>, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${env.ADMIN_TOKEN}`)
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  return Promise.resolve(newApp().request(path, { ...init, headers }, { ...env, ...vars }))
}

/** Verifies a received request with the `standardwebhooks` library and returns the payload. */
export function verified(secret: string, req: Received): Record<string, any> {
  return new Webhook(secret).verify(req.body, {
    'webhook-id': req.headers['webhook-id']!,
    'webhook-timestamp': req.headers['webhook-timestamp']!,
    'webhook-signature': req.headers['webhook-signature']!,
  }) as Record<string, any>
}

export async function deliveriesOf(endpointId: string, query = ''): Promise<Record<string, any>[]> {
  const res = await api(`/v1/endpoints/${endpointId}/deliveries${query}`)
  if (res.status !== 200) throw new Error(`deliveries: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { items: Record<string, any>[] }).items
}

/**
 * Deletes every endpoint: run after each test, before `fetch` is restored, so a queued fan-out or retry that
 * runs later finds no endpoint and never reaches the network.
 */
export async function deleteAllEndpoints(): Promise<void> {
  const { items } = (await (await api('/v1/endpoints')).json()) as { items: { id: string }[] }
  for (const { id } of items) await api(`/v1/endpoints/${id}`, { method: 'DELETE' })
}

/** Runs the every-minute cron as Cloudflare would, with these bindings. */
export async function cron(at: number, bindings: Env = env): Promise<void> {
  const ctx = createExecutionContext()
  await worker.scheduled(
    { cron: '* * * * *', scheduledTime: at, noRetry() {} } as ScheduledController,
    bindings,
    ctx
  )
  await waitOnExecutionContext(ctx)
}
