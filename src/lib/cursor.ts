/**
 * Opaque pagination cursors: base64url JSON of the last row's sort key. Opaque to callers, checked on the way in.
 * @module
 */
import { ApiError } from './errors'

export function encodeCursor(key: unknown): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Decodes a cursor and checks its shape with `valid`; a tampered or foreign cursor is 400 `invalid_request`. */
export function decodeCursor<T>(cursor: string | undefined, valid: (value: unknown) => value is T): T | null {
  if (!cursor) return null
  try {
    const padded = cursor.replace(/-/g, '+').replace(/_/g, '/')
    const value: unknown = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)))
    if (valid(value)) return value
  } catch {
    // fall through
  }
  throw new ApiError('invalid_request', 'The cursor is not one this API issued.')
}
