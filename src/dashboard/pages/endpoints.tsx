/**
 * Notification endpoints (admin): list, create (the `whsec_` secret is shown once, on the answer page only),
 * disable and enable again. Same operator functions and schema as /v1/endpoints; each endpoint's delivery log is
 * its own page (./deliveries.tsx).
 * @module
 */
import { Hono } from 'hono'
import { EndpointCreateBody } from '../../api/notify-schemas'
import { validate } from '../../api/schemas'
import { storeCall } from '../../lib/errors'
import { limitBody } from '../../middleware/body-limit'
import { NOTIFICATION_TYPES } from '../../notify/types'
import { changeEndpoint, createEndpoint } from '../../operator/endpoints'
import { type Endpoint, listEndpoints } from '../../store/endpoints'
import { allow, csrfChecked, type DashboardEnv, field, fields } from '../guard'
import { CsrfField, Layout, type Notice, type Viewer } from '../layout'
import { noticeOf, viewerOf, when } from '../view'

export const endpointsPage = new Hono<DashboardEnv>()

endpointsPage.use('/endpoints', allow('admin'))
endpointsPage.use('/endpoints/*', allow('admin'))

/** An endpoint's page: its delivery log. */
export const endpointPath = (id: string) => `/dashboard/endpoints/${encodeURIComponent(id)}`

endpointsPage.get('/endpoints', async (c) => {
  const items = await storeCall(() => listEndpoints(c.env.DB))
  return c.html(<EndpointsPage viewer={viewerOf(c)} items={items} notice={noticeOf(c)} />)
})

endpointsPage.post('/endpoints', limitBody(16 * 1024), csrfChecked, async (c) => {
  const form = c.get('form')
  const events = fields(form, 'events')
  // No box ticked means every type, as an omitted "events" does in the API.
  const body = validate(EndpointCreateBody, {
    url: field(form, 'url') ?? '',
    ...(events.length > 0 ? { events } : {}),
    ...(field(form, 'description') ? { description: field(form, 'description') } : {}),
  })
  const { endpoint, secret } = await createEndpoint(c.env, body, c.get('now')())
  const items = await storeCall(() => listEndpoints(c.env.DB))
  const notice: Notice = {
    kind: 'ok',
    text: `Created the endpoint for ${endpoint.url}. Copy its signing secret now: it is not shown again.`,
  }
  return c.html(<EndpointsPage viewer={viewerOf(c)} items={items} notice={notice} secret={secret} />, 201)
})

for (const [action, enabled] of [
  ['enable', true],
  ['disable', false],
] as const) {
  endpointsPage.post(`/endpoints/:id/${action}`, limitBody(8 * 1024), csrfChecked, async (c) => {
    await changeEndpoint(c.env, c.req.param('id'), { enabled }, c.get('now')())
    return c.redirect(`/dashboard/endpoints?done=endpoint-${action}d`, 303)
  })
}

function EndpointsPage(props: { viewer: Viewer; items: Endpoint[]; notice: Notice | null; secret?: string }) {
  const { viewer } = props
  return (
    <Layout title="Endpoints" viewer={viewer} current="/dashboard/endpoints" notice={props.notice}>
      {props.secret ? (
        <section class="card" aria-labelledby="secret-h">
          <h2 id="secret-h">Signing secret</h2>
          <pre class="secret">{props.secret}</pre>
        </section>
      ) : null}
      <CreateForm csrf={viewer.csrf} />
      <section class="card" aria-labelledby="endpoints-h">
        <h2 id="endpoints-h">Endpoints</h2>
        {props.items.length === 0 ? (
          <p>No endpoints yet.</p>
        ) : (
          <EndpointTable items={props.items} csrf={viewer.csrf} />
        )}
      </section>
    </Layout>
  )
}

function CreateForm(props: { csrf: string }) {
  return (
    <section class="card" aria-labelledby="create-h">
      <h2 id="create-h">Add an endpoint</h2>
      <form method="post" action="/dashboard/endpoints" class="inline">
        <CsrfField token={props.csrf} />
        <label>
          URL
          <input name="url" type="url" required maxlength={2048} placeholder="https://" />
        </label>
        <fieldset class="inline">
          <legend>Event types (none ticked: every type)</legend>
          {NOTIFICATION_TYPES.map((type) => (
            <label class="check">
              <input type="checkbox" name="events" value={type} /> {type}
            </label>
          ))}
        </fieldset>
        <label>
          Description
          <input name="description" maxlength={500} />
        </label>
        <button type="submit">Add endpoint</button>
      </form>
    </section>
  )
}

function EndpointTable(props: { items: Endpoint[]; csrf: string }) {
  return (
    <table class="wide stack">
      <thead>
        <tr>
          <th scope="col">URL</th>
          <th scope="col">Events</th>
          <th scope="col" class="optional">
            Description
          </th>
          <th scope="col">State</th>
          <th scope="col">
            <span class="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((endpoint) => (
          <tr>
            <td class="addr">
              <a href={endpointPath(endpoint.id)}>{endpoint.url}</a>
            </td>
            <td>{endpoint.events ? endpoint.events.join(', ') : 'every type'}</td>
            <td class="optional">{endpoint.description ?? '—'}</td>
            <td>{stateOf(endpoint)}</td>
            <td>
              <ToggleForm endpoint={endpoint} csrf={props.csrf} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Enabled (and failing since when, if so), or disabled with the reason the delivery code gave. */
function stateOf(endpoint: Endpoint): string {
  if (endpoint.enabled) {
    return endpoint.failing_since ? `enabled, failing since ${when(endpoint.failing_since)}` : 'enabled'
  }
  const since = endpoint.disabled_at ? ` since ${when(endpoint.disabled_at)}` : ''
  return `disabled${since}${endpoint.disabled_reason ? `: ${endpoint.disabled_reason}` : ''}`
}

function ToggleForm(props: { endpoint: Endpoint; csrf: string }) {
  const action = props.endpoint.enabled ? 'disable' : 'enable'
  const label = props.endpoint.enabled ? 'Disable' : 'Enable'
  return (
    <form method="post" action={`${endpointPath(props.endpoint.id)}/${action}`}>
      <CsrfField token={props.csrf} />
      <button
        type="submit"
        class={props.endpoint.enabled ? 'danger' : undefined}
        aria-label={`${label} ${props.endpoint.url}`}
      >
        {label}
      </button>
    </form>
  )
}
