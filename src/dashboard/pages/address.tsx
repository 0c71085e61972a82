/**
 * One address: the verdict a mailer would get now, the explain sentence, the soft window, the causing event and
 * the history; "Lift suppression" (a note, then Confirm) and "Suppress" (reason, optional expiry) for write keys.
 * @module
 */

import { Hono } from 'hono'
import { SuppressBody, validate } from '../../api/schemas'
import type { HistoryEntry } from '../../domain/history'
import { requireEntry } from '../../lib/address'
import { entryScopeFrom } from '../../lib/tenancy'
import { limitBody } from '../../middleware/body-limit'
import { describeAddress, liftAddress, type ScopedEntry, suppressAddress } from '../../operator/suppressions'
import { verdict } from '../../policy'
import { allow, csrfChecked, type DashboardEnv, field } from '../guard'
import { CsrfField, Layout, type Viewer } from '../layout'
import { addressPath, noticeOf, scopeLabel, viewerOf, when } from '../view'

export const addressPage = new Hono<DashboardEnv>()

/** The search box of every page that finds one address: a GET form, no state change. */
addressPage.get('/addresses', (c) => {
  const wanted = c.req.query('address') ?? ''
  return c.redirect(addressPath(requireEntry(wanted)), 303)
})

addressPage.get('/addresses/:address', async (c) => {
  const address = requireEntry(c.req.param('address'))
  const now = c.get('now')()
  const report = await describeAddress(c.env, address, now, 50)
  const answer = verdict(address, report.record, now)
  const viewer = viewerOf(c)
  return c.html(
    <Layout title={address} viewer={viewer} current="/dashboard/suppressions" notice={noticeOf(c)}>
      <section class="card" aria-labelledby="verdict-h">
        <h2 id="verdict-h">Verdict now</h2>
        <p>
          A mailer checking this address now gets{' '}
          <span class={`verdict ${answer.action}`}>{answer.action}</span>
          {answer.retry_after ? ` (retry after ${answer.retry_after})` : ''}.
        </p>
        <p>{report.explain ?? notSuppressedSentence(report.record, now)}</p>
        {report.allowlisted ? <p>On the allowlist: never suppressed; its events are only recorded.</p> : null}
        <Actions
          viewer={viewer}
          address={address}
          active={answer.action !== 'send' || report.entries.some((e) => e.active)}
        />
      </section>
      <section class="card" aria-labelledby="entries-h">
        <h2 id="entries-h">Entries by scope</h2>
        <Entries entries={report.entries} />
      </section>
      <div class="grid">
        <section class="card" aria-labelledby="soft-h">
          <h2 id="soft-h">Soft window</h2>
          <dl class="facts">
            <dt>Soft bounces in window</dt>
            <dd>
              {report.softWindow.soft_bounces.length
                ? report.softWindow.soft_bounces.map(when).join(', ')
                : 'none'}
            </dd>
            <dt>Last delivered</dt>
            <dd>
              {report.softWindow.last_delivered_at ? when(report.softWindow.last_delivered_at) : 'unknown'}
            </dd>
            <dt>Soft suppressions</dt>
            <dd>{report.softWindow.soft_suppressions}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="cause-h">
          <h2 id="cause-h">Causing event</h2>
          {report.cause ? (
            <Cause entry={report.cause} />
          ) : (
            <p class="muted">No event caused a suppression in force.</p>
          )}
        </section>
      </div>
      <section class="card" aria-labelledby="history-h">
        <h2 id="history-h">History</h2>
        <History entries={report.history} />
      </section>
    </Layout>
  )
})

/** Every scope's entry (the verdict above is the default tenant's transactional mail). */
function Entries(props: { entries: ScopedEntry[] }) {
  if (props.entries.length === 0) return <p class="muted">No entry in any tenant or stream.</p>
  return (
    <table class="wide">
      <thead>
        <tr>
          <th scope="col">Scope</th>
          <th scope="col">In force</th>
          <th scope="col">Disposition</th>
          <th scope="col">Reason</th>
          <th scope="col">Since</th>
          <th scope="col">Until</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr>
            <td>{scopeLabel(e.scope === 'global' ? { tenant: null, stream: null } : e.scope)}</td>
            <td>{e.active ? (e.record.suppressed ? 'suppressed' : 'deferred') : 'lapsed'}</td>
            <td>{e.record.disposition}</td>
            <td>{e.record.reason}</td>
            <td class="when">{when(e.record.since).slice(0, 16)}</td>
            <td>
              {(e.record.suppressed ? e.record.expires_at : e.record.retry_after)?.slice(0, 16) ?? 'never'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function notSuppressedSentence(
  record: { suppressed: boolean; expires_at: string | null } | null,
  now: number
) {
  if (record && !record.suppressed && record.expires_at && Date.parse(record.expires_at) > now) {
    return `Deferred after a soft bounce until ${record.expires_at}.`
  }
  return 'Not suppressed: mail to this address is sent.'
}

function Actions(props: { viewer: Viewer; address: string; active: boolean }) {
  if (!props.viewer.scopes.includes('write')) {
    return <p class="muted">Your key can read only; lifting and suppressing need a write key.</p>
  }
  const action = addressPath(props.address)
  return (
    <div>
      {props.active ? (
        <details class="action">
          <summary>Lift suppression</summary>
          <form method="post" action={`${action}/lift`} class="inline">
            <CsrfField token={props.viewer.csrf} />
            <label>
              Note
              <input name="note" required maxlength={500} size={40} />
            </label>
            <button type="submit" class="danger">
              Confirm
            </button>
          </form>
        </details>
      ) : null}
      <details class="action">
        <summary>Suppress</summary>
        <form method="post" action={`${action}/suppress`} class="inline">
          <CsrfField token={props.viewer.csrf} />
          <label>
            Reason
            <input name="reason" value="manual" required maxlength={50} />
          </label>
          <label>
            Expires (optional)
            <input name="expires_at" type="date" />
          </label>
          <label>
            Note (optional)
            <input name="note" maxlength={500} />
          </label>
          <label>
            Tenant
            <input name="tenant" placeholder="default" maxlength={100} size={12} />
          </label>
          <label>
            Stream (empty: every stream)
            <input name="stream" maxlength={100} size={12} />
          </label>
          <button type="submit">Suppress</button>
        </form>
      </details>
    </div>
  )
}

function Cause(props: { entry: HistoryEntry }) {
  const e = props.entry
  const facts: [string, string | null][] = [
    ['Event', e.eventId],
    ['Provider', e.provider],
    ['Occurred', when(e.occurredAt)],
    ['Reason', e.reason],
    ['Status', e.status],
    ['Reply code', e.replyCode],
    ['Rule', e.rule],
    ['Diagnostic', e.diagnostic],
  ]
  return (
    <dl class="facts">
      {facts.map(([name, value]) => (
        <>
          <dt>{name}</dt>
          <dd>{value ?? '—'}</dd>
        </>
      ))}
    </dl>
  )
}

function History(props: { entries: HistoryEntry[] }) {
  if (props.entries.length === 0) return <p class="muted">No history for this address.</p>
  return (
    <table class="wide stack">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Kind</th>
          <th scope="col" class="optional">
            Disposition
          </th>
          <th scope="col">Outcome</th>
          <th scope="col" class="optional">
            Source
          </th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr>
            <td class="when">{when(e.occurredAt).slice(0, 16)}</td>
            <td>{e.kind}</td>
            <td class="optional">{e.disposition ?? '—'}</td>
            <td>{e.outcome}</td>
            <td class="optional">{e.actor ? `${e.provider} (${e.actorName ?? e.actor})` : e.provider}</td>
            <td class="detail">{[e.reason, e.status, e.diagnostic].filter(Boolean).join(' · ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

addressPage.post('/addresses/:address/lift', allow('write'), limitBody(16 * 1024), csrfChecked, async (c) => {
  const address = requireEntry(c.req.param('address'))
  const note = field(c.get('form'), 'note') ?? null
  await liftAddress(c.env, address, note, c.get('actor'), c.get('now')())
  return c.redirect(`${addressPath(address)}?done=lifted`, 303)
})

addressPage.post(
  '/addresses/:address/suppress',
  allow('write'),
  limitBody(16 * 1024),
  csrfChecked,
  async (c) => {
    const address = requireEntry(c.req.param('address'))
    const form = c.get('form')
    const expiry = field(form, 'expires_at')
    // The same schema as PUT /v1/suppressions/{address}; a date field means the end of that day (UTC).
    const body = validate(SuppressBody, {
      reason: field(form, 'reason'),
      expires_at: expiry && /^\d{4}-\d{2}-\d{2}$/.test(expiry) ? `${expiry}T23:59:59Z` : (expiry ?? null),
      note: field(form, 'note') ?? null,
    })
    const scope = entryScopeFrom({ tenant: field(form, 'tenant'), stream: field(form, 'stream') })
    const input = { reason: body.reason, expiresAt: body.expires_at, note: body.note, scope }
    await suppressAddress(c.env, address, input, c.get('actor'), c.get('now')())
    return c.redirect(`${addressPath(address)}?done=suppressed`, 303)
  }
)
