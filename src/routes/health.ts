/**
 * Liveness: answers without touching any store.
 * @module
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env'

export const health = new Hono<AppEnv>()

health.get('/', (c) => c.json({ status: 'ok' }))
