/**
 * The suppression list: "Search addresses" (prefix), filters, cursor paging, a link per row to the address;
 * "Lift selected" with a note; "Export CSV" of the current filter. Reads and lifts through src/operator/.
 * @module
 */

import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import type { z } from 'zod'
import { ListQuery, validate } from '../../api/schemas'
import { requireEntry } from '../../lib/address'
import { ApiError } from '../../lib/errors'
import { mapLimit } from '../../lib/pool'
import { isScopeName, parseScopeKey, type SuppressionScope, scopeKey } from '../../lib/tenancy'
import { limitBody } from '../../middleware/body-limit'
import { exportHeaders, writeExport } from '../../operator/export'
import { OPERATOR_CONCURRENCY } from '../../operator/restore'
import { filterOf, liftAddress, rowScope, suppressionPage } from '../../operator/suppressions'
import type { SuppressionRow } from '../../store/queries'
import { FilterFields } from '../fields'
import { allow, csrfChecked, type DashboardEnv, field, fields } from '../guard'
import { CsrfField, Layout, type Viewer } from '../layout'
import { addressPath, noticeOf, queryOf, scopeLabel, viewerOf, when } from '../view'

export const suppressionsPage = new Hono<DashboardEnv>()

/** Addresses one "Lift selected" may name (one page). */
const LIFT_SELECTED_MAX = 100

type Filter = z.output<typeof ListQuery>

/** The list query from the page's GET form: dates as typed in a date field, empty fields dropped. */
function listQuery(query: Record<string, string>): Filter {
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''))
  return validate(ListQuery, { limit: '50', ...given })
}

const filterValues = (f: Filter) => ({
  q: f.q,
  disposition: f.disposition,
  reason: f.reason,
  source: f.source,
  since: f.since,
  until: f.until,
  tenant: f.tenant,
  stream: f.stream,
})

suppressionsPage.get('/suppressions', async (c) => {
  const filter = listQuery(c.req.query())
  const page = await suppressionPage(c.env.DB, filter, c.get('now')())
  const viewer = viewerOf(c)
  const keep = filterValues(filter)
  return c.html(
    <Layout title="Suppressions" viewer={viewer} current="/dashboard/suppressions" notice={noticeOf(c)}>
      <section class="card" aria-labelledby="filter-h">
        <h2 id="filter-h">Find</h2>
        <FilterForm filter={filter} />
      </section>
      <section class="card" aria-labelledby="list-h">
        <h2 id="list-h">Suppressed now</h2>
        <p>
          <a class="button secondary" href={`/dashboard/suppressions/export${queryOf(keep)}`}>
            Export CSV
          </a>
        </p>
        <ListForm rows={page.items} viewer={viewer} />
        <nav class="pager" aria-label="Pages">
          {filter.cursor ? <a href={`/dashboard/suppressions${queryOf(keep)}`}>First page</a> : null}
          {page.nextCursor ? (
            <a href={`/dashboard/suppressions${queryOf({ ...keep, cursor: page.nextCursor })}`}>Next page</a>
          ) : null}
        </nav>
      </section>
    </Layout>
  )
})

function FilterForm(props: { filter: Filter }) {
  const f = props.filter
  return (
    <form method="get" action="/dashboard/suppressions" class="inline" aria-label="Search suppressions">
      <label>
        Search addresses
        <input type="search" name="q" value={f.q ?? ''} placeholder="prefix, e.g. jane@" maxlength={254} />
      </label>
      <FilterFields disposition={f.disposition} reason={f.reason} source={f.source} />
      <label>
        Tenant
        <input name="tenant" value={f.tenant ?? ''} placeholder="default" maxlength={100} size={12} />
      </label>
      <label>
        Stream
        <input name="stream" value={f.stream ?? ''} placeholder="any" maxlength={100} size={12} />
      </label>
      <label>
        Since
        <input name="since" type="date" value={f.since?.slice(0, 10) ?? ''} />
      </label>
      <label>
        Until
        <input name="until" type="date" value={f.until?.slice(0, 10) ?? ''} />
      </label>
      <button type="submit">Search</button>
    </form>
  )
}

function ListForm(props: { rows: SuppressionRow[]; viewer: Viewer }) {
  if (props.rows.length === 0) return <p class="muted">No suppression matches.</p>
  const canWrite = props.viewer.scopes.includes('write')
  return (
    <form method="post" action="/dashboard/suppressions/lift">
      <CsrfField token={props.viewer.csrf} />
      <table class="wide">
        <thead>
          <tr>
            {canWrite ? (
              <th scope="col">
                <span class="sr-only">Select</span>
              </th>
            ) : null}
            <th scope="col">Address</th>
            <th scope="col">Scope</th>
            <th scope="col">Disposition</th>
            <th scope="col" class="optional">
              Reason
            </th>
            <th scope="col" class="optional">
              Source
            </th>
            <th scope="col">Since</th>
            <th scope="col" class="optional">
              Expires
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {canWrite ? (
                <td>
                  <input
                    type="checkbox"
                    name="address"
                    value={`${row.address} ${scopeKey(rowScope(row))}`}
                    aria-label={`Select ${row.address}`}
                  />
                </td>
              ) : null}
              <td class="addr">
                <a href={addressPath(row.address)}>{row.address}</a>
              </td>
              <td>{scopeLabel(rowScope(row))}</td>
              <td>{row.disposition}</td>
              <td class="optional">{row.reason}</td>
              <td class="optional">{row.source}</td>
              <td class="when">{when(row.since).slice(0, 16)}</td>
              <td class="optional">{row.expires_at?.slice(0, 10) ?? 'never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canWrite ? (
        <fieldset class="inline">
          <legend class="sr-only">Lift the selected suppressions</legend>
          <label>
            Note for the lift
            <input name="note" required maxlength={500} size={40} />
          </label>
          <button type="submit" class="danger">
            Lift selected
          </button>
        </fieldset>
      ) : null}
    </form>
  )
}

suppressionsPage.post('/suppressions/lift', allow('write'), limitBody(64 * 1024), csrfChecked, async (c) => {
  const form = c.get('form')
  const selected = [...new Set(fields(form, 'address'))]
  if (selected.length === 0) throw new ApiError('invalid_request', 'Select at least one address to lift.')
  if (selected.length > LIFT_SELECTED_MAX) {
    throw new ApiError('invalid_request', `Select at most ${LIFT_SELECTED_MAX} addresses at once.`)
  }
  const note = field(form, 'note') ?? null
  const entries = selected.map(selectedEntry)
  const actor = c.get('actor')
  const now = c.get('now')()
  const lifted = await mapLimit(entries, OPERATOR_CONCURRENCY, ({ address, scope }) =>
    liftAddress(c.env, address, note, actor, now, scope).then(
      () => true,
      (err: unknown) => {
        // Lifted meanwhile by someone else: not an error for a batch.
        if (err instanceof ApiError && err.code === 'not_found') return false
        throw err
      }
    )
  )
  return c.redirect(`/dashboard/suppressions?done=lifted-selected&n=${lifted.filter(Boolean).length}`, 303)
})

/** A selected row: `<address> <scope key>` lifts that entry; a bare address (an older page) lifts them all. */
function selectedEntry(value: string): { address: string; scope?: SuppressionScope } {
  const space = value.lastIndexOf(' ')
  if (space < 0) return { address: requireEntry(value) }
  const scope = parseScopeKey(value.slice(space + 1))
  if (
    (scope.tenant !== null && !isScopeName(scope.tenant)) ||
    (scope.stream !== null && !isScopeName(scope.stream))
  )
    throw new ApiError('invalid_scope', 'A selected row names a scope that is not one.')
  return { address: requireEntry(value.slice(0, space)), scope }
}

suppressionsPage.get('/suppressions/export', async (c) => {
  const filter = listQuery(c.req.query())
  const now = new Date(c.get('now')()).toISOString()
  for (const [name, value] of Object.entries(exportHeaders('csv', now))) c.header(name, value)
  return stream(c, (out) => writeExport(c.env.DB, filterOf(filter), 'csv', now, (text) => out.write(text)))
})
