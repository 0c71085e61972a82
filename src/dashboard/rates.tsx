/**
 * The overview's rates: per day, hard-bounce and complaint rates over the stated denominator, next to the
 * thresholds mailbox providers and Amazon SES enforce, and a banner when a day crossed the configured alert.
 * @module
 */
import type { StatsReport } from '../operator/stats'
import { RateChart } from './rate-chart'

/** Where the industry draws the lines (shown for reference; the alert uses the ALERT_* vars). */
const REFERENCE = [
  'Amazon SES reviews an account at a 5 % bounce rate and may pause it at 10 %;',
  'complaints: review at 0.1 %, pause at 0.5 %; Gmail asks senders to stay below a 0.3 % spam rate.',
].join(' ')

const percent = (rate: number | null) =>
  rate === null ? '—' : `${(rate * 100).toFixed(rate < 0.01 ? 2 : 1)} %`

/** The days the configured thresholds marked, for the banner. */
export function markedDays(report: StatsReport): string[] {
  return report.days.filter((d) => d.alerts.length > 0).map((d) => d.day)
}

export function AlertBanner(props: { report: StatsReport }) {
  const marked = markedDays(props.report)
  if (marked.length === 0) return null
  const t = props.report.thresholds
  return (
    <div class="banner error" role="alert">
      Rates crossed the alert thresholds (bounces {percent(t.bounce_rate)}, complaints{' '}
      {percent(t.complaint_rate)}) on {marked.join(', ')}.
    </div>
  )
}

export function RatesSection(props: { report: StatsReport }) {
  const { report } = props
  const known = report.days.filter((d) => d.denominator !== null)
  const t = report.thresholds
  return (
    <section class="card" aria-labelledby="rates-h">
      <h2 id="rates-h">Bounce and complaint rates</h2>
      {known.length === 0 ? (
        <p class="muted">
          No deliveries or sends were reported in this range, so no rate can be computed. Rates appear once a
          provider reports deliveries.
        </p>
      ) : (
        <>
          <div class="grid rate-charts">
            <RateChart
              title="Bounce rate"
              points={known.map((d) => ({ day: d.day, rate: d.bounce_rate ?? 0 }))}
              thresholds={[
                { rate: 0.05, label: 'SES review' },
                { rate: 0.1, label: 'SES pause' },
              ]}
            />
            <RateChart
              title="Complaint rate"
              points={known.map((d) => ({ day: d.day, rate: d.complaint_rate ?? 0 }))}
              thresholds={[
                { rate: 0.001, label: 'SES review' },
                { rate: 0.003, label: 'Gmail ceiling' },
                { rate: 0.005, label: 'SES pause' },
              ]}
            />
          </div>
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" class="num optional">
                  Delivered
                </th>
                <th scope="col" class="num optional">
                  Denominator
                </th>
                <th scope="col" class="num">
                  Bounce rate
                </th>
                <th scope="col" class="num">
                  Complaint rate
                </th>
                <th scope="col">Alert</th>
              </tr>
            </thead>
            <tbody>
              {known.map((d) => (
                <tr>
                  <th scope="row">{d.day}</th>
                  <td class="num optional">{d.delivered}</td>
                  <td class="num optional">
                    {d.denominator} <span class="muted">({d.rate_denominator})</span>
                  </td>
                  <td class="num">{percent(d.bounce_rate)}</td>
                  <td class="num">{percent(d.complaint_rate)}</td>
                  <td>{d.alerts.length ? d.alerts.join(', ').replace(/_/g, ' ') : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="muted">
        Bounce rate: hard bounces over sends, or over deliveries plus bounces while sends are unknown. A day
        is marked at {percent(t.bounce_rate)} bounces or {percent(t.complaint_rate)} complaints with at least{' '}
        {t.min_sends} messages (ALERT_* vars). {REFERENCE}
      </p>
    </section>
  )
}
