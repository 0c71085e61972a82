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
  if (nestingDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiError('invalid_json', `The body is nested deeper than ${MAX_JSON_DEPTH} levels.`)
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.')
  }
}

/**
 * Deepest nesting accepted: real payloads nest a handful of levels, and everything that walks a document
 * (fingerprints, readers) recurses, so a signed 50,000-deep one would overflow the stack.
 */
export const MAX_JSON_DEPTH = 64

/** The deepest `[`/`{` nesting of JSON text, strings skipped: one linear scan, no recursion. */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth++
      if (depth > deepest) deepest = depth
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
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
