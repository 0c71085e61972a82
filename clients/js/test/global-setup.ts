import type { TestProject } from 'vitest/node'
// @ts-expect-error: a plain .mjs helper shared with the nodemailer client's tests, typed by its JSDoc.
import { startRicochet } from '../../../scripts/lib/live-ricochet.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    ricochet: { url: string; adminToken: string; secrets: Record<string, string> }
  }
}

/** One live local Ricochet (wrangler's local runtime, its own temp storage) for the whole run. */
export default async function setup(project: TestProject) {
  const live = await startRicochet()
  project.provide('ricochet', { url: live.url, adminToken: live.adminToken, secrets: live.secrets })
  return () => live.stop()
}
