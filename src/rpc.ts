/**
 * `RicochetRpc`: the pre-send check and event reports over Workers RPC, for a mailer Worker on the same account
 * bound with a service binding (`[[services]] binding = "RICOCHET", service = "ricochet", entrypoint =
 * "RicochetRpc"`). No HTTP and no key: the binding is the credential. The answers are the HTTP API's, from the
 * same functions (src/pipeline/check.ts, src/pipeline/report.ts). A caller's mistake or an outage is thrown as
 * an `Error` whose message starts with the API's error code (`invalid_address: …`, `unavailable: …`), since RPC
 * keeps only an error's message.
 * @module
 */
import { WorkerEntrypoint } from 'cloudflare:workers'
import type { z } from 'zod'
import type { ReportReceipt } from './api/report-schemas'
import type { CheckBatchResponse } from './api/schemas'
import type { Env } from './env'
import { ApiError, StoreUnavailableError } from './lib/errors'
import { describeError, log } from './lib/log'
import { sendScopeFrom } from './lib/tenancy'
import { checkAddress, checkBatch } from './pipeline/check'
import { reportEvents } from './pipeline/report'
import type { Verdict } from './policy'

export class RicochetRpc extends WorkerEntrypoint<Env> {
  /**
   * `GET /v1/check/{address}`: the verdict for one address (`consistent`: from its ledgers, no KV lag) in a
   * tenant and stream (default: the default tenant's transactional stream).
   */
  check(
    address: string,
    options?: { consistent?: boolean; tenant?: string; stream?: string } | null
  ): Promise<Verdict> {
    // RPC callers are untyped JavaScript too: null or a non-object means no options, never a crash.
    const o = typeof options === 'object' && options !== null ? options : {}
    return answer('check', async () =>
      checkAddress(this.env, address, Date.now(), {
        consistent: o.consistent === true,
        send: sendScopeFrom(o),
      })
    )
  }

  /** `POST /v1/check`: up to 1000 addresses, one result per input in input order, in one scope. */
  checkMany(
    addresses: unknown[],
    scope?: { tenant?: string; stream?: string } | null
  ): Promise<z.input<typeof CheckBatchResponse>> {
    const o = typeof scope === 'object' && scope !== null ? scope : {}
    return answer('checkMany', () =>
      checkBatch(this.env, { addresses, tenant: o.tenant, stream: o.stream }, Date.now())
    )
  }

  /** `POST /v1/events`: up to 1000 events the application saw, classified and applied like a webhook's. */
  report(events: unknown[]): Promise<z.output<typeof ReportReceipt>> {
    const started = Date.now()
    return answer('report', () =>
      reportEvents(this.env, { events }, { now: started, requestId: `rpc_${crypto.randomUUID()}`, started })
    )
  }
}

/** Runs a method; errors leave as `Error("<code>: <message>")`, never with a stack or a cause. */
async function answer<T>(method: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof ApiError) throw new Error(`${err.code}: ${err.message}`)
    const unavailable = err instanceof StoreUnavailableError
    log('error', unavailable ? 'store.unavailable' : 'rpc.failed', { method, error: describeError(err) })
    if (unavailable) throw new Error('unavailable: A store is temporarily unavailable; retry the same call.')
    throw new Error('internal: Something went wrong on our side.')
  }
}
