/**
 * Secret values as configured.
 * @module
 */

/** Comma-separated secrets (rotation: old and new both valid for a while); blanks dropped. */
export function secretList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
