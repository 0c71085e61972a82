/**
 * `POST /v1/unsubscribe-links` (scope `write`): the List-Unsubscribe headers (RFC 2369, RFC 8058) for one
 * recipient and scope, ready to add to a message. The link needs no storage: its token signs the address and
 * the scope (src/lib/unsubscribe-token.ts); the client library builds the same offline from the secret.
 * @module
 */
import { Hono } from 'hono'
import { documented } from '../api/documented'
import { UnsubscribeLinkBody, UnsubscribeLinks, validate } from '../api/schemas'
import type { AppEnv } from '../env'
import { requireAddress } from '../lib/address'
import { ApiError } from '../lib/errors'
import { parseJsonBytes } from '../lib/json'
import { DEFAULT_TENANT, requireScopeName, scopeJson } from '../lib/tenancy'
import { signUnsubscribeToken } from '../lib/unsubscribe-token'
import { requireScope } from '../middleware/auth'
import { limitBody } from '../middleware/body-limit'
import { requireJson } from '../middleware/content-type'
import { unsubscribeSecrets } from '../operator/unsubscribe'

/** Unsubscribe links go in bulk mail: without a stream they name this one, never the password resets. */
export const DEFAULT_UNSUBSCRIBE_STREAM = 'marketing'

export const unsubscribeLinks = new Hono<AppEnv>()

unsubscribeLinks.post('/', requireScope('write'), limitBody(16 * 1024), requireJson(), async (c) => {
  const body = validate(UnsubscribeLinkBody, parseJsonBytes(new Uint8Array(await c.req.arrayBuffer())))
  const secrets = unsubscribeSecrets(c.env)
  if (!secrets) throw new ApiError('not_configured', 'Unsubscribe links need the UNSUBSCRIBE_SECRET secret.')
  if (body.all_streams && body.stream)
    throw new ApiError('invalid_scope', '"all_streams" unsubscribes from every stream: omit "stream".')
  const target = {
    address: requireAddress(body.address),
    tenant: requireScopeName(body.tenant, 'tenant') ?? DEFAULT_TENANT,
    stream: body.all_streams ? null : (requireScopeName(body.stream, 'stream') ?? DEFAULT_UNSUBSCRIBE_STREAM),
  }
  const token = await signUnsubscribeToken(target, secrets)
  const origin = (c.env.PUBLIC_URL?.trim() || new URL(c.req.url).origin).replace(/\/+$/, '')
  const url = `${origin}/u/${token}`
  const mailbox = c.env.UNSUBSCRIBE_MAILBOX?.trim()
  // The token goes in the subject: a local part holds at most 64 octets (RFC 5321 §4.5.3.1.1).
  const mailto = mailbox ? `mailto:${mailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}` : null
  return c.json(
    documented(UnsubscribeLinks, {
      address: target.address,
      scope: scopeJson({ tenant: target.tenant, stream: target.stream }),
      token,
      url,
      mailto,
      headers: {
        'List-Unsubscribe': mailto ? `<${url}>, <${mailto}>` : `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    })
  )
})
