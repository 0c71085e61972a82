/**
 * One route as data, the type of the OPERATIONS list (operations.ts) and of its per-feature parts.
 * @module
 */
import type { z } from 'zod'
import type { Scope } from '../lib/scopes'

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** OpenAPI path (`{address}`). */
  path: string
  tag: string
  summary: string
  description?: string
  /** Bearer scope; `signature` for webhooks; omitted for open routes. */
  auth?: Scope | 'signature'
  query?: z.ZodObject
  body?: { type: string; schema?: z.ZodType; description?: string }
  ok: { status: number; description: string; schema?: z.ZodType; type?: string }
  errors: number[]
}
