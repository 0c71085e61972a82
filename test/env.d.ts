import type { D1Migration } from 'cloudflare:test'
import type { Env as RicochetEnv } from '../src/env'

declare global {
  namespace Cloudflare {
    interface Env extends RicochetEnv {
      TEST_MIGRATIONS: D1Migration[]
      /** The auxiliary mailer Worker bound to RicochetRpc (vitest.config.ts, test/rpc/mailer-worker.mjs). */
      MAILER: Fetcher
    }
    interface GlobalProps {
      mainModule: typeof import('../src/index')
      durableNamespaces: 'AddressLedger'
    }
  }
}
