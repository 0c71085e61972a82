#!/usr/bin/env node
// `npm run smoke`: starts `wrangler dev` on its own port and storage, sends every provider's fixtures signed
// with the provider's own library (or node:crypto where the provider has none), checks the verdicts the
// pre-send check then gives, and checks that forged variants are refused. Loopback only.
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Webhook } from 'standardwebhooks'
import { startDevServer } from './lib/dev-server.mjs'
import { sendgridHeaders } from './lib/sign.mjs'

const PORT = Number(process.env.SMOKE_PORT ?? 8799)
const BASE = `http://127.0.0.1:${PORT}`
const PERSIST = '.wrangler/smoke'
const fixture = (path) => readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8')

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const SECRETS = {
  ADMIN_TOKEN: `smoke-${randomUUID()}`,
  NYLAS_WEBHOOK_SECRET: 'smoke-nylas-secret',
  SENDGRID_WEBHOOK_PUBLIC_KEY: ec.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  SES_TOPIC_ARNS: 'arn:aws:sns:us-east-1:123456789012:ses-feedback',
  POSTMARK_WEBHOOK_USER: 'smoke-user',
  POSTMARK_WEBHOOK_PASSWORD: 'smoke:pass:word',
  MAILGUN_WEBHOOK_SIGNING_KEY: 'smoke-mailgun-key',
  RESEND_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  STANDARD_WEBHOOK_SECRET: `whsec_${Buffer.from('smoke-standard-secret-32-bytes!!').toString('base64')}`,
}

const address = (tag) => `smoke.${tag}.${randomUUID().slice(0, 8)}@example.com`
const nowS = () => Math.floor(Date.now() / 1000)

// --- signers, one per provider -----------------------------------------------------------------------------

const signers = {
  nylas: (body) => ({
    'x-nylas-signature': createHmac('sha256', SECRETS.NYLAS_WEBHOOK_SECRET).update(body).digest('hex'),
  }),
  sendgrid: (body) => sendgridHeaders(ec.privateKey, body),
  postmark: () => ({
    authorization: `Basic ${Buffer.from(`${SECRETS.POSTMARK_WEBHOOK_USER}:${SECRETS.POSTMARK_WEBHOOK_PASSWORD}`).toString('base64')}`,
  }),
  mailgun: () => ({}),
  // Signed by the reference library (standardwebhooks), not by our own code.
  resend: (body) => libraryHeaders(SECRETS.RESEND_WEBHOOK_SECRET, body, 'svix'),
  standard: (body) => libraryHeaders(SECRETS.STANDARD_WEBHOOK_SECRET, body, 'webhook'),
}

function libraryHeaders(secret, body, prefix) {
  const id = `msg_${randomUUID()}`
  const at = new Date()
  return {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: String(Math.floor(at.getTime() / 1000)),
    [`${prefix}-signature`]: new Webhook(secret).sign(id, at, body),
  }
}

// --- fixtures, each retargeted to a fresh address and dated now ---------------------------------------------

function nylas(file, tag) {
  const doc = JSON.parse(fixture(`nylas/${file}`))
  const to = address(tag)
  doc.id = randomUUID()
  doc.time = nowS()
  const o = doc.data.object
  if ('bounced_addresses' in o)
    Object.assign(o, { bounced_addresses: to, bounce_date: new Date().toUTCString() })
  if (o.bounce)
    Object.assign(o.bounce, { bounced_at: nowS(), recipients: [{ ...o.bounce.recipients[0], email: to }] })
  if (o.complaint) Object.assign(o.complaint, { reported_at: nowS(), complained_recipients: [to] })
  if (o.delivered) Object.assign(o.delivered, { delivered_at: nowS(), recipients: [to] })
  if (o.message) o.message.to = [to]
  return { to, body: JSON.stringify(doc) }
}

function sendgrid(file, tag) {
  const to = address(tag)
  const events = JSON.parse(fixture(`sendgrid/${file}`)).map((e) => ({
    ...e,
    email: to,
    sg_event_id: randomUUID(),
    timestamp: nowS(),
  }))
  return { to, body: `[${events.map((e) => JSON.stringify(e)).join(',\r\n')}]\r\n` }
}

function postmark(file, tag) {
  const to = address(tag)
  const body = fixture(`postmark/${file}`)
    .replace(/"(Email|Recipient)": "[^"]*"/, `"$1": "${to}"`)
    .replace(/"(BouncedAt|DeliveredAt)": "[^"]*"/, `"$1": "${new Date().toISOString()}"`)
    .replace(/"ID": \d+/, `"ID": ${Date.now()}${Math.floor(Math.random() * 1e6)}`)
  return { to, body }
}

function mailgun(file, tag) {
  const to = address(tag)
  const doc = JSON.parse(fixture(`mailgun/${file}`))
  const timestamp = String(nowS())
  const token = randomUUID().replace(/-/g, '')
  doc.signature = {
    timestamp,
    token,
    signature: createHmac('sha256', SECRETS.MAILGUN_WEBHOOK_SIGNING_KEY)
      .update(timestamp + token)
      .digest('hex'),
  }
  Object.assign(doc['event-data'], { recipient: to, id: randomUUID(), timestamp: nowS() })
  return { to, body: JSON.stringify(doc) }
}

function resend(file, tag) {
  const to = address(tag)
  const doc = JSON.parse(fixture(`resend/${file}`))
  doc.data.to = [to]
  doc.created_at = new Date().toISOString()
  return { to, body: JSON.stringify(doc) }
}

function standard(kind, tag, extra) {
  const to = address(tag)
  return { to, body: JSON.stringify([{ id: randomUUID(), kind, address: to, ...extra }]) }
}

const CASES = [
  ['nylas', 'bounce_detected (550 does not exist)', nylas('message.bounce_detected.json', 'ny-hard'), 'drop'],
  [
    'nylas',
    'bounce_detected (452 mailbox full)',
    nylas('message.bounce_detected.soft-hypothetical.json', 'ny-soft'),
    'defer',
  ],
  ['nylas', 'transactional.bounced', nylas('message.transactional.bounced.json', 'ny-tx'), 'drop'],
  ['nylas', 'transactional.complaint', nylas('message.transactional.complaint.json', 'ny-cp'), 'drop'],
  ['nylas', 'transactional.delivered', nylas('message.transactional.delivered.json', 'ny-dl'), 'send'],
  ['nylas', 'transactional.rejected (virus)', nylas('message.transactional.rejected.json', 'ny-rj'), 'send'],
  ['sendgrid', 'bounce (Invalid Address)', sendgrid('bounce.json', 'sg-hard'), 'drop'],
  ['sendgrid', 'blocked (Spamhaus)', sendgrid('blocked.json', 'sg-block'), 'send'],
  ['sendgrid', 'blocked, no status (no MX)', sendgrid('blocked-no-status.json', 'sg-nomx'), 'drop'],
  ['sendgrid', 'deferred', sendgrid('deferred.json', 'sg-def'), 'defer'],
  ['sendgrid', 'dropped (Bounced Address)', sendgrid('dropped.json', 'sg-drop'), 'drop'],
  ['sendgrid', 'spamreport', sendgrid('spamreport.json', 'sg-spam'), 'drop'],
  ['sendgrid', 'delivered', sendgrid('delivered.json', 'sg-dl'), 'send'],
  ['postmark', 'HardBounce', postmark('bounce-hard.json', 'pm-hard'), 'drop'],
  ['postmark', 'SoftBounce (552 5.2.2)', postmark('bounce-soft.json', 'pm-soft'), 'defer'],
  ['postmark', 'SpamNotification', postmark('bounce-spam-notification.json', 'pm-sn'), 'send'],
  ['postmark', 'SpamComplaint', postmark('spam-complaint.json', 'pm-cp'), 'drop'],
  ['postmark', 'Delivery', postmark('delivery.json', 'pm-dl'), 'send'],
  ['mailgun', 'failed permanent (550 5.1.1)', mailgun('failed-permanent.json', 'mg-hard'), 'drop'],
  [
    'mailgun',
    'failed permanent (suppress-bounce)',
    mailgun('failed-permanent-suppress-bounce.json', 'mg-sup'),
    'drop',
  ],
  ['mailgun', 'failed temporary (498 no MX)', mailgun('failed-temporary.json', 'mg-soft'), 'defer'],
  ['mailgun', 'complained', mailgun('complained.json', 'mg-cp'), 'drop'],
  ['resend', 'email.bounced (Suppressed)', resend('email.bounced.json', 'rs-sup'), 'drop'],
  ['resend', 'email.bounced (General, 5.1.1)', resend('email.bounced.general.json', 'rs-hard'), 'drop'],
  ['resend', 'email.complained', resend('email.complained.json', 'rs-cp'), 'drop'],
  ['resend', 'email.delivery_delayed', resend('email.delivery_delayed.json', 'rs-def'), 'defer'],
  [
    'standard',
    'bounce 550 5.1.1',
    standard('bounce', 'std-hard', { reply_code: '550', status: '5.1.1' }),
    'drop',
  ],
  [
    'standard',
    'deferred mailbox full',
    standard('deferred', 'std-soft', { diagnostic: '452 4.2.2 mailbox full' }),
    'defer',
  ],
]

// --- run ------------------------------------------------------------------------------------------------------

async function post(provider, body, headers) {
  const res = await fetch(`${BASE}/webhooks/${provider}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
  return res.status
}

async function check(to) {
  const res = await fetch(`${BASE}/v1/check/${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` },
  })
  return (await res.json()).action
}

function forge(provider, body, headers) {
  // A changed body under the original credentials; for Postmark (no signature) wrong credentials instead.
  if (provider === 'postmark')
    return [body, { authorization: `Basic ${Buffer.from('smoke-user:wrong').toString('base64')}` }]
  if (provider === 'mailgun') {
    const doc = JSON.parse(body)
    doc.signature.signature = createHmac('sha256', 'wrong-key')
      .update(doc.signature.timestamp + doc.signature.token)
      .digest('hex')
    return [JSON.stringify(doc), headers]
  }
  return [body.replace('@example.com', '@example.net'), headers]
}

async function main() {
  await startDevServer({ port: PORT, persist: PERSIST, vars: SECRETS })

  let failed = 0
  const rows = []
  for (const [provider, name, { to, body }, expected] of CASES) {
    const headers = signers[provider](body)
    const status = await post(provider, body, headers)
    const action = status === 200 ? await check(to) : '-'
    const [forgedBody, forgedHeaders] = forge(provider, body, headers)
    const forgedStatus = await post(provider, forgedBody, forgedHeaders)
    const ok = status === 200 && action === expected && forgedStatus === 401
    if (!ok) failed++
    rows.push({
      provider,
      event: name,
      status,
      check: action,
      expected,
      forged: forgedStatus,
      result: ok ? 'ok' : 'FAIL',
    })
  }
  console.table(rows)
  console.log(
    'ses: not run here. Its certificate must be fetched from sns.<region>.amazonaws.com, which this'
  )
  console.log('     machine cannot reach; test/ses.test.ts covers it in workerd with the fetch stubbed.')
  console.log(`${rows.length - failed} passed, ${failed} failed`)
  process.exit(failed === 0 ? 0 : 1)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
