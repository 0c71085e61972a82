/**
 * Provider webhooks: verify the raw body, parse, apply, and answer so the provider retries only what failed.
 * No API key here: the signature is the credential.
 * @module
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { applyEvents } from '../apply'
import { config } from '../config'
import { addressFields } from '../lib/address-hash'
import { ApiError } from '../lib/errors'
import { log } from '../lib/log'
import { limitBody, MIB } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { PROVIDERS } from '../providers/registry'
import { recordIgnored } from '../store/d1'

export const webhooks = new Hono<AppEnv>()

// Nylas verifies an endpoint by GET ?challenge=…, expecting the bare value back. Unsigned, so it does nothing else.
webhooks.get('/nylas', (c) => {
  const challenge = c.req.query('challenge')
  if (!challenge) throw new ApiError('invalid_request', 'Nylas endpoint verification needs ?challenge=.')
  return c.text(challenge, 200)
})

webhooks.post('/:provider', limitBody(MIB), requireJson(), async (c) => {
  const provider = PROVIDERS.get(c.req.param('provider'))
  if (!provider) throw new ApiError('not_found', 'There is no webhook for this provider.')
  const secrets = provider.secrets(c.env)
  if (secrets.length === 0) {
    log('warn', 'webhook.not_configured', { provider: provider.name, request_id: c.get('requestId') })
    throw new ApiError('provider_not_configured', `The ${provider.name} webhook has no secret configured.`)
  }

  const started = Date.now()
  const body = new Uint8Array(await c.req.arrayBuffer())
  const authentic = await provider.verify({ headers: c.req.raw.headers, body, now: started }, secrets)
  if (!authentic) {
    log('warn', 'webhook.rejected', {
      provider: provider.name,
      request_id: c.get('requestId'),
      why: 'signature',
    })
    throw new ApiError('invalid_signature', 'The webhook signature is missing or does not match.')
  }

  const parsed = await provider.parse(body, { now: started, config: config(c.env) })
  const receivedAt = new Date(started).toISOString()
  await Promise.all(
    parsed.ignored.map((entry) =>
      recordIgnored(c.env.DB, {
        eventId: `${provider.name}:${entry.eventId}`,
        provider: provider.name,
        type: entry.type,
        receivedAt,
      })
    )
  )
  const applied = await applyEvents(c.env, parsed.events, receivedAt)

  const requestId = c.get('requestId')
  for (const result of applied) {
    log('info', result.duplicate ? 'bounce.duplicate' : 'bounce.applied', {
      provider: provider.name,
      kind: result.event.kind,
      disposition: result.ledger.classification.disposition,
      reason: result.ledger.classification.reason,
      rule: result.ledger.classification.rule,
      action: result.duplicate ? 'duplicate' : result.outcome,
      check: result.verdict.action,
      ...(await addressFields(c.env, result.event.address)),
      request_id: requestId,
      ms: Date.now() - started,
    })
  }
  for (const entry of parsed.ignored) {
    log('info', 'webhook.ignored', {
      provider: provider.name,
      type: entry.type.slice(0, 100),
      request_id: requestId,
    })
  }

  return c.json({
    received: parsed.events.length + parsed.ignored.length + parsed.invalid,
    applied: applied.filter((r) => !r.duplicate).length,
    duplicates: applied.filter((r) => r.duplicate).length,
    ignored: parsed.ignored.length,
    invalid: parsed.invalid,
  })
})
