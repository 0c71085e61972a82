/**
 * Dead letters: the large-delivery queue messages that failed every retry, with "Replay" for write keys.
 * Lists and replays through the same store and operator functions as /v1/dead-letters.
 * @module
 */
import { Hono } from 'hono'
import { storeCall } from '../../lib/errors'
import { limitBody } from '../../middleware/body-limit'
import { replayDeadLetter } from '../../operator/dead-letters'
import { listDeadLetters } from '../../store/dead-letters'
import { allow, csrfChecked, type DashboardEnv } from '../guard'
import { CsrfField, Layout } from '../layout'
import { noticeOf, queryOf, viewerOf } from '../view'

export const deadLettersPage = new Hono<DashboardEnv>()

deadLettersPage.get('/dead-letters', async (c) => {
  const items = await storeCall(() => listDeadLetters(c.env.DB, 200), 'Dead letters could not be read.')
  const viewer = viewerOf(c)
  const canWrite = viewer.scopes.includes('write')
  return c.html(
    <Layout title="Dead letters" viewer={viewer} current="/dashboard/dead-letters" notice={noticeOf(c)}>
      <section class="card" aria-labelledby="dl-h">
        <h2 id="dl-h">Waiting</h2>
        <p class="muted">
          Queue messages that failed every retry, kept whole. Replay one once the cause is fixed; events
          already applied are recognised and not counted twice.
        </p>
        {items.length === 0 ? (
          <p>No dead letters.</p>
        ) : (
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">Dead since</th>
                <th scope="col">Provider</th>
                <th scope="col" class="num">
                  Events
                </th>
                <th scope="col" class="optional">
                  Request
                </th>
                {canWrite ? (
                  <th scope="col">
                    <span class="sr-only">Action</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr>
                  <td>{row.dead_at}</td>
                  <td>{row.provider}</td>
                  <td class="num">{row.events}</td>
                  <td class="optional">{row.request_id ?? '—'}</td>
                  {canWrite ? (
                    <td>
                      <form
                        method="post"
                        action={`/dashboard/dead-letters/${encodeURIComponent(row.id)}/replay`}
                      >
                        <CsrfField token={viewer.csrf} />
                        <button
                          type="submit"
                          aria-label={`Replay the ${row.provider} letter of ${row.dead_at}`}
                        >
                          Replay
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  )
})

deadLettersPage.post(
  '/dead-letters/:id/replay',
  allow('write'),
  limitBody(8 * 1024),
  csrfChecked,
  async (c) => {
    const result = await replayDeadLetter(c.env, c.req.param('id'), c.get('requestId'))
    const query = queryOf({ done: 'replayed', n: String(result.applied) })
    return c.redirect(`/dashboard/dead-letters${query}`, 303)
  }
)
