/**
 * One API call: bearer key, a timeout per attempt, bounded retries of 429/503 honouring `Retry-After`, and every
 * failure turned into a {@link RicochetError}.
 * @module
 */
import { RicochetError } from './errors.js'

export interface HttpSettings {
  baseUrl: string
  apiKey: string
  timeoutMs: number
  retries: number
  maxRetryDelayMs: number
  fetch: typeof fetch
}

export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  body?: unknown
}

/** Answers the parsed JSON body (null for 204), or throws {@link RicochetError}. */
export async function request<T>(settings: HttpSettings, call: Call): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await send(settings, call)
    if (res.ok) return (res.status === 204 ? null : await readJson(res)) as T
    const error = await errorOf(res)
    const wait = retryDelay(res, attempt, settings)
    if (wait === null) throw error
    await sleep(wait)
  }
}

async function send(settings: HttpSettings, call: Call): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${settings.apiKey}` }
  if (call.body !== undefined) headers['content-type'] = 'application/json'
  try {
    return await settings.fetch(`${settings.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(settings.timeoutMs),
    })
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    if (timedOut) {
      throw new RicochetError(
        'timeout',
        `Ricochet did not answer within ${settings.timeoutMs} ms.`,
        0,
        null,
        err
      )
    }
    const why = err instanceof Error ? err.message : String(err)
    throw new RicochetError('network_error', `Ricochet could not be reached: ${why}`, 0, null, err)
  }
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json()
  } catch (err) {
    throw new RicochetError(
      'invalid_response',
      'Ricochet answered with a body that is not JSON.',
      res.status,
      requestIdOf(res),
      err
    )
  }
}

async function errorOf(res: Response): Promise<RicochetError> {
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // Not Ricochet's JSON error (a proxy's page, say): the status alone speaks.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; request_id?: unknown } } | null)
    ?.error
  const code = typeof error?.code === 'string' ? error.code : `http_${res.status}`
  const message = typeof error?.message === 'string' ? error.message : `Ricochet answered HTTP ${res.status}.`
  const requestId = typeof error?.request_id === 'string' ? error.request_id : requestIdOf(res)
  return new RicochetError(code, message, res.status, requestId)
}

const requestIdOf = (res: Response) => res.headers.get('x-request-id')

/** The wait before another attempt, or null when this answer is final. */
function retryDelay(res: Response, attempt: number, settings: HttpSettings): number | null {
  if ((res.status !== 429 && res.status !== 503) || attempt >= settings.retries) return null
  const stated = parseRetryAfter(res.headers.get('retry-after'))
  const fallback = 250 * 2 ** attempt
  return Math.min(stated ?? fallback, settings.maxRetryDelayMs)
}

/** `Retry-After` as delay-seconds or an HTTP date, in ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
