/**
 * A customer's mailer Worker, as the README shows it: bound to Ricochet's `RicochetRpc` entrypoint by a service
 * binding (`RICOCHET`), it calls `env.RICOCHET.check(address)` with no HTTP and no key. The test drives it over
 * fetch: POST `{"method", "args"}` → `{"ok": answer}` or `{"error": {"name", "message"}}`.
 */
export default {
  async fetch(request, env) {
    const { method, args } = await request.json()
    if (!['check', 'checkMany', 'report'].includes(method))
      return Response.json({ error: { message: 'no such method' } }, { status: 400 })
    try {
      return Response.json({ ok: await env.RICOCHET[method](...args) })
    } catch (err) {
      return Response.json({ error: { name: err.name, message: err.message } })
    }
  },
}
