/** Types of dev-banner.mjs (a plain Node script, so its test can import it typed). */
export function maskSecret(secret: string | undefined): string
export function devBanner(base: string, vars: Record<string, string | undefined>): string
