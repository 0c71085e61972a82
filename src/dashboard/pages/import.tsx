/**
 * Import a suppression list: upload a CSV/NDJSON export (any format the API takes) → dry-run report with
 * per-line errors → Apply. The apply form carries the checked text back (no server-side state between the two
 * steps). Runs the same operator function as POST /v1/suppressions/import.
 * @module
 */
import { Hono } from 'hono'
import type { Child } from 'hono/jsx'
import { ApiError } from '../../lib/errors'
import { limitBody, MIB } from '../../middleware/body-limit'
import { importList } from '../../operator/import'
import { allow, csrfChecked, type DashboardEnv, field } from '../guard'
import { CsrfField, Layout, type Viewer } from '../layout'
import { viewerOf } from '../view'

export const importPage = new Hono<DashboardEnv>()

/** Files the dashboard takes (larger lists go to the API, up to 32 MiB). */
const DASHBOARD_IMPORT_BYTES = 4 * MIB

type Report = Awaited<ReturnType<typeof importList>>

importPage.use('/import', allow('write'))

importPage.get('/import', (c) =>
  c.html(
    <Layout title="Import" viewer={viewerOf(c)} current="/dashboard/import">
      <UploadForm viewer={viewerOf(c)} />
    </Layout>
  )
)

importPage.post('/import', limitBody(2 * DASHBOARD_IMPORT_BYTES + 64 * 1024), csrfChecked, async (c) => {
  const form = c.get('form')
  const text = await uploadedText(form.file, field(form, 'content'))
  const apply = field(form, 'apply') === 'yes'
  const reapply = field(form, 'reapply') === 'yes'
  const body = new Response(text).body!
  const report = await importList(
    c.env,
    body,
    { dryRun: !apply, reapply, actor: c.get('actor') },
    c.get('now')()
  )
  const viewer = viewerOf(c)
  return c.html(
    <Layout title="Import" viewer={viewer} current="/dashboard/import">
      <ImportReport report={report}>
        {report.dry_run && report.valid > 0 ? (
          <ApplyForm viewer={viewer} text={text} report={report} />
        ) : null}
      </ImportReport>
      <UploadForm viewer={viewer} />
    </Layout>
  )
})

/** The uploaded file's text, or the text an apply form carried back. */
async function uploadedText(file: unknown, content: string | undefined): Promise<string> {
  const text = file instanceof File && file.size > 0 ? await file.text() : (content ?? '')
  if (text.trim() === '') throw new ApiError('invalid_request', 'Choose a CSV or NDJSON file to import.')
  if (new TextEncoder().encode(text).length > DASHBOARD_IMPORT_BYTES) {
    throw new ApiError(
      'payload_too_large',
      'The dashboard takes files up to 4 MiB; send larger ones to the API.'
    )
  }
  return text
}

function UploadForm(props: { viewer: Viewer }) {
  return (
    <section class="card" aria-labelledby="upload-h">
      <h2 id="upload-h">Upload a list</h2>
      <p class="muted">
        Ricochet's CSV or NDJSON export, or a SendGrid, SES, Postmark or Mailgun export (detected from the
        first line). Nothing changes until you apply the checked list.
      </p>
      <form method="post" action="/dashboard/import" enctype="multipart/form-data" class="inline">
        <CsrfField token={props.viewer.csrf} />
        <label>
          File
          <input type="file" name="file" accept=".csv,.ndjson,.jsonl,.json,.txt,text/csv" required />
        </label>
        <button type="submit">Check (dry run)</button>
      </form>
    </section>
  )
}

function ImportReport(props: { report: Report; children?: Child }) {
  const r = props.report
  return (
    <section class="card" aria-labelledby="report-h">
      <h2 id="report-h">{r.dry_run ? 'Dry run' : 'Imported'}</h2>
      <p>
        {r.dry_run
          ? `Format ${r.format}: ${r.lines} lines, ${r.valid} valid, ${r.error_count} with errors. Nothing was changed.`
          : `Format ${r.format}: ${r.applied} suppressed, ${r.unchanged} unchanged, ${r.error_count} lines with errors.`}
      </p>
      {r.errors.length > 0 ? (
        <table>
          <caption>
            Lines with errors{r.error_count > r.errors.length ? ` (first ${r.errors.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                Line
              </th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {r.errors.map((e) => (
              <tr>
                <td class="num">{e.line}</td>
                <td>{e.error}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {r.results.length > 0 ? <LineResults results={r.results} /> : null}
      {props.children}
    </section>
  )
}

/** What each applied line did, with the reason when it changed nothing. */
function LineResults(props: { results: Report['results'] }) {
  return (
    <table>
      <caption>What each line did</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            Line
          </th>
          <th scope="col">Address</th>
          <th scope="col">Outcome</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {props.results.map((r) => (
          <tr>
            <td class="num">{r.line}</td>
            <td>{r.address}</td>
            <td>{r.outcome}</td>
            <td>{r.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ApplyForm(props: { viewer: Viewer; text: string; report: Report }) {
  return (
    <form method="post" action="/dashboard/import" enctype="multipart/form-data">
      <CsrfField token={props.viewer.csrf} />
      <input type="hidden" name="apply" value="yes" />
      <input type="hidden" name="content" value={props.text} />
      <label>
        <input type="checkbox" name="reapply" value="yes" /> Suppress again lines an earlier import suppressed
        and someone lifted since
      </label>
      <button type="submit" class="danger">
        Apply: suppress {props.report.valid} address{props.report.valid === 1 ? '' : 'es'}
      </button>
    </form>
  )
}
