/**
 * Canonical JSON (object keys sorted, no whitespace): a content fingerprint that survives re-serialization.
 * @module
 */
import { sha256Hex } from './crypto'

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** SHA-256 hex of the canonical form: for event ids of providers that give none, and replay bindings. */
export function fingerprint(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value))
}
