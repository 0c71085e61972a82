/**
 * The per-day bounce chart: stacked bars by disposition drawn as inline SVG on the server (no script, no inline
 * style: colours come from classes in the stylesheet), with `role="img"` and an aria-label that says it all.
 * @module
 */
import type { StatsDay } from '../operator/stats'

export const CHART_DISPOSITIONS = ['hard', 'soft', 'block', 'complaint'] as const

const WIDTH = 720
const HEIGHT = 220
const LEFT = 36
const BOTTOM = 24
const TOP = 8

/** Every day of `[from, to)` (UTC dates), so a quiet day shows as zero instead of vanishing. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  const end = Date.parse(to)
  for (let t = Date.parse(`${from.slice(0, 10)}T00:00:00Z`); t < end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

export interface ChartRow {
  day: string
  counts: Record<(typeof CHART_DISPOSITIONS)[number], number>
}

/** The chart's rows: one per day, bounce dispositions only. */
export function chartRows(days: string[], stats: StatsDay[]): ChartRow[] {
  const byDay = new Map(stats.map((d) => [d.day, d.by_disposition]))
  return days.map((day) => {
    const found = byDay.get(day) ?? {}
    const counts = Object.fromEntries(CHART_DISPOSITIONS.map((d) => [d, found[d] ?? 0])) as ChartRow['counts']
    return { day, counts }
  })
}

const totalOf = (row: ChartRow) => CHART_DISPOSITIONS.reduce((sum, d) => sum + row.counts[d], 0)

export function BounceChart(props: { rows: ChartRow[] }) {
  const { rows } = props
  const max = Math.max(1, ...rows.map(totalOf))
  const plotH = HEIGHT - BOTTOM - TOP
  const slot = (WIDTH - LEFT) / Math.max(1, rows.length)
  const barW = Math.max(2, Math.min(48, slot * 0.7))
  const total = rows.reduce((sum, r) => sum + totalOf(r), 0)
  const label =
    `Bounces per day by disposition, ${rows[0]?.day ?? ''} to ${rows[rows.length - 1]?.day ?? ''}: ` +
    `${total} in all, at most ${max === 1 && total === 0 ? 0 : max} on one day.`
  const labelEvery = Math.ceil(rows.length / 10)
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      <line class="axis" x1={LEFT} y1={TOP + plotH} x2={WIDTH} y2={TOP + plotH} />
      <line class="axis" x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + plotH} />
      <text class="tick" x={LEFT - 6} y={TOP + 10} text-anchor="end">
        {max}
      </text>
      <text class="tick" x={LEFT - 6} y={TOP + plotH} text-anchor="end">
        0
      </text>
      {rows.map((row, i) => {
        const x = LEFT + i * slot + (slot - barW) / 2
        let y = TOP + plotH
        return (
          <g>
            {CHART_DISPOSITIONS.map((d) => {
              const h = (row.counts[d] / max) * plotH
              y -= h
              return h > 0 ? <rect class={`d-${d}`} x={x} y={y} width={barW} height={h} /> : null
            })}
            {i % labelEvery === 0 ? (
              <text class="tick" x={x + barW / 2} y={HEIGHT - 6} text-anchor="middle">
                {row.day.slice(5)}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
