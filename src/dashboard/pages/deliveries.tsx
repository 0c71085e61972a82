/**
 * One notification endpoint's delivery log (admin): a status filter, cursor paging, and "Retry" for a failed
 * delivery. Same operator functions and query schema as /v1/endpoints/{id}/deliveries and its retry route.
 * @module
 */
import { Hono } from 'hono'
import { DeliveryQuery } from '../../api/notify-schemas'
import { validate } from '../../api/schemas'
import { limitBody } from '../../middleware/body-limit'
import { deliveryPage, findEndpoint, retryDelivery } from '../../operator/endpoints'
import type { Endpoint } from '../../store/endpoints'
import type { Delivery } from '../../store/notifications'
import { allow, csrfChecked, type DashboardEnv } from '../guard'
import { CsrfField, Layout, type Viewer } from '../layout'
import { noticeOf, queryOf, viewerOf, when } from '../view'
import { endpointPath } from './endpoints'

export const deliveriesPage = new Hono<DashboardEnv>()

// Its own guard, not relying on ./endpoints.tsx being mounted first.
deliveriesPage.use('/endpoints/*', allow('admin'))

const STATUSES = ['pending', 'delivered', 'failed'] as const
const PAGE_SIZE = 50

deliveriesPage.get('/endpoints/:id', async (c) => {
  const endpoint = await findEndpoint(c.env.DB, c.req.param('id'))
  const status = c.req.query('status') || undefined
  const cursor = c.req.query('cursor') || undefined
  const limit = c.req.query('limit') || String(PAGE_SIZE)
  const query = validate(DeliveryQuery, { status, cursor, limit })
  const page = await deliveryPage(c.env.DB, endpoint.id, query)
  const viewer = viewerOf(c)
  const path = endpointPath(endpoint.id)
  const keep = { status: query.status, limit: query.limit === PAGE_SIZE ? undefined : String(query.limit) }
  return c.html(
    <Layout title="Deliveries" viewer={viewer} current="/dashboard/endpoints" notice={noticeOf(c)}>
      <p>
        <a href="/dashboard/endpoints">All endpoints</a> · {endpoint.url}
      </p>
      <section class="card" aria-labelledby="deliveries-h">
        <h2 id="deliveries-h">Delivery log</h2>
        <form method="get" action={path} class="inline">
          {keep.limit ? <input type="hidden" name="limit" value={keep.limit} /> : null}
          <label>
            Status
            <select name="status">
              <option value="">any</option>
              {STATUSES.map((s) => (
                <option value={s} selected={query.status === s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Filter</button>
        </form>
        {page.items.length === 0 ? (
          <p>No deliveries{query.status ? ` with status ${query.status}` : ''}.</p>
        ) : (
          <DeliveryTable endpoint={endpoint} items={page.items} viewer={viewer} />
        )}
        <nav class="pager" aria-label="Pages">
          {query.cursor ? <a href={`${path}${queryOf(keep)}`}>First page</a> : null}
          {page.next_cursor ? (
            <a href={`${path}${queryOf({ ...keep, cursor: page.next_cursor })}`}>Next page</a>
          ) : null}
        </nav>
      </section>
    </Layout>
  )
})

deliveriesPage.post(
  '/endpoints/:id/deliveries/:delivery/retry',
  limitBody(8 * 1024),
  csrfChecked,
  async (c) => {
    const { id } = await findEndpoint(c.env.DB, c.req.param('id'))
    const after = await retryDelivery(c.env, id, c.req.param('delivery'), c.get('now')())
    const n = after.status === 'delivered' ? '1' : '0'
    return c.redirect(`${endpointPath(id)}${queryOf({ done: 'retried', n })}`, 303)
  }
)

function DeliveryTable(props: { endpoint: Endpoint; items: Delivery[]; viewer: Viewer }) {
  return (
    <table class="wide stack">
      <thead>
        <tr>
          <th scope="col">Created</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col" class="num">
            Attempts
          </th>
          <th scope="col" class="optional">
            Last answer
          </th>
          <th scope="col" class="optional">
            Next attempt
          </th>
          <th scope="col">
            <span class="sr-only">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((d) => (
          <tr>
            <td class="when">{when(d.created_at)}</td>
            <td>{d.type}</td>
            <td>{d.status}</td>
            <td class="num">{d.attempts}</td>
            <td class="optional">{lastAnswer(d)}</td>
            <td class="optional when">{when(d.next_attempt_at)}</td>
            <td>
              {d.status === 'failed' ? (
                <form
                  method="post"
                  action={`${endpointPath(props.endpoint.id)}/deliveries/${encodeURIComponent(d.id)}/retry`}
                >
                  <CsrfField token={props.viewer.csrf} />
                  <button type="submit" aria-label={`Retry the ${d.type} delivery of ${when(d.created_at)}`}>
                    Retry
                  </button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** "HTTP 500", "no answer within 15 s", or a dash before the first attempt. */
function lastAnswer(d: Delivery): string {
  if (d.last_error) return d.last_error
  return d.last_status_code === null ? '—' : `HTTP ${d.last_status_code}`
}
