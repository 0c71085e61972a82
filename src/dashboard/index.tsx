/**
 * The dashboard: server-rendered pages (hono/jsx) over the same operator functions as the JSON API, mounted at
 * /dashboard by src/app.ts. Security headers on every answer; a session for every page but sign-in; errors are
 * pages, never JSON or a stack.
 * @module
 */
import { type Context, Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ApiError, StoreUnavailableError } from '../lib/errors'
import { describeError, log } from '../lib/log'
import { type DashboardEnv, securityHeaders, signedIn, withSecret } from './guard'
import { Document, Layout, NoticeBanner } from './layout'
import { addressPage } from './pages/address'
import { deadLettersPage } from './pages/dead-letters'
import { deliveriesPage } from './pages/deliveries'
import { endpointsPage } from './pages/endpoints'
import { importPage } from './pages/import'
import { keysPage } from './pages/keys'
import { login } from './pages/login'
import { overviewPage } from './pages/overview'
import { restorePage } from './pages/restore'
import { suppressionsPage } from './pages/suppressions'
import { STYLESHEET } from './styles'
import { viewerOf } from './view'

export const dashboard = new Hono<DashboardEnv>()

dashboard.use('*', securityHeaders)

dashboard.get('/assets/app.css', (c) =>
  c.body(STYLESHEET, 200, {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=300',
  })
)

dashboard.use('*', withSecret)
dashboard.route('/', login)
dashboard.use('*', signedIn)
dashboard.route('/', overviewPage)
dashboard.route('/', addressPage)
dashboard.route('/', suppressionsPage)
dashboard.route('/', restorePage)
dashboard.route('/', importPage)
dashboard.route('/', deadLettersPage)
dashboard.route('/', keysPage)
dashboard.route('/', endpointsPage)
dashboard.route('/', deliveriesPage)

dashboard.notFound((c) => c.html(<ErrorPage c={c} status={404} message="There is no such page." />, 404))

dashboard.onError((err, c) => {
  if (err instanceof ApiError) {
    return c.html(<ErrorPage c={c} status={err.status} message={err.message} />, err.status)
  }
  if (err instanceof HTTPException && err.status < 500) {
    return c.html(<ErrorPage c={c} status={400} message="The request is not valid." />, 400)
  }
  const unavailable = err instanceof StoreUnavailableError
  log('error', unavailable ? 'store.unavailable' : 'request.failed', {
    request_id: c.get('requestId'),
    error: describeError(err),
  })
  const message = unavailable
    ? 'A store is temporarily unavailable; try again in a few seconds.'
    : 'Something went wrong on our side.'
  return c.html(
    <ErrorPage c={c} status={unavailable ? 503 : 500} message={message} />,
    unavailable ? 503 : 500
  )
})

function ErrorPage(props: { c: Context<DashboardEnv>; status: number; message: string }) {
  const notice = { kind: 'error' as const, text: props.message }
  const title =
    props.status === 404 ? 'Not found' : props.status === 403 ? 'Not allowed' : 'Something is wrong'
  if (!props.c.get('csrf')) {
    return (
      <Document title={title}>
        <main class="login">
          <h1>{title}</h1>
          <NoticeBanner notice={notice} />
          <p>
            <a href="/dashboard/login">Sign in</a>
          </p>
        </main>
      </Document>
    )
  }
  return (
    <Layout title={title} viewer={viewerOf(props.c)} current="" notice={notice}>
      <p>
        <a href="/dashboard">Back to the overview</a>
      </p>
    </Layout>
  )
}
