/**
 * The Hono environment shared by every route and middleware.
 * @module
 */
import type { Env } from './config'
import type { Scope } from './store/keys'

export interface AppEnv {
  Bindings: Env
  Variables: {
    requestId: string
    /** Who made the call: `admin` or an API key's name. */
    actor: string
    scopes: Scope[]
    /** The clock (epoch ms): `Date.now` in the Worker, injectable in tests for old signature vectors. */
    now: () => number
  }
}
