/**
 * Every provider door, by route name. A new provider is one file plus one line here.
 * @module
 */
import { nylas } from './nylas'
import type { WebhookProvider } from './types'

export const PROVIDERS: ReadonlyMap<string, WebhookProvider> = new Map([[nylas.name, nylas]])
