/**
 * API keys (admin): list, create (the token is shown once, on the answer page only), revoke. Same operator
 * functions as /v1/keys, so a revocation ends API access and dashboard sessions alike.
 * @module
 */
import { Hono } from 'hono'
import { KeyCreateBody, validate } from '../../api/schemas'
import { storeCall } from '../../lib/errors'
import { SCOPES } from '../../lib/scopes'
import { limitBody } from '../../middleware/body-limit'
import { createApiKey, revokeApiKey } from '../../operator/keys'
import { type ApiKey, listKeys } from '../../store/keys'
import { allow, csrfChecked, type DashboardEnv, field, fields } from '../guard'
import { CsrfField, Layout, type Notice, type Viewer } from '../layout'
import { noticeOf, viewerOf, when } from '../view'

export const keysPage = new Hono<DashboardEnv>()

keysPage.use('/keys', allow('admin'))
keysPage.use('/keys/*', allow('admin'))

keysPage.get('/keys', async (c) => {
  const items = await storeCall(() => listKeys(c.env.DB))
  return c.html(<KeysPage viewer={viewerOf(c)} items={items} notice={noticeOf(c)} />)
})

keysPage.post('/keys', limitBody(8 * 1024), csrfChecked, async (c) => {
  const form = c.get('form')
  const body = validate(KeyCreateBody, { name: field(form, 'name') ?? '', scopes: fields(form, 'scopes') })
  const { key, token } = await createApiKey(c.env, body.name, body.scopes, c.get('actor'), c.get('now')())
  const items = await storeCall(() => listKeys(c.env.DB))
  const notice: Notice = {
    kind: 'ok',
    text: `Created "${key.name}". Copy its token now: it is not shown again.`,
  }
  return c.html(<KeysPage viewer={viewerOf(c)} items={items} notice={notice} token={token} />, 201)
})

keysPage.post('/keys/:id/revoke', limitBody(8 * 1024), csrfChecked, async (c) => {
  await revokeApiKey(c.env, c.req.param('id'), c.get('now')())
  return c.redirect('/dashboard/keys?done=revoked', 303)
})

function KeysPage(props: { viewer: Viewer; items: ApiKey[]; notice: Notice | null; token?: string }) {
  const { viewer } = props
  return (
    <Layout title="Keys" viewer={viewer} current="/dashboard/keys" notice={props.notice}>
      {props.token ? (
        <section class="card" aria-labelledby="token-h">
          <h2 id="token-h">New token</h2>
          <pre class="secret">{props.token}</pre>
        </section>
      ) : null}
      <section class="card" aria-labelledby="create-h">
        <h2 id="create-h">Create a key</h2>
        <form method="post" action="/dashboard/keys" class="inline">
          <CsrfField token={viewer.csrf} />
          <label>
            Name
            <input name="name" required maxlength={100} />
          </label>
          <fieldset class="inline">
            <legend>Scopes</legend>
            {SCOPES.map((scope) => (
              <label class="check">
                <input type="checkbox" name="scopes" value={scope} checked={scope === 'check'} /> {scope}
              </label>
            ))}
          </fieldset>
          <button type="submit">Create key</button>
        </form>
      </section>
      <section class="card" aria-labelledby="keys-h">
        <h2 id="keys-h">Keys</h2>
        <table class="wide">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scopes</th>
              <th scope="col" class="optional">
                Prefix
              </th>
              <th scope="col" class="optional">
                Last used
              </th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((key) => (
              <tr>
                <td>{key.name}</td>
                <td>{key.scopes.join(', ')}</td>
                <td class="optional">{key.prefix}…</td>
                <td class="optional when">{key.last_used_at ? when(key.last_used_at) : 'never'}</td>
                <td>
                  {key.revoked_at ? (
                    `revoked ${key.revoked_at.slice(0, 10)}`
                  ) : (
                    <form method="post" action={`/dashboard/keys/${encodeURIComponent(key.id)}/revoke`}>
                      <CsrfField token={viewer.csrf} />
                      <button type="submit" class="danger" aria-label={`Revoke ${key.name}`}>
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  )
}
