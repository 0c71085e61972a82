/**
 * Single-line JSON logs with stable keys, readable with `wrangler tail --format json`.
 * Never pass secrets, payloads or raw addresses here: use {@link addressHash}.
 * @module
 */

export type LogFields = Record<string, string | number | boolean | null | undefined>

/** Writes one JSON line; `level` picks the console method so Workers Logs keeps the severity. */
export function log(level: 'info' | 'warn' | 'error', event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ level, event, ...fields })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

/** A short error description for logs: the name and message, never a stack or a payload. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 300)
  return String(err).slice(0, 300)
}

/**
 * A label from outside (a provider's event type) as it may appear in a log: letters, digits and `._:/-`, at
 * most 64 characters; anything else is `other`, so an address or an injected line never reaches the log.
 */
export function logLabel(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9._:/-]{1,64}$/.test(value) ? value : 'other'
}
