/**
 * Provider webhooks: verify the raw body, parse, apply, and answer so the provider retries only what failed.
 * No API key here: the signature is the credential. One route per provider in the registry.
 * @module
 */

import { type Context, Hono } from 'hono'
import { documented } from '../api/documented'
import { WebhookReceipt } from '../api/schemas'
import { config } from '../config'
import type { AppEnv } from '../env'
import type { BounceEvent } from '../events'
import { ApiError, StoreUnavailableError, storeCall } from '../lib/errors'
import { describeError, log, logLabel } from '../lib/log'
import { requireScopeName } from '../lib/tenancy'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { countApplied, deliverEvents } from '../pipeline/deliver'
import { PROVIDERS } from '../providers/registry'
import type { ParseResult, WebhookProvider } from '../providers/types'
import { bindReplayToken, recordIgnored } from '../store/d1'
import { tenantsForGrants } from '../store/tenants'

export const webhooks = new Hono<AppEnv>()

// Nylas verifies an endpoint by GET ?challenge=…, expecting the bare value back. Unsigned, so it does nothing else.
webhooks.get('/nylas', (c) => {
  const challenge = c.req.query('challenge')
  if (!challenge) throw new ApiError('invalid_request', 'Nylas endpoint verification needs ?challenge=.')
  return c.text(challenge, 200)
})

for (const provider of PROVIDERS) {
  const path = `/${provider.name}`
  webhooks.post(path, limitBody(provider.maxBodyBytes))
  if (provider.json) webhooks.post(path, requireJson())
  webhooks.post(path, async (c) => {
    try {
      return await receive(c, provider)
    } catch (err) {
      // Brevo discards an event on any 5xx and retries only 429: answer what makes it retry.
      if (provider.retryStatus === 429 && err instanceof StoreUnavailableError) {
        throw new ApiError('rate_limited', 'A store is temporarily unavailable; retry the same request.', {
          cause: err,
        })
      }
      throw err
    }
  })
}

async function receive(c: Context<AppEnv>, provider: WebhookProvider): Promise<Response> {
  const secrets = provider.secrets(c.env)
  if (secrets.length === 0) {
    log('warn', 'webhook.not_configured', { provider: provider.name, request_id: c.get('requestId') })
    throw new ApiError('provider_not_configured', `The ${provider.name} webhook is not configured.`)
  }
  const now = c.get('now')()
  const started = Date.now()
  // Resolved at call time, so tests can stub the global fetch.
  const fetcher: typeof fetch = (input, init) => fetch(input, init)
  const body = await authenticBody(c, provider, secrets, now, fetcher)

  const urlScope = {
    tenant: requireScopeName(c.req.query('tenant'), 'tenant'),
    stream: requireScopeName(c.req.query('stream'), 'stream'),
  }
  const parsed = await provider.parse(body, { now, config: config(c.env), headers: c.req.raw.headers })
  parsed.events = await scopeEvents(c.env.DB, parsed.events, urlScope)
  const receivedAt = new Date(now).toISOString()
  await checkReplay(c, provider, parsed, receivedAt)
  if (parsed.confirmUrl) await confirmSubscription(provider, parsed.confirmUrl, fetcher, c.get('requestId'))
  await storeCall(() => recordIgnored(c.env.DB, provider.name, parsed.ignored, receivedAt))
  const { applied, queued } = await deliverEvents(c.env, parsed.events, {
    source: provider.name,
    now,
    requestId: c.get('requestId'),
    started,
  })
  for (const entry of parsed.ignored) {
    log('info', 'webhook.ignored', {
      provider: provider.name,
      type: logLabel(entry.type),
      request_id: c.get('requestId'),
    })
  }
  return c.json(
    documented(WebhookReceipt, {
      received: parsed.events.length + parsed.ignored.length + parsed.invalid,
      ...countApplied(applied),
      queued,
      ignored: parsed.ignored.length,
      invalid: parsed.invalid,
    })
  )
}

/**
 * Where each event's mail came from: the provider's own fields first, then a Nylas grant's tenant
 * (`PUT /v1/tenants/{tenant}`), then the URL's `?tenant=&stream=` (a default configured at the provider).
 * The dedupe key stays the provider's event id: a replay to another tenant's URL is still a duplicate.
 */
async function scopeEvents(
  db: D1Database,
  events: BounceEvent[],
  url: { tenant: string | undefined; stream: string | undefined }
): Promise<BounceEvent[]> {
  const grants = [...new Set(events.flatMap((e) => (!e.tenant && e.grantId ? [e.grantId] : [])))]
  const byGrant =
    grants.length > 0 ? await storeCall(() => tenantsForGrants(db, grants)) : new Map<string, string>()
  return events.map((e) => ({
    ...e,
    tenant: e.tenant ?? (e.grantId ? byGrant.get(e.grantId) : undefined) ?? url.tenant ?? null,
    stream: e.stream ?? url.stream ?? null,
  }))
}

/** The raw body, once its signature (or credentials) verify under one of `secrets`; 401 otherwise. */
async function authenticBody(
  c: Context<AppEnv>,
  provider: WebhookProvider,
  secrets: string[],
  now: number,
  fetcher: typeof fetch
): Promise<Uint8Array<ArrayBuffer>> {
  const body = new Uint8Array(await c.req.arrayBuffer())
  const authentic = await provider.verify({ headers: c.req.raw.headers, body, now, fetch: fetcher }, secrets)
  if (!authentic) {
    log('warn', 'webhook.rejected', {
      provider: provider.name,
      request_id: c.get('requestId'),
      why: 'signature',
    })
    throw new ApiError(
      'invalid_signature',
      'The webhook signature or credentials are missing, wrong or stale.'
    )
  }
  return body
}

/** A one-time token already bound to other content is a forged body under a captured signature. */
async function checkReplay(c: Context<AppEnv>, provider: WebhookProvider, parsed: ParseResult, now: string) {
  if (!parsed.replay) return
  const binding = await storeCall(() =>
    bindReplayToken(c.env.DB, { provider: provider.name, ...parsed.replay!, now })
  )
  if (binding === 'conflict') {
    log('warn', 'webhook.rejected', {
      provider: provider.name,
      request_id: c.get('requestId'),
      why: 'token_reused',
    })
    throw new ApiError('invalid_signature', 'This signature token was already used for another event.')
  }
}

/** GETs an SNS SubscribeURL (already validated by the provider); a failure is answered 503 so SNS retries. */
async function confirmSubscription(
  provider: WebhookProvider,
  url: string,
  fetcher: typeof fetch,
  requestId: string
) {
  try {
    const res = await fetcher(url, { redirect: 'manual' })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    const text = await res.text()
    const arn = /<SubscriptionArn>([^<]{1,300})<\/SubscriptionArn>/.exec(text)?.[1] ?? null
    log('info', 'webhook.subscription_confirmed', {
      provider: provider.name,
      subscription_arn: arn,
      request_id: requestId,
    })
  } catch (err) {
    throw new StoreUnavailableError(`The subscription could not be confirmed: ${describeError(err)}`)
  }
}
