/** Builds dist/classify.mjs when it is missing or older than its sources (see classify-cli.mjs). */
export function ensureBundle(): Promise<void>
