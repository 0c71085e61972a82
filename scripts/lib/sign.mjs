// Signers for the load and smoke scripts (the scheme's own bytes, computed with node:crypto).
import { createHmac, randomUUID, sign } from 'node:crypto'

/** SendGrid: ECDSA P-256 (DER, base64) over timestamp + body. */
export function sendgridHeaders(privateKey, body) {
  const ts = String(Math.floor(Date.now() / 1000))
  return {
    'x-twilio-email-event-webhook-timestamp': ts,
    'x-twilio-email-event-webhook-signature': sign('sha256', Buffer.from(ts + body), privateKey).toString(
      'base64'
    ),
  }
}

/** Standard Webhooks (or Svix with prefix 'svix'): v1 HMAC-SHA256 over id.timestamp.body with the whsec_ key. */
export function standardHeaders(secret, body, prefix = 'webhook') {
  const id = `msg_${randomUUID()}`
  const ts = String(Math.floor(Date.now() / 1000))
  const sig = createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${ts}.${body}`)
    .digest('base64')
  return { [`${prefix}-id`]: id, [`${prefix}-timestamp`]: ts, [`${prefix}-signature`]: `v1,${sig}` }
}
