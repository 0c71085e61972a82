/**
 * The Worker plus one baseline route for benchmarks only: a bare KV read with no auth and no logic, so the
 * pre-send check can be compared with the cheapest possible KV-backed answer on the same server, in the same
 * run. Started by `npm run bench`; never deployed (wrangler.toml's main is src/index.ts).
 */
import type { Env } from '../src/config'
import worker from '../src/index'

export { AddressLedger } from '../src/index'

export default {
  ...worker,
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/__bench/kv/')) {
      const value = await env.SUPPRESSIONS.get(
        decodeURIComponent(url.pathname.slice('/__bench/kv/'.length)),
        'json'
      )
      return Response.json({ value })
    }
    return worker.fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
