/**
 * Defensive JSON reading for request bodies and provider payloads.
 * @module
 */
import { ApiError } from './errors'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Parses UTF-8 JSON bytes; malformed bytes or syntax → 400 `invalid_json`. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8.')
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.')
  }
}

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string field, or null when absent or of another type. */
export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** Unix seconds or a date string → ISO 8601; null when it is neither. */
export function toIso(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e12 ? value : value * 1000
    const d = new Date(ms)
    return Number.isNaN(d.getTime()) ? null : d.toISOString()
  }
  if (typeof value === 'string' && value.trim()) {
    const ms = Date.parse(value)
    return Number.isNaN(ms) ? null : new Date(ms).toISOString()
  }
  return null
}

/** Like {@link parseJsonBytes}, but `null` instead of an error: for verifiers, which must not throw. */
export function tryParseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return parseJsonBytes(bytes)
  } catch {
    return null
  }
}
