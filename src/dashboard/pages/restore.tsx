/**
 * Restore after an incident: a filter form → a dry-run preview (matched, sample) → Confirm → the result.
 * Validated by the API's RestoreBody and run by the same operator function as POST /v1/suppressions/restore.
 * @module
 */
import { Hono } from 'hono'
import type { z } from 'zod'
import { RestoreBody, validate } from '../../api/schemas'
import { limitBody } from '../../middleware/body-limit'
import { restoreSuppressions } from '../../operator/restore'
import { FilterFields } from '../fields'
import { allow, csrfChecked, type DashboardEnv, type FormValue, field } from '../guard'
import { CsrfField, Layout, type Viewer } from '../layout'
import { addressPath, viewerOf, when } from '../view'

export const restorePage = new Hono<DashboardEnv>()

type Filter = z.output<typeof RestoreBody>['filter']
type Report = Awaited<ReturnType<typeof restoreSuppressions>>

const FILTER_FIELDS = ['since', 'until', 'reason', 'disposition', 'source', 'diagnostic_contains'] as const

restorePage.use('/restore', allow('write'))

restorePage.get('/restore', (c) =>
  c.html(
    <Layout title="Restore" viewer={viewerOf(c)} current="/dashboard/restore">
      <RestoreForm viewer={viewerOf(c)} filter={null} />
    </Layout>
  )
)

restorePage.post('/restore', limitBody(16 * 1024), csrfChecked, async (c) => {
  const form = c.get('form')
  const body = validate(RestoreBody, {
    filter: filterFrom(form),
    dry_run: field(form, 'confirm') !== 'yes',
  })
  const report = await restoreSuppressions(c.env, body, c.get('actor'), c.get('now')())
  const viewer = viewerOf(c)
  return c.html(
    <Layout title="Restore" viewer={viewer} current="/dashboard/restore">
      <RestoreForm viewer={viewer} filter={body.filter} />
      <Result report={report} filter={body.filter} viewer={viewer} />
    </Layout>
  )
})

/** The filter from the form: empty fields dropped; a bare date `until` means the end of that day. */
function filterFrom(form: Record<string, FormValue>): Record<string, string> {
  const filter: Record<string, string> = {}
  for (const name of FILTER_FIELDS) {
    const value = field(form, name)
    if (value !== undefined) filter[name] = value
  }
  if (filter.until && /^\d{4}-\d{2}-\d{2}$/.test(filter.until)) filter.until = `${filter.until}T23:59:59.999Z`
  return filter
}

function RestoreForm(props: { viewer: Viewer; filter: Filter | null }) {
  const f = props.filter
  return (
    <section class="card" aria-labelledby="restore-h">
      <h2 id="restore-h">Which suppressions did the incident cause?</h2>
      <form method="post" action="/dashboard/restore" class="inline">
        <CsrfField token={props.viewer.csrf} />
        <label>
          From
          <input name="since" type="date" required value={f?.since.slice(0, 10) ?? ''} />
        </label>
        <label>
          Until
          <input name="until" type="date" required value={f?.until.slice(0, 10) ?? ''} />
        </label>
        <FilterFields disposition={f?.disposition} reason={f?.reason} source={f?.source} />
        <label>
          Diagnostic contains
          <input name="diagnostic_contains" value={f?.diagnostic_contains ?? ''} maxlength={200} />
        </label>
        <button type="submit">Preview (dry run)</button>
      </form>
    </section>
  )
}

function Result(props: { report: Report; filter: Filter; viewer: Viewer }) {
  const { report } = props
  return (
    <section class="card" aria-labelledby="result-h">
      <h2 id="result-h">{report.dry_run ? 'Dry run' : 'Restored'}</h2>
      <p>
        {report.dry_run
          ? `${report.matched} suppression${report.matched === 1 ? '' : 's'} match; nothing was changed.`
          : `Lifted ${report.lifted} of ${report.matched} matching suppressions.`}
      </p>
      {report.sample.length > 0 ? (
        <table>
          <caption class="sr-only">Sample of the matching suppressions</caption>
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Reason</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {report.sample.map((row) => (
              <tr>
                <td class="addr">
                  <a href={addressPath(row.address)}>{row.address}</a>
                </td>
                <td>{row.reason}</td>
                <td class="when">{when(row.since)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.dry_run && report.matched > 0 ? (
        <form method="post" action="/dashboard/restore" class="inline">
          <CsrfField token={props.viewer.csrf} />
          <input type="hidden" name="confirm" value="yes" />
          {FILTER_FIELDS.map((name) =>
            props.filter[name] ? <input type="hidden" name={name} value={props.filter[name]} /> : null
          )}
          <button type="submit" class="danger">
            Confirm: lift {report.matched}
          </button>
        </form>
      ) : null}
    </section>
  )
}
