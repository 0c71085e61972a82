/**
 * The Worker plus two routes for benchmarks only: a bare KV read with no auth and no logic, so the pre-send check
 * can be compared with the cheapest possible KV-backed answer on the same server, in the same run; and a parse
 * loop over posted raw messages, so the raw-bounce parser's time per message can be measured inside workerd.
 * Started by `npm run bench` and `npm run bench:inbound`; never deployed (wrangler.toml's main is src/index.ts).
 */
import type { Env } from '../src/env'
import type { IngestMessage } from '../src/events'
import { parseBounce } from '../src/inbound/parse'
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
    if (url.pathname === '/__bench/parse' && request.method === 'POST') {
      // Body: a JSON array of base64 messages; parsed `rounds` times over. No store is touched.
      const rounds = Math.min(Math.max(Number(url.searchParams.get('rounds')) || 1, 1), 200)
      const messages = ((await request.json()) as string[]).map((b64) =>
        Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))
      )
      let results = 0
      for (let r = 0; r < rounds; r++) {
        for (const message of messages) results += (await parseBounce(message)).results.length
      }
      return Response.json({ messages: messages.length, rounds, results })
    }
    return worker.fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env, IngestMessage>
