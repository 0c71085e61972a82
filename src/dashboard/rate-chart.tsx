/**
 * A rate per day as inline SVG bars with the reference thresholds drawn as labelled lines (SES review and pause,
 * Gmail's spam-rate ceiling). The numbers are in the rates table next to it; the aria-label says the same.
 * @module
 */

export interface Threshold {
  rate: number
  label: string
}

const WIDTH = 360
const HEIGHT = 150
const LEFT = 8
const RIGHT = 120
const TOP = 20
const BOTTOM = 20

const pct = (rate: number) => `${Number((rate * 100).toFixed(rate < 0.01 ? 2 : 1))} %`

export function RateChart(props: {
  title: string
  points: { day: string; rate: number }[]
  thresholds: Threshold[]
}) {
  const { points, thresholds } = props
  // The axis ends at twice the highest threshold, so the lines stay readable; a higher rate is clipped at the
  // top and its value written on the bar.
  const top = Math.max(...thresholds.map((t) => t.rate)) * 2
  const plotW = WIDTH - LEFT - RIGHT
  const plotH = HEIGHT - TOP - BOTTOM
  const y = (rate: number) => TOP + plotH - (Math.min(rate, top) / top) * plotH
  const slot = plotW / Math.max(1, points.length)
  const barW = Math.max(2, Math.min(28, slot * 0.6))
  const label =
    `${props.title} per day: ${points.map((p) => `${p.day} ${pct(p.rate)}`).join(', ')}. ` +
    `Lines at ${thresholds.map((t) => `${pct(t.rate)} (${t.label})`).join(', ')}.`
  return (
    <div>
      <h3>{props.title}</h3>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        xmlns="http://www.w3.org/2000/svg"
      >
        <line class="axis" x1={LEFT} y1={TOP + plotH} x2={LEFT + plotW} y2={TOP + plotH} />
        {points.map((p, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2
          return (
            <g>
              <rect class="rate-bar" x={x} y={y(p.rate)} width={barW} height={TOP + plotH - y(p.rate)} />
              {p.rate > top ? (
                <text class="tick" x={x + barW / 2} y={TOP - 6} text-anchor="middle">
                  {pct(p.rate)}
                </text>
              ) : null}
              <text class="tick" x={x + barW / 2} y={HEIGHT - 6} text-anchor="middle">
                {p.day.slice(5)}
              </text>
            </g>
          )
        })}
        {thresholds.map((t) => (
          <g>
            <line class="threshold" x1={LEFT} y1={y(t.rate)} x2={LEFT + plotW} y2={y(t.rate)} />
            <text class="tick" x={LEFT + plotW + 4} y={y(t.rate) + 4}>
              {`${pct(t.rate)} ${t.label}`}
            </text>
          </g>
        ))}
      </svg>
    </div>
  )
}
