/**
 * Time units in milliseconds, and the clock skew every signature scheme tolerates.
 * @module
 */
export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/**
 * How far in the future a signed timestamp may be (clock skew between the provider and us). Beyond it a
 * delivery is refused whatever the scheme's retry window (docs/spec/design.md, "The path of one event").
 */
export const FUTURE_SKEW_MS = 5 * MINUTE_MS
