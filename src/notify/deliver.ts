/**
 * One delivery attempt: POST the notification, signed per Standard Webhooks, within 15 s, without following
 * redirects. Only a 2xx counts as delivered.
 * @module
 */
import { describeError } from '../lib/log'
import { signStandardWebhook } from '../lib/standard-webhooks'
import type { SigningEndpoint } from '../store/endpoints'
import { refuseEndpointUrl } from './url-rules'

export const ATTEMPT_TIMEOUT_MS = 15_000

export interface AttemptResult {
  ok: boolean
  statusCode: number | null
  error: string | null
}

/**
 * Posts `body` (the notification's JSON) to the endpoint. The URL is checked again at send time, so an endpoint
 * stored while http:// was allowed is not called once it no longer is.
 */
export async function postNotification(
  endpoint: SigningEndpoint,
  id: string,
  body: string,
  now: number,
  allowHttpLocal: boolean
): Promise<AttemptResult> {
  const refused = refuseEndpointUrl(endpoint.url, allowHttpLocal)
  if (refused) return { ok: false, statusCode: null, error: `URL refused: ${refused}` }
  const timestamp = String(Math.floor(now / 1000))
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Ricochet-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': await signStandardWebhook(endpoint.secrets, id, timestamp, body),
  }
  try {
    const res = await fetch(endpoint.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    })
    await res.body?.cancel()
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, error: null }
    const redirect = res.status >= 300 && res.status < 400
    return {
      ok: false,
      statusCode: res.status,
      error: redirect ? 'redirect not followed' : `HTTP ${res.status}`,
    }
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    return { ok: false, statusCode: null, error: timedOut ? 'no answer within 15 s' : describeError(err) }
  }
}
