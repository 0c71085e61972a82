/**
 * The overview for a range (default 7 days): counts by disposition, bounces per day (chart and table), top
 * reasons, top recipient domains and the mailbox-provider split, sender health, and a banner when dead letters
 * wait. Reads through the same operator function as GET /v1/stats.
 * @module
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { validate } from '../../api/schemas'
import { config } from '../../config'
import { MAILBOX_PROVIDERS, providerSplit } from '../../domain/mailbox-provider'
import { storeCall } from '../../lib/errors'
import { DAY_MS } from '../../lib/time'
import { STATS_MAX_DAYS, type StatsReport, statsRange, statsReport } from '../../operator/stats'
import { listDeadLetters } from '../../store/dead-letters'
import { BounceChart, CHART_DISPOSITIONS, type ChartRow, chartRows, daysOf } from '../chart'
import type { DashboardEnv } from '../guard'
import { Layout } from '../layout'
import { AlertBanner, RatesSection } from '../rates'
import { viewerOf } from '../view'

export const overviewPage = new Hono<DashboardEnv>()

const RANGES = [1, 7, 14, 30, 90] as const
const OverviewQuery = z.object({ days: z.coerce.number().int().min(1).max(STATS_MAX_DAYS).default(7) })

overviewPage.get('/', async (c) => {
  const { days } = validate(OverviewQuery, c.req.query())
  const now = c.get('now')()
  const range = statsRange(new Date(now + 1 - days * DAY_MS).toISOString(), undefined, now)
  const [report, dead] = await Promise.all([
    statsReport(c.env.DB, range.from, range.to, config(c.env).alerts),
    storeCall(() => listDeadLetters(c.env.DB, 100), 'Dead letters could not be read.'),
  ])
  const rows = chartRows(daysOf(range.from, range.to), report.days)
  const viewer = viewerOf(c)
  return c.html(
    <Layout title="Overview" viewer={viewer} current="/dashboard">
      <AlertBanner report={report} />
      {dead.length > 0 ? (
        <div class="banner warn">
          {dead.length >= 100 ? '100 or more' : dead.length} dead letter{dead.length === 1 ? '' : 's'} wait:{' '}
          <a href="/dashboard/dead-letters">review and replay</a>.
        </div>
      ) : null}
      <form method="get" action="/dashboard" class="inline">
        <label>
          Range
          <select name="days">
            {RANGES.map((d) => (
              <option value={String(d)} selected={d === days}>
                {d === 1 ? 'Last 24 hours' : `Last ${d} days`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      <p class="muted">
        From {range.from.slice(0, 16).replace('T', ' ')} to {range.to.slice(0, 16).replace('T', ' ')} UTC.
      </p>
      <Counts report={report} />
      <section class="card chart" aria-labelledby="chart-h">
        <h2 id="chart-h">Bounces per day</h2>
        <div class="chart-scroll">
          <BounceChart rows={rows} />
        </div>
        <Legend />
        <DayTable rows={rows} />
      </section>
      <RatesSection report={report} />
      <div class="grid">
        <Ranking title="Top reasons" head="Reason" entries={topReasons(report)} />
        <Ranking
          title="Top recipient domains"
          head="Domain"
          entries={report.top_domains.slice(0, 10).map((d) => [d.domain, d.events])}
        />
        <Ranking
          title="Mailbox providers"
          head="Provider"
          entries={Object.entries(providerSplit(report.top_domains)).sort((a, b) => b[1] - a[1])}
          note={`By recipient domain (top ${report.top_domains.length} domains); ${MAILBOX_PROVIDERS.length - 1} consumer families, business domains count as other.`}
        />
        <Ranking
          title="Sender health"
          head="Block reason"
          entries={Object.entries(report.sender_health.blocks_by_reason).sort((a, b) => b[1] - a[1])}
          note={`${report.sender_health.block_events} block event${report.sender_health.block_events === 1 ? '' : 's'}: the sender's problem, never held against recipients.`}
        />
      </div>
    </Layout>
  )
})

function Counts(props: { report: StatsReport }) {
  const sums: Record<string, number> = {}
  for (const day of props.report.days) {
    for (const [d, n] of Object.entries(day.by_disposition)) sums[d] = (sums[d] ?? 0) + n
  }
  return (
    <section aria-labelledby="counts-h">
      <h2 id="counts-h" class="sr-only">
        Counts by disposition
      </h2>
      <ul class="counts">
        {CHART_DISPOSITIONS.map((d) => (
          <li>
            <span class="n">{sums[d] ?? 0}</span>
            <span class="k">{d}</span>
          </li>
        ))}
        <li>
          <span class="n">{props.report.days.reduce((n, d) => n + d.delivered, 0)}</span>
          <span class="k">delivered</span>
        </li>
      </ul>
    </section>
  )
}

function Legend() {
  return (
    <ul class="legend" aria-hidden="true">
      {CHART_DISPOSITIONS.map((d) => (
        <li>
          <span class={`swatch d-${d}`} />
          {d}
        </li>
      ))}
    </ul>
  )
}

function DayTable(props: { rows: ChartRow[] }) {
  return (
    <table>
      <caption class="sr-only">Bounces per day by disposition</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {CHART_DISPOSITIONS.map((d) => (
            <th scope="col" class="num">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            <th scope="row">{row.day}</th>
            {CHART_DISPOSITIONS.map((d) => (
              <td class="num">{row.counts[d]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function topReasons(report: StatsReport): [string, number][] {
  return Object.entries(report.bounce_reasons)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
}

function Ranking(props: { title: string; head: string; entries: [string, number][]; note?: string }) {
  const id = `h-${props.title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.entries.length === 0 ? (
        <p class="muted">Nothing in this range.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col" class="num">
                Events
              </th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map(([name, n]) => (
              <tr>
                <td>{name}</td>
                <td class="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.note ? <p class="muted">{props.note}</p> : null}
    </section>
  )
}
