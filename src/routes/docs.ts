/**
 * GET /openapi.json (generated from the validating schemas) and GET /docs (a self-contained page that renders it:
 * no CDN, so it works offline and under a strict CSP).
 * @module
 */
import { Hono } from 'hono'
import { openApiDocument } from '../api/openapi'
import type { AppEnv } from '../env'

export const docs = new Hono<AppEnv>()

let cached: string | null = null

docs.get('/openapi.json', (c) => {
  cached ??= JSON.stringify(openApiDocument())
  return c.body(cached, 200, { 'content-type': 'application/json; charset=utf-8' })
})

docs.get('/docs', (c) => c.html(PAGE))

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ricochet API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:.2rem} .op{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.6rem .9rem}
.m{font:700 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;margin-right:.5rem;text-transform:uppercase}
.get{background:#2b7a3d}.post{background:#1f5fa8}.put{background:#8a5a00}.delete{background:#a12b2b}
code,pre{font-family:ui-monospace,monospace;font-size:13px} pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:20rem}
.scope{float:right;font-size:12px;color:#555} table{border-collapse:collapse} td{padding:2px 8px;border-bottom:1px solid #eee;vertical-align:top}
</style></head><body>
<h1>Ricochet API</h1><p id="intro">Loading <a href="/openapi.json">/openapi.json</a>…</p><main id="ops"></main>
<script>
fetch('/openapi.json').then(r => r.json()).then(doc => {
  document.getElementById('intro').textContent = doc.info.description
  const main = document.getElementById('ops')
  const esc = s => String(s).replace(/[&<>"]/g, ch => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[ch]))
  for (const [path, methods] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(methods)) {
    const params = (op.parameters || []).map(p => '<tr><td><code>' + esc(p.name) + '</code></td><td>' + esc(p.in) + (p.required ? ', required' : '') + '</td><td>' + esc(p.schema.description || p.schema.type || '') + '</td></tr>').join('')
    const body = op.requestBody ? Object.entries(op.requestBody.content).map(([t, c]) => '<p>Body <code>' + esc(t) + '</code>' + (op.requestBody.description ? ': ' + esc(op.requestBody.description) : '') + '</p><pre>' + esc(JSON.stringify(c.schema, null, 2)) + '</pre>').join('') : ''
    const codes = Object.entries(op.responses).map(([s, r]) => '<code>' + s + '</code> ' + esc(r.description)).join(' · ')
    const scope = op['x-scope'] ? 'scope: ' + op['x-scope'] : (op['x-authentication'] || 'open')
    const el = document.createElement('section'); el.className = 'op'
    el.innerHTML = '<span class="scope">' + esc(scope) + '</span><span class="m ' + method + '">' + method + '</span><code>' + esc(path) + '</code> ' + esc(op.summary) +
      (op.description ? '<p>' + esc(op.description) + '</p>' : '') + (params ? '<table>' + params + '</table>' : '') + body + '<p>' + codes + '</p>'
    main.appendChild(el)
  }
})
</script></body></html>`
